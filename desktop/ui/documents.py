"""The documents of an application (文书) and its case file (案卷), in the detail dialog.

``LetterDialog`` previews a letter, lets the clerk edit its free-text parts and
issues it (the number is given only then). ``DocumentsPanel`` lists every issued
document with re-print (PDF or Word, same number), service records and 作废.
``AttachmentsPanel`` keeps the scans and photos and builds the 归档 PDF.
Reads and writes go through the operation runner (each write audited).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letters import (
    FIELDS,
    FREE_TEXT,
    AttachmentKind,
    DocumentKind,
    DocumentStatus,
    ServiceMethod,
)
from desktop.core.roles import Permission
from desktop.core.vocab import EventKind
from desktop.errors import UserError
from desktop.reports.letter_docx import LetterContent, Para, Role
from desktop.services import case_file, letters
from desktop.services import events as events_service
from desktop.services.case_file import AttachmentView
from desktop.services.letters import DateMismatch, DocumentView
from desktop.services.operations import Changes
from desktop.ui.operations import Operations
from desktop.ui.widgets import DateEdit, FieldError, OptionalDateEdit, vocab_label

#: The document each 办理 action is offered after it is recorded.
DOCUMENT_OF_EVENT: dict[EventKind, DocumentKind] = {
    EventKind.CORRECTION_NOTICE: DocumentKind.CORRECTION,
    EventKind.CONSULTATION_SENT: DocumentKind.CONSULTATION,
    EventKind.EXTENSION: DocumentKind.EXTENSION,
    EventKind.FEE_NOTICE: DocumentKind.FEE,
    EventKind.REPLY: DocumentKind.REPLY,
}


def _html(content: LetterContent) -> str:
    """A preview of the letter's words (the PDF has the exact layout)."""
    parts = []
    for block in content.blocks:
        if not isinstance(block, Para):
            rows = "".join(
                "<tr>" + "".join(f"<td>{_escape(c)}</td>" for c in row) + "</tr>"
                for row in block.rows
            )
            parts.append(f'<table border="1" cellpadding="4" width="100%">{rows}</table>')
            continue
        text = _escape(block.text) or "&nbsp;"
        if block.role is Role.TITLE:
            parts.append(f'<p align="center" style="font-size:16pt"><b>{text}</b></p>')
        elif block.role in (Role.NUMBER, Role.SIGNATURE, Role.DATE):
            parts.append(f'<p align="right">{text}</p>')
        elif block.role is Role.ADDRESSEE:
            parts.append(f"<p>{text}</p>")
        else:
            parts.append(f'<p style="text-indent:2em">{text}</p>')
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LetterDialog(QDialog):
    """Preview a letter, edit its free-text parts, issue it."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        kind: DocumentKind,
        parent: QWidget | None = None,
        *,
        served_document_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.application_id, self.kind = ops, application_id, kind
        self.served_document_id = served_document_id
        self.issued: DocumentView | None = None
        self.setWindowTitle(self.tr("出具文书：") + vocab_label(kind))
        self.on = DateEdit(self)
        self.variant = QComboBox(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.preview = QTextBrowser(self)
        self.error = FieldError(self)
        self.issue_button = QPushButton(self.tr("出具（分配编号）"), self)
        self._build()
        self._load()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("成文日期："), self.on)
        if self.kind is DocumentKind.REPLY:
            form.addRow(self.tr("答复书样式："), self.variant)
        else:
            self.variant.hide()
        for key in FREE_TEXT[self.kind]:
            edit = QPlainTextEdit(self)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self.update_preview)
            self.texts[key] = edit
            form.addRow(QCoreApplication.translate("letters", FIELDS[key]) + "：", edit)
        self.on.dateChanged.connect(self.update_preview)
        self.variant.currentIndexChanged.connect(self.update_preview)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(
            QLabel(self.tr("编号在出具时分配；出具后不能修改，只能作废后重新出具。"), left)
        )
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([360, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def _load(self) -> None:
        """Fill the date, variants and free text from a first draft (or show why there is none)."""
        application_id, kind, served = self.application_id, self.kind, self.served_document_id
        try:
            choices = (
                self.ops.read(lambda s: letters.reply_variant_choices(s, application_id))
                if kind is DocumentKind.REPLY
                else ()
            )
            draft = self.ops.read(
                lambda s: letters.draft_letter(
                    s,
                    application_id=application_id,
                    kind=kind,
                    served_document_id=served,
                    preview=True,
                )
            )
        except UserError as refused:
            self.error.show_message(str(refused))
            self.issue_button.setEnabled(False)
            return
        self._loading = True
        for value, label in choices:
            self.variant.addItem(QCoreApplication.translate("vocab", label), value)
        self.on.set_value(draft.on)
        for key, edit in self.texts.items():
            edit.setPlainText(draft.texts.get(key, ""))
        self._loading = False
        self.update_preview()

    def values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.texts.items()}

    def _variant(self) -> str | None:
        data = self.variant.currentData()
        return str(data) if data else None

    def update_preview(self) -> None:
        if getattr(self, "_loading", False):
            return
        application_id, kind, served = self.application_id, self.kind, self.served_document_id
        on, variant, texts = self.on.value(), self._variant(), self.values()
        try:
            draft = self.ops.read(
                lambda s: letters.draft_letter(
                    s,
                    application_id=application_id,
                    kind=kind,
                    on=on,
                    variant=variant,
                    texts=texts,
                    served_document_id=served,
                    preview=True,
                )
            )
        except UserError as refused:
            self.error.show_message(str(refused))
            return
        self.error.show_message("")
        self.preview.setHtml(_html(draft.content))

    def issue(self) -> None:
        application_id, kind, served = self.application_id, self.kind, self.served_document_id
        on, variant, texts = self.on.value(), self._variant(), self.values()
        user = self.ops.actor.name
        try:
            self.issued = self.ops.call(
                lambda s: letters.issue_letter(
                    s,
                    application_id=application_id,
                    kind=kind,
                    on=on,
                    variant=variant,
                    texts=texts,
                    served_document_id=served,
                    issued_by=user,
                ),
                action="letter.issue",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([application_id]),
                details=lambda d: {"number": d.number},
            )
        except UserError as refused:
            self.error.show_message(str(refused))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ops: Operations,
        application_id: int,
        kind: DocumentKind,
        *,
        served_document_id: int | None = None,
    ) -> DocumentView | None:
        dialog = cls(ops, application_id, kind, parent, served_document_id=served_document_id)
        dialog.exec()
        return dialog.issued


class ServiceDialog(QDialog):
    """How a document went out: method, tracking number, posting and service dates."""

    def __init__(
        self,
        document: DocumentView,
        submit: Callable[[ServiceMethod, str, dt.date | None, dt.date | None], str],
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("登记送达：") + document.number)
        self.method = QComboBox(self)
        for method in ServiceMethod:
            self.method.addItem(vocab_label(method), method.value)
        self.tracking = QLineEdit(self)
        self.posted = OptionalDateEdit(self.tr("交邮或发送日期"), self)
        self.served = OptionalDateEdit(self.tr("送达（签收）日期"), self)
        self.posted.set_value(None, today)
        self.served.set_value(None, today)
        self.error = FieldError(self)
        rule = QLabel(
            self.tr(
                "答复的法定日期：当面送达以签收之日为准；邮寄以交邮之日为准；"
                "电子方式以发送之日为准。"
            ),
            self,
        )
        rule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("送达方式："), self.method)
        form.addRow(self.tr("邮件单号："), self.tracking)
        form.addRow("", self.posted)
        form.addRow("", self.served)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        method = ServiceMethod(str(self.method.currentData()))
        message = self._submit(
            method, self.tracking.text(), self.posted.value(), self.served.value()
        )
        self.error.show_message(message)
        if not message:
            super().accept()


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _selected_row(table: QTableWidget) -> int | None:
    rows = {i.row() for i in table.selectedIndexes()}
    return rows.pop() if len(rows) == 1 else None


class DocumentsPanel(QWidget):
    """文书: every document issued for the application, with re-print, service and 作废."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ops, self.application_id = ops, application_id
        self.today_provider = today_provider
        self.documents: list[DocumentView] = []
        self.table = _table(
            self,
            [
                self.tr("文书"),
                self.tr("编号"),
                self.tr("日期"),
                self.tr("出具人"),
                self.tr("状态"),
                self.tr("送达"),
            ],
        )
        self.issue_button = QPushButton(self.tr("出具文书"), self)
        menu = QMenu(self.issue_button)
        for kind in DocumentKind:
            action = menu.addAction(vocab_label(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.issue(k))
        self.issue_button.setMenu(menu)
        self.pdf_button = QPushButton(self.tr("另存为PDF…"), self)
        self.docx_button = QPushButton(self.tr("另存为Word…"), self)
        self.service_button = QPushButton(self.tr("登记送达…"), self)
        self.cancel_button = QPushButton(self.tr("作废…"), self)
        self.pdf_button.clicked.connect(lambda: self.save_selected("pdf"))
        self.docx_button.clicked.connect(lambda: self.save_selected("docx"))
        self.service_button.clicked.connect(self.record_service)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.message = FieldError(self)
        buttons = QHBoxLayout()
        for button in (
            self.issue_button,
            self.pdf_button,
            self.docx_button,
            self.service_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ops.bus.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.application_id):
            self.refresh()

    def refresh(self) -> None:
        application_id = self.application_id
        self.documents = self.ops.read(lambda s: letters.documents_of(s, application_id))
        self.table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            service = doc.services[-1] if doc.services else None
            served = ""
            if service is not None:
                day = service.served_on or service.posted_on
                served = vocab_label(service.method) + (f" {day.isoformat()}" if day else "")
                if service.tracking_no:
                    served += f" {service.tracking_no}"
            status = vocab_label(doc.status)
            if doc.status is DocumentStatus.CANCELLED:
                status += self.tr("：") + doc.cancel_reason
            values = (
                QCoreApplication.translate("letters", doc.title),
                doc.number,
                doc.issued_on.isoformat(),
                doc.created_by,
                status,
                served,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if doc.status is DocumentStatus.CANCELLED:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> DocumentView | None:
        row = _selected_row(self.table)
        return self.documents[row] if row is not None else None

    def _update_buttons(self) -> None:
        doc = self.selected()
        valid = doc is not None and doc.status is DocumentStatus.VALID
        self.pdf_button.setEnabled(doc is not None)
        self.docx_button.setEnabled(doc is not None)
        self.service_button.setEnabled(valid)
        self.cancel_button.setEnabled(valid)

    # -- actions ----------------------------------------------------------------------------

    def issue(self, kind: DocumentKind) -> DocumentView | None:
        """Issue a document; a 送达回证 serves the selected document (else the latest reply)."""
        selected = self.selected()
        served = (
            selected.id
            if kind is DocumentKind.SERVICE
            and selected is not None
            and selected.kind is not DocumentKind.SERVICE
            and selected.status is DocumentStatus.VALID
            else None
        )
        return LetterDialog.ask(
            self, self.ops, self.application_id, kind, served_document_id=served
        )

    def ask_save_path(self, suggested: str, pattern: str) -> str:
        """The file to write (a method so that tests answer it)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存文书"), suggested, pattern)
        return path

    def save_selected(self, fmt: str) -> None:
        doc = self.selected()
        if doc is None:
            return
        pattern = self.tr("PDF 文件 (*.pdf)") if fmt == "pdf" else self.tr("Word 文档 (*.docx)")
        path = self.ask_save_path(f"{doc.number}.{fmt}", pattern)
        if not path:
            return
        render = letters.document_pdf if fmt == "pdf" else letters.document_docx
        data = self.ops.read(lambda s: render(s, doc.id), permission=Permission.EXPORT_PERSONAL)
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            self.message.show_message(self.tr("无法写入文件：") + (error.strerror or ""))
            return
        self.message.show_message("")

    def record_service(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        found: list[DateMismatch | None] = [None]

        def submit(
            method: ServiceMethod, tracking: str, posted: dt.date | None, served: dt.date | None
        ) -> str:
            today, user = self.today_provider(), self.ops.actor.name
            try:
                found[0] = self.ops.call(
                    lambda s: letters.record_service(
                        s,
                        document_id=doc.id,
                        method=method,
                        tracking_no=tracking,
                        posted_on=posted,
                        served_on=served,
                        today=today,
                        recorded_by=user,
                    ),
                    action="letter.service",
                    permission=Permission.HANDLE,
                    changes=Changes.of_applications([self.application_id]),
                )
            except UserError as refused:
                return str(refused)
            return ""

        dialog = ServiceDialog(doc, submit, self, today=self.today_provider())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if found[0] is not None:
            self.offer_reply_correction(found[0])

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (a method so that tests answer it)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def offer_reply_correction(self, mismatch: DateMismatch) -> None:
        """The service record puts the reply on another day: offer, never force, a correction."""
        text = (
            self.tr(
                "按送达记录（%1），答复的法定日期为 %2，台账记录的答复日期为 %3。是否更正台账中的答复日期？"
            )
            .replace("%1", vocab_label(mismatch.method))
            .replace("%2", mismatch.legal_on.isoformat())
            .replace("%3", mismatch.recorded_on.isoformat())
        )
        if not self.confirm(self.tr("答复日期与送达记录不一致"), text):
            return
        reason = QCoreApplication.translate("letters", "按送达记录更正答复日期")
        today, user = self.today_provider(), self.ops.actor.name
        try:
            self.ops.call(
                lambda s: events_service.correct_event(
                    s,
                    event_id=mismatch.event_id,
                    on=mismatch.legal_on,
                    data=letters.reply_correction_data(s, mismatch),
                    reason=reason,
                    today=today,
                    recorded_by=user,
                ),
                action="event.correct.reply",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([self.application_id]),
            )
        except UserError as refused:
            self.message.show_message(str(refused))

    def cancel_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("作废文书"), self.tr("作废“%1”的原因：").replace("%1", doc.number)
        )
        if not ok:
            return
        self.cancel(doc, reason)

    def cancel(self, doc: DocumentView, reason: str) -> bool:
        try:
            self.ops.call(
                lambda s: letters.cancel_document(s, document_id=doc.id, reason=reason),
                action="letter.cancel",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([self.application_id]),
                details={"number": doc.number},
            )
        except UserError as refused:
            self.message.show_message(str(refused))
            return False
        self.message.show_message("")
        return True


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class AttachmentsPanel(QWidget):
    """案卷: the files of the case file, and the 归档 PDF."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ops, self.application_id = ops, application_id
        self.today_provider = today_provider
        self.attachments: list[AttachmentView] = []
        self.table = _table(
            self,
            [
                self.tr("名称"),
                self.tr("类别"),
                self.tr("大小"),
                self.tr("添加人"),
                self.tr("添加时间"),
            ],
        )
        self.kind = QComboBox(self)
        for kind in AttachmentKind:
            self.kind.addItem(vocab_label(kind), kind.value)
        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.remove_button = QPushButton(self.tr("移出案卷"), self)
        self.archive_button = QPushButton(self.tr("生成归档PDF…"), self)
        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.archive_button.clicked.connect(self.save_case_file)
        self.message = FieldError(self)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("类别："), self))
        buttons.addWidget(self.kind)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        note = QLabel(
            self.tr("归档PDF包括案卷封面、卷内目录、全部有效文书和本页的文件（按日期排列）。"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        application_id = self.application_id
        self.attachments = self.ops.read(lambda s: case_file.attachments_of(s, application_id))
        self.table.setRowCount(len(self.attachments))
        for row, item in enumerate(self.attachments):
            values = (
                item.name,
                vocab_label(item.kind),
                _size(item.size),
                item.added_by,
                item.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = _selected_row(self.table) is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def ask_files(self) -> list[str]:
        """The files to add (a method so that tests answer it)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("添加到案卷"),
            "",
            self.tr("PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif)"),
        )
        return paths

    def add_files(self) -> None:
        kind = AttachmentKind(str(self.kind.currentData()))
        for path in self.ask_files():
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                self.message.show_message(self.tr("无法读取文件：") + (error.strerror or ""))
                return
            if not self.add(Path(path).name, kind, data):
                return
        self.refresh()

    def add(self, name: str, kind: AttachmentKind, data: bytes) -> bool:
        application_id, user = self.application_id, self.ops.actor.name
        try:
            self.ops.call(
                lambda s: case_file.add_attachment(
                    s, application_id=application_id, name=name, kind=kind, data=data, added_by=user
                ),
                action="attachment.add",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([application_id]),
            )
        except UserError as refused:
            self.message.show_message(f"{name}：{refused}")
            return False
        self.message.show_message("")
        return True

    def open_selected(self) -> None:
        row = _selected_row(self.table)
        if row is None:
            return
        item = self.attachments[row]
        data = self.ops.read(
            lambda s: case_file.attachment_bytes(s, item.id), permission=Permission.EXPORT_PERSONAL
        )
        folder = Path(tempfile.mkdtemp(prefix="disclosure-desk-"))
        path = folder / item.name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        row = _selected_row(self.table)
        if row is None:
            return
        attachment_id = self.attachments[row].id
        try:
            self.ops.call(
                lambda s: case_file.remove_attachment(s, attachment_id=attachment_id),
                action="attachment.remove",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([self.application_id]),
            )
        except UserError as refused:
            self.message.show_message(str(refused))
            return
        self.refresh()

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存归档PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        return path

    def save_case_file(self) -> None:
        path = self.ask_save_path(self.tr("案卷.pdf"))
        if not path:
            return
        application_id, today, user = (
            self.application_id,
            self.today_provider(),
            self.ops.actor.name,
        )
        data = self.ops.read(
            lambda s: case_file.build_case_file(
                s, application_id=application_id, today=today, archived_by=user
            ),
            permission=Permission.EXPORT_PERSONAL,
        )
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            self.message.show_message(self.tr("无法写入文件：") + (error.strerror or ""))
            return
        self.message.show_message("")
        self.status.setText(self.tr("已生成归档PDF：") + path)
