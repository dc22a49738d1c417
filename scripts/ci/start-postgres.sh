#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's package) on localhost for tests, and prints its URL.
# Usage: eval "$(bash scripts/ci/start-postgres.sh)"  -> exports DATABASE_URL
set -euo pipefail
PORT="${KLARTEKST_PG_PORT:-5433}"
DATA="${KLARTEKST_PG_DATA:-/tmp/klartekst-pg}"
DB="${KLARTEKST_PG_DB:-klartekst}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

if ! as_postgres "$PGBIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_postgres "$PGBIN/initdb -D $DATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_postgres "$PGBIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/server.log -w start" >/dev/null
fi
if [ "${KLARTEKST_PG_FRESH:-}" = 1 ]; then
  psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null
fi
psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE \"$DB\"" >/dev/null
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
