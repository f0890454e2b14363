#!/usr/bin/env bash
# Walks the hash chain of completion records, certificates and audit events and names the first record that
# was changed, deleted or added outside the application: the same check as the admin page "Toàn vẹn hồ sơ".
# Exit status: 0 intact, 1 broken, 2 could not check.
#
#   scripts/verify-records.sh                                    # the embedded database in ./data/postgres
#                                                                # (stop ./mvnw spring-boot:run first)
#   scripts/verify-records.sh 'jdbc:postgresql://db/daotao' daotao_app 'password'   # or DB_URL, DB_USER, DB_PASSWORD
#   APP_JAR=/opt/daotao/daotao.jar scripts/verify-records.sh ...  # on a server: the production jar, no sources
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${APP_JAR:-}" ]; then
  exec java -cp "$APP_JAR" -Dloader.main=vn.daotao.audit.internal.VerifyRecordsCommand \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
fi
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt \
  -Dmdep.includeScope=runtime
exec "$JAVA_HOME/bin/java" -cp "target/classes:$(cat target/runtime-classpath.txt)" \
  vn.daotao.audit.internal.VerifyRecordsCommand "$@"
