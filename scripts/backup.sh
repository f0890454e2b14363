#!/usr/bin/env bash
# Backs up the app's database to one file: a custom-format pg_dump (compressed; the uploaded files, certificates
# and the record chain are in the database, so they are in the file). Restore it with scripts/restore.sh.
#
#   scripts/backup.sh [FILE]      default FILE: backups/daotao-YYYYMMDD-HHMMSS.dump
#
# The database is the one the app uses: SPRING_DATASOURCE_URL (jdbc:postgresql://HOST:PORT/DB), with
# SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD (use the owner role, which may read every table).
# Needs pg_dump of the server's major version or newer (Debian: apt-get install postgresql-client).
# The dump is consistent (one snapshot) and taken while the app runs. Besides it, keep the signing keystore and
# its password, APP_SIGNING_SECRET and the configuration (README, "Backup and restore").
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-connection.sh
file=${1:-backups/daotao-$(date +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
pg_check_versions pg_dump
echo "Backing up $PGDATABASE on $PGHOST:$PGPORT to $file"
pg_dump --format=custom --compress=6 --no-password --file="$file.part" --dbname="$PGDATABASE"
mv "$file.part" "$file"
# the file lists what it holds: a backup that pg_restore cannot read is no backup
tables=$(pg_restore --list "$file" | grep -c ' TABLE DATA ' || true)
echo "Backup written: $file ($(du -h "$file" | cut -f1), $tables tables with data)"
