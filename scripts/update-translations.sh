#!/usr/bin/env bash
# Refresh the translation source files from the code (Qt Linguist .ts).
#   bash scripts/update-translations.sh     then translate with Qt Linguist and
#   .venv/bin/pyside6-lrelease resources/translations/*.ts   to build the .qm files
# The app loads resources/translations/disclosure_desk_<locale>.qm when present.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/vocab_strings.py
.venv/bin/pyside6-lupdate desktop/ui/*.py -ts resources/translations/disclosure_desk_en.ts
