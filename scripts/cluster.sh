#!/usr/bin/env bash
# Two application nodes behind HAProxy on this machine, on one PostgreSQL server of their own: the production
# layout (README "Two or more nodes") in miniature, for trying it and for scripts/cluster-check.sh.
#
#   scripts/cluster.sh up          build the production jar if missing, start PostgreSQL, node 1, node 2, HAProxy
#   scripts/cluster.sh down        stop them (HAProxy, the nodes with SIGTERM, PostgreSQL)
#   scripts/cluster.sh status      readiness of each node and of the front
#   scripts/cluster.sh kill N      kill -9 node N (a crash)
#   scripts/cluster.sh start N     start node N again
#   scripts/cluster.sh db-restart  restart PostgreSQL (fast shutdown: open connections are cut)
#   scripts/cluster.sh db-stop | db-start
#
# Front: http://localhost:${CLUSTER_PORT:-18090}; nodes on the next two ports; PostgreSQL on
# ${CLUSTER_PG_PORT:-15432}. Everything lives in ${CLUSTER_DIR:-target/cluster} (logs, pids, the data folder).
# The nodes run the prod profile with the demo organisation and accounts (CLUSTER_PROFILES=prod,demo, the
# default) so that it can be tried at once; CLUSTER_PROFILES=prod starts an empty organisation whose first
# administrator is quantri / CLUSTER_ADMIN_PASSWORD. HAProxy (Debian package haproxy) and PostgreSQL's server
# binaries (package postgresql) must be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
project=$PWD
dir=$(mkdir -p "${CLUSTER_DIR:-target/cluster}" && cd "${CLUSTER_DIR:-target/cluster}" && pwd)
front=${CLUSTER_PORT:-18090}
pg_port=${CLUSTER_PG_PORT:-15432}
node_port() { echo $((front + $1)); }
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

db_up() {
  if [ ! -f "$dir/pg/PG_VERSION" ]; then
    mkdir -p "$dir/pg"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg"; fi
    as_pg "$pg_bin/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  fi
  if [ "$(id -u)" = 0 ]; then touch "$dir/pg.log" && chown postgres "$dir/pg.log"; fi
  as_pg "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w -t 60 \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=100" start >/dev/null
  # The owner runs Flyway; the app connects as a role that owns nothing (README "Database roles").
  as_pg "$pg_bin/psql" -h /tmp -p "$pg_port" -U postgres -qtAX -d postgres <<'SQL' >/dev/null
select 'create role daotao_owner login password ''daotao_owner''' where not exists (select 1 from pg_roles where rolname = 'daotao_owner') \gexec
select 'create role daotao_app login password ''daotao_app''' where not exists (select 1 from pg_roles where rolname = 'daotao_app') \gexec
select 'create database daotao owner daotao_owner' where not exists (select 1 from pg_database where datname = 'daotao') \gexec
SQL
  # password sign-in over TCP for the app's roles (trust stays for the local socket the script uses)
  if ! grep -q daotao_cluster "$dir/pg/pg_hba.conf" 2>/dev/null; then
    as_pg sh -c "printf '%s\n' '# daotao_cluster' 'host all all 127.0.0.1/32 scram-sha-256' > '$dir/pg/pg_hba.conf.new' \
      && grep -v '^host' '$dir/pg/pg_hba.conf' >> '$dir/pg/pg_hba.conf.new' && mv '$dir/pg/pg_hba.conf.new' '$dir/pg/pg_hba.conf'"
    as_pg "$pg_bin/pg_ctl" -D "$dir/pg" reload >/dev/null
  fi
}

db_down() {
  if [ -f "$dir/pg/postmaster.pid" ]; then as_pg "$pg_bin/pg_ctl" -D "$dir/pg" -m fast -w -t 60 stop >/dev/null || true; fi
}

jar() {
  local found
  found=$(ls "$project"/target/daotao-*.jar 2>/dev/null | grep -v original | head -1 || true)
  # only a production build (a plain `mvn package` jar wants Vaadin's development server)
  if [ -z "$found" ] || ! unzip -p "$found" META-INF/VAADIN/config/flow-build-info.json | grep -q '"productionMode" : true'; then
    (cd "$project" && ./mvnw -B -ntp -q -Pproduction -DskipTests package >&2)
    found=$(ls "$project"/target/daotao-*.jar | grep -v original | head -1)
  fi
  echo "$found"
}

node_start() {
  local n=$1 port app
  port=$(node_port "$n")
  daotao_find_jdk >/dev/null || exit 1
  app=$(jar)
  (cd "$dir" && SPRING_PROFILES_ACTIVE=${CLUSTER_PROFILES:-prod,demo} SERVER_PORT=$port \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/daotao" \
    SPRING_DATASOURCE_USERNAME=daotao_app SPRING_DATASOURCE_PASSWORD=daotao_app \
    SPRING_FLYWAY_USER=daotao_owner SPRING_FLYWAY_PASSWORD=daotao_owner \
    APP_PUBLIC_URL="http://localhost:$front" SESSION_COOKIE_SECURE=false APP_HSTS=false \
    APP_ADMIN_USERNAME=quantri APP_ADMIN_PASSWORD="${CLUSTER_ADMIN_PASSWORD:-MatKhauCum2026!}" \
    SERVER_FORWARD_HEADERS_STRATEGY=native SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1' \
    APP_ASSIGNMENTS_RENEWAL_CRON="${CLUSTER_RENEWAL_CRON:-0 5 0 * * *}" \
    exec "$JAVA_HOME/bin/java" ${CLUSTER_JAVA_OPTS:--Xmx1g} -jar "$app") >"$dir/node$n.log" 2>&1 &
  echo $! >"$dir/node$n.pid"
}

ready() { curl -fs -m 2 "http://localhost:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

wait_ready() {
  local n=$1 port pid
  port=$(node_port "$n")
  pid=$(cat "$dir/node$n.pid")
  for _ in $(seq 1 480); do
    if ready "$port"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then tail -40 "$dir/node$n.log" >&2; echo "node $n did not start" >&2; return 1; fi
    sleep 0.25
  done
  tail -40 "$dir/node$n.log" >&2; echo "node $n not ready 120 s after start" >&2; return 1
}

node_stop() {
  local n=$1 pid
  [ -f "$dir/node$n.pid" ] || return 0
  pid=$(cat "$dir/node$n.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 160); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/node$n.pid"
}

proxy_up() {
  # When no node is ready (the database is away) HAProxy answers itself: in Vietnamese, not its English page.
  printf '%s\r\n' 'HTTP/1.1 503 Service Unavailable' 'Content-Type: text/html; charset=utf-8' 'Cache-Control: no-store' \
    'Retry-After: 30' 'Connection: close' '' >"$dir/503.http"
  cat "$project/scripts/unavailable.html" >>"$dir/503.http"
  cat >"$dir/haproxy.cfg" <<CFG
global
  maxconn 8000
  pidfile $dir/haproxy.pid

defaults
  mode http
  option forwardfor
  # A learner stays on the node that holds their session even while its readiness is DOWN (the database is away:
  # the node answers with its own Vietnamese message and keeps the session); only when their node cannot be
  # reached at all (crashed, stopped) does the request go to another node, where they sign in again.
  option persist
  option redispatch
  retries 2
  timeout connect 2s
  timeout client 90s
  timeout server 90s
  errorfile 503 $dir/503.http

frontend web
  bind 127.0.0.1:$front
  default_backend app

backend app
  balance roundrobin
  # sticky sessions: Vaadin keeps each UI's state in its node's memory
  cookie NODE insert indirect nocache httponly
  option httpchk GET /actuator/health/readiness
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  server node1 127.0.0.1:$(node_port 1) check cookie node1
  server node2 127.0.0.1:$(node_port 2) check cookie node2
CFG
  haproxy -c -q -f "$dir/haproxy.cfg"
  haproxy -D -f "$dir/haproxy.cfg"
  for _ in $(seq 1 80); do
    if curl -fs -m 2 -o /dev/null "http://localhost:$front/login"; then return 0; fi
    sleep 0.25
  done
  echo "HAProxy does not answer on $front" >&2; return 1
}

proxy_down() {
  if [ -f "$dir/haproxy.pid" ]; then kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true; rm -f "$dir/haproxy.pid"; fi
}

case "${1:-}" in
  up)
    command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL's server is missing: apt-get install -y postgresql" >&2; exit 1; }
    jar >/dev/null
    db_up
    # One after the other: the first runs the migrations (and seeds the demo), the second finds them done.
    node_start 1 && wait_ready 1
    node_start 2 && wait_ready 2
    proxy_up
    echo "Cluster up: http://localhost:$front (nodes on $(node_port 1) and $(node_port 2), PostgreSQL on $pg_port)"
    ;;
  down)
    proxy_down
    node_stop 1
    node_stop 2
    db_down
    ;;
  status)
    for n in 1 2; do
      if ready "$(node_port "$n")"; then echo "node $n: ready"; else echo "node $n: not ready"; fi
    done
    if curl -fs -m 2 -o /dev/null "http://localhost:$front/login"; then echo "front: answering"; else echo "front: down"; fi
    ;;
  kill)
    kill -9 "$(cat "$dir/node$2.pid")"
    ;;
  start)
    node_start "$2" && wait_ready "$2"
    ;;
  db-stop)
    db_down
    ;;
  db-start)
    db_up
    ;;
  db-restart)
    as_pg "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -m fast -w -t 60 \
      -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=100" restart >/dev/null
    ;;
  *)
    echo "usage: scripts/cluster.sh up|down|status|kill N|start N|db-restart|db-stop|db-start" >&2
    exit 2
    ;;
esac
