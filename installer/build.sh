#!/usr/bin/env bash
# Build the frozen app into dist/DisclosureDesk (one folder; PyInstaller from the dev venv).
# The .deb around it: installer/build-deb.sh; Windows: installer/windows/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only PyInstaller itself: the app is analysed from this checkout (pathex in the spec).
.venv/bin/python -c 'import PyInstaller' 2>/dev/null || .venv/bin/python -m pip install -q "pyinstaller>=6.0"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
  installer/disclosure_desk.spec
du -sh dist/DisclosureDesk
