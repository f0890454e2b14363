#!/usr/bin/env bash
# Prints how long the admin's bulk work takes (not a test): ./scripts/bench-admin.sh [people]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.AdminBench "${1:-20000}"
