"""What the command-line tests share: the test database's URL and a runner for one command."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.services.database import Database


@pytest.fixture
def url(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command (argparse's errors exit via SystemExit)."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
