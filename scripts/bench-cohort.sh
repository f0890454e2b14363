#!/usr/bin/env bash
# The quiz cohort through the browser's protocol (issue 14; README "Measured figures"), not a test:
#   scripts/bench-cohort.sh [LEARNERS] [SIGN_IN_SECONDS] [WINDOW_SECONDS]      default: 2000 600 60
# Starts PostgreSQL and one production node (scripts/cluster.sh, folder target/cohort, prod profile with the
# demo course), makes LEARNERS learners (hv00001...) of a unit that is assigned the demo course, and runs the
# Gatling simulation (src/gatling/java, Maven profile "cohort"): sign-ins spread over SIGN_IN_SECONDS, then
# everyone starts the quiz within WINDOW_SECONDS. The app, the database and Gatling share this machine. Prints
# Gatling's table, the CPU seconds the app and PostgreSQL used in each phase, and whether the database holds
# exactly the acknowledged answers. Gatling's HTML report: target/gatling/; a JFR recording of the app:
# target/cohort/cohort-run.jfr. COHORT_HEAP sets the app's heap (default 3g); COHORT_WARMUP the learners of a short
# run first, on the fresh node, that is not measured (default 200; 0 for none).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
learners=${1:-2000} signin=${2:-600} window=${3:-60}
export CLUSTER_DIR="$PWD/target/cohort" CLUSTER_PORT=18290 CLUSTER_PG_PORT=15632 CLUSTER_PROFILES=prod,demo
# the sign-in page's limit per address is for people behind one office address, not for a load client
export APP_SECURITY_PUBLIC_REQUESTS_PER_MINUTE=100000000
export CLUSTER_JAVA_OPTS="-Xmx${COHORT_HEAP:-3g} -XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=name=cohort,settings=profile,filename=$CLUSTER_DIR/cohort.jfr,dumponexit=true"
scripts/cluster.sh down >/dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR"
trap 'kill $sampler 2>/dev/null || true; scripts/cluster.sh down >/dev/null 2>&1 || true' EXIT
sampler=""
scripts/cluster.sh db-start
scripts/cluster.sh start 1
node=$(cat "$CLUSTER_DIR/node1.pid")
psql_owner() { PGPASSWORD=daotao_owner psql -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U daotao_owner -d daotao -qtAX "$@"; }
warmup=${COHORT_WARMUP:-200}
psql_owner -v n="$learners" -v w="$warmup" <<'SQL'
insert into unit (code, name, parent_id) values ('COHORT', 'Đơn vị đo tải', (select id from unit where code = 'BQL'));
-- the demo accounts' password (demo12345), hashed once by the app; hv: the cohort, wu: the warm-up run
insert into app_user (username, full_name, unit_id, password_hash, search_text)
select p || lpad(g::text, 5, '0'), 'Học viên ' || p || ' ' || g, (select id from unit where code = 'COHORT'),
       (select password_hash from app_user where username = 'nhanvien'), 'hoc vien ' || p || ' ' || g
  from (values ('hv', :n), ('wu', :w)) as c(p, count), generate_series(1, c.count) g;
insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
select e.id, (select id from unit where code = 'COHORT'), true, current_date, current_date + 30
  from course_edition e join course c on c.id = e.course_id where c.code = 'BVCTNB' and e.edition_no = 1;
SQL
gatling() {
  ./mvnw -B -ntp -q -Pcohort test-compile gatling:test -Dspotless.check.skip=true \
    -Dcohort.baseUrl="http://localhost:$((CLUSTER_PORT + 1))" \
    -Dcohort.jdbcUrl="jdbc:postgresql://127.0.0.1:$CLUSTER_PG_PORT/daotao?user=daotao_owner&password=daotao_owner" "$@"
}
if [ "$warmup" -gt 0 ]; then
  # a node just started runs its code interpreted and its caches cold: a short run of other learners first
  echo "warm-up: $warmup learners (wu...) over 30 s, their quiz within 30 s"
  gatling -Dcohort.userPrefix=wu -Dcohort.learners="$warmup" -Dcohort.signInSeconds=30 -Dcohort.windowSeconds=30 \
    >"$CLUSTER_DIR/warmup.txt" || { tail -30 "$CLUSTER_DIR/warmup.txt"; exit 1; }
fi
echo "$learners learners made; sign-ins over $signin s, then the quiz within $window s"

# CPU seconds of the app and of PostgreSQL (all its processes), sampled every 5 s
ticks=$(getconf CLK_TCK)
cpu() {
  local app pm pg=0 child
  app=$(awk '{print $14 + $15}' "/proc/$node/stat")
  # PostgreSQL: the postmaster, the children it has reaped (cutime, cstime) and the live ones
  pm=$(head -1 "$CLUSTER_DIR/pg/postmaster.pid")
  pg=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for child in $(ps --ppid "$pm" -o pid=); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$(date +%s) $app $pg"
}
(while true; do cpu; sleep 5; done) >"$CLUSTER_DIR/cpu.txt" &
sampler=$!
gatling -Dcohort.learners="$learners" -Dcohort.signInSeconds="$signin" -Dcohort.windowSeconds="$window" \
  -Dcohort.phasesFile="$CLUSTER_DIR/phases.txt" | tee "$CLUSTER_DIR/gatling.txt" || status=$?
kill $sampler 2>/dev/null || true
end=$(date +%s)
# the heap the cohort's sessions (still open, as after a quiz) keep, after full collections
"$JAVA_HOME/bin/jcmd" "$node" GC.run >/dev/null; "$JAVA_HOME/bin/jcmd" "$node" GC.run >/dev/null
echo "Live heap after the run, $((learners + warmup)) sessions open: $("$JAVA_HOME/bin/jcmd" "$node" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
read -r start window_start <"$CLUSTER_DIR/phases.txt"
awk -v s="$start" -v w="$window_start" -v e="$end" -v t="$ticks" '
  NR == 1 || $1 <= s { a0 = $2; p0 = $3 }
  $1 <= w { a1 = $2; p1 = $3 }
  { a2 = $2; p2 = $3 }
  END {
    printf "CPU, sign-in period (%d s): app %.1f s, PostgreSQL %.1f s\n", w - s, (a1 - a0) / t, (p1 - p0) / t
    printf "CPU, quiz period (%d s): app %.1f s, PostgreSQL %.1f s\n", e - w, (a2 - a1) / t, (p2 - p1) / t
  }' "$CLUSTER_DIR/cpu.txt"
report=$(ls -d target/gatling/*/ 2>/dev/null | tail -1)
python3 scripts/lib/gatling-table.py "$report/js/stats.js"
# the app's CPU in the quiz period by request kind, from the recording so far
"$JAVA_HOME/bin/jcmd" "$node" JFR.dump name=cohort filename="$CLUSTER_DIR/cohort-run.jfr" >/dev/null
python3 scripts/lib/jfr-cpu.py "$CLUSTER_DIR/cohort-run.jfr" "$CLUSTER_DIR/phases.txt" "$CLUSTER_DIR/cpu.txt" \
  "$report/js/stats.js" "$JAVA_HOME" || echo "(no CPU split: the recording could not be read)"
# what the cohort's quiz left in the database, per learner (module 1's attempt: 5 questions)
echo "Database after the run (rows and bytes with indexes, tables the run wrote):"
tables="quiz_attempt attempt_question module_progress app_user audit_event login_attempt login_known_address unit_membership"
psql_owner -c "analyze ${tables// /, }" -c "select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public' and c.relkind = 'r' and c.relname = any(string_to_array('$tables', ' '))
 order by 3 desc" | awk -F'|' '{ printf "  %-22s %10s rows %12s bytes\n", $1, $2, $3 }'
echo "Gatling report: $report"
exit "${status:-0}"
