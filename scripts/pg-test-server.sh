#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL tests (issue 18): installed
# from the distribution's packages when missing, created in a temporary folder
# with initdb, listening only on a Unix socket in that folder (no TCP, no system
# service), stopped and deleted when the calling shell exits.
#
# Source it:   . scripts/pg-test-server.sh && pg_test_server_start
# It exports DIRECTIVES_PG_URL (and DIRECTIVES_PG_REQUIRED=1, so the tests fail
# rather than skip when the server is gone). Returns non-zero when no server
# could be started; under CI the caller must treat that as a failure.

pg_test_server_bindir() {
  local dir
  for dir in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent)")" /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_test_server_start() {
  local bindir port user
  if ! bindir=$(pg_test_server_bindir); then
    echo "PostgreSQL is not installed; installing it from the distribution's packages" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib) >/dev/null 2>&1 || true
    bindir=$(pg_test_server_bindir) || { echo "PostgreSQL could not be installed" >&2; return 1; }
  fi
  PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/directives-pg.XXXXXX")
  port=${PG_TEST_PORT:-54329}
  user=$(id -un)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # the server refuses to run as root: run it as an unprivileged user
    user=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown -R postgres "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || "${run[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U "$user" --auth=trust -E UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # everyone is trusted on the socket but one role, which must give its password (the wrong-password test)
  sed -i '1i local all directives_password_test scram-sha-256' "$PG_TEST_DIR/data/pg_hba.conf"
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 30 \
    -o "-k $PG_TEST_DIR -p $port -c listen_addresses='' -c fsync=off -c max_connections=100" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BINDIR=$bindir
  PG_TEST_RUN=("${run[@]}")
  export DIRECTIVES_PG_URL="postgresql://$user@localhost:$port/postgres?host=$PG_TEST_DIR"
  export DIRECTIVES_PG_REQUIRED=1
  trap pg_test_server_stop EXIT
  echo "PostgreSQL test server: $DIRECTIVES_PG_URL" >&2
}

pg_test_server_stop() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_RUN[@]}" "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=
}
