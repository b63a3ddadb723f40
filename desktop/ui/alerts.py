"""Deadline alerts in the GUI: the summary dialog and the daily scheduler.

:class:`AlertScheduler` checks on start-up and then at the configured time
(setting ``alert_time``) of each working day. When something is overdue or
due within the threshold it shows a system-tray notification where the
desktop has a tray (a click opens the summary), otherwise the summary dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.core.vocab import DueKind
from desktop.errors import UserError
from desktop.ui.operations import Operations, show_error
from desktop.ui.widgets import translate_vocab_text

if TYPE_CHECKING:  # loaded when first needed: printing, PDF, the check itself (start-up speed)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.core.calendar import WorkCalendar
    from desktop.services.alerts import AlertSummary
    from desktop.services.operations import Work

DEFAULT_ALERT_TIME = dt.time(9, 0)
#: Working days searched for the next check (covers the longest holiday).
MAX_DAYS_AHEAD = 30


def parse_alert_time(value: object) -> dt.time:
    """The ``alert_time`` setting ("HH:MM") as a time; 09:00 if unreadable."""
    try:
        hours, minutes = str(value).split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return DEFAULT_ALERT_TIME


# The services behind the alerts (statistics, dashboard queries) load at the first check.


def _collecting(today: dt.date) -> Work[AlertSummary]:
    from desktop.services.alerts import collect_alerts

    return lambda session: collect_alerts(session, today=today)


def _exporting(summary: AlertSummary) -> Work[bytes]:
    from desktop.services.alerts import export_alert_pdf

    return lambda session: export_alert_pdf(session, summary=summary)


def _alert_time_and_calendar() -> Work[tuple[Any, WorkCalendar]]:
    from desktop.services import settings as settings_service
    from desktop.services.calendar import load_calendar

    return lambda session: (
        settings_service.get_setting(session, "alert_time"),
        load_calendar(session),
    )


class AlertSummaryDialog(QDialog):
    """Counts and the list of what is overdue or due soon, with export and print."""

    #: The user wants the full list on the dashboard.
    show_list_requested = Signal()

    def __init__(
        self,
        ops: Operations,
        summary: AlertSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.summary = summary
        self.setWindowTitle(self.tr("期限提醒"))
        self.headline = QLabel(self._headline(), self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel(self._details(), self)
        self.details.setWordWrap(True)
        from desktop.ui.dashboard import ItemTable

        self.table = ItemTable(self)
        self.table.set_items(summary.items)
        self.table.open_requested.connect(ops.bus.open_application.emit)
        self.buttons = QDialogButtonBox(self)
        self.list_button = self._button(self.tr("查看列表"), self._show_list)
        self.pdf_button = self._button(self.tr("导出PDF…"), self.ask_and_export_pdf)
        self.print_button = self._button(self.tr("打印…"), self.ask_and_print)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _headline(self) -> str:
        s = self.summary
        return self.tr(
            "截至 {0}：已逾期 {1} 项，今日到期 {2} 项，{3} 个工作日内到期 {4} 项"
        ).format(s.today.isoformat(), s.overdue, s.due_today, s.within, s.due_soon)

    def _details(self) -> str:
        parts = [
            self.tr("{0} {1} 项").format(
                translate_vocab_text(kind.label), self.summary.count_of(kind)
            )
            for kind in DueKind
            if kind in self.summary.kinds
        ]
        note = self.tr("双击一行打开该申请。本清单含申请人信息，仅供内部使用。")
        return "；".join(parts) + "。" + note

    def _show_list(self) -> None:
        self.show_list_requested.emit()
        self.accept()

    # --- PDF and printing ---------------------------------------------------------------

    def pdf_bytes(self, action: str = "alerts.export_pdf") -> bytes:
        """The list as PDF; it names applicants, so it is audited (``action``)."""
        summary = self.summary
        return self.ops.call(
            _exporting(summary),
            action=action,
            permission=Permission.EXPORT_PERSONAL,
            details={"items": len(summary.items)},
        )

    def export_pdf(self, path: Path) -> None:
        path.write_bytes(self.pdf_bytes())

    def ask_pdf_path(self) -> str:
        name = self.tr("期限提醒清单-{0}.pdf").format(self.summary.today.isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出PDF"), name, self.tr("PDF 文件 (*.pdf)")
        )
        return path

    def ask_and_export_pdf(self) -> None:
        path = self.ask_pdf_path()
        if not path:
            return
        try:
            self.export_pdf(Path(path))
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("导出失败"), self.tr("无法保存文件：{0}").format(error)
            )
        except UserError as error:
            show_error(self, error)

    def render_to(self, printer: QPrinter) -> int:
        """Print the same pages as the PDF (内部 on each); returns the pages printed."""
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.pdf_bytes(action="alerts.print")))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        pages = document.pageCount()
        painter = QPainter(printer)
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                self._paint_page(painter, printer, document, page)
        finally:
            painter.end()
            document.close()
            buffer.close()
        return pages

    @staticmethod
    def _paint_page(
        painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int
    ) -> None:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        size = (
            document.pagePointSize(page)
            .scaled(target.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            .toSize()
        )
        image = document.render(page, QSize(size.width(), size.height()))
        painter.drawImage(QRect(0, 0, size.width(), size.height()), image)

    def ask_and_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.render_to(printer)
            except UserError as error:
                show_error(self, error)


class AlertScheduler(QObject):
    """Checks for alerts on start-up and at the configured time of each working day."""

    #: Emitted with the AlertSummary of every check that found something.
    alerted = Signal(object)
    #: The user asked (from the summary) to see the list on the dashboard.
    show_list_requested = Signal()

    def __init__(
        self,
        ops: Operations,
        today_provider: Callable[[], dt.date] | None = None,
        now_provider: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.now_provider = now_provider
        self.today_provider = today_provider or (lambda: self.now_provider().date())
        self.tray_available = tray_available
        self.dialog: AlertSummaryDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self.last_summary: AlertSummary | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer)
        self.next_check: dt.datetime | None = None

    def start(self) -> None:
        """Check now (start-up) and schedule the next daily check."""
        self.check()
        self.schedule_next()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    # --- scheduling --------------------------------------------------------------------

    def next_check_at(self, now: dt.datetime) -> dt.datetime:
        """The next working day's alert time strictly after ``now``."""
        setting, calendar = self.ops.read(_alert_time_and_calendar())
        at = parse_alert_time(setting)
        day = now.date()
        for _ in range(MAX_DAYS_AHEAD * 2):
            moment = dt.datetime.combine(day, at, tzinfo=now.tzinfo)
            if moment > now and calendar.is_workday(day):
                return moment
            day += dt.timedelta(days=1)
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), at, tzinfo=now.tzinfo)

    def schedule_next(self) -> None:
        now = self.now_provider()
        self.next_check = self.next_check_at(now)
        milliseconds = int((self.next_check - now).total_seconds() * 1000)
        self.timer.start(max(1000, min(milliseconds, 2**31 - 1)))

    def _on_timer(self) -> None:
        # The timer may fire early after a suspend or a clock change: only check when due.
        if self.next_check is not None and self.now_provider() >= self.next_check:
            self.check()
        self.schedule_next()

    # --- checking ----------------------------------------------------------------------

    def check(self) -> AlertSummary | None:
        """Collect the alerts of today; show them if there are any."""
        today = self.today_provider()
        summary = self.ops.read(_collecting(today))
        self.last_summary = summary
        if summary.is_empty:
            return None
        self.alerted.emit(summary)
        if self.tray_available():
            self._notify_in_tray(summary)
        else:
            self.show_dialog(summary)
        return summary

    def show_dialog(self, summary: AlertSummary | None = None) -> AlertSummaryDialog | None:
        summary = summary or self.last_summary
        if summary is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        parent = QApplication.activeWindow()
        self.dialog = AlertSummaryDialog(self.ops, summary, parent)
        self.dialog.show_list_requested.connect(self.show_list_requested.emit)
        self.dialog.show()
        return self.dialog

    def _notify_in_tray(self, summary: AlertSummary) -> None:
        if self.tray is None:
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("政府信息公开申请期限提醒"))
            self.tray.messageClicked.connect(self.show_dialog)
            self.tray.activated.connect(lambda _reason: self.show_dialog())
        self.tray.show()
        self.tray.showMessage(
            self.tr("期限提醒"),
            self.tr("已逾期 {0} 项，今日到期 {1} 项，{2} 个工作日内到期 {3} 项。点击查看。").format(
                summary.overdue, summary.due_today, summary.within, summary.due_soon
            ),
            QSystemTrayIcon.MessageIcon.Warning,
        )
