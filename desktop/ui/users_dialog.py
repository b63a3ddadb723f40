"""工具 → 用户管理 (administrators): add users with a role, disable them, set passwords."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission, Role
from desktop.errors import UserError
from desktop.services import users
from desktop.services.operations import Changes
from desktop.services.users import UserInfo
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError, vocab_label


class UsersDialog(QDialog):
    """The accounts: name, role, state; 新增, 停用, 设置密码."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.users: list[UserInfo] = []
        self.setWindowTitle(self.tr("用户管理"))
        self.resize(760, 480)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("角色"), self.tr("状态"), self.tr("密码")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(vocab_label(role), role.value)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 8 个字符；可留空"))
        self.message = FieldError(self)
        self.add_button = QPushButton(self.tr("新增用户"), self)
        self.disable_button = QPushButton(self.tr("停用所选用户"), self)
        self.passwd_button = QPushButton(self.tr("为所选用户设置上面的密码"), self)
        self._lay_out()
        self.add_button.clicked.connect(self.add)
        self.disable_button.clicked.connect(self.disable_selected)
        self.passwd_button.clicked.connect(self.set_password_of_selected)
        self.reload()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("用户名："), self.name)
        form.addRow(self.tr("角色："), self.role)
        form.addRow(self.tr("密码："), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.passwd_button)
        buttons.addStretch(1)
        buttons.addWidget(self.disable_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def reload(self) -> None:
        self.users = self.ops.read(users.list_users, permission=Permission.USERS)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            texts = (
                user.name,
                vocab_label(user.role),
                self.tr("启用") if user.active else self.tr("停用"),
                self.tr("已设置") if user.has_password else self.tr("未设置"),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _write(self, work: users.UserWork, *, action: str, ref: str) -> bool:
        try:
            self.ops.call(
                work,
                action=action,
                permission=Permission.USERS,
                changes=Changes(users=True),
                object_kind="user",
                object_ref=ref,
            )
        except UserError as refusal:
            self.message.show_message(str(refusal))
            return False
        self.message.show_message("")
        self.password.clear()
        self.reload()
        return True

    def add(self) -> bool:
        name, password = self.name.text().strip(), self.password.text()
        role = Role(self.role.currentData())
        done = self._write(
            lambda s: users.add_user(s, name=name, role=role, password=password),
            action="user.add",
            ref=name,
        )
        if done:
            self.name.clear()
        return done

    def disable_selected(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        return self._write(
            lambda s: users.disable_user(s, name=user.name), action="user.disable", ref=user.name
        )

    def set_password_of_selected(self) -> bool:
        user, password = self.selected(), self.password.text()
        if user is None:
            return False
        return self._write(
            lambda s: users.set_password(s, name=user.name, password=password),
            action="user.passwd",
            ref=user.name,
        )
