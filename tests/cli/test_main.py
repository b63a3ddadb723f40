"""The command line's dispatch: only the named command's module is loaded."""

from __future__ import annotations

import pytest

from desktop.cli import COMMAND_MODULES, COMMAND_OF, _command_name
from tests.conftest import fresh_python


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
    out = fresh_python(code)
    assert out.strip().splitlines()[-1] == "[]"


HEAVY = {"sqlalchemy", "alembic", "pypinyin", "PySide6", "reportlab", "python_calamine", "argon2"}


def test_help_loads_no_library_behind_a_command() -> None:
    """``--help`` lists every command: their modules are read, their services are not."""
    code = (
        "import sys; from desktop.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(HEAVY)!r})))\n"
    )
    out = fresh_python(code)
    assert "import" in out  # the help text was printed (the import command)
    assert out.strip().splitlines()[-1] == "[]"


def test_a_command_runs_with_the_garbage_collector_on() -> None:
    """``python -m desktop`` loads with the collector off: every command but the window
    (which does it once shown) turns it back on before its work."""
    code = (
        "import gc; gc.disable()\n"
        "from desktop.cli import main\n"
        "main(['deadline', '--received', '2026-02-10', '--json'])\n"
        "print(gc.isenabled())\n"
    )
    out = fresh_python(code)
    assert out.strip().splitlines()[-1] == "True"


def test_a_worker_importing_the_entry_module_keeps_the_collector_on() -> None:
    """A spawned worker imports ``desktop.__main__`` under another name: it must not run
    a whole job with the collector off."""
    code = "import gc, desktop.__main__; print(gc.isenabled())"
    out = fresh_python(code)
    assert out.strip() == "True"
