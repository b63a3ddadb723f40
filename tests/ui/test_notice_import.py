"""节假日日历 → 导入通知: paste, read, look at the year, save; moved deadlines are counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import AuditEntry
from desktop.core.calendar import DayKind
from desktop.services.calendar_admin import MovedDeadline, year_schedule
from desktop.services.database import Database
from desktop.ui import calendar_view, notice_import
from desktop.ui.calendar_view import CalendarWindow
from desktop.ui.notice_import import NoticeImportDialog
from desktop.ui.operations import Operations
from tests.services.test_dashboard import add_application
from tests.ui.conftest import make_ops

NOTICE = (Path(__file__).parents[1] / "core" / "notices" / "2026.txt").read_text(encoding="utf-8")
TODAY = dt.date(2026, 1, 5)
WITHOUT_MID_AUTUMN = NOTICE.replace("六、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n", "")


def _dialog(qtbot: QtBot, database: Database) -> NoticeImportDialog:
    dialog = NoticeImportDialog(make_ops(database), TODAY)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    return dialog


def test_pasted_notice_is_shown_as_the_year_before_saving(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    dialog.text.setPlainText(NOTICE)
    assert not dialog.save_button.isEnabled()
    assert dialog.read_notice()
    assert dialog.summary.text().startswith("识别出 7 个节日：放假 33 天，调休上班 6 天。")
    assert dialog.view.kind_of(dt.date(2026, 2, 16)) is DayKind.HOLIDAY
    assert dialog.view.kind_of(dt.date(2026, 2, 14)) is DayKind.MAKEUP_WORKDAY
    assert dialog.save_button.isEnabled()
    dialog.text.appendPlainText("八、")  # changed after reading: read again first
    assert not dialog.save_button.isEnabled()


def test_unreadable_text_names_the_line_and_saves_nothing(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database)
    dialog.text.setPlainText("一、元旦：1月1日至3日放假调休，共3天。\n二、春节：2月15日起休息。")
    assert not dialog.read_notice()
    assert dialog.error.text().startswith("无法识别：第2行无法识别（")
    dialog.accept()
    assert dialog.result_value is None
    with database.session() as session:
        assert year_schedule(session, 2026).source == "shipped"


def test_saving_recomputes_and_the_calendar_says_how_many_moved(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        add_application(session, "2026-09-10")
    shown: list[int] = []

    def show_moved(parent: QWidget | None, moved: Sequence[MovedDeadline]) -> None:
        shown.append(len(moved))

    monkeypatch.setattr(calendar_view.MovedDeadlinesDialog, "show_moved", staticmethod(show_moved))

    def ask(parent: QWidget | None, ops: Operations, today: dt.date) -> object:
        dialog = NoticeImportDialog(ops, today)
        qtbot.addWidget(dialog)
        dialog.year.setValue(2026)
        dialog.text.setPlainText(WITHOUT_MID_AUTUMN)
        dialog.accept()
        return dialog.result_value

    monkeypatch.setattr(notice_import.NoticeImportDialog, "ask", staticmethod(ask))
    window = CalendarWindow(make_ops(database), today=TODAY)
    qtbot.addWidget(window)
    window.import_notice()
    assert shown == [1]
    assert window.year.value() == 2026
    assert window.source.text() == "来源：手工录入"
    assert window.view.kind_of(dt.date(2026, 9, 25)) is DayKind.WORKDAY
    with database.session() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions[-1] == "calendar.import_notice"  # through the runner, audited
