"""Esc or closing a half-filled 新建申请 or an edited detail asks 保存 / 放弃 / 取消."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import Application
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import get_application_row, register_application
from desktop.services.database import Database
from desktop.ui import unsaved
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.application_form import NewApplicationDialog
from desktop.ui.unsaved import UnsavedChoice
from tests.conftest import TODAY
from tests.ui.conftest import make_ops


class Answers:
    """Replaces the question: records it and answers ``choice``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, choice: UnsavedChoice) -> None:
        self.asked: list[str] = []
        self.choice = choice
        monkeypatch.setattr(unsaved, "ask_unsaved", self)

    def __call__(self, parent: QWidget | None, question: str) -> UnsavedChoice:
        self.asked.append(question)
        return self.choice


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count(Application.id))) or 0)


@pytest.fixture
def new_dialog(database: Database, qtbot: QtBot) -> NewApplicationDialog:
    dialog = NewApplicationDialog(make_ops(database), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_esc_on_an_untouched_form_closes_without_asking(
    new_dialog: NewApplicationDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, UnsavedChoice.CANCEL)
    qtbot.keyClick(new_dialog, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert answers.asked == []
    assert not new_dialog.isVisible()


@pytest.mark.parametrize(
    ("choice", "visible", "result", "count"),
    [
        (UnsavedChoice.CANCEL, True, None, 0),
        (UnsavedChoice.DISCARD, False, QDialog.DialogCode.Rejected, 0),
        (UnsavedChoice.SAVE, False, QDialog.DialogCode.Accepted, 1),
    ],
)
def test_esc_on_a_half_filled_form_asks(
    new_dialog: NewApplicationDialog,
    database: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    choice: UnsavedChoice,
    visible: bool,
    result: QDialog.DialogCode | None,
    count: int,
) -> None:
    answers = Answers(monkeypatch, choice)
    new_dialog.form.applicant_name.setText("赵六")
    new_dialog.form.content.setPlainText("申请公开某文件")
    qtbot.keyClick(new_dialog, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert len(answers.asked) == 1
    assert new_dialog.isVisible() is visible
    if result is not None:
        assert new_dialog.result() == result
    assert new_dialog.form.applicant_name.text() == "赵六"
    assert _count(database) == count


def test_save_that_is_refused_keeps_the_form_open_with_its_errors(
    new_dialog: NewApplicationDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch, UnsavedChoice.SAVE)
    new_dialog.form.applicant_name.setText("赵六")  # no content: refused
    assert not new_dialog.close()
    assert new_dialog.isVisible()
    assert new_dialog.form.error_text("content") == "请填写申请内容"
    assert _count(database) == 0


@pytest.fixture
def detail(database: Database, qtbot: QtBot) -> ApplicationDetailDialog:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=TODAY,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="陈静",
        content="申请公开某街道拆迁补偿标准",
    )
    with database.session() as session:
        app_id = register_application(session, data=data, today=TODAY).id
    dialog = ApplicationDetailDialog(make_ops(database), app_id, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _phone(database: Database, detail: ApplicationDetailDialog) -> str:
    with database.session() as session:
        return get_application_row(session, detail.application_id).phone


@pytest.mark.parametrize(
    ("choice", "visible", "phone"),
    [
        (UnsavedChoice.CANCEL, True, ""),
        (UnsavedChoice.DISCARD, False, ""),
        (UnsavedChoice.SAVE, False, "13900139000"),
    ],
)
def test_esc_on_an_edited_detail_asks(
    detail: ApplicationDetailDialog,
    database: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    choice: UnsavedChoice,
    visible: bool,
    phone: str,
) -> None:
    answers = Answers(monkeypatch, choice)
    qtbot.keyClicks(detail.form.phone, "13900139000")  # type: ignore[no-untyped-call]
    qtbot.keyClick(detail, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert len(answers.asked) == 1
    assert detail.isVisible() is visible
    assert _phone(database, detail) == phone


def test_closing_an_unedited_detail_does_not_ask(
    detail: ApplicationDetailDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, UnsavedChoice.CANCEL)
    assert detail.close()
    assert answers.asked == []
