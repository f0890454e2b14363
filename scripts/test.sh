#!/usr/bin/env bash
# Runs every test: unit and integration tests on real PostgreSQL, browser tests in headless Chromium,
# then builds the production jar and checks that it starts, survives a burst of first visitors, and runs as two
# nodes behind HAProxy (scripts/cluster-check.sh). Installs what is missing (Chromium and
# ChromeDriver, poppler-utils for pdfsig, a local PostgreSQL server for the external-database test) when run as root
# with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- JDK 21 or newer ------------------------------------------------------------------------
# The wrapper finds a JDK 21+ by itself (.mvn/find-jdk.sh): the README's commands need no JAVA_HOME. Checked
# here as a first-time user runs them, with JAVA_HOME unset and only the system's java on the PATH.
if ! (unset JAVA_HOME; PATH=/usr/bin:/bin ./mvnw -B -ntp --version) | grep -E 'Java version: (2[1-9]|[3-9][0-9])' >/dev/null; then
  echo "./mvnw did not find a JDK 21+ without JAVA_HOME" >&2; exit 1
fi
. .mvn/find-jdk.sh
daotao_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK at $JAVA_HOME ($(daotao_java_major "$JAVA_HOME/bin/java"))"

# ---- Chromium and ChromeDriver for the browser tests ----------------------------------------
apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Missing: $*. Install them (apt-get install -y $*) and run again." >&2
    exit 1
  fi
}
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing Chromium and ChromeDriver..."
  apt_install chromium chromium-driver
fi

# ---- poppler-utils: pdfsig checks the PAdES signature of certificate PDFs (PdfSignerTest) -------
if ! command -v pdfsig >/dev/null; then
  echo "Installing poppler-utils (pdfsig)..."
  apt_install poppler-utils
fi

# ---- HAProxy in front of two nodes for the cluster check (scripts/cluster-check.sh) -------------
if ! command -v haproxy >/dev/null; then
  echo "Installing HAProxy..."
  apt_install haproxy
fi

# ---- A PostgreSQL server outside the app, for ExternalDatabaseTest and the jar check ---------
if ! command -v pg_ctlcluster >/dev/null; then
  echo "Installing PostgreSQL server..."
  apt_install postgresql
fi
if [ "$(id -u)" = 0 ]; then
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  pg_ctlcluster $cluster start 2>/dev/null || true
  port=$(pg_lsclusters --no-header | awk -v v="${cluster% *}" -v n="${cluster#* }" '$1==v && $2==n {print $3}')
  runuser -u postgres -- psql -p "$port" -qtAc "select 1 from pg_roles where rolname = 'daotao_test'" | grep -q 1 \
    || runuser -u postgres -- psql -p "$port" -qc "create role daotao_test login password 'daotao_test'"
  # the production layout (README "Database roles"): Flyway as the owner, the app as a role without ownership
  runuser -u postgres -- psql -p "$port" -qtAc "select 1 from pg_roles where rolname = 'daotao_app_test'" | grep -q 1 \
    || runuser -u postgres -- psql -p "$port" -qc "create role daotao_app_test login password 'daotao_app_test'"
  for db in daotao_test daotao_jar daotao_aot daotao_train daotao_backup daotao_restored; do
    runuser -u postgres -- psql -p "$port" -qc "drop database if exists $db" >/dev/null
    runuser -u postgres -- psql -p "$port" -qc "create database $db owner daotao_test" >/dev/null
  done
  export TEST_DATASOURCE_URL="jdbc:postgresql://localhost:$port/daotao_test"
  export TEST_DATASOURCE_USERNAME=daotao_test TEST_DATASOURCE_PASSWORD=daotao_test
  echo "External PostgreSQL $cluster on port $port"
else
  echo "Not root: ExternalDatabaseTest uses TEST_DATASOURCE_URL if you set it, and is skipped otherwise."
fi

# ---- The tests ------------------------------------------------------------------------------
rm -rf target/pg-test-data target/pg-it-data
./mvnw -B -ntp verify

# ---- The production jar starts on a real server with the prod profile ------------------------
# Twice: as `java -jar` on the fat jar, and as README's fast start (extracted + JDK AOT cache).
./mvnw -B -ntp -q -Pproduction -DskipTests package
if [ -n "${TEST_DATASOURCE_URL:-}" ]; then
  server="${TEST_DATASOURCE_URL%/*}"
  # check_start LABEL DATABASE DIRECTORY JAVA-ARGS...: starts the app, waits for health UP, checks /login
  check_start() {
    local label=$1 db=$2 dir=$3; shift 3
    local log="$PWD/target/jar-check-$db.log" start pid ready_ms code
    start=$(date +%s%N)
    (cd "$dir" && SPRING_PROFILES_ACTIVE=prod SERVER_PORT=18080 SESSION_COOKIE_SECURE=false \
      SPRING_DATASOURCE_URL="$server/$db" SPRING_DATASOURCE_USERNAME=daotao_app_test \
      SPRING_DATASOURCE_PASSWORD=daotao_app_test SPRING_FLYWAY_USER=daotao_test SPRING_FLYWAY_PASSWORD=daotao_test \
      APP_ADMIN_USERNAME=quantri APP_ADMIN_PASSWORD=MatKhauKiemThu2026 APP_PUBLIC_URL=http://localhost:18080 \
      exec java "$@") >"$log" 2>&1 &
    pid=$!
    trap "kill $pid 2>/dev/null || true" EXIT
    for _ in $(seq 1 240); do
      if curl -fs http://localhost:18080/actuator/health | grep -q '"UP"'; then break; fi
      if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "$label did not start" >&2; exit 1; fi
      sleep 0.25
    done
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    code=$(curl -s -o target/jar-login.html -w '%{http_code}' http://localhost:18080/login)
    kill $pid; wait $pid 2>/dev/null || true; trap - EXIT
    if [ "$code" != 200 ]; then echo "$label answered $code on /login" >&2; exit 1; fi
    if grep -q '\[aot\].*error' "$log"; then grep '\[aot\]' "$log"; echo "$label: the AOT cache was refused" >&2; exit 1; fi
    echo "$label: healthy and serving /login ${ready_ms} ms after start"
  }
  jar=$(ls target/daotao-*.jar | grep -v original | head -1)
  check_start "Production jar (java -jar)" daotao_jar . -jar "$jar"
  # the record chain of what that start wrote checks out, with the script as a server runs it (the jar alone)
  APP_JAR="$jar" scripts/verify-records.sh "$server/daotao_jar" daotao_test daotao_test
  SKIP_BUILD=1 SPRING_DATASOURCE_URL="$server/daotao_train" SPRING_DATASOURCE_USERNAME=daotao_app_test \
    SPRING_DATASOURCE_PASSWORD=daotao_app_test SPRING_FLYWAY_USER=daotao_test SPRING_FLYWAY_PASSWORD=daotao_test \
    scripts/prepare-production.sh
  aot=(); if [ -f target/app/app.aot ]; then aot=(-XX:AOTCache=app.aot); fi
  check_start "Production, extracted${aot:+ with AOT cache}" daotao_aot target/app "${aot[@]}" -jar "$(basename "$jar")"
fi

# ---- A burst of first visitors on a freshly started server, in each documented layout -------------
# (README "Request threads": the server once hung for good here; the check is bounded by its own timeouts.)
jar=$(ls target/daotao-*.jar | grep -v original | head -1)
scripts/burst-check.sh "Burst, java -jar" . -jar "$jar"
if [ -d target/app ]; then
  aot=(); if [ -f target/app/app.aot ]; then aot=(-XX:AOTCache=app.aot); fi
  scripts/burst-check.sh "Burst, extracted${aot:+ with AOT cache}" target/app "${aot[@]}" -jar "$(basename "$jar")"
fi

# ---- Two nodes behind HAProxy on one PostgreSQL server (issue 14) ---------------------------------
# Scheduled jobs once, gap-free serials from both nodes, kill -9 failover resuming the same attempt, and the
# database stopped and started under load. Bounded by its own timeouts; the cluster is stopped on any way out.
scripts/cluster-check.sh
