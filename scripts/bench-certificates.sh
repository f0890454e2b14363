#!/usr/bin/env bash
# Prints certificate rendering figures (not a test): ./scripts/bench-certificates.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.CertificateBench "${1:-2000}"
