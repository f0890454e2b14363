#!/usr/bin/env bash
# Prints certificate rendering figures (not a test): ./scripts/bench-certificates.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.CertificateBench "${1:-2000}"
