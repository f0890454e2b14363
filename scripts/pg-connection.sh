# Sourced by scripts/backup.sh and scripts/restore.sh: the PG* variables of the libpq tools, from the app's own
# SPRING_DATASOURCE_URL (jdbc:postgresql://HOST[:PORT]/DATABASE[?...]), _USERNAME and _PASSWORD.
url=${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL (jdbc:postgresql://HOST:PORT/DATABASE) as for the app; the embedded database has no pg_dump: stop the app and copy its data folder instead}
rest=${url#jdbc:postgresql://}
rest=${rest%%\?*}
hostport=${rest%%/*}
export PGDATABASE=${rest#*/}
export PGHOST=${hostport%%:*}
if [ "$hostport" != "$PGHOST" ]; then export PGPORT=${hostport#*:}; else export PGPORT=5432; fi
export PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD; fi

# pg_check_versions TOOL: the tool must be at least the server's major version (pg_dump refuses newer servers).
pg_check_versions() {
  command -v "$1" >/dev/null || { echo "$1 is missing: install the PostgreSQL client tools (apt-get install postgresql-client)" >&2; exit 2; }
  local server tool
  server=$(psql --no-password -qtAc "show server_version_num" "$PGDATABASE") \
    || { echo "Cannot connect to $PGDATABASE on $PGHOST:$PGPORT as $PGUSER" >&2; exit 2; }
  tool=$("$1" --version | grep -oE '[0-9]+' | head -1)
  if [ "$tool" -lt $((server / 10000)) ]; then
    echo "$1 $tool is older than the server ($((server / 10000))): install the client tools of that version" >&2
    exit 2
  fi
}
