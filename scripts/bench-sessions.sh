#!/usr/bin/env bash
# Retained heap per signed-in session (issue 14; README "Measured figures"). Starts the production jar twice
# on its own embedded demo database, opens sessions through the browser's protocol (SessionHeap) and reads the
# live heap after full collections: learners on a running quiz (first answer given, then just opened), then unit
# heads on the dashboard, at each count. BENCH_ROLES picks some of them.
#   scripts/bench-sessions.sh [COUNTS...]      default: 500 2000
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(500 2000)
jar=$(ls target/daotao-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || ! unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json | grep -q '"productionMode" : true'; then
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
  jar=$(ls target/daotao-*.jar | grep -v original | head -1)
fi
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
port=18085
learners="vp0003 vp0004 vp0005 vp0006 hc0001 hc0002 hc0003 hc0004 hc0005 tc0001 tc0002 tc0003 tc0004 tc0005 kh0001
  kh0002 kh0003 kh0004 kh0005 kh0006 nhanvien"
for role in ${BENCH_ROLES:-learner learner-opened head}; do
  db="target/bench-sessions-db"; rm -rf "$db"
  log="target/bench-sessions-$role.log"
  # the sign-in page's limit per address is for people, not for a load client on one address
  SPRING_PROFILES_ACTIVE=demo SERVER_PORT=$port APP_EMBEDDED_DB_DATA_DIR="$db" APP_SECURITY_PUBLIC_REQUESTS_PER_MINUTE=1000000 \
    "$JAVA_HOME/bin/java" -Xmx${BENCH_HEAP:-3g} -jar "$jar" >"$log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  for _ in $(seq 1 480); do
    curl -fs "http://localhost:$port/actuator/health" | grep -q UP && break
    kill -0 $pid 2>/dev/null || { tail -30 "$log"; echo "the app did not start" >&2; exit 1; }
    sleep 0.25
  done
  users=$learners; [ $role = head ] && users=truongdonvi
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" ${BENCH_CLIENT_OPTS:-} -cp "target/test-classes:$(cat target/bench-classpath.txt)" vn.daotao.bench.SessionHeap \
    "http://localhost:$port" $pid $role "${counts[@]}" -- $users
  kill $pid; wait $pid 2>/dev/null || true; trap - EXIT
done
