"""The detail dialog of one application: registration fields (editable), handling, appeals.

Edits are saved with the version read when the form was filled; if someone
saved in between, the service refuses (optimistic locking) and the dialog says
so in Chinese, keeping what was typed until the clerk chooses to reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission, mask
from desktop.core.status import days_words
from desktop.core.vocab import DeadlineStatus
from desktop.services.applications import NotFound, StaleEdit, ValidationFailed, update_application
from desktop.services.operations import Changes
from desktop.services.register import (
    ApplicationDetail,
    application_detail,
    detail_input,
)
from desktop.ui import unsaved
from desktop.ui.appeal_dialog import AppealPanel
from desktop.ui.application_form import ApplicationForm, load_lists, lookup_repeats
from desktop.ui.documents import AttachmentsPanel, DocumentsPanel
from desktop.ui.lifecycle import LifecyclePanel
from desktop.ui.operations import Operations
from desktop.ui.register_model import STATUS_COLOURS
from desktop.ui.widgets import format_date, vocab_label, words_text


class DetailHeader(QLabel):
    """Serial, state, deadline and status in one line."""

    def show_detail(self, detail: ApplicationDetail) -> None:
        parts = [f"<b>{detail.serial}</b>", vocab_label(detail.state)]
        if detail.due_on is not None:
            due = format_date(detail.due_on)
            if detail.provisional and not detail.state.is_closed:
                due += self.tr("（临时）")
            parts.append(self.tr("答复期限：%1").replace("%1", due))
        if not detail.state.is_closed:
            parts.append(words_text(days_words(detail.working_days_left)))
        colour = STATUS_COLOURS.get(detail.status, ("#000", ""))[0]
        if detail.status is not DeadlineStatus.ON_TRACK:
            parts.append(f'<span style="color:{colour}">{vocab_label(detail.status)}</span>')
        self.setText("　".join(parts))


class ApplicationDetailDialog(QDialog):
    """One application: header, tabs (登记信息, 办理, 复议诉讼, anything added), close."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        today_provider: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.application_id = application_id
        self.bus = ops.bus
        self.today_provider = today_provider
        self.version = 0
        self.dirty = False
        self.header = DetailHeader(self)
        self.tabs = QTabWidget(self)
        self.form = ApplicationForm(today_provider(), self)
        self.form.set_lists(*load_lists(ops))
        self.conflict = QFrame(self)
        self.conflict_label = QLabel(self.conflict)
        self.reload_button = QPushButton(self.tr("放弃修改并重新载入"), self.conflict)
        self.save_button = QPushButton(self.tr("保存修改"), self)
        self.resize(980, 680)
        self._build()
        self.save_button.setEnabled(ops.may(Permission.HANDLE))
        self._repeats = lookup_repeats(self.form, ops, application_id)
        self.form.repeats_requested.connect(self.bus.search_register)
        self.reload()
        self._repeats.timeout.emit()  # shown at once, not after the typing pause
        self.form.edited.connect(self._edited)
        self.bus.changed.connect(self._changed)

    # --- building ---

    def _build(self) -> None:
        self.conflict.setStyleSheet("QFrame { background: #ffebee; color: #b71c1c; }")
        row = QHBoxLayout(self.conflict)
        self.conflict_label.setWordWrap(True)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.reload_button)
        self.conflict.hide()
        self.reload_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(self.conflict)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.tabs.addTab(page, self.tr("登记信息"))
        self.tabs.addTab(
            LifecyclePanel(self.ops, self.application_id, self, today=self.today_provider()),
            self.tr("办理"),
        )
        self.tabs.addTab(
            AppealPanel(self.ops, self.application_id, self, today_provider=self.today_provider),
            self.tr("复议诉讼"),
        )
        self.documents = DocumentsPanel(
            self.ops, self.application_id, self, today_provider=self.today_provider
        )
        self.tabs.addTab(self.documents, self.tr("文书"))
        self.attachments = AttachmentsPanel(
            self.ops, self.application_id, self, today_provider=self.today_provider
        )
        self.tabs.addTab(self.attachments, self.tr("案卷"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (e.g. the lifecycle panel); returns its index."""
        return self.tabs.addTab(widget, title)

    # --- data ---

    def reload(self) -> None:
        """Read the application again; the form shows the stored values."""
        detail = self._read()
        if detail is None:
            return
        self.form.set_values(detail_input(detail))
        self.version = detail.version
        self.dirty = False
        self.conflict.hide()

    def _read(self) -> ApplicationDetail | None:
        application_id, today = self.application_id, self.today_provider()
        try:
            detail = self.ops.read(
                lambda session: application_detail(session, application_id, today=today)
            )
        except NotFound:
            self._show_conflict(self.tr("该申请已不存在。"))
            self.save_button.setEnabled(False)
            return None
        if not self.ops.may(Permission.READ_PERSONAL):  # 只读: ID number and phone masked
            detail = replace(detail, id_number=mask(detail.id_number), phone=mask(detail.phone))
        self.setWindowTitle(self.tr("申请详情 %1").replace("%1", detail.serial))
        self.header.show_detail(detail)
        return detail

    def save(self) -> bool:
        """Save the registration fields; errors go next to their fields."""
        data, version, today = self.form.values(), self.version, self.today_provider()
        application_id = self.application_id
        try:
            self.ops.call(
                lambda session: update_application(
                    session,
                    application_id=application_id,
                    version=version,
                    data=data,
                    today=today,
                ),
                action="application.update",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([application_id]),
            )
        except ValidationFailed as failure:
            self.form.show_errors(failure.errors)
            return False
        except StaleEdit:
            self._show_conflict(
                self.tr(
                    "保存失败：该申请已被他人修改。您的修改仍保留在表单中，可以记下后重新载入。"
                )
            )
            return False
        self.form.clear_errors()
        self.reload()  # the new version; the form shows what was stored
        return True

    def _show_conflict(self, message: str) -> None:
        self.conflict_label.setText(message)
        self.conflict.show()

    def reject(self) -> None:
        """Esc, 关闭 and the window's close button ask before unsaved edits are lost."""
        question = self.tr("登记信息的修改尚未保存。要保存、放弃修改，还是继续编辑？")
        if unsaved.may_close(self, self.dirty, self.save, question):
            super().reject()

    def _edited(self) -> None:
        self.dirty = True

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(self.application_id):
            return
        if self.dirty:  # keep what the clerk typed; the header still updates
            self._read()
        else:
            self.reload()
