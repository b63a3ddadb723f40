"""设置 → 文书模板: export a template, edit it in Word/WPS, load it back, or go back to the default.

A loaded template is stored in the database, so every workstation uses it. One
that names a field the product does not fill is refused, naming the field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letters import FIELDS
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services import letters
from desktop.services.letters import TemplateView
from desktop.services.operations import Changes, Work
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError


class LetterTemplatesDialog(QDialog):
    """The letter templates in use, with export, load and reset."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("文书模板"))
        self.templates: list[TemplateView] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("模板"), self.tr("使用")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.fields = QTextBrowser(self)
        self.fields.setHtml(self._fields_html())
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.load_button = QPushButton(self.tr("载入修改后的模板…"), self)
        self.reset_button = QPushButton(self.tr("恢复默认"), self)
        self.export_button.clicked.connect(self.export_selected)
        self.load_button.clicked.connect(self.load_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.error = FieldError(self)
        self._layout()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def _layout(self) -> None:
        hint = QLabel(
            self.tr(
                "导出模板后可用 Word 或 WPS 修改文字和格式，再载入本机关使用；"
                "“{{ 字段 }}”处由系统填写，只能使用右侧列出的字段。"
            ),
            self,
        )
        hint.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.fields, 2)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.load_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(900, 600)

    def _fields_html(self) -> str:
        rows = "".join(
            f"<tr><td><code>{{{{ {name} }}}}</code></td>"
            f"<td>{QCoreApplication.translate('letters', meaning)}</td></tr>"
            for name, meaning in FIELDS.items()
        )
        return f"<b>{self.tr('可用字段')}</b><table cellpadding='2'>{rows}</table>"

    def refresh(self) -> None:
        self.templates = self.ops.read(letters.list_templates)
        self.table.setRowCount(len(self.templates))
        for row, template in enumerate(self.templates):
            use = self.tr("默认模板")
            if template.customised:
                when = (
                    template.loaded_at.astimezone().strftime("%Y-%m-%d")
                    if template.loaded_at
                    else ""
                )
                use = (
                    self.tr("本机关模板（%1 %2 载入）")
                    .replace("%1", template.loaded_by)
                    .replace("%2", when)
                )
            label = QCoreApplication.translate("letters", template.label)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(use))
        self._update_buttons()

    def selected(self) -> TemplateView | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.templates[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        template = self.selected()
        self.export_button.setEnabled(template is not None)
        self.load_button.setEnabled(template is not None)
        may = self.ops.may(Permission.SETTINGS)
        self.load_button.setEnabled(template is not None and may)
        self.reset_button.setEnabled(template is not None and template.customised and may)

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出文书模板"), suggested, self.tr("Word 文档 (*.docx)")
        )
        return path

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("载入文书模板"), "", self.tr("Word 文档 (*.docx)")
        )
        return path

    def export_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        path = self.ask_save_path(f"{template.label}.docx")
        if not path:
            return
        key = template.key
        data = self.ops.read(lambda s: letters.template_bytes(s, key))
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            self.error.show_message(self.tr("无法写入文件：") + (error.strerror or ""))
            return
        self.error.show_message("")

    def load_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        path = self.ask_open_path()
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self.error.show_message(self.tr("无法读取文件：") + (error.strerror or ""))
            return
        self.load(template.key, data)

    def load(self, key: str, data: bytes) -> bool:
        user = self.ops.actor.name
        return self._change(
            lambda s: letters.load_template(s, key=key, data=data, loaded_by=user),
            "letter.template.load",
            key,
        )

    def reset_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        key = template.key
        self._change(lambda s: letters.reset_template(s, key=key), "letter.template.reset", key)

    def _change(self, work: Work[object], action: str, key: str) -> bool:
        """Load or reset one template through the runner; a refusal is shown here."""
        try:
            self.ops.call(
                work,
                action=action,
                permission=Permission.SETTINGS,
                changes=Changes(settings=True),
                object_kind="letter_template",
                object_ref=key,
            )
        except UserError as refused:
            self.error.show_message(str(refused))
            return False
        self.error.show_message("")
        self.refresh()
        return True

    @classmethod
    def run(cls, parent: QWidget | None, ops: Operations) -> None:
        dialog = cls(ops, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
