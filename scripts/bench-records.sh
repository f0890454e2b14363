#!/usr/bin/env bash
# Prints what the record chain costs writers (not a test): many connections committing audit events at
# once, chained and into an unchained copy of the table as the baseline, and one large transaction both
# ways. Arguments: connections (16), commits per connection (300), rows of the large transaction (5000).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.RecordChainBench "$@"
