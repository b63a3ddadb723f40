"""``disclosure-desk gui --quit-after-ready``: the window opens and the start-up time is printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_gui_quits_after_ready(tmp_path: Path) -> None:
    """A real start-up in its own process (an in-process app.quit() would end the
    test session's QApplication event loop for every later test). The database
    exists: a new one would first be asked about."""
    db = tmp_path / "gui.sqlite3"
    open_database(str(db)).close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(db),
            "gui",
            "--quit-after-ready",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms\n", result.stdout)
    assert "Traceback" not in result.stderr


def test_gui_help_mentions_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["gui", "--help"])
    assert "--quit-after-ready" in capsys.readouterr().out
