"""Put the whole application together around the register window.

The main window knows only the register; this module adds the dashboard tab,
the menus that open the other windows (import/export, publications, calendar,
calculator) and the daily deadline alerts, so each piece stays testable alone.

Start-up speed: the first screen is the register. The dashboard is built when its
tab is first shown (or asked for), and each window's module is imported when the
window is first opened, so PDF, spreadsheet and preview machinery load on use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.roles import Permission
from desktop.services.operations import Changes
from desktop.ui.alerts import AlertScheduler
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations

if TYPE_CHECKING:
    from desktop.ui.backup_view import BackupWindow
    from desktop.ui.dashboard import DashboardWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shell", text)


@dataclass
class Shell:
    """The assembled application: the window and what was plugged into it."""

    window: MainWindow
    alerts: AlertScheduler
    #: Builds the dashboard widget (on first use; see :attr:`dashboard`).
    make_dashboard: Callable[[], DashboardWidget] = field(repr=False)
    #: The dashboard tab's stand-in until the dashboard is built.
    placeholder: QWidget = field(repr=False)
    _dashboard: DashboardWidget | None = field(default=None, repr=False)

    @property
    def dashboard(self) -> DashboardWidget:
        """The dashboard tab's widget, built (and put in its tab) the first time it is needed."""
        if self._dashboard is None:
            tabs = self.window.tabs
            index = tabs.indexOf(self.placeholder)
            was_current = tabs.currentIndex() == index
            self._dashboard = self.make_dashboard()
            title = tabs.tabText(index)
            tabs.insertTab(index, self._dashboard, title)
            tabs.removeTab(index + 1)
            self.placeholder.deleteLater()
            if was_current:
                tabs.setCurrentIndex(index)
        return self._dashboard

    def show_overdue(self) -> None:
        """Switch to the dashboard with the overdue list (where alerts lead)."""
        self.window.tabs.setCurrentWidget(self.dashboard)
        from desktop.services.dashboard import ListKey

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

    def make_dashboard() -> DashboardWidget:
        from desktop.ui.dashboard import DashboardWidget

        return DashboardWidget(ops, today_provider, window)

    placeholder = QWidget(window)
    window.add_tab(placeholder, _tr("统计看板"))
    alerts = AlertScheduler(ops, today_provider, parent=window)
    shell = Shell(window, alerts, make_dashboard, placeholder)
    window.tabs.currentChanged.connect(
        lambda index: shell.dashboard if window.tabs.widget(index) is placeholder else None
    )
    alerts.show_list_requested.connect(shell.show_overdue)
    watch_publications(shell, ops)

    def show(dialog: QDialog) -> QDialog:
        dialog.setModal(False)
        dialog.show()
        return dialog

    # Each window's module is imported when it is first opened.
    def import_dialog() -> QDialog:
        from desktop.ui.import_dialog import ImportDialog

        return show(ImportDialog(ops, window))

    def export() -> None:
        from desktop.ui.export_register import export_register

        export_register(window, ops, query=window.model.query, today=today_provider())

    def template() -> None:
        from desktop.ui.import_dialog import save_template

        save_template(window)

    def reports() -> QDialog:
        from desktop.ui.export_dialog import ExportDialog

        return show(ExportDialog(ops, window, today=today_provider()))

    def annual_report() -> QDialog:
        from desktop.ui.annual_report import AnnualReportWindow

        return show(AnnualReportWindow(ops, window, today=today_provider()))

    def publications() -> QDialog:
        from desktop.ui.publications import PublicationsDialog

        return show(PublicationsDialog(ops, window))

    def calendar() -> QDialog:
        from desktop.ui.calendar_view import CalendarWindow

        return show(CalendarWindow(ops, window))

    def calculator() -> QDialog:
        from desktop.ui.deadline_tools import DeadlineCalculatorDialog

        return show(DeadlineCalculatorDialog(ops, window, today=today_provider()))

    def audit_log() -> QDialog:
        from desktop.ui.audit_view import AuditLogWindow

        return show(AuditLogWindow(ops, window))

    def users() -> QDialog:
        from desktop.ui.users_dialog import UsersDialog

        return show(UsersDialog(ops, window))

    file_menu, work, publish, tools = _tr("文件"), _tr("办理"), _tr("统计发布"), _tr("工具")
    _action(window, file_menu, _tr("导入台账…"), import_dialog, "Ctrl+I")
    _action(window, file_menu, _tr("导出台账（当前筛选）…"), export)
    _action(window, file_menu, _tr("保存导入模板…"), template)
    _action(window, work, _tr("期限提醒…"), lambda: alerts.check() or alerts.show_dialog())
    _action(
        window, publish, _tr("季度统计与年度报告…"), reports, "Ctrl+Shift+P"
    )  # Ctrl+P prints the current document
    _action(window, publish, _tr("年度报告…"), annual_report)
    _action(window, publish, _tr("已发布报告…"), publications)
    _action(window, tools, _tr("节假日日历…"), calendar)
    _action(window, tools, _tr("期限计算器…"), calculator)
    if ops.may(Permission.AUDIT):
        _action(window, tools, _tr("操作日志…"), audit_log)
    if ops.may(Permission.SETTINGS):
        _action(window, tools, _tr("机关名称与文书署名…"), lambda: _setup(ops, window))
    _action(window, tools, _tr("备份与恢复…"), lambda: show(_backups(ops, window)))
    if ops.may(Permission.USERS):
        _action(window, tools, _tr("用户管理…"), users)
    return shell


def _backups(ops: Operations, window: MainWindow) -> BackupWindow:
    from desktop.ui.backup_view import BackupWindow

    dialog = BackupWindow(ops, window)
    dialog.restored.connect(window.close)  # the restored database is opened on restart
    return dialog


def _setup(ops: Operations, window: MainWindow) -> None:
    from desktop.ui.setup_dialog import SetupDialog

    SetupDialog.ask(window, ops)


#: Quiet time after the last change before published figures are checked again.
PUBLICATION_CHECK_DELAY_MS = 1500


def watch_publications(shell: Shell, ops: Operations) -> QTimer:
    """Flag, soon after a change, when figures of a published report no longer hold."""
    timer = QTimer(shell.window)
    timer.setSingleShot(True)
    timer.setInterval(PUBLICATION_CHECK_DELAY_MS)

    def check() -> None:
        from desktop.ui.publications import changed_publications_notice

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
        from desktop.services import calendar_admin
        from desktop.ui.publications import changed_publications_notice

        notices = [changed_publications_notice(ops)]
        notices.append(
            ops.read(lambda session: calendar_admin.missing_next_year_reminder(session, today))
        )
        message = "  ".join(n for n in notices if n)
        if message:
            shell.window.statusBar().showMessage(message)
        shell.alerts.start()

    QTimer.singleShot(0, run)
