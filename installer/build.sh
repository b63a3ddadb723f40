#!/usr/bin/env bash
# Build the frozen app into dist/DisclosureDesk (needs `pip install -e ".[installer]"`).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q -e ".[installer]"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/disclosure_desk.spec
du -sh dist/DisclosureDesk
