#!/usr/bin/env bash
# `npm run pg:test [vitest args]`: the PostgreSQL tests against a throwaway
# server (scripts/pg-test-server.sh), as .ci/run runs them. With no arguments,
# the PostgreSQL suites; with arguments, whatever vitest is given.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-test-server.sh
pg_test_server_start || exit 1
npm run build >/dev/null || exit 1
if [ "$#" -eq 0 ]; then
  set -- tests/corpus/pg-client.test.ts tests/corpus/pg-store.test.ts tests/corpus/pg-roles.test.ts tests/corpus/pg-bad-input.test.ts tests/corpus/pg-concurrency.test.ts tests/query/conformance.test.ts tests/e2e/postgres.test.ts
fi
npx vitest run "$@"
