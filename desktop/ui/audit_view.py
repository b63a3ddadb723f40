"""工具 → 操作日志: who did what, when, from which workstation; filter, export, verify.

Reads go through the runner with the 操作日志 permission (supervisors and
administrators); the chain check says whether any entry was edited or deleted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.services import audit
from desktop.services.audit import AuditQuery, AuditView
from desktop.services.spreadsheets import write_csv
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.widgets import from_qdate, to_qdate

#: Chinese names of the actions (the code itself is shown for any other).
ACTION_LABELS = {
    "application.register": QT_TRANSLATE_NOOP("AuditLogWindow", "受理登记"),
    "application.update": QT_TRANSLATE_NOOP("AuditLogWindow", "修改登记信息"),
    "event.correct": QT_TRANSLATE_NOOP("AuditLogWindow", "更正办理记录"),
    "event.void": QT_TRANSLATE_NOOP("AuditLogWindow", "作废办理记录"),
    "appeal.record": QT_TRANSLATE_NOOP("AuditLogWindow", "登记复议诉讼"),
    "appeal.update": QT_TRANSLATE_NOOP("AuditLogWindow", "修改复议诉讼"),
    "settings.save": QT_TRANSLATE_NOOP("AuditLogWindow", "修改设置"),
    "calendar.save_year": QT_TRANSLATE_NOOP("AuditLogWindow", "修改节假日安排"),
    "calendar.import": QT_TRANSLATE_NOOP("AuditLogWindow", "导入节假日安排"),
    "calendar.import_notice": QT_TRANSLATE_NOOP("AuditLogWindow", "导入放假通知"),
    "ledger.import": QT_TRANSLATE_NOOP("AuditLogWindow", "导入台账"),
    "ledger.export": QT_TRANSLATE_NOOP("AuditLogWindow", "导出台账（含个人信息）"),
    "alerts.export_pdf": QT_TRANSLATE_NOOP("AuditLogWindow", "导出提醒清单（含个人信息）"),
    "alerts.print": QT_TRANSLATE_NOOP("AuditLogWindow", "打印提醒清单（含个人信息）"),
    "application.print_registration": QT_TRANSLATE_NOOP(
        "AuditLogWindow", "打印登记表（含个人信息）"
    ),
    "report.publish": QT_TRANSLATE_NOOP("AuditLogWindow", "标记报告已发布"),
    "user.add": QT_TRANSLATE_NOOP("AuditLogWindow", "新增用户"),
    "user.disable": QT_TRANSLATE_NOOP("AuditLogWindow", "停用用户"),
    "user.passwd": QT_TRANSLATE_NOOP("AuditLogWindow", "设置密码"),
    "login": QT_TRANSLATE_NOOP("AuditLogWindow", "登录"),
    "backup": QT_TRANSLATE_NOOP("AuditLogWindow", "备份"),
    "restore": QT_TRANSLATE_NOOP("AuditLogWindow", "恢复备份"),
}

#: Newest entries shown at most (the CSV export has the same filter, not this limit).
SHOWN = 2000
_BEIJING = dt.timezone(dt.timedelta(hours=8))


class AuditLogWindow(QDialog):
    """The audit trail, newest first, with filters; 导出CSV and 校验."""

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.entries: list[AuditView] = []
        self.setWindowTitle(self.tr("操作日志"))
        self.resize(1200, 680)
        today = today or dt.date.today()
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("全部用户"))
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("全部操作"))
        self.application = QLineEdit(self)
        self.application.setPlaceholderText(self.tr("申请编号"))
        self.since = self._date(today - dt.timedelta(days=30))
        self.until = self._date(today)
        self.search_button = QPushButton(self.tr("查询"), self)
        self.export_button = QPushButton(self.tr("导出CSV…"), self)
        self.verify_button = QPushButton(self.tr("校验日志链"), self)
        self.verdict = QLabel(self)
        self.table = self._make_table()
        self._lay_out()
        self.search_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.ask_and_export)
        self.verify_button.clicked.connect(self.verify)
        self.reload()

    def _date(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    def _make_table(self) -> QTableWidget:
        headers = [
            self.tr("序号"),
            self.tr("时间（北京时间）"),
            self.tr("用户"),
            self.tr("工作站"),
            self.tr("操作"),
            self.tr("结果"),
            self.tr("对象"),
            self.tr("修改前"),
            self.tr("修改后"),
        ]
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("用户："), self.user),
            (self.tr("操作："), self.action),
            (self.tr("申请："), self.application),
            (self.tr("从："), self.since),
            (self.tr("至："), self.until),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verdict, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def query(self, limit: int | None = SHOWN) -> AuditQuery:
        return AuditQuery(
            user_name=self.user.text().strip(),
            action=self.action.text().strip(),
            object_ref=self.application.text().strip(),
            since=from_qdate(self.since.date()),
            until=from_qdate(self.until.date()),
            limit=limit,
        )

    def reload(self) -> None:
        query = self.query()
        self.entries = self.ops.read(
            lambda session: audit.list_entries(session, query), permission=Permission.AUDIT
        )
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(_cells(entry, self.tr("拒绝"), self.tr("成功"))):
                item = QTableWidgetItem(text)
                if column >= 7:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)

    def verify(self) -> bool:
        check = self.ops.read(audit.verify_chain, permission=Permission.AUDIT)
        if check.intact:
            self.verdict.setStyleSheet("color: #2e7d32;")
            self.verdict.setText(
                self.tr("日志链完整：共 %1 条，未发现改动或删除。").replace("%1", str(check.length))
            )
        else:
            self.verdict.setStyleSheet("color: #b71c1c;")
            self.verdict.setText(
                self.tr("日志被改动：第 %1 条 %2")
                .replace("%1", str(check.broken_at))
                .replace("%2", check.reason)
            )
        return check.intact

    def export_csv(self, path: Path) -> int:
        """Every entry matching the filters (not only those shown) as UTF-8 CSV."""
        query = self.query(limit=None)
        entries = self.ops.read(
            lambda session: audit.list_entries(session, query), permission=Permission.AUDIT
        )
        headers = [
            self.tr("序号"),
            self.tr("时间（UTC）"),
            self.tr("用户"),
            self.tr("工作站"),
            self.tr("操作"),
            self.tr("结果"),
            self.tr("对象类型"),
            self.tr("对象"),
            self.tr("修改前"),
            self.tr("修改后"),
            self.tr("哈希"),
        ]
        rows = (
            [
                e.sequence,
                e.at,
                e.user_name,
                e.workstation,
                e.action,
                e.outcome,
                e.object_kind,
                e.object_ref,
                e.before,
                e.after,
                e.entry_hash,
            ]
            for e in entries
        )
        return write_csv(path, headers, rows)

    def ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出操作日志"), self.tr("操作日志.csv"), self.tr("CSV 文件 (*.csv)")
        )
        if path:
            try:
                count = self.export_csv(Path(path))
            except OSError as error:
                self.verdict.setText(self.tr("无法保存文件：") + str(error.strerror or error))
                return
            self.verdict.setText(self.tr("已导出 %1 条").replace("%1", str(count)))


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return QCoreApplication.translate("AuditLogWindow", ACTION_LABELS[action])
    if action.startswith("event.record."):
        return QCoreApplication.translate("AuditLogWindow", "记录办理事项") + action[12:]
    return action


def _cells(entry: AuditView, refused: str, done: str) -> list[str]:
    at = entry.at.astimezone(_BEIJING).strftime("%Y-%m-%d %H:%M:%S")
    outcome = refused if entry.outcome == "refused" else done
    return [
        str(entry.sequence),
        at,
        entry.user_name,
        entry.workstation,
        action_label(entry.action),
        outcome,
        entry.object_ref,
        entry.before[:200],
        entry.after[:200],
    ]
