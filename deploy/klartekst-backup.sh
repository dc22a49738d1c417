#!/usr/bin/env bash
# A backup of Klartekst's PostgreSQL database, twice: `pg_dump --format=custom` (restore with
# pg_restore, same PostgreSQL major or newer) and Klartekst's JSON export (`npm run export`;
# restore into an empty database of either kind with `npm run import`). Old ones are deleted after
# BACKUP_KEEP_DAYS. Run by deploy/systemd/klartekst-backup.{service,timer}; by hand:
#   set -a; . /etc/klartekst/klartekst.env; set +a; deploy/klartekst-backup.sh
# Exits non-zero (the unit fails, and shows in `systemctl --failed`) if either part fails; a
# partial file is never left under a final name.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is not set}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/klartekst}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
cd "$(dirname "$0")/.."

umask 077
mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dump="$BACKUP_DIR/klartekst-$stamp.pgdump"
json="$BACKUP_DIR/klartekst-$stamp.json.gz"

# pg_dump takes the URL as it is, without Prisma's own parameters.
pg_url="$(printf '%s' "$DATABASE_URL" | sed -E 's/([?&])(schema|connection_limit|pool_timeout|pgbouncer)=[^&]*&?/\1/g; s/[?&]$//')"
pg_dump --format=custom --no-owner --file="$dump.partial" "$pg_url"
mv "$dump.partial" "$dump"

npm run --silent export -- - | gzip -9 > "$json.partial"
mv "$json.partial" "$json"

find "$BACKUP_DIR" -maxdepth 1 -name 'klartekst-*' -mtime +"$BACKUP_KEEP_DAYS" -delete
echo "backup written: $dump ($(du -h "$dump" | cut -f1)), $json ($(du -h "$json" | cut -f1))"
