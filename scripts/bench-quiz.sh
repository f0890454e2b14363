#!/usr/bin/env bash
# Prints quiz cohort figures at the service level (not a test): ./scripts/bench-quiz.sh [learners] [saves/s] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.QuizCohortBench "${1:-2000}" "${2:-1000}" "${3:-30}"
