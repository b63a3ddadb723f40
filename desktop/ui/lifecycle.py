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
    QCheckBox,
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

from desktop.core.letters import DocumentKind
from desktop.core.lifecycle import service_question
from desktop.core.roles import Permission
from desktop.core.status import LIMIT_PASSED, TimeWords, days_words, time_words
from desktop.core.vocab import (
    REPLY_OUTCOMES,
    ConsultedParty,
    DeliveryMethod,
    EventKind,
    LabelledEnum,
)
from desktop.errors import UserError
from desktop.services import events as events_service
from desktop.services import users
from desktop.services.events import DeadlineView, EventRefused, EventView, OpenConsultation
from desktop.services.operations import Changes
from desktop.ui.documents import DOCUMENT_OF_EVENT, LetterDialog
from desktop.ui.explanation import ExplanationDialog
from desktop.ui.operations import Operations
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
        reply_on: dt.date | None = None,
        notice_due: dt.date | None = None,
        approvers: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.kind, self._submit, self._today = kind, submit, today
        self._consultations = consultations
        self._reply_on = reply_on
        self._notice_due = notice_due
        self._approvers = approvers
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
        self._update_service_question()
        if kind is EventKind.CORRECTION_NOTICE:
            self._update_late_notice()

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = DateEdit(self)  # one Tab stop, not three
        edit.set_value(day)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("日期："), self.on)
        for item in self.fields:
            form.addRow(item.label, item.widget)
        if self.kind is EventKind.REPLY:
            hint = QLabel(
                self.tr("当面送达的，答复日期为申请人签收之日；邮寄的，为交邮之日。"), self
            )
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            form.addRow("", hint)
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
            EventKind.DELIVERY: self._delivery_fields,
        }
        builder = builders.get(kind)
        return builder() if builder else []

    def _spin(self, key: str, label: str, low: int, high: int, value: int, suffix: str) -> _Field:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return _Field(key, label, spin, spin.value, lambda v: spin.setValue(int(v)))

    def _names(self, key: str, label: str, names: Sequence[str]) -> _Field:
        combo = QComboBox(self)
        combo.addItems(list(names))

        def put(value: Any) -> None:
            if combo.findText(str(value)) < 0:
                combo.addItem(str(value))
            combo.setCurrentText(str(value))

        return _Field(key, label, combo, combo.currentText, put)

    def _password(self, key: str, label: str) -> _Field:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return _Field(key, label, edit, edit.text, lambda _v: edit.clear())

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
        # rules.md §4: a notice after the 7-working-day limit is recorded and flagged, but
        # neither stops nor restarts the clock; say so before it is recorded.
        self.late_notice_warning = QLabel(self)
        self.late_notice_warning.setWordWrap(True)
        self.late_notice_warning.setStyleSheet("color: #9A5B00;")  # a warning, not an error
        self.on.dateChanged.connect(self._update_late_notice)
        period = self._spin("period_days", self.tr("补正期限："), 1, 60, 15, self.tr(" 个工作日"))
        warning = _Field("", "", self.late_notice_warning, lambda: None, lambda v: None)
        return [period, warning]

    def _update_late_notice(self) -> None:
        due = self._notice_due
        late = due is not None and from_qdate(self.on.date()) > due
        if due is not None:
            self.late_notice_warning.setText(
                self.tr(
                    "已超过补正通知期限（%1）：将记为补正告知逾期，答复期限不中止、不重新计算。"
                ).replace("%1", due.isoformat())
            )
        self.late_notice_warning.setVisible(late)

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
        if self._approvers:  # a supervisor's account approves, never a typed name
            return [
                self._names("approver", self.tr("批准人（审核人）："), self._approvers),
                self._password("approver_password", self.tr("批准人密码（本人批准可不填）：")),
                self._date("notified_on", self.tr("告知申请人日期：")),
                self._spin("days", self.tr("延长："), 1, 20, 20, self.tr(" 个工作日")),
            ]
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

    def _delivery_fields(self) -> list[_Field]:
        method = self._combo("method", self.tr("送达方式："), list(DeliveryMethod))
        # rules.md §5: in person the reply date is the signing day; another day is
        # questioned and must be confirmed here before the service accepts it.
        box = QWidget(self)
        self.service_warning = QLabel(box)
        self.service_warning.setWordWrap(True)
        self.service_warning.setStyleSheet("color: #9A5B00;")  # a warning, not an error
        self.service_confirm = QCheckBox(self.tr("已核对日期，仍按此日期记录"), box)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.service_warning)
        column.addWidget(self.service_confirm)
        self.service_box = box
        self.on.dateChanged.connect(self._update_service_question)
        combo = method.widget
        assert isinstance(combo, QComboBox)
        combo.currentIndexChanged.connect(self._update_service_question)
        confirm = _Field(
            "date_confirmed",
            "",
            box,
            lambda: True if box.isVisibleTo(self) and self.service_confirm.isChecked() else None,
            lambda v: self.service_confirm.setChecked(v is True),
        )
        return [method, confirm]

    def _update_service_question(self) -> None:
        if self.kind is not EventKind.DELIVERY:
            return
        method = next(f.get() for f in self.fields if f.key == "method")
        questioned = bool(service_question(self._reply_on, method, from_qdate(self.on.date())))
        self.service_warning.setText(
            self.tr(
                "当面送达的，答复日期即申请人签收之日，送达日期应与答复日期（%1）相同。"
                "申请人于送达日期签收的，请先更正答复日期。"
            ).replace("%1", self._reply_on.isoformat() if self._reply_on else "")
        )
        self.service_box.setVisible(questioned)
        if not questioned:
            self.service_confirm.setChecked(False)

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
        data = {item.key: item.get() for item in self.fields if item.key}
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
        reply_on: dt.date | None = None,
        notice_due: dt.date | None = None,
        approvers: Sequence[str] = (),
    ) -> EventInput | None:
        dialog = cls(
            kind,
            submit,
            parent,
            today=today,
            initial=initial,
            consultations=consultations,
            correcting=correcting,
            reply_on=reply_on,
            notice_due=notice_due,
            approvers=approvers,
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


def _refusal(error: UserError) -> str:
    return "\n".join(error.errors) if isinstance(error, EventRefused) else str(error)


class LifecyclePanel(QWidget):
    """办理流程: current state, deadlines, allowed actions and the event timeline."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._bus = ops, ops.bus
        self.application_id = application_id
        self._fixed_today = today
        self.view: DeadlineView | None = None
        self.events: list[EventView] = []
        self.action_buttons: dict[EventKind, QPushButton] = {}
        self.offered_letter: DocumentKind | None = None
        self._build()
        self._bus.changed.connect(self._on_changed)
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
        # After an action is recorded, its document is offered here (never issued by itself).
        self.letter_offer = QPushButton(self)
        self.letter_offer.hide()
        self.letter_offer.clicked.connect(self.issue_offered_letter)
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
        layout.addWidget(self.letter_offer)
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

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.application_id) or changes.calendar:
            self.refresh()

    def refresh(self) -> None:
        application_id, today = self.application_id, self.today
        self.view, self.events = self._ops.read(
            lambda session: (
                events_service.application_deadlines(session, application_id, today=today),
                events_service.timeline(session, application_id),
            )
        )
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
        if view.deadlines.effective_provisional and not view.progress.state.is_closed:
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

        def marked(day: dt.date, provisional: bool) -> str:
            return day.isoformat() + (self.tr("（临时）") if provisional else "")

        rows = [(self.tr("适用规则："), QCoreApplication.translate("rules", d.rule.label))]
        current = (
            marked(d.effective_due, d.effective_provisional) + self._passed(view, d.effective_due)
            if d.effective_due
            else words_text(days_words(None))
        )
        rows.append((self.tr("当前答复期限："), current))
        rows.append((self.tr("法定答复期限："), marked(d.due, d.is_provisional("due"))))
        extended = marked(d.extended_due, d.is_provisional("extended_due"))
        rows.append(
            (self.tr("延长后期限："), extended + ("" if d.extended else self.tr("（未延期）")))
        )
        if d.manual_due:
            rows.append((self.tr("另行确定期限："), d.manual_due.isoformat()))
        notice = marked(d.correction_notice_due, d.is_provisional("correction_notice_due"))
        if not d.late_correction_notices:  # a late notice says more than （已过）
            notice += self._passed(view, d.correction_notice_due)
        for late in d.late_correction_notices:
            notice += self.tr("；%1 发出，补正告知逾期（期限不中止、不重新计算）").replace(
                "%1", late.isoformat()
            )
        rows.append((self.tr("补正通知期限："), notice))
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
            passed = "" if c.replied_on else self._passed(view, c.due)
            consultation_due = marked(c.due, c.provisional) + passed
            rows.append((self.tr("征求意见："), text.replace("%2", consultation_due) + replied))
        if d.fee_payment_due:
            fee = marked(d.fee_payment_due, d.is_provisional("fee_payment_due"))
            rows.append((self.tr("缴费期限："), fee + self._passed(view, d.fee_payment_due)))
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
        late = set(self.view.deadlines.late_correction_notices) if self.view else set()
        for index, event in enumerate(rows):
            if event.voided:
                state = self.tr("已作废：") + event.void_reason
            elif event.supersedes_id is not None:
                state = self.tr("更正后")
            else:
                state = ""
            kind = vocab_label(event.kind)
            if event.kind is EventKind.CORRECTION_NOTICE and not event.voided and event.on in late:
                kind += self.tr("（补正告知逾期）")
            values = (
                event.on.isoformat(),
                kind,
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

        application_id, today, user = self.application_id, self.today, self._ops.actor.name

        def submit(value: EventInput) -> str:
            data = dict(value.data)
            password = str(data.pop("approver_password", ""))  # checked, never stored

            def record(session: Any) -> object:
                if kind is EventKind.EXTENSION and approvers:
                    users.confirm_approver(
                        session,
                        approver=str(data.get("approver", "")),
                        password=password,
                        acting_user=user,
                        now=dt.datetime.now(dt.UTC),
                    )
                return events_service.record_event(
                    session,
                    application_id=application_id,
                    kind=kind,
                    on=value.on,
                    data=data,
                    today=today,
                    recorded_by=user,
                )

            return self._write(record, action=f"event.record.{kind.value}")

        approvers = self._approvers_for(user) if kind is EventKind.EXTENSION else []

        consultations = self.view.open_consultations if self.view else ()
        reply_on = self.view.progress.closed_on if self.view else None
        notice_due = self._notice_limit() if kind is EventKind.CORRECTION_NOTICE else None
        # The runner announces a recorded event; every view (this panel too) refreshes.
        if EventDialog.ask(
            self,
            kind,
            submit,
            today=self.today,
            consultations=consultations,
            reply_on=reply_on,
            notice_due=notice_due,
            approvers=approvers,
        ):
            self._offer_letter(kind)

    def _offer_letter(self, kind: EventKind) -> None:
        document = DOCUMENT_OF_EVENT.get(kind)
        self.offered_letter = document
        self.letter_offer.setVisible(document is not None)
        if document is not None:
            self.letter_offer.setText(self.tr("出具《%1》…").replace("%1", vocab_label(document)))

    def issue_offered_letter(self) -> None:
        if self.offered_letter is None:
            return
        if LetterDialog.ask(self, self._ops, self.application_id, self.offered_letter):
            self.letter_offer.hide()

    def _approvers_for(self, user: str) -> list[str]:
        """Supervisors' accounts, the acting user first when they may approve."""
        names = self._ops.read(users.approver_names)
        return sorted(names, key=lambda name: name != user)

    def _notice_limit(self) -> dt.date | None:
        """The last day a correction notice is in time: 7 working days after the start."""
        if self.view is None:
            return None
        d = self.view.deadlines
        # After a corrected application the next notice counts from it (rules.md §4).
        return d.correction_notice_due if d.start == self.view.received_on else None

    def correct_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return

        today, user = self.today, self._ops.actor.name

        def submit(value: EventInput) -> str:
            return self._write(
                lambda session: events_service.correct_event(
                    session,
                    event_id=event.id,
                    on=value.on,
                    data=value.data,
                    reason=value.reason,
                    today=today,
                    recorded_by=user,
                ),
                action="event.correct",
            )

        initial = EventInput(event.on, dict(event.data))
        consultations = self._consultations_for_correction(event)
        EventDialog.ask(
            self,
            event.kind,
            submit,
            today=self.today,
            initial=initial,
            consultations=consultations,
            correcting=True,
            reply_on=self.view.progress.closed_on if self.view else None,
        )

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

        today = self.today

        def submit(reason: str) -> str:
            return self._write(
                lambda session: events_service.void_event(
                    session, event_id=event.id, reason=reason, today=today
                ),
                action="event.void",
            )

        VoidDialog.ask(self, event, submit)

    def show_explanation(self) -> None:
        application_id = self.application_id
        explanation = self._ops.read(
            lambda session: events_service.application_explanation(session, application_id)
        )
        serial = self.view.serial if self.view else ""
        ExplanationDialog.show_for(self, explanation, serial)

    def _write(self, work: Callable[[Any], object], *, action: str) -> str:
        """Record through the runner; the refusal's text ("" when done) for the dialog."""
        try:
            self._ops.call(
                work,
                action=action,
                permission=Permission.HANDLE,
                changes=Changes.of_applications([self.application_id]),
            )
        except UserError as refused:
            return _refusal(refused)
        return ""


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
