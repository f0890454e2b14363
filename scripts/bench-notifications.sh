#!/usr/bin/env bash
# Times the notification planner on the reference data set (not a test). Generate it first with
# scripts/generate-data.sh; pass the same JDBC URL if you generated into your own database.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.NotificationBench "${1:-}"
