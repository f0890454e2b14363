#!/usr/bin/env bash
# The two-node checks of issue 14 (scripts/test.sh runs it after building the production jar): starts
# scripts/cluster.sh on its own ports and folder, with the yearly renewal scheduled every two seconds on both
# nodes, runs ClusterCheck against the front (jobs once, gap-free serials, kill -9 failover, the database
# stopped and started under load) and stops the cluster on any way out. Bounded: 15 minutes in all.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
export CLUSTER_DIR="$PWD/target/cluster-check" CLUSTER_PORT=${CLUSTER_PORT:-18190} CLUSTER_PG_PORT=${CLUSTER_PG_PORT:-15532}
export CLUSTER_RENEWAL_CRON='*/2 * * * * *' CLUSTER_PROFILES=prod,demo
scripts/cluster.sh down >/dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR"
trap 'scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
scripts/cluster.sh up
if [ ! -s target/bench-classpath.txt ] || [ ! -d target/test-classes ]; then
  ./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
timeout --signal=KILL 900 "$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.daotao.bench.ClusterCheck "http://localhost:$CLUSTER_PORT" "jdbc:postgresql://127.0.0.1:$CLUSTER_PG_PORT/daotao" \
  scripts/cluster.sh "$CLUSTER_DIR"
