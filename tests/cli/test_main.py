"""The command line's dispatch: only the named command's module is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMAND_MODULES, COMMAND_OF, _command_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["report", "annual"], "report"),
        (["--db", "x.sqlite3", "import", "a.xlsx"], "import"),
        (["--db=x.sqlite3", "alerts"], "alerts"),
        (["--help"], None),
        (["--db", "x.sqlite3"], None),
        ([], None),
    ],
)
def test_command_name(argv: list[str], command: str | None) -> None:
    assert _command_name(argv) == command


def test_every_module_is_mapped() -> None:
    assert set(COMMAND_OF.values()) == set(COMMAND_MODULES)


def test_a_deadline_loads_neither_reports_nor_the_database() -> None:
    code = (
        "import sys; from desktop.cli import main; "
        "main(['deadline', '--received', '2026-02-10', '--json']); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'alembic', 'openpyxl'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
