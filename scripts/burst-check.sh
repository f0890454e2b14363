#!/usr/bin/env bash
# A burst of first visitors against a freshly started production build (scripts/test.sh runs it for each
# documented layout; README "Request threads"). Usage, from the project folder after a -Pproduction build:
#   scripts/burst-check.sh LABEL WORKDIR [JAVA-ARGS...] -jar JAR
# Starts the app with the demo profile on its own embedded database, the virtual-thread scheduler
# limited to this machine's cores and a JFR recording, signs in BURST_LEARNERS (default 300) learners,
# then lets them all open their first views at once (FirstVisitBurst). It fails when a response is late
# (BURST_REQUEST_TIMEOUT, default 60 s) or wrong, health is not UP afterwards, a virtual thread was
# pinned to its carrier while it waited (JFR jdk.VirtualThreadPinned: the condition of the hang), or
# SIGTERM does not stop the process within BURST_STOP_SECONDS (default 40). Every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
label=$1 dir=$2; shift 2
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
java="$JAVA_HOME/bin/java"
project=$PWD
learners=${BURST_LEARNERS:-300}
port=${BURST_PORT:-18081}
cores=$(nproc)
slug=$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-')
log="$project/target/burst-$slug.log" jfr="$project/target/burst-$slug.jfr" db="$project/target/burst-db-$slug"
users="nhanvien truongdonvi admin vp0003 vp0004 vp0005 vp0006 hc0001 hc0002 hc0003 hc0004 hc0005 tc0001 tc0002
  tc0003 tc0004 tc0005 kh0001 kh0002 kh0003 kh0004 kh0005 kh0006"
rm -rf "$db" "$jfr"

(cd "$dir" && SPRING_PROFILES_ACTIVE=demo SERVER_PORT=$port APP_EMBEDDED_DB_DATA_DIR="$db" \
  exec "$java" -Djdk.virtualThreadScheduler.parallelism="$cores" \
  -XX:StartFlightRecording=name=burst,settings=default,jdk.VirtualThreadPinned#threshold=0ms "$@") >"$log" 2>&1 &
pid=$!
# On any way out: ask the JVM to stop (its embedded database with it), then make sure it is gone.
cleanup() {
  if kill -0 $pid 2>/dev/null; then
    kill -TERM $pid 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
    kill -9 $pid 2>/dev/null || true
  fi
}
trap cleanup EXIT
up=""
for _ in $(seq 1 480); do
  if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
  if ! kill -0 $pid 2>/dev/null; then tail -40 "$log"; echo "$label: did not start" >&2; exit 1; fi
  sleep 0.25
done
if [ -z "$up" ]; then tail -40 "$log"; echo "$label: not UP 120 s after start" >&2; exit 1; fi

failed=""
echo "$label: $learners learners, virtual-thread parallelism $cores"
# shellcheck disable=SC2086
timeout --signal=KILL 600 "$java" -Dburst.requestTimeoutSeconds="${BURST_REQUEST_TIMEOUT:-60}" \
  src/test/java/vn/daotao/bench/FirstVisitBurst.java "http://localhost:$port" "$learners" $users \
  || failed="the burst failed or timed out"

if timeout 30 "$JAVA_HOME/bin/jcmd" $pid JFR.dump name=burst filename="$jfr" >/dev/null 2>&1; then
  pinned=$("$JAVA_HOME/bin/jfr" print --events jdk.VirtualThreadPinned "$jfr" | grep -c 'jdk.VirtualThreadPinned {' || true)
  echo "$label: virtual threads pinned while waiting (JFR): $pinned"
  if [ "$pinned" != 0 ]; then
    "$JAVA_HOME/bin/jfr" print --events jdk.VirtualThreadPinned "$jfr" | head -30
    failed="${failed:+$failed; }$pinned virtual threads pinned"
  fi
else
  failed="${failed:+$failed; }no JFR dump (the JVM did not answer jcmd)"
fi

stop_start=$(date +%s%N)
kill -TERM $pid 2>/dev/null || failed="${failed:+$failed; }the JVM was gone before SIGTERM"
for _ in $(seq 1 $(( ${BURST_STOP_SECONDS:-40} * 4 ))); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
if kill -0 $pid 2>/dev/null; then
  failed="${failed:+$failed; }SIGTERM did not stop the process within ${BURST_STOP_SECONDS:-40} s"
elif grep -q 'Shutdown did not finish' "$log"; then
  failed="${failed:+$failed; }the shutdown hung and the deadline halted the JVM"
else
  echo "$label: stopped $(( ($(date +%s%N) - stop_start) / 1000000 )) ms after SIGTERM"
fi
if [ -n "$failed" ]; then
  tail -20 "$log"
  echo "$label: $failed" >&2
  exit 1
fi
rm -rf "$db"
