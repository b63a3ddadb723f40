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

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Top-level packages (or Qt modules) the first screen must not import.
DEFERRED = (
    "reportlab",
    "openpyxl",
    "python_calamine",
    "alembic",
    "mako",
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


#: What ``--help`` and a database-less ``deadline`` must not load: they answer at once.
HEAVY_FOR_THE_CLI = ("sqlalchemy", "db", "reportlab", "openpyxl", "alembic", "PySide6")

CLI = """
import json, sys
from desktop.cli import main
try:
    main(json.loads(sys.argv[1]))
except SystemExit:
    pass
heavy = json.loads(sys.argv[2])
print(json.dumps(sorted(n for n in heavy if any(m == n or m.startswith(n + ".") for m in sys.modules))))
"""


@pytest.mark.parametrize(
    "argv", [["--help"], ["deadline", "--received", "2026-02-10"], ["report", "--help"]]
)
def test_help_and_deadline_load_no_database_pdf_or_qt(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CLI, json.dumps(argv), json.dumps(HEAVY_FOR_THE_CLI)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_ledger_command_offers_every_ledger_format() -> None:
    from desktop.cli.ledger import FORMATS
    from desktop.services.ledger import LedgerFormat

    assert tuple(f.value for f in LedgerFormat) == FORMATS
