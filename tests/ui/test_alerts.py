"""The alert summary dialog and the daily alert scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.services.alerts import collect_alerts
from desktop.services.database import Database
from desktop.services.settings import save_settings
from desktop.ui.alerts import AlertScheduler, AlertSummaryDialog, parse_alert_time
from desktop.ui.operations import Operations
from tests.conftest import TODAY
from tests.services.test_dashboard import open_with_due

FRIDAY_MORNING = dt.datetime(2026, 11, 27, 8, 30)


class Clock:
    """A settable "now" for the scheduler."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


_made: list[AlertScheduler] = []


def scheduler(ops: Operations, qtbot: QtBot, database: Database, clock: Clock) -> AlertScheduler:
    result = AlertScheduler(ops, now_provider=clock, tray_available=lambda: False)
    _made.append(result)
    return result


@pytest.fixture(autouse=True)
def _stop_schedulers() -> Iterator[None]:
    yield
    while _made:
        made = _made.pop()
        made.stop()
        if made.dialog is not None:
            made.dialog.close()
            made.dialog.deleteLater()


@pytest.fixture
def overdue(database: Database) -> int:
    with database.session() as session:
        return open_with_due(session, "2026-11-26", name="赵六")


def test_start_up_shows_the_summary_when_something_is_overdue(
    ops: Operations, qtbot: QtBot, database: Database, overdue: int
) -> None:
    alerts = scheduler(ops, qtbot, database, Clock(FRIDAY_MORNING))
    with qtbot.waitSignal(alerts.alerted):
        alerts.start()
    assert alerts.dialog is not None
    assert alerts.dialog.isVisible()
    assert "已逾期 1 项" in alerts.dialog.headline.text()
    assert alerts.dialog.table.proxy.rowCount() == 1
    assert alerts.next_check == dt.datetime(2026, 11, 27, 9, 0)


def test_nothing_due_shows_nothing(ops: Operations, qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        open_with_due(session, "2026-12-31")
    alerts = scheduler(ops, qtbot, database, Clock(FRIDAY_MORNING))
    alerts.start()
    assert alerts.dialog is None
    assert alerts.last_summary is not None
    assert alerts.last_summary.is_empty


@pytest.mark.parametrize(
    ("now", "alert_time", "expected"),
    [
        (FRIDAY_MORNING, "09:00", dt.datetime(2026, 11, 27, 9, 0)),
        (dt.datetime(2026, 11, 27, 9, 0), "09:00", dt.datetime(2026, 11, 30, 9, 0)),  # Monday
        (dt.datetime(2026, 11, 28, 7, 0), "17:30", dt.datetime(2026, 11, 30, 17, 30)),
        # National Day 2026: 10-01…10-07 off; 10-10 (Saturday) is a make-up working day.
        (dt.datetime(2026, 9, 30, 10, 0), "09:00", dt.datetime(2026, 10, 8, 9, 0)),
        (dt.datetime(2026, 10, 9, 10, 0), "09:00", dt.datetime(2026, 10, 10, 9, 0)),
    ],
)
def test_next_check_on_working_days_at_the_configured_time(
    ops: Operations,
    qtbot: QtBot,
    database: Database,
    now: dt.datetime,
    alert_time: str,
    expected: dt.datetime,
) -> None:
    with database.session() as session:
        save_settings(session, {"alert_time": alert_time})
    assert scheduler(ops, qtbot, database, Clock(now)).next_check_at(now) == expected


def test_daily_timer_checks_again(
    ops: Operations, qtbot: QtBot, database: Database, overdue: int
) -> None:
    clock = Clock(FRIDAY_MORNING)
    alerts = scheduler(ops, qtbot, database, clock)
    alerts.start()
    assert alerts.timer.isActive()
    assert alerts.timer.interval() == 30 * 60_000  # 08:30 → 09:00
    first = alerts.dialog
    clock.now = dt.datetime(2026, 11, 27, 9, 0, 1)
    with qtbot.waitSignal(alerts.alerted):
        alerts.timer.timeout.emit()
    assert alerts.dialog is not first
    assert alerts.next_check == dt.datetime(2026, 11, 30, 9, 0)


def test_early_timer_does_not_check(
    ops: Operations, qtbot: QtBot, database: Database, overdue: int
) -> None:
    clock = Clock(FRIDAY_MORNING)
    alerts = scheduler(ops, qtbot, database, clock)
    alerts.schedule_next()
    with qtbot.assertNotEmitted(alerts.alerted):
        alerts.timer.timeout.emit()
    assert alerts.next_check == dt.datetime(2026, 11, 27, 9, 0)


def test_parse_alert_time() -> None:
    assert parse_alert_time("17:45") == dt.time(17, 45)
    assert parse_alert_time("garbage") == dt.time(9, 0)


def make_dialog(qtbot: QtBot, database: Database, ops: Operations) -> AlertSummaryDialog:
    with database.session() as session:
        summary = collect_alerts(session, today=TODAY, within=5)
    dialog = AlertSummaryDialog(ops, summary)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_buttons(ops: Operations, qtbot: QtBot, database: Database, overdue: int) -> None:
    bus = ops.bus
    dialog = make_dialog(qtbot, database, ops)
    assert [b.text() for b in (dialog.list_button, dialog.pdf_button, dialog.print_button)] == [
        "查看列表",
        "导出PDF…",
        "打印…",
    ]
    with qtbot.waitSignal(dialog.show_list_requested):
        dialog.list_button.click()
    with qtbot.waitSignal(bus.open_application) as blocker:
        dialog.table.open_requested.emit(overdue)
    assert blocker.args == [overdue]


def test_dialog_exports_and_prints(
    ops: Operations,
    qtbot: QtBot,
    database: Database,
    overdue: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, database, ops)
    target = tmp_path / "提醒.pdf"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: str(target))
    dialog.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.render_to(printer) == 1
    assert printed.stat().st_size > 1000
