#!/usr/bin/env bash
# Launch DisclosureDesk on a demo database (created on the first run).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-demo.sqlite3}
if [ ! -f "$db" ]; then
  .venv/bin/disclosure-desk --db "$db" demo --requests 5000
fi
exec .venv/bin/disclosure-desk --db "$db" gui
