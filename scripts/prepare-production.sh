#!/usr/bin/env bash
# Lays out the production build for a fast start (not needed to run it: `java -jar` works too).
#   1. builds the -Pproduction jar (skip with SKIP_BUILD=1),
#   2. extracts it into target/app (application jar + lib/, no nested-jar class loading),
#   3. records a JDK AOT cache (target/app/app.aot) from one start that stops once the application
#      context is ready. That start uses the SPRING_DATASOURCE_* settings of the environment and, like
#      any start, applies pending Flyway migrations there.
# Then start with:  cd target/app && java -XX:AOTCache=app.aot -jar daotao-*.jar
# Rebuild the cache whenever the jar or the JDK changes (the JVM refuses a stale cache and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi
jar=$(ls target/daotao-*.jar | grep -v original | head -1)
rm -rf target/app
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination target/app >/dev/null
cd target/app
major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${major%%.*}" -lt 25 ]; then
  echo "target/app is ready (JDK $major has no -XX:AOTCacheOutput; JDK 25+ also records a start-up cache):"
  echo "  cd target/app && java -jar $(basename "$jar")"
  exit 0
fi
SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-prod}" SERVER_PORT=0 \
  APP_PUBLIC_URL="${APP_PUBLIC_URL:-http://localhost:8080}" \
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" \
  > aot-training.log 2>&1 || { tail -40 aot-training.log; echo "The AOT training start failed" >&2; exit 1; }
echo "target/app is ready: cd target/app && java -XX:AOTCache=app.aot -jar $(basename "$jar")"
