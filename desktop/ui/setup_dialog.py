"""首次设置: the names documents need, asked on first start and from 工具 → 机关名称与文书署名.

Until the agency name is set, documents would carry the shipped placeholder
(某某市人民政府办公室); the dialog refuses to keep it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services import settings as settings_service
from desktop.services.operations import Changes
from desktop.services.settings import PLACEHOLDER_AGENCY, SETTINGS_BY_KEY, SETUP_KEYS, SettingError
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError

#: Examples shown in the empty fields.
PLACEHOLDERS = {
    "agency_name": QT_TRANSLATE_NOOP("SetupDialog", "例如：某某区应急管理局"),
    "review_body": QT_TRANSLATE_NOOP("SetupDialog", "例如：某某区人民政府"),
    "superior_body": QT_TRANSLATE_NOOP("SetupDialog", "例如：某某市应急管理局"),
    "court": QT_TRANSLATE_NOOP("SetupDialog", "例如：某某区人民法院"),
}


class SetupDialog(QDialog):
    """The agency name and the bodies letters name (复议机关, 上级主管部门, 管辖法院)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("机关名称与文书署名"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "这些名称会印在告知书、统计表和年度报告上。请填写本机关的实际名称；"
                "复议机关、上级主管部门和管辖法院用于告知书的救济途径，可以稍后在此补填。"
            ),
            self,
        )
        intro.setWordWrap(True)
        values = ops.read(settings_service.get_settings)
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in SETUP_KEYS:
            edit = QLineEdit(self)
            value = str(values[key])
            # a shipped example value (某某…) is not offered as if it were the agency's
            edit.setText("" if value == SETTINGS_BY_KEY[key].default else value)
            edit.setPlaceholderText(self.tr(PLACEHOLDERS[key]))
            self.editors[key] = edit
            form.addRow(QCoreApplication.translate("settings", SETTINGS_BY_KEY[key].label), edit)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("稍后"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """What was filled in (an empty field keeps its current value)."""
        texts = {key: edit.text().strip() for key, edit in self.editors.items()}
        return {key: text for key, text in texts.items() if text}

    def problem(self, values: dict[str, str]) -> str:
        if values.get("agency_name", "") in ("", PLACEHOLDER_AGENCY):
            return self.tr("请填写本机关的实际名称（不能使用示例名称）。")
        return ""

    def accept(self) -> None:
        values = self.values()
        if message := self.problem(values):
            self.error.show_message(message)
            self.editors["agency_name"].setFocus()
            return
        try:
            self.ops.call(
                lambda session: settings_service.save_settings(session, dict(values)),
                action="settings.save",
                permission=Permission.SETTINGS,
                changes=Changes(settings=True),
                object_kind="setting",
            )
        except SettingError as error:
            self.error.show_message(str(error))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations) -> bool:
        """Run the dialog; whether the names were saved."""
        dialog = cls(ops, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def ask_on_first_start(parent: QWidget, ops: Operations) -> None:
    """Once the window shows: while the placeholder name is set, ask those who may set it."""

    def ask() -> None:
        if ops.may(Permission.SETTINGS) and ops.read(settings_service.needs_setup):
            SetupDialog.ask(parent, ops)

    QTimer.singleShot(0, ask)
