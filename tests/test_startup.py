"""The first screen loads only what it needs (start-up speed, issue 13).

A fresh interpreter runs the real start-up (``run_gui`` up to the first painted
window, offscreen) on a current database, then lists the heavy machinery it
imported: PDF, spreadsheets, migrations, the PDF viewer and printing are loaded
when first used, never at start-up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Top-level packages (or Qt modules) the first screen must not import.
DEFERRED = (
    "reportlab",
    "openpyxl",
    "python_calamine",
    "docx",
    "docxtpl",
    "pypdf",
    "PIL",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
)

START_UP = """
import json, sys
from desktop.app import run_gui
code = run_gui(sys.argv[1], quit_after_ready=True)
deferred = json.loads(sys.argv[2])
loaded = sorted(n for n in deferred if any(m == n or m.startswith(n + ".") for m in sys.modules))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_the_first_screen_defers_pdf_spreadsheets_and_migrations(database_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START_UP, str(database_file), json.dumps(DEFERRED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
