#!/usr/bin/env bash
# The whole test suite: ruff, mypy, pytest (offscreen Qt, with a throw-away
# PostgreSQL server when one is installed, for the shared-database tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
# Python's bytecode caches are written and reused (some machines set PYTHONDONTWRITEBYTECODE):
# the many tests that start a fresh interpreter (the command line, start-up, workstations,
# the demo's workers) then load our modules instead of compiling them each time.
unset PYTHONDONTWRITEBYTECODE

.venv/bin/ruff check .
.venv/bin/mypy

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${DISCLOSURE_DESK_TEST_PG_URL:-}" ] && [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/dd-pg.XXXXXX)
  port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  trap 'run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null; rm -rf "$pg_dir"' EXIT
  export DISCLOSURE_DESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL for the tests on port $port"
fi

# A file's tests run on one worker: its module fixtures (a demo register, a calendar)
# are built once, not once per worker.
.venv/bin/pytest -n 2 --dist loadfile "$@"
