"""节假日日历 → 导入通知: paste the State Council's notice, check the year, save it.

The text is read by ``desktop.core.notice``; the year is shown as a calendar to
confirm; saving recomputes the open deadlines it moves (the calendar window then
says how many and which).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import FIRST_YEAR, LAST_YEAR
from desktop.core.notice import NoticeError, ParsedNotice, parse_notice
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services import calendar_admin
from desktop.services.calendar_admin import NoticeImport, ScheduleRefused
from desktop.services.operations import ALL, Changes
from desktop.ui.calendar_view import YearView, legend
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError


class NoticeImportDialog(QDialog):
    """Paste → 识别 → look at the year → 保存."""

    def __init__(self, ops: Operations, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.parsed: ParsedNotice | None = None
        self.result_value: NoticeImport | None = None
        self.setWindowTitle(self.tr("导入国务院办公厅放假通知"))
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setValue(today.year + 1)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("将《国务院办公厅关于X年部分节假日安排的通知》全文粘贴在这里，然后点“识别”。")
        )
        self.text.setTabChangesFocus(True)
        self.parse_button = QPushButton(self.tr("识别(&R)"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = YearView(self)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(False)
        self._layout()
        self.parse_button.clicked.connect(self.read_notice)
        self.text.textChanged.connect(self._text_changed)
        self.year.valueChanged.connect(self._text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("通知所安排的年份："), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.parse_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.text, 1)
        left.addWidget(self.error)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.view)
        right.addWidget(legend(self))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _text_changed(self) -> None:
        # What was read no longer matches the text: read again before saving.
        self.parsed = None
        self.save_button.setEnabled(False)

    def read_notice(self) -> bool:
        """Read the pasted text; show the year, or the line where reading stopped."""
        try:
            parsed = parse_notice(self.text.toPlainText(), self.year.value())
        except NoticeError as error:
            self.error.show_message(self.tr("无法识别：") + str(error))
            self.summary.setText("")
            return False
        self.error.show_message("")
        self.parsed = parsed
        self.view.set_schedule(calendar_admin.notice_preview(parsed))
        text = self.tr("识别出 %1 个节日：放假 %2 天，调休上班 %3 天。请核对右侧日历后保存。")
        self.summary.setText(
            text.replace("%1", str(len(parsed.blocks)))
            .replace("%2", str(len(parsed.days_off)))
            .replace("%3", str(len(parsed.make_up_workdays)))
        )
        self.save_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if self.parsed is None and not self.read_notice():
            return
        text, year, today = self.text.toPlainText(), self.year.value(), self.today
        try:
            self.result_value = self.ops.call(
                lambda session: calendar_admin.import_notice(
                    session, text=text, year=year, today=today
                ),
                action="calendar.import_notice",
                permission=Permission.CALENDAR,
                changes=Changes(applications=ALL, calendar=True),
                object_kind="calendar",
                object_ref=str(year),
            )
        except ScheduleRefused as refused:
            self.error.show_message("\n".join(refused.errors))
            return
        except UserError as refused:
            self.error.show_message(str(refused))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, today: dt.date) -> NoticeImport | None:
        dialog = cls(ops, today, parent)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
