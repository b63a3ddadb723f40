"""The calendar window: renders a year, saves an edited year, imports a file, reports moves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.calendar import DayKind
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import register_application
from desktop.services.calendar_admin import MovedDeadline, YearSchedule
from desktop.services.database import Database
from desktop.services.operations import ALL, Changes
from desktop.ui.calendar_view import (
    CalendarWindow,
    MovedDeadlinesDialog,
    ScheduleInput,
    YearScheduleDialog,
)
from desktop.ui.operations import Operations
from tests.conftest import TODAY

D = dt.date


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


@pytest.fixture
def window(ops: Operations, qtbot: QtBot, database: Database) -> CalendarWindow:
    widget = CalendarWindow(ops, today=TODAY)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def moved(monkeypatch: pytest.MonkeyPatch) -> list[list[MovedDeadline]]:
    shown: list[list[MovedDeadline]] = []
    monkeypatch.setattr(
        MovedDeadlinesDialog, "show_moved", lambda parent, items: shown.append(list(items))
    )
    return shown


def test_year_view_renders_loaded_and_provisional_years(window: CalendarWindow) -> None:
    assert window.year.value() == 2026
    assert "内置数据" in window.source.text()
    assert window.view.kind_of(D(2026, 2, 16)) is DayKind.HOLIDAY
    assert window.view.kind_of(D(2026, 2, 14)) is DayKind.MAKEUP_WORKDAY
    assert "春节" in window.view.describe(D(2026, 2, 16))
    assert not window.reminder.isHidden()  # November, 2027 not loaded
    assert not window.grab().isNull()
    window.year.setValue(2027)
    assert "未载入" in window.source.text()
    assert window.view.kind_of(D(2027, 10, 1)) is DayKind.PROVISIONAL_HOLIDAY
    assert window.view.day_at(window.view.day_rect(D(2027, 5, 17)).center()) == D(2027, 5, 17)


def _register(database: Database) -> int:
    data = ApplicationInput(
        channel=Channel.POST,
        received_on=D(2026, 2, 10),
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="信息",
    )
    with database.session() as session:
        return register_application(session, data=data, today=TODAY).id


def test_saving_an_edited_year_lists_moved_deadlines(
    qtbot: QtBot,
    window: CalendarWindow,
    database: Database,
    moved: list[list[MovedDeadline]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_id = _register(database)
    seen: dict[str, Any] = {}

    def real_dialog(parent: Any, schedule: YearSchedule, submit: Any) -> ScheduleInput:
        dialog = YearScheduleDialog(schedule, submit, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.add_workday(D(2026, 3, 2))  # a Monday: refused
        dialog.accept()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.workdays.clear()  # drop every make-up day, then save
        dialog.notice_ref.setText("国办发明电〔2025〕7号")
        dialog.accept()
        seen["closed"] = not dialog.isVisible()
        return dialog.value()

    monkeypatch.setattr(YearScheduleDialog, "ask", real_dialog)
    with qtbot.waitSignal(window._ops.bus.changed) as signal:
        window.edit_button.click()
    assert signal.args == [Changes(applications=ALL, calendar=True)]
    assert "不是周六或周日" in seen["error"]
    assert seen["open"]
    assert seen["closed"]
    # Without the 02-14 and 02-28 make-up Saturdays the deadline moves two working days.
    assert [(m.application_id, m.old_due, m.new_due) for m in moved[0]] == [
        (app_id, D(2026, 3, 16), D(2026, 3, 18))
    ]
    assert "手工录入" in window.source.text()
    assert "国办发明电〔2025〕7号" in window.notice.text()
    assert window.view.kind_of(D(2026, 2, 14)) is DayKind.WEEKEND


def test_import_errors_are_shown_with_row_numbers(
    window: CalendarWindow,
    tmp_path: Path,
    moved: list[list[MovedDeadline]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,festival\n2027-01-01,holiday,元旦\n2027-01-04,workday,元旦\n", "utf-8"
    )
    monkeypatch.setattr(window, "choose_file", lambda: str(bad))
    window.import_button.click()
    assert "第3行" in window.error.text()
    assert not window.error.isHidden()
    assert moved == []


def test_import_loads_the_year_and_hides_the_reminder(
    window: CalendarWindow,
    tmp_path: Path,
    moved: list[list[MovedDeadline]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = tmp_path / "2027.csv"
    good.write_text("date,kind,festival\n2027-01-01,holiday,元旦\n", "utf-8")
    monkeypatch.setattr(window, "choose_file", lambda: str(good))
    window.import_button.click()
    assert window.year.value() == 2027
    assert "手工录入" in window.source.text()
    assert window.reminder.isHidden()
    assert moved == [[]]


def test_moved_deadlines_dialog_lists_each_move(qtbot: QtBot) -> None:
    dialog = MovedDeadlinesDialog(
        [MovedDeadline(1, "〔2026〕第1号", D(2026, 3, 16), D(2026, 3, 18))]
    )
    qtbot.addWidget(dialog)
    table = dialog.findChildren(QTableWidget)[0]
    assert [cell(table, 0, c).text() for c in range(3)] == [
        "〔2026〕第1号",
        "2026-03-16",
        "2026-03-18",
    ]
