#!/usr/bin/env bash
# Where one PostgreSQL primary stops on this machine (docs/capacity.md), not a test. Run after
# scripts/bench-cohort.sh, on its database (target/cohort, started again here):
#   scripts/bench-database.sh [SECONDS]      default 30
# Prints pgbench's standard TPC-B-like transactions per second (scale 20, 16 clients) and the answer saves
# per second of scripts/pgbench/answer-save.sql on the cohort's attempts (16 clients), both with the server's
# durable commits (synchronous_commit on).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
export CLUSTER_DIR="$PWD/target/cohort" CLUSTER_PORT=18290 CLUSTER_PG_PORT=15632
[ -f "$CLUSTER_DIR/pg/PG_VERSION" ] || { echo "run scripts/bench-cohort.sh first" >&2; exit 1; }
trap 'scripts/cluster.sh db-stop >/dev/null 2>&1 || true' EXIT
scripts/cluster.sh db-start
# as the server's superuser over its local socket (trust), as root through the postgres account
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
conn=(-h /tmp -p "$CLUSTER_PG_PORT" -U postgres)
# what the cohort's run wrote, per learner who signed in (counted since the database was made: the schema, the
# demo data, the learners' own rows and the warm-up are included, so this is an upper bound)
as_pg psql "${conn[@]}" -d daotao -qtAX -c "
  select format('rows written per learner: %s inserted, %s updated; transactions per learner: %s (%s learners)',
                round(d.tup_inserted::numeric / nullif(u.n, 0), 1), round(d.tup_updated::numeric / nullif(u.n, 0), 1),
                round(d.xact_commit::numeric / nullif(u.n, 0), 1), u.n)
    from pg_stat_database d, (select count(*) n from app_user where username ~ '^(hv|wu)[0-9]') u
   where d.datname = 'daotao'"
range=$(as_pg psql "${conn[@]}" -d daotao -qtAX -c "select min(attempt_id) || ' ' || max(attempt_id) from attempt_question")
as_pg psql "${conn[@]}" -d postgres -qtAX -c "drop database if exists pgbench" -c "create database pgbench" >/dev/null
as_pg pgbench "${conn[@]}" -i -q -s 20 pgbench 2>&1 | tail -1
echo "pgbench TPC-B-like, scale 20, 16 clients, ${seconds} s:"
as_pg pgbench "${conn[@]}" -c 16 -j 2 -T "$seconds" pgbench 2>&1 | grep -E "^tps|latency average"
echo "answer saves (scripts/pgbench/answer-save.sql), 16 clients, ${seconds} s, attempts ${range}:"
as_pg pgbench "${conn[@]}" -n -c 16 -j 2 -T "$seconds" -D mina="${range% *}" -D maxa="${range#* }" \
  -f "$PWD/scripts/pgbench/answer-save.sql" daotao 2>&1 | grep -E "^tps|latency average"
