"""登录: user name and password, when the agency requires login (always on PostgreSQL).

The dialog only collects the two values and hands them to ``login`` (the
service, bound by the caller); a refusal (wrong password, locked, disabled) is
shown under the fields and the dialog stays open. The password never leaves
this dialog except to that call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.users import Actor
from desktop.ui.widgets import FieldError

#: ``login(name, password)``: the acting user, or ``UserError``.
Login = Callable[[str, str], Actor]


class LoginDialog(QDialog):
    """Name and password; 登录 checks them through ``login``."""

    def __init__(self, login: Login, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._login = login
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 — 政府信息公开申请办理台账"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(name, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError(self)
        intro = QLabel(self.tr("请输入用户名和密码。连续输错 5 次将锁定 15 分钟。"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名："), self.name)
        form.addRow(self.tr("密码："), self.password)
        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(
            self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if name else self.name).setFocus()

    def try_login(self) -> bool:
        try:
            self.actor = self._login(self.name.text().strip(), self.password.text())
        except UserError as refusal:
            self.password.clear()
            self.error.show_message(str(refusal))
            return False
        self.accept()
        return True

    @staticmethod
    def ask(login: Login, name: str = "", parent: QWidget | None = None) -> Actor | None:
        """Run the dialog; the logged-in user, or None when the user quits."""
        dialog = LoginDialog(login, name, parent)
        try:
            dialog.exec()
            return dialog.actor
        finally:
            dialog.deleteLater()
