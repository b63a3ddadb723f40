"""Tests for desktop.ui.appeal_dialog: add, validate and edit appeals through the panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.core.vocab import AppealKind, AppealOutcome
from desktop.services.appeals import list_appeals
from desktop.services.database import Database
from desktop.services.operations import Changes
from desktop.ui.appeal_dialog import AppealPanel
from desktop.ui.bus import DataBus
from desktop.ui.operations import Operations
from tests.services.test_statistics import add_application

D = dt.date
TODAY = D(2025, 12, 1)


def _panel(qtbot: QtBot, database: Database, ops: Operations) -> tuple[AppealPanel, int, DataBus]:
    with database.session() as session:
        application_id = add_application(session, D(2025, 3, 3)).id
    bus = ops.bus
    panel = AppealPanel(ops, application_id, today_provider=lambda: TODAY)
    qtbot.addWidget(panel)
    return panel, application_id, bus


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _stored(database: Database, application_id: int) -> list[tuple[AppealKind, AppealOutcome]]:
    with database.session() as session:
        return [(a.kind, a.outcome) for a in list_appeals(session, application_id=application_id)]


def test_add_an_appeal(ops: Operations, qtbot: QtBot, database: Database) -> None:
    panel, application_id, bus = _panel(qtbot, database, ops)
    assert panel.table.rowCount() == 0
    assert panel.form.filed_on.value() == TODAY
    panel.form.kind.set_value(AppealKind.LITIGATION_DIRECT)
    panel.form.filed_on.set_value(D(2025, 6, 2))
    panel.form.notes.setText("某区人民法院受理")
    with qtbot.waitSignal(bus.changed) as signal:
        panel.save_button.click()
    assert signal.args == [Changes.of_applications([application_id])]
    assert _stored(database, application_id) == [
        (AppealKind.LITIGATION_DIRECT, AppealOutcome.PENDING)
    ]
    assert panel.table.rowCount() == 1
    texts = [_text(panel.table, 0, c) for c in range(5)]
    assert texts == [
        "行政诉讼（未经复议直接起诉）",
        "2025-06-02",
        "尚未审结",
        "",
        "某区人民法院受理",
    ]


def test_validation_messages_are_shown_and_nothing_is_saved(
    ops: Operations, qtbot: QtBot, database: Database
) -> None:
    panel, application_id, _ = _panel(qtbot, database, ops)
    form = panel.form
    form.filed_on.set_value(D(2025, 3, 1))
    form.outcome.set_value(AppealOutcome.UPHELD)
    assert form.decided_on.check.isChecked()  # a decided outcome asks for its date
    form.decided_on.edit.set_value(D(2025, 2, 1))
    assert panel.save() is False
    assert form.errors["filed_on"].text() == "提起日期不能早于收到申请的日期"
    assert form.errors["decided_on"].text() == "审结日期不能早于提起日期"
    assert not form.errors["decided_on"].isHidden()
    assert _stored(database, application_id) == []


def test_edit_the_outcome_of_an_appeal(ops: Operations, qtbot: QtBot, database: Database) -> None:
    panel, application_id, _ = _panel(qtbot, database, ops)
    panel.form.filed_on.set_value(D(2025, 4, 1))
    assert panel.save()
    panel.start_new()
    panel.form.filed_on.set_value(D(2025, 5, 1))
    panel.form.kind.set_value(AppealKind.LITIGATION_AFTER_RECONSIDERATION)
    assert panel.save()
    assert panel.table.rowCount() == 2
    panel.table.selectRow(0)
    assert panel.form.filed_on.value() == D(2025, 4, 1)
    panel.form.outcome.set_value(AppealOutcome.CORRECTED)
    panel.form.decided_on.edit.set_value(D(2025, 8, 1))
    assert panel.save()
    assert _stored(database, application_id) == [
        (AppealKind.RECONSIDERATION, AppealOutcome.CORRECTED),
        (AppealKind.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.PENDING),
    ]
    assert _text(panel.table, 0, 2) == "结果纠正"
    assert _text(panel.table, 0, 3) == "2025-08-01"
    # editing again uses the new version (no false conflict)
    panel.form.notes.setText("复议机关责令重新答复")
    assert panel.save()
    assert panel.form_message.isHidden()
