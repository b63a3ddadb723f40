"""工具 → 备份与恢复: the automatic backups, when the last was made, back up now, restore.

Backups and restores run through the runner (permission checked, audited). A
restore replaces the database: the current one is kept as a copy first, and
the program must be restarted afterwards (``restored`` is emitted).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services import backup
from desktop.services import settings as settings_service
from desktop.services.backup import BackupFile
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError

_BEIJING = dt.timezone(dt.timedelta(hours=8))


class BackupWindow(QDialog):
    """The list of backups; 立即备份, 恢复所选备份…."""

    #: A backup was restored: the program must restart.
    restored = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.backups: list[BackupFile] = []
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(820, 480)
        self.last = QLabel(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "程序每天启动时自动备份一次，升级数据库前也会备份。"
                "运行中直接复制数据库文件得到的不是可靠的备份，请使用“立即备份”或 backup 命令。"
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("备份文件"), self.tr("备份时间（北京时间）"), self.tr("大小")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message = FieldError(self)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        self.restore_button.setEnabled(ops.may(Permission.RESTORE))
        self.backup_button.setEnabled(ops.may(Permission.BACKUP))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_and_restore)
        self.reload()

    def reload(self) -> None:
        setting = str(self.ops.read(lambda s: settings_service.get_setting(s, "backup_folder")))
        self.folder = self.ops.backup_folder(setting)
        self.backups = backup.list_backups(self.folder) if self.folder else []
        self.where.setText(
            self.tr("备份文件夹：%1").replace("%1", str(self.folder))
            if self.folder
            else self.tr("PostgreSQL 数据库：请用 backup 命令（pg_dump）或服务器的备份。")
        )
        if self.backups:
            latest = self.backups[0].made_at.astimezone(_BEIJING)
            self.last.setText(
                self.tr("最近一次备份：%1").replace("%1", latest.strftime("%Y-%m-%d %H:%M"))
            )
        else:
            self.last.setText(self.tr("还没有备份。"))
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            made = item.made_at.astimezone(_BEIJING).strftime("%Y-%m-%d %H:%M")
            size = f"{item.size / 2**20:.1f} MB"
            for column, text in enumerate((item.path.name, made, size)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def back_up_now(self) -> Path | None:
        folder = self.folder
        if folder is None:
            self.message.show_message(self.tr("PostgreSQL 数据库请用 backup 命令备份。"))
            return None
        name = f"{backup.PREFIX}{dt.date.today().isoformat()}-{dt.datetime.now():%H%M%S}"
        out = folder / f"{name}{backup.SQLITE_SUFFIX}"
        try:
            made = self.ops.call_maintenance(
                lambda database: backup.backup(database.engine, out),
                action="backup",
                permission=Permission.BACKUP,
                details={"file": out.name},
            )
        except UserError as refusal:
            self.message.show_message(str(refusal))
            return None
        self.message.show_message("")
        self.reload()
        return made

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def ask_and_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.message.show_message(self.tr("请先选择一个备份。"))
            return
        answer = QMessageBox.question(
            self,
            self.tr("恢复备份"),
            self.tr("用 %1 替换当前数据库？当前数据库会先另存一份副本。恢复后程序将关闭。").replace(
                "%1", chosen.path.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(chosen.path)

    def restore(self, path: Path) -> Path | None:
        """Restore ``path``; the copy kept of the current database, or None (message shown)."""
        try:
            kept = self.ops.call_maintenance(
                lambda database: backup.restore(database.engine, path),
                action="restore",
                permission=Permission.RESTORE,
                details=lambda kept: {"file": path.name, "kept": kept.name},
            )
        except UserError as refusal:
            self.message.show_message(str(refusal))
            return None
        self.message.show_message(
            self.tr("已恢复。原数据库已另存为 %1。请重新启动程序。").replace("%1", kept.name)
        )
        self.restored.emit()
        return kept
