#!/usr/bin/env bash
# Builds the reference data set (100,000 people, 2,000 units, 3 courses, ~1M module progress rows,
# ~3M attempts) into an empty PostgreSQL database:
#   scripts/generate-data.sh                                  # embedded server in target/bench-pg, database 'bench'
#   scripts/generate-data.sh 'jdbc:postgresql://host/db?user=u&password=p'   # an empty database of yours
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx4g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.DataGenerator "${1:-}"
