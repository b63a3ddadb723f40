"""Put the whole application together around the register window.

The main window knows only the register; this module adds the dashboard tab,
the menus that open the other windows (import/export, publications, calendar,
calculator) and the daily deadline alerts, so each piece stays testable alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from desktop.core.roles import Permission
from desktop.services import calendar_admin
from desktop.services.dashboard import ListKey
from desktop.services.operations import Changes
from desktop.ui.alerts import AlertScheduler
from desktop.ui.annual_report import AnnualReportWindow
from desktop.ui.audit_view import AuditLogWindow
from desktop.ui.backup_view import BackupWindow
from desktop.ui.calendar_view import CalendarWindow
from desktop.ui.dashboard import DashboardWidget
from desktop.ui.deadline_tools import DeadlineCalculatorDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.export_register import export_register
from desktop.ui.import_dialog import ImportDialog, save_template
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.publications import PublicationsDialog, changed_publications_notice
from desktop.ui.users_dialog import UsersDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shell", text)


@dataclass
class Shell:
    """The assembled application: the window and what was plugged into it."""

    window: MainWindow
    dashboard: DashboardWidget
    alerts: AlertScheduler

    def show_overdue(self) -> None:
        """Switch to the dashboard with the overdue list (where alerts lead)."""
        self.window.tabs.setCurrentWidget(self.dashboard)
        self.dashboard.show_list(ListKey.OVERDUE)


def _action(
    window: MainWindow, menu: str, text: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.add_menu_action(menu, action)
    return action


def assemble(
    window: MainWindow,
    today_provider: Callable[[], dt.date] = dt.date.today,
) -> Shell:
    """Add the dashboard, the menus and the alerts to ``window``."""
    ops = window.ops
    dashboard = DashboardWidget(ops, today_provider, window)
    window.add_tab(dashboard, _tr("统计看板"))
    alerts = AlertScheduler(ops, today_provider, parent=window)
    shell = Shell(window, dashboard, alerts)
    alerts.show_list_requested.connect(shell.show_overdue)
    watch_publications(shell, ops)

    def show(dialog: QDialog) -> QDialog:
        dialog.setModal(False)
        dialog.show()
        return dialog

    file_menu, work, publish, tools = _tr("文件"), _tr("办理"), _tr("统计发布"), _tr("工具")
    _action(
        window,
        file_menu,
        _tr("导入台账…"),
        lambda: show(ImportDialog(ops, window)),
        "Ctrl+I",
    )
    _action(
        window,
        file_menu,
        _tr("导出台账（当前筛选）…"),
        lambda: export_register(window, ops, query=window.model.query, today=today_provider()),
    )
    _action(window, file_menu, _tr("保存导入模板…"), lambda: save_template(window))
    _action(window, work, _tr("期限提醒…"), lambda: alerts.check() or alerts.show_dialog())
    _action(
        window,
        publish,
        _tr("季度统计与年度报告…"),
        lambda: show(ExportDialog(ops, window, today=today_provider())),
        "Ctrl+P",
    )
    _action(
        window,
        publish,
        _tr("年度报告…"),
        lambda: show(AnnualReportWindow(ops, window, today=today_provider())),
    )
    _action(window, publish, _tr("已发布报告…"), lambda: show(PublicationsDialog(ops, window)))
    _action(window, tools, _tr("节假日日历…"), lambda: show(CalendarWindow(ops, window)))
    _action(
        window,
        tools,
        _tr("期限计算器…"),
        lambda: show(DeadlineCalculatorDialog(ops, window, today=today_provider())),
    )
    if ops.may(Permission.AUDIT):
        _action(window, tools, _tr("操作日志…"), lambda: show(AuditLogWindow(ops, window)))
    _action(window, tools, _tr("备份与恢复…"), lambda: show(_backups(ops, window)))
    if ops.may(Permission.USERS):
        _action(window, tools, _tr("用户管理…"), lambda: show(UsersDialog(ops, window)))
    return shell


def _backups(ops: Operations, window: MainWindow) -> BackupWindow:
    dialog = BackupWindow(ops, window)
    dialog.restored.connect(window.close)  # the restored database is opened on restart
    return dialog


#: Quiet time after the last change before published figures are checked again.
PUBLICATION_CHECK_DELAY_MS = 1500


def watch_publications(shell: Shell, ops: Operations) -> QTimer:
    """Flag, soon after a change, when figures of a published report no longer hold."""
    timer = QTimer(shell.window)
    timer.setSingleShot(True)
    timer.setInterval(PUBLICATION_CHECK_DELAY_MS)

    def check() -> None:
        notice = changed_publications_notice(ops)
        if notice:
            shell.window.statusBar().showMessage(notice)

    def changed(changes: Changes) -> None:
        if changes.any_application or changes.calendar:
            timer.start()

    timer.timeout.connect(check)
    ops.bus.changed.connect(changed)
    return timer


def start_background_checks(shell: Shell, today: dt.date) -> None:
    """After the window is up: alerts, changed publications, a missing next-year calendar."""
    ops = shell.window.ops

    def run() -> None:
        notices = [changed_publications_notice(ops)]
        notices.append(
            ops.read(lambda session: calendar_admin.missing_next_year_reminder(session, today))
        )
        message = "  ".join(n for n in notices if n)
        if message:
            shell.window.statusBar().showMessage(message)
        shell.alerts.start()

    QTimer.singleShot(0, run)
