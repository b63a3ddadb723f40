"""The window asks before it creates a register file other than the default one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import open_for_window
from desktop.ui.startup import ask_create_database


class Asker:
    """Replaces the question dialog: records the question, gives a fixed answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.asked.append(path)
        return self.answer


def test_declining_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "registr.sqlite3"
    ask = Asker(answer=False)
    assert open_for_window(str(path), ask) is None
    assert ask.asked == [path]
    assert not (tmp_path / "typo").exists()


def test_agreeing_creates_the_register(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    ask = Asker(answer=True)
    database = open_for_window(str(path), ask)
    assert database is not None
    database.close()
    assert ask.asked == [path]
    reopened = open_for_window(str(path), ask)  # exists now: no second question
    assert reopened is not None
    reopened.close()
    assert ask.asked == [path]


def test_the_default_register_is_created_without_asking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "disclosure-desk.sqlite3"
    monkeypatch.setenv("DISCLOSURE_DESK_DB", str(default))
    ask = Asker(answer=False)
    database = open_for_window(None, ask)
    assert database is not None
    database.close()
    assert ask.asked == []
    assert default.stat().st_size > 0


@pytest.mark.parametrize(("button", "answer"), [("No", False), ("Yes", True)])
def test_the_question_dialog(qtbot: QtBot, tmp_path: Path, button: str, answer: bool) -> None:
    shots = Path("/tmp/dbcli-shots")
    seen: list[str] = []

    def answer_it() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        if shots.is_dir():
            box.grab().save(str(shots / f"ask-create-{button}.png"))
        box.button(getattr(QMessageBox.StandardButton, button)).click()

    QTimer.singleShot(0, answer_it)
    assert ask_create_database(tmp_path / "x.sqlite3") is answer
    assert seen == ["数据库文件不存在，是否新建一个空台账？"]
