"""The lifecycle panel of an application: state, deadlines, the next steps, the timeline.

Each action button opens an ``EventDialog`` asking for the date and the
action's fields; the dialog calls the service itself, so a refusal is shown in
Chinese inside the dialog with everything typed kept. Events are corrected or
voided from the timeline, never deleted. "期限说明" shows how the deadline was
counted, day by day, and prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.status import LIMIT_PASSED, TimeWords, days_words, time_words
from desktop.core.vocab import (
    REPLY_OUTCOMES,
    ConsultedParty,
    DeliveryMethod,
    EventKind,
    LabelledEnum,
)
from desktop.services import events as events_service
from desktop.services.database import Database
from desktop.services.events import DeadlineView, EventRefused, EventView, OpenConsultation
from desktop.ui.bus import DataBus
from desktop.ui.explanation import ExplanationDialog
from desktop.ui.outcome_choice import OutcomeCombo
from desktop.ui.register_model import STATUS_COLOURS
from desktop.ui.widgets import (
    DateEdit,
    FieldError,
    from_qdate,
    to_qdate,
    vocab_label,
    words_text,
)


def _iso(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


@dataclass(frozen=True)
class EventInput:
    """What the event dialog returns: the date, the kind's data, and (correcting) a reason."""

    on: dt.date
    data: dict[str, Any] = field(default_factory=dict)
    reason: str = ""


#: Records the input; returns the message to show, or "" when it was recorded.
Submit = Callable[[EventInput], str]


@dataclass
class _Field:
    key: str
    label: str
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]


class EventDialog(QDialog):
    """Ask for an event's date and fields; submits, and stays open on a refusal."""

    def __init__(
        self,
        kind: EventKind,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        today: dt.date,
        initial: EventInput | None = None,
        consultations: Sequence[OpenConsultation] = (),
        correcting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.kind, self._submit, self._today = kind, submit, today
        self._consultations = consultations
        title = vocab_label(kind)
        self.setWindowTitle(self.tr("更正：") + title if correcting else title)
        self.on = self._date_edit(today)
        self.fields = self._fields_for(kind)
        self.note = QLineEdit(self)
        self.reason = QLineEdit(self) if correcting else None
        self.error = FieldError(self)
        self._layout()
        if initial is not None:
            self.load(initial)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = DateEdit(self)  # one Tab stop, not three
        edit.set_value(day)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("日期："), self.on)
        for item in self.fields:
            form.addRow(item.label, item.widget)
        form.addRow(self.tr("备注："), self.note)
        if self.reason is not None:
            form.addRow(self.tr("更正原因："), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    # -- the kind's fields ------------------------------------------------------------------

    def _fields_for(self, kind: EventKind) -> list[_Field]:
        builders: dict[EventKind, Callable[[], list[_Field]]] = {
            EventKind.CORRECTION_NOTICE: self._correction_fields,
            EventKind.CONSULTATION_SENT: self._consultation_fields,
            EventKind.CONSULTATION_REPLIED: self._consultation_reply_fields,
            EventKind.EXTENSION: self._extension_fields,
            EventKind.MANUAL_DEADLINE: self._manual_fields,
            EventKind.FEE_NOTICE: self._fee_fields,
            EventKind.REPLY: self._reply_fields,
            EventKind.DELIVERY: lambda: [
                self._combo("method", self.tr("送达方式："), list(DeliveryMethod))
            ],
        }
        builder = builders.get(kind)
        return builder() if builder else []

    def _spin(self, key: str, label: str, low: int, high: int, value: int, suffix: str) -> _Field:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return _Field(key, label, spin, spin.value, lambda v: spin.setValue(int(v)))

    def _line(self, key: str, label: str) -> _Field:
        edit = QLineEdit(self)
        return _Field(key, label, edit, edit.text, lambda v: edit.setText(str(v)))

    def _date(self, key: str, label: str) -> _Field:
        edit = self._date_edit(self._today)

        def put(value: Any) -> None:
            day = _iso(value)
            if day is not None:
                edit.setDate(to_qdate(day))

        return _Field(key, label, edit, lambda: from_qdate(edit.date()), put)

    def _combo(
        self,
        key: str,
        label: str,
        members: Sequence[LabelledEnum],
        text: Callable[[Any], str] = vocab_label,
    ) -> _Field:
        combo = QComboBox(self)
        for member in members:
            combo.addItem(text(member), member.value)

        def put(value: Any) -> None:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

        return _Field(key, label, combo, combo.currentData, put)

    def _correction_fields(self) -> list[_Field]:
        return [self._spin("period_days", self.tr("补正期限："), 1, 60, 15, self.tr(" 个工作日"))]

    def _consultation_fields(self) -> list[_Field]:
        return [
            self._combo("party", self.tr("征求意见对象："), list(ConsultedParty)),
            self._line("party_name", self.tr("名称：")),
        ]

    def _consultation_reply_fields(self) -> list[_Field]:
        combo = QComboBox(self)
        for item in self._consultations:
            combo.addItem(f"{item.sent_on.isoformat()} {item.party_name}", item.event_id)

        def put(value: Any) -> None:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

        return [_Field("consultation", self.tr("答复的征求意见："), combo, combo.currentData, put)]

    def _extension_fields(self) -> list[_Field]:
        return [
            self._line("approver", self.tr("批准人（负责人）：")),
            self._date("notified_on", self.tr("告知申请人日期：")),
            self._spin("days", self.tr("延长："), 1, 20, 20, self.tr(" 个工作日")),
        ]

    def _manual_fields(self) -> list[_Field]:
        return [
            self._date("due", self.tr("另行确定的期限：")),
            self._line("reason", self.tr("理由：")),
        ]

    def _fee_fields(self) -> list[_Field]:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 1_000_000)
        spin.setDecimals(2)
        spin.setSuffix(self.tr(" 元"))
        return [
            _Field(
                "amount",
                self.tr("金额："),
                spin,
                lambda: f"{spin.value():.2f}",
                lambda v: spin.setValue(float(v)),
            )
        ]

    def _reply_fields(self) -> list[_Field]:
        outcome = OutcomeCombo(REPLY_OUTCOMES, self)

        def put(value: Any) -> None:
            index = outcome.findData(value)
            if index >= 0:
                outcome.setCurrentIndex(index)

        return [
            _Field("outcome", self.tr("办理结果："), outcome, outcome.currentData, put),
            self._combo("delivery", self.tr("送达方式："), list(DeliveryMethod)),
        ]

    # -- values -----------------------------------------------------------------------------

    def load(self, value: EventInput) -> None:
        self.on.setDate(to_qdate(value.on))
        for item in self.fields:
            if item.key in value.data:
                item.put(value.data[item.key])
        self.note.setText(str(value.data.get("note", "")))
        if self.reason is not None:
            self.reason.setText(value.reason)

    def value(self) -> EventInput:
        data = {item.key: item.get() for item in self.fields}
        data = {k: v for k, v in data.items() if v is not None}
        if self.note.text().strip():
            data["note"] = self.note.text().strip()
        reason = self.reason.text() if self.reason is not None else ""
        return EventInput(from_qdate(self.on.date()), data, reason)

    def accept(self) -> None:
        message = self._submit(self.value())
        self.error.show_message(message)
        if not message:
            super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        kind: EventKind,
        submit: Submit,
        *,
        today: dt.date,
        initial: EventInput | None = None,
        consultations: Sequence[OpenConsultation] = (),
        correcting: bool = False,
    ) -> EventInput | None:
        dialog = cls(
            kind,
            submit,
            parent,
            today=today,
            initial=initial,
            consultations=consultations,
            correcting=correcting,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value() if accepted else None


class VoidDialog(QDialog):
    """Ask why an event is voided; submits, and stays open on a refusal."""

    def __init__(
        self, event: EventView, submit: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("作废事件"))
        text = self.tr("作废“%1”（%2）？事件不会被删除，会标记为已作废。")
        text = text.replace("%1", vocab_label(event.kind)).replace("%2", event.on.isoformat())
        self.reason = QLineEdit(self)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作废"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("作废原因："), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text, self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        message = self._submit(self.reason.text())
        self.error.show_message(message)
        if not message:
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, event: EventView, submit: Callable[[str], str]
    ) -> str | None:
        dialog = cls(event, submit, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason.text() if accepted else None


def _refusal(error: EventRefused) -> str:
    return "\n".join(error.errors)


class LifecyclePanel(QWidget):
    """办理流程: current state, deadlines, allowed actions and the event timeline."""

    def __init__(
        self,
        database: Database,
        application_id: int,
        bus: DataBus,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        recorded_by: str = "",
    ) -> None:
        super().__init__(parent)
        self._database, self._bus = database, bus
        self.application_id = application_id
        self._fixed_today, self._recorded_by = today, recorded_by
        self.view: DeadlineView | None = None
        self.events: list[EventView] = []
        self.action_buttons: dict[EventKind, QPushButton] = {}
        self._build()
        bus.applications_changed.connect(self._on_applications_changed)
        bus.calendar_changed.connect(self.refresh)
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.state = QLabel(self)
        self.status = QLabel(self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.state.setFont(bold)
        self.status.setFont(bold)
        header = QHBoxLayout()
        header.addWidget(self.state)
        header.addSpacing(16)
        header.addWidget(self.status)
        header.addStretch(1)
        self.deadlines_box = QGroupBox(self.tr("期限"), self)
        self.deadlines_grid = QGridLayout(self.deadlines_box)
        self.actions_box = QGroupBox(self.tr("办理"), self)
        self.actions_grid = QGridLayout(self.actions_box)
        self.no_actions: QLabel | None = None
        self.timeline = self._timeline_table()
        self.correct_button = QPushButton(self.tr("更正…"), self)
        self.void_button = QPushButton(self.tr("作废…"), self)
        self.explain_button = QPushButton(self.tr("期限说明…"), self)
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.explain_button.clicked.connect(self.show_explanation)
        timeline_buttons = QHBoxLayout()
        timeline_buttons.addWidget(self.correct_button)
        timeline_buttons.addWidget(self.void_button)
        timeline_buttons.addStretch(1)
        timeline_buttons.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.deadlines_box)
        layout.addWidget(self.actions_box)
        layout.addWidget(QLabel(self.tr("办理记录："), self))
        layout.addWidget(self.timeline, 1)
        layout.addLayout(timeline_buttons)

    def _timeline_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("事项"), self.tr("详情"), self.tr("登记人"), self.tr("状态")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        table.itemSelectionChanged.connect(self._update_timeline_buttons)
        return table

    # -- refreshing -------------------------------------------------------------------------

    def _on_applications_changed(self, ids: list[int]) -> None:
        if not ids or self.application_id in ids:
            self.refresh()

    def refresh(self) -> None:
        with self._database.session() as session:
            self.view = events_service.application_deadlines(
                session, self.application_id, today=self.today
            )
            self.events = events_service.timeline(session, self.application_id)
        self._show_state(self.view)
        self._show_deadlines(self.view)
        self._show_actions(self.view.allowed)
        self._show_timeline(self.events)

    def _show_state(self, view: DeadlineView) -> None:
        self.state.setText(self.tr("状态：") + vocab_label(view.progress.state))
        info = view.status
        # The one vocabulary for time: 剩余 3 个工作日 / 逾期 21 个工作日 / 暂停计时（待补正）;
        # a closed application says how it closed (按时办结 …).
        words = time_words(
            state=view.progress.state,
            status=info.status,
            working_days_left=info.working_days_left,
        )
        text = words_text(words)
        if view.deadlines.provisional and not view.progress.state.is_closed:
            text += self.tr(" 临时")
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {STATUS_COLOURS.get(info.status, ('#1b7a2e', ''))[0]}")

    def _passed(self, view: DeadlineView, day: dt.date) -> str:
        """（已过） after a limit that lies before today on an open application."""
        if view.progress.state.is_closed or day >= self.today:
            return ""
        return words_text(TimeWords(LIMIT_PASSED))

    def _deadline_rows(self, view: DeadlineView) -> list[tuple[str, str]]:
        d = view.deadlines
        mark = self.tr("（临时）") if d.provisional else ""
        rows = [(self.tr("适用规则："), QCoreApplication.translate("rules", d.rule.label))]
        current = (
            d.effective_due.isoformat() + mark + self._passed(view, d.effective_due)
            if d.effective_due
            else words_text(days_words(None))
        )
        rows.append((self.tr("当前答复期限："), current))
        rows.append((self.tr("法定答复期限："), d.due.isoformat() + mark))
        extended = d.extended_due.isoformat() + mark
        rows.append(
            (self.tr("延长后期限："), extended + ("" if d.extended else self.tr("（未延期）")))
        )
        if d.manual_due:
            rows.append((self.tr("另行确定期限："), d.manual_due.isoformat()))
        notice = d.correction_notice_due
        rows.append((self.tr("补正通知期限："), notice.isoformat() + self._passed(view, notice)))
        if view.correction_period_due is not None:
            due = view.correction_period_due
            rows.append(
                (self.tr("补正期限（申请人）："), due.isoformat() + self._passed(view, due))
            )
        for c in d.consultation_dues:
            replied = (
                self.tr("，%1 已答复").replace("%1", c.replied_on.isoformat())
                if c.replied_on
                else self.tr("，尚未答复")
            )
            text = self.tr("%1 发出，答复期限 %2").replace("%1", c.sent_on.isoformat())
            due_text = c.due.isoformat() + ("" if c.replied_on else self._passed(view, c.due))
            rows.append((self.tr("征求意见："), text.replace("%2", due_text) + replied))
        if d.fee_payment_due:
            fee = d.fee_payment_due
            rows.append((self.tr("缴费期限："), fee.isoformat() + mark + self._passed(view, fee)))
        return rows

    def _show_deadlines(self, view: DeadlineView) -> None:
        _clear(self.deadlines_grid)
        for row, (label, value) in enumerate(self._deadline_rows(view)):
            self.deadlines_grid.addWidget(QLabel(label, self.deadlines_box), row, 0)
            value_label = QLabel(value, self.deadlines_box)
            value_label.setWordWrap(True)
            self.deadlines_grid.addWidget(value_label, row, 1)
        self.deadlines_grid.setColumnStretch(1, 1)

    def _show_actions(self, allowed: Sequence[EventKind]) -> None:
        _clear(self.actions_grid)
        self.action_buttons = {}
        for index, kind in enumerate(allowed):
            button = QPushButton(vocab_label(kind) + "…", self.actions_box)
            button.clicked.connect(lambda _=False, k=kind: self.run_action(k))
            self.actions_grid.addWidget(button, index // 4, index % 4)
            self.action_buttons[kind] = button
        self.no_actions = None
        if not allowed:
            self.no_actions = QLabel(self.tr("没有可办理的事项"), self.actions_box)
            self.actions_grid.addWidget(self.no_actions, 0, 0)

    def _show_timeline(self, rows: Sequence[EventView]) -> None:
        self.timeline.setRowCount(len(rows))
        for index, event in enumerate(rows):
            if event.voided:
                state = self.tr("已作废：") + event.void_reason
            elif event.supersedes_id is not None:
                state = self.tr("更正后")
            else:
                state = ""
            values = (
                event.on.isoformat(),
                vocab_label(event.kind),
                event.summary,
                event.recorded_by,
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                if event.voided:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#909090")))
                self.timeline.setItem(index, column, item)
        self._update_timeline_buttons()

    # -- actions ----------------------------------------------------------------------------

    def selected_event(self) -> EventView | None:
        rows = {i.row() for i in self.timeline.selectedIndexes()}
        if len(rows) != 1:
            return None
        return self.events[rows.pop()]

    def _update_timeline_buttons(self) -> None:
        event = self.selected_event()
        editable = event is not None and not event.voided and event.kind is not EventKind.RECEIVED
        self.correct_button.setEnabled(editable)
        self.void_button.setEnabled(editable)

    def run_action(self, kind: EventKind) -> None:
        """Ask for the event's fields and record it (refusals stay in the dialog)."""

        def submit(value: EventInput) -> str:
            try:
                with self._database.session() as session:
                    events_service.record_event(
                        session,
                        application_id=self.application_id,
                        kind=kind,
                        on=value.on,
                        data=value.data,
                        today=self.today,
                        recorded_by=self._recorded_by,
                    )
            except EventRefused as refused:
                return _refusal(refused)
            return ""

        consultations = self.view.open_consultations if self.view else ()
        if EventDialog.ask(self, kind, submit, today=self.today, consultations=consultations):
            self._changed()

    def correct_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return

        def submit(value: EventInput) -> str:
            try:
                with self._database.session() as session:
                    events_service.correct_event(
                        session,
                        event_id=event.id,
                        on=value.on,
                        data=value.data,
                        reason=value.reason,
                        today=self.today,
                        recorded_by=self._recorded_by,
                    )
            except EventRefused as refused:
                return _refusal(refused)
            return ""

        initial = EventInput(event.on, dict(event.data))
        consultations = self._consultations_for_correction(event)
        if EventDialog.ask(
            self,
            event.kind,
            submit,
            today=self.today,
            initial=initial,
            consultations=consultations,
            correcting=True,
        ):
            self._changed()

    def _consultations_for_correction(self, event: EventView) -> list[OpenConsultation]:
        """Correcting a reply to a consultation: any consultation letter may be chosen."""
        return [
            OpenConsultation(e.id, e.on, str(e.data.get("party_name", "")))
            for e in self.events
            if e.kind is EventKind.CONSULTATION_SENT and not e.voided
        ]

    def void_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return

        def submit(reason: str) -> str:
            try:
                with self._database.session() as session:
                    events_service.void_event(
                        session, event_id=event.id, reason=reason, today=self.today
                    )
            except EventRefused as refused:
                return _refusal(refused)
            return ""

        if VoidDialog.ask(self, event, submit) is not None:
            self._changed()

    def show_explanation(self) -> None:
        with self._database.session() as session:
            explanation = events_service.application_explanation(session, self.application_id)
        serial = self.view.serial if self.view else ""
        ExplanationDialog.show_for(self, explanation, serial)

    def _changed(self) -> None:
        self._bus.applications_changed.emit([self.application_id])  # refreshes this panel too


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
