"""The clerk's deadline calculator: what-if dates, answered live with the full explanation.

Uses the database's calendar (loaded once when the dialog opens) and the same
core functions as the register, so the answer is exactly what an application
with these events would get.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import CalendarRangeError, WorkCalendar
from desktop.core.deadlines import ClockEvent, compute_deadlines, rule_for
from desktop.core.explanation import Explanation, explain, format_day
from desktop.core.vocab import EventKind
from desktop.services.calendar import load_calendar
from desktop.ui.explanation import ExplanationView
from desktop.ui.operations import Operations
from desktop.ui.widgets import DateEdit, from_qdate


class DeadlineCalculatorDialog(QDialog):
    """期限计算器: receipt, optional correction, one consultation, extension → deadlines."""

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.calendar: WorkCalendar = ops.read(load_calendar)
        start = today or dt.date.today()
        self.setWindowTitle(self.tr("期限计算器"))
        self.received = self._date(start)
        self.corrected_check = QCheckBox(self.tr("收到补正材料："), self)
        self.corrected = self._date(start)
        self.consulted_check = QCheckBox(self.tr("发出征求意见："), self)
        self.consulted = self._date(start)
        self.replied_check = QCheckBox(self.tr("收到征求意见答复："), self)
        self.replied = self._date(start)
        self.extended = QCheckBox(self.tr("已批准延期"), self)
        self.due = QLabel(self)
        self.extended_due = QLabel(self)
        self.notice_due = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00000")
        self.explanation = ExplanationView(self)
        self.explained: Explanation | None = None
        self._layout()
        for edit in (self.received, self.corrected, self.consulted, self.replied):
            edit.dateChanged.connect(self.recompute)
        for box in (self.corrected_check, self.consulted_check, self.replied_check, self.extended):
            box.toggled.connect(self.recompute)
        self.recompute()

    def _date(self, day: dt.date) -> QDateEdit:
        edit = DateEdit(self)  # one Tab stop
        edit.set_value(day)
        return edit

    def _layout(self) -> None:
        inputs = QFormLayout()
        inputs.addRow(self.tr("收到申请日期："), self.received)
        inputs.addRow(self.corrected_check, self.corrected)
        inputs.addRow(self.consulted_check, self.consulted)
        inputs.addRow(self.replied_check, self.replied)
        inputs.addRow("", self.extended)
        results = QFormLayout()
        results.addRow(self.tr("答复期限："), self.due)
        results.addRow(self.tr("延长后期限："), self.extended_due)
        results.addRow(self.tr("补正通知期限："), self.notice_due)
        top = QHBoxLayout()
        input_box = QGroupBox(self.tr("条件"), self)
        input_box.setLayout(inputs)
        result_box = QGroupBox(self.tr("结果"), self)
        result_box.setLayout(results)
        top.addWidget(input_box)
        top.addWidget(result_box, 1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.explanation, 1)
        layout.addLayout(buttons)
        self.resize(820, 680)

    def events(self) -> tuple[list[ClockEvent], str]:
        """The clock events the inputs describe, or an error message."""
        received = from_qdate(self.received.date())
        events = [ClockEvent(EventKind.RECEIVED, received)]
        if self.corrected_check.isChecked():
            corrected = from_qdate(self.corrected.date())
            if corrected < received:
                return [], self.tr("收到补正材料的日期不能早于收到申请日期")
            events.append(ClockEvent(EventKind.CORRECTION_RECEIVED, corrected))
        if self.consulted_check.isChecked():
            sent = from_qdate(self.consulted.date())
            if sent < received:
                return [], self.tr("征求意见的日期不能早于收到申请日期")
            events.append(ClockEvent(EventKind.CONSULTATION_SENT, sent))
            if self.replied_check.isChecked():
                replied = from_qdate(self.replied.date())
                if replied < sent:
                    return [], self.tr("收到答复的日期不能早于发出征求意见的日期")
                events.append(ClockEvent(EventKind.CONSULTATION_REPLIED, replied))
        if self.extended.isChecked():  # approved on the last day of the normal deadline
            last_day = compute_deadlines(received, events, self.calendar).due
            days = rule_for(received).extension
            events.append(ClockEvent(EventKind.EXTENSION, last_day, {"days": days}))
        return events, ""

    def recompute(self) -> None:
        self.replied_check.setEnabled(self.consulted_check.isChecked())
        self.corrected.setEnabled(self.corrected_check.isChecked())
        self.consulted.setEnabled(self.consulted_check.isChecked())
        self.replied.setEnabled(self.consulted_check.isChecked() and self.replied_check.isChecked())
        try:
            events, message = self.events()
            if not message:
                self.explained = explain(from_qdate(self.received.date()), events, self.calendar)
        except CalendarRangeError as error:
            message = str(error)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self.explained = None
            for label in (self.due, self.extended_due, self.notice_due):
                label.setText("—")
            return
        assert self.explained is not None
        self._show(self.explained)

    def _show(self, result: Explanation) -> None:
        d = result.deadlines

        def marked(day: dt.date, name: str) -> str:
            return format_day(day) + (self.tr("（临时）") if d.is_provisional(name) else "")

        self.due.setText(marked(d.due, "due"))
        self.extended_due.setText(marked(d.extended_due, "extended_due"))
        self.notice_due.setText(marked(d.correction_notice_due, "correction_notice_due"))
        self.explanation.set_explanation(result)
