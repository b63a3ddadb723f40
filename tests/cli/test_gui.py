"""``disclosure-desk gui --quit-after-ready``: the window opens and the start-up time is printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main


def test_gui_quits_after_ready(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    code = main(["--db", str(tmp_path / "gui.sqlite3"), "gui", "--quit-after-ready"])
    out = capsys.readouterr().out
    assert code == 0
    assert re.fullmatch(r"ready in \d+ ms\n", out)


def test_gui_help_mentions_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["gui", "--help"])
    assert "--quit-after-ready" in capsys.readouterr().out
