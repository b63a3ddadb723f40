"""The lifecycle panel: only valid actions, refusals kept in the dialog, void/correct, explanation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.deadlines import ClockEvent
from desktop.core.lifecycle import allowed_actions
from desktop.core.vocab import ApplicantType, Channel, DeliveryMethod, EventKind, Outcome
from desktop.services import events
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.services.operations import Changes
from desktop.services.users import os_login
from desktop.ui.explanation import ExplanationDialog
from desktop.ui.lifecycle import (
    EventDialog,
    EventInput,
    LifecyclePanel,
    VoidDialog,
)
from desktop.ui.operations import Operations
from desktop.ui.widgets import to_qdate


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


TODAY = dt.date(2026, 3, 20)
RECEIVED = dt.date(2026, 2, 10)


@pytest.fixture
def app_id(database: Database) -> int:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=RECEIVED,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="某道路工程规划许可",
    )
    with database.session() as session:
        return register_application(session, data=data, today=TODAY, recorded_by="李四").id


@pytest.fixture
def panel(ops: Operations, qtbot: QtBot, database: Database, app_id: int) -> LifecyclePanel:
    widget = LifecyclePanel(ops, app_id, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _row_texts(panel: LifecyclePanel, column: int) -> list[str]:
    table = panel.timeline
    return [cell(table, r, column).text() for r in range(table.rowCount())]


def test_panel_offers_exactly_the_allowed_actions(
    panel: LifecyclePanel, database: Database, app_id: int
) -> None:
    expected = allowed_actions([ClockEvent(EventKind.RECEIVED, RECEIVED)])
    assert tuple(panel.action_buttons) == expected
    assert EventKind.FEE_PAID not in panel.action_buttons
    with database.session() as session:
        events.send_correction_notice(
            session, application_id=app_id, on=dt.date(2026, 2, 12), period_days=10, today=TODAY
        )
    panel.refresh()
    assert set(panel.action_buttons) == {
        EventKind.CORRECTION_RECEIVED,
        EventKind.ABANDONED,
        EventKind.WITHDRAWAL,
    }
    assert "待补正" in panel.state.text()


def test_action_records_the_event_and_announces_it(
    qtbot: QtBot, panel: LifecyclePanel, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_ask(parent: Any, kind: EventKind, submit: Any, **_: Any) -> EventInput | None:
        value = EventInput(dt.date(2026, 3, 16), {"outcome": "disclosed", "delivery": "post"})
        assert submit(value) == ""
        return value

    monkeypatch.setattr(EventDialog, "ask", fake_ask)
    with qtbot.waitSignal(panel._bus.changed) as signal:
        panel.action_buttons[EventKind.REPLY].click()
    assert signal.args == [Changes.of_applications([app_id])]
    assert "已答复" in panel.state.text()
    assert "按时办结" in panel.status.text()
    assert _row_texts(panel, 1)[-1] == EventKind.REPLY.label
    assert _row_texts(panel, 3)[-1] == os_login()  # the acting user
    assert set(panel.action_buttons) == {EventKind.DELIVERY, EventKind.ARCHIVE}


def test_refused_action_shows_the_message_and_keeps_the_input(
    qtbot: QtBot, panel: LifecyclePanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def real_dialog(parent: Any, kind: EventKind, submit: Any, **kwargs: Any) -> EventInput:
        dialog = EventDialog(kind, submit, parent, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        approver = dialog.fields[0].widget  # the supervisors' accounts: here the admin
        dialog.on.setDate(to_qdate(dt.date(2026, 3, 17)))  # after the due date 03-16
        dialog.accept()
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.isVisible()
        seen["kept"] = approver.currentText()  # type: ignore[attr-defined]
        dialog.on.setDate(to_qdate(dt.date(2026, 3, 12)))
        dialog.accept()
        seen["closed"] = not dialog.isVisible()
        return dialog.value()

    monkeypatch.setattr(EventDialog, "ask", real_dialog)
    panel.action_buttons[EventKind.EXTENSION].click()
    assert "届满前批准" in seen["error"]
    assert seen["visible"]
    assert seen["kept"] == os_login()
    assert seen["closed"]
    assert panel.view is not None
    assert panel.view.deadlines.effective_due == dt.date(2026, 4, 14)
    assert EventKind.EXTENSION not in panel.action_buttons


def _record_reply(database: Database, app_id: int) -> int:
    with database.session() as session:
        return events.record_reply(
            session,
            application_id=app_id,
            on=dt.date(2026, 3, 18),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        ).id


def test_void_from_the_timeline_keeps_the_row_struck_out(
    panel: LifecyclePanel, database: Database, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record_reply(database, app_id)
    panel.refresh()
    panel.timeline.selectRow(0)
    assert not panel.void_button.isEnabled()  # the receipt cannot be voided
    panel.timeline.selectRow(1)
    assert panel.void_button.isEnabled()

    def fake_ask(parent: Any, event: Any, submit: Any) -> str:
        assert submit("") != ""  # a reason is required
        assert submit("误录") == ""
        return "误录"

    monkeypatch.setattr(VoidDialog, "ask", fake_ask)
    panel.void_button.click()
    assert panel.timeline.rowCount() == 2
    assert cell(panel.timeline, 1, 0).font().strikeOut()
    assert _row_texts(panel, 4)[1] == "已作废：误录"
    assert "办理中" in panel.state.text()


def test_correct_from_the_timeline(
    panel: LifecyclePanel, database: Database, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record_reply(database, app_id)
    panel.refresh()
    panel.timeline.selectRow(1)

    def fake_ask(parent: Any, kind: EventKind, submit: Any, **kwargs: Any) -> EventInput:
        initial = kwargs["initial"]
        assert kwargs["correcting"]
        assert initial.data["outcome"] == "disclosed"
        value = EventInput(initial.on, {**initial.data, "outcome": "partly_disclosed"}, "结果录错")
        assert submit(value) == ""
        return value

    monkeypatch.setattr(EventDialog, "ask", fake_ask)
    panel.correct_button.click()
    assert _row_texts(panel, 4)[1:] == ["已作废：结果录错", "更正后"]
    assert "部分公开" in _row_texts(panel, 2)[2]


def test_explanation_dialog_lists_the_days_and_exports_a_pdf(
    qtbot: QtBot, panel: LifecyclePanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ExplanationDialog] = []

    def fake_show(parent: Any, explanation: Any, serial: str) -> None:
        dialog = ExplanationDialog(explanation, serial, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)

    monkeypatch.setattr(ExplanationDialog, "show_for", fake_show)
    panel.explain_button.click()
    dialog = shown[0]
    days = dialog.view.days
    assert days.rowCount() == len(dialog.explanation.days)
    counted = [cell(days, r, 3).text() for r in range(days.rowCount())]
    assert "第20日" in counted
    assert dialog.explanation.deadlines.due == dt.date(2026, 3, 16)
    target = tmp_path / "explanation.pdf"
    dialog.export_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert not dialog.grab().isNull()


def _deadline_texts(panel: LifecyclePanel) -> list[str]:
    grid = panel.deadlines_grid
    texts = []
    for index in range(grid.count()):
        item = grid.itemAt(index)
        widget = item.widget() if item is not None else None
        texts.append(widget.text() if widget is not None and hasattr(widget, "text") else "")
    return texts


def test_late_correction_notice_is_flagged_and_stays_overdue(
    panel: LifecyclePanel, database: Database, app_id: int
) -> None:
    # Received 2026-02-10: notice due 2026-02-26, reply due 2026-03-16; a notice on 03-17
    # is late (补正告知逾期) and stops nothing: on 03-20 the request is overdue.
    with database.session() as session:
        events.send_correction_notice(
            session, application_id=app_id, on=dt.date(2026, 3, 17), period_days=10, today=TODAY
        )
    panel.refresh()
    assert "逾期" in panel.status.text()
    texts = _deadline_texts(panel)
    notice = texts[texts.index("补正通知期限：") + 1]
    assert notice.startswith("2026-02-26；2026-03-17 发出，补正告知逾期")
    assert (
        texts[texts.index("当前答复期限：") + 1] == "2026-03-16（已过）"
    )  # limits already passed are marked
    assert _row_texts(panel, 1)[-1] == "发出补正通知（补正告知逾期）"


def test_correction_notice_dialog_warns_when_late(qtbot: QtBot, panel: LifecyclePanel) -> None:
    # Received 2026-02-10: the 7th working day is 2026-02-26.
    dialog = EventDialog(
        EventKind.CORRECTION_NOTICE, lambda v: "", panel, today=TODAY,
        notice_due=dt.date(2026, 2, 26),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.on.setDate(to_qdate(dt.date(2026, 2, 26)))
    assert not dialog.late_notice_warning.isVisible()
    dialog.on.setDate(to_qdate(dt.date(2026, 2, 27)))
    assert dialog.late_notice_warning.isVisible()
    assert "补正告知逾期" in dialog.late_notice_warning.text()
    assert dialog.value().data == {"period_days": 15}
    assert panel._notice_limit() == dt.date(2026, 2, 26)


def test_in_person_service_on_another_day_must_be_confirmed(
    qtbot: QtBot, panel: LifecyclePanel, database: Database, app_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """rules.md §5: in person, the reply date is the signing day; another day is questioned."""
    with database.session() as session:
        events.record_reply(
            session,
            application_id=app_id,
            on=dt.date(2026, 3, 16),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.IN_PERSON,
            today=TODAY,
        )
    panel.refresh()
    seen: dict[str, Any] = {}

    def real_dialog(parent: Any, kind: EventKind, submit: Any, **kwargs: Any) -> EventInput:
        dialog = EventDialog(kind, submit, parent, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        method = dialog.fields[0].widget
        assert isinstance(method, QComboBox)
        method.setCurrentIndex(method.findData(DeliveryMethod.IN_PERSON.value))
        dialog.on.setDate(to_qdate(dt.date(2026, 3, 16)))
        seen["same_day"] = dialog.service_box.isVisible()
        dialog.on.setDate(to_qdate(dt.date(2026, 3, 17)))
        seen["other_day"] = dialog.service_box.isVisible()
        seen["warning"] = dialog.service_warning.text()
        dialog.accept()
        seen["refused"] = dialog.error.text()
        dialog.service_confirm.setChecked(True)
        dialog.accept()
        seen["closed"] = not dialog.isVisible()
        return dialog.value()

    monkeypatch.setattr(EventDialog, "ask", real_dialog)
    panel.action_buttons[EventKind.DELIVERY].click()
    assert (seen["same_day"], seen["other_day"]) == (False, True)
    assert "2026-03-16" in seen["warning"]
    assert "答复日期即申请人签收之日" in seen["refused"]
    assert seen["closed"]
    assert "已核对" in _row_texts(panel, 2)[-1]
