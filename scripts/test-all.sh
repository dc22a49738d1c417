#!/usr/bin/env bash
# The whole test suite: type check, unit tests, the scale test, then browser tests against a production build
# on SQLite and, where PostgreSQL is installed, on PostgreSQL. Prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The public address the tests' server is known by; it differs from the bind address (127.0.0.1)
# so that a URL built from where the server listens is caught. Builds bake it into pages.
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:${KLARTEKST_TEST_PORT:-3123}}"
TMP=tests/.tmp
rm -rf "$TMP" && mkdir -p "$TMP"

# The generated client is per provider; start from SQLite whatever an interrupted run left.
env -u DATABASE_URL npx prisma generate >/dev/null
trap 'env -u DATABASE_URL npx prisma generate >/dev/null 2>&1' EXIT

echo "== type check"
npx next typegen >/dev/null && npx tsc --noEmit

echo "== lint (ESLint: Next's and typescript-eslint's rules; only lib/db imports the Prisma client)"
npx eslint --max-warnings 0 .

echo "== format (Prettier)"
npx prettier --check . >/dev/null || { npx prettier --list-different .; echo "Run npm run format" >&2; exit 1; }

echo "== unit tests"
mapfile -t unit_tests < <(find lib components tests/unit tests/integration -name '*.test.ts' -o -name '*.test.tsx' | sort)
node --import tsx --import ./tests/support/ignore-css.mjs --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$TMP/unit.tap" "${unit_tests[@]}"

echo "== scale test (12 vs 500 organisations on SQLite: same query counts)"
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$TMP/scale.tap" tests/scale/scale.test.ts

browser_run() {
  local name=$1
  echo "== browser tests on $name ($DATABASE_URL)"
  npx prisma generate >/dev/null
  node scripts/ensure-env.mjs
  npx prisma migrate deploy
  npx prisma db seed
  # Backup round trip on this provider (needs the seeded database; creates and drops its own empty one).
  node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$TMP/db-$name.tap" tests/db/*.test.ts
  npx next build
  PLAYWRIGHT_JSON_OUTPUT_NAME="$TMP/browser-$name.json" npx playwright test
}

DATABASE_URL="file:./$TMP/test.db" browser_run sqlite

if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  eval "$(KLARTEKST_PG_DB=klartekst_test KLARTEKST_PG_FRESH=1 bash scripts/ci/start-postgres.sh)"
  browser_run postgres
elif [ "${KLARTEKST_REQUIRE_POSTGRES:-}" = 1 ]; then
  echo "PostgreSQL is required (KLARTEKST_REQUIRE_POSTGRES=1) but not installed" >&2
  exit 1
else
  echo "== PostgreSQL is not installed: the PostgreSQL browser run is left to CI (apt-get install postgresql to run it here)"
fi

node scripts/test-summary.mjs "$TMP"
