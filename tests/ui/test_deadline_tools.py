"""The deadline calculator answers the worked examples live."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.deadline_tools import DeadlineCalculatorDialog
from desktop.ui.operations import Operations
from desktop.ui.widgets import to_qdate


@pytest.fixture
def calculator(ops: Operations, qtbot: QtBot, database: Database) -> DeadlineCalculatorDialog:
    dialog = DeadlineCalculatorDialog(ops, today=dt.date(2026, 2, 10))
    qtbot.addWidget(dialog)
    return dialog


def test_example_a_spring_festival(calculator: DeadlineCalculatorDialog) -> None:
    assert calculator.due.text().startswith("2026-03-16")
    assert calculator.extended_due.text().startswith("2026-04-14")
    calculator.extended.setChecked(True)
    assert calculator.explained is not None
    assert calculator.explained.deadlines.effective_due == dt.date(2026, 4, 14)
    assert calculator.explanation.days.rowCount() == len(calculator.explained.days)


def test_example_c_correction_restart(calculator: DeadlineCalculatorDialog) -> None:
    calculator.received.setDate(to_qdate(dt.date(2026, 2, 5)))
    assert calculator.notice_due.text().startswith("2026-02-14")
    calculator.corrected_check.setChecked(True)
    calculator.corrected.setDate(to_qdate(dt.date(2026, 3, 2)))
    assert calculator.due.text().startswith("2026-03-30")
    assert calculator.extended_due.text().startswith("2026-04-28")


def test_consultation_and_bad_input(calculator: DeadlineCalculatorDialog) -> None:
    calculator.consulted_check.setChecked(True)
    calculator.consulted.setDate(to_qdate(dt.date(2026, 2, 24)))
    calculator.replied_check.setChecked(True)
    calculator.replied.setDate(to_qdate(dt.date(2026, 3, 3)))
    assert calculator.due.text().startswith("2026-03-24")
    calculator.replied.setDate(to_qdate(dt.date(2026, 2, 20)))
    assert "不能早于" in calculator.error.text()
    assert calculator.due.text() == "—"


def test_provisional_year_is_marked(calculator: DeadlineCalculatorDialog) -> None:
    calculator.received.setDate(to_qdate(dt.date(2027, 3, 1)))
    assert "临时" in calculator.due.text()


def test_only_the_provisional_dates_are_marked(calculator: DeadlineCalculatorDialog) -> None:
    # Received 2026-12-01: due 2026-12-29 and notice 2026-12-10 on the loaded 2026 schedule;
    # only the extended deadline, 2027-01-27, depends on 2027.
    calculator.received.setDate(to_qdate(dt.date(2026, 12, 1)))
    assert calculator.due.text() == "2026-12-29（星期二）"
    assert calculator.notice_due.text() == "2026-12-10（星期四）"
    assert calculator.extended_due.text() == "2027-01-27（星期三）（临时）"
