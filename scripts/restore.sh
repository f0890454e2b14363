#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into an EMPTY database (create it first, owned by the role that will own
# the schema), then start the app on it as usual: Flyway finds the schema up to date and grants the app's role
# its rows again.
#
#   scripts/restore.sh FILE
#
# The target is SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD as for scripts/backup.sh; the objects are owned by
# that role. All or nothing: one transaction, stopping at the first error. Refuses a database that has tables.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:?usage: scripts/restore.sh FILE}
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 2; }
. scripts/pg-connection.sh
pg_check_versions pg_restore
existing=$(psql --no-password -qtAc "select count(*) from pg_tables where schemaname = 'public'" "$PGDATABASE")
if [ "$existing" != 0 ]; then
  echo "$PGDATABASE on $PGHOST:$PGPORT already has $existing tables: restore only into an empty database" >&2
  exit 2
fi
echo "Restoring $file into $PGDATABASE on $PGHOST:$PGPORT"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --no-password \
  --dbname="$PGDATABASE" "$file"
echo "Restored: $(psql --no-password -qtAc "select count(*) from pg_tables where schemaname = 'public'" "$PGDATABASE") tables"
