"""The export dialog: choose a report, generate it off the GUI thread, preview, save, publish.

Generation (statistics from the database, then the PDF, XLSX or CSV bytes)
runs in a ``QThreadPool`` worker with its own database session; the dialog
shows a busy bar meanwhile and never blocks. Saving is ``save_to(path)``, so
tests need no native file dialog.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.statistics import quarter_bounds
from desktop.services.database import Database
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.widgets import DATE_FORMAT, from_qdate, to_qdate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ReportChoice(StrEnum):
    QUARTERLY = "quarterly"
    RANGE = "range"
    ANNUAL = "annual"


class FileFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


#: Formats each report offers (the statistics publications are PDF only).
FORMATS: dict[ReportChoice, tuple[FileFormat, ...]] = {
    ReportChoice.QUARTERLY: (FileFormat.PDF,),
    ReportChoice.RANGE: (FileFormat.PDF,),
    ReportChoice.ANNUAL: (FileFormat.PDF, FileFormat.XLSX, FileFormat.CSV),
}


@dataclass(frozen=True)
class ReportRequest:
    """What to generate; ``start``/``end`` are the period (a quarter, a range, a year)."""

    choice: ReportChoice
    start: dt.date
    end: dt.date
    file_format: FileFormat = FileFormat.PDF

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportRequest:
        return cls(ReportChoice.QUARTERLY, *quarter_bounds(year, quarter))

    @classmethod
    def annual(cls, year: int, file_format: FileFormat = FileFormat.PDF) -> ReportRequest:
        return cls(ReportChoice.ANNUAL, dt.date(year, 1, 1), dt.date(year, 12, 31), file_format)


@dataclass(frozen=True)
class GeneratedReport:
    request: ReportRequest
    data: bytes
    file_name: str  # suggested, without folder


# --- generation (runs on the worker thread; no widget here) --------------------------------


def generate_report(
    database: Database, request: ReportRequest, *, generated_on: dt.date
) -> GeneratedReport:
    """Compute the figures in a fresh session and render them; ``ReportCheckFailed`` if unbalanced."""
    if request.choice is ReportChoice.ANNUAL:
        return _generate_annual(database, request, generated_on)
    from desktop.reports.quarterly import render_quarterly_pdf
    from desktop.services.statistics import range_statistics

    with database.session() as session:
        stats = range_statistics(
            session, start=request.start, end=request.end, today=generated_on
        )
    data = render_quarterly_pdf(stats, generated_on=generated_on)
    return GeneratedReport(
        request, data, _tr("%1政府信息公开申请办理情况统计.pdf").replace("%1", stats.label)
    )


def _generate_annual(
    database: Database, request: ReportRequest, generated_on: dt.date
) -> GeneratedReport:
    from desktop.reports.annual_pdf import check_table4, render_annual_pdf
    from desktop.reports.layout import ReportCheckFailed
    from desktop.reports.tables import annual_csv_bytes, annual_xlsx
    from desktop.services.statistics import annual_tables

    with database.session() as session:
        tables = annual_tables(session, year=request.start.year)
    name = (
        _tr("%1年政府信息公开工作年度报告表格").replace("%1", str(tables.year))
        + f".{request.file_format.value}"
    )
    if request.file_format is FileFormat.PDF:
        data = render_annual_pdf(
            tables.table3,
            tables.table4,
            agency=tables.agency,
            year=tables.year,
            generated_on=generated_on,
        )
        return GeneratedReport(request, data, name)
    if problems := tables.problems() + check_table4(tables.table4):
        raise ReportCheckFailed(_tr("年度报告表格未通过校验：") + "；".join(problems))
    if request.file_format is FileFormat.XLSX:
        xlsx = annual_xlsx(tables.table3, tables.table4, agency=tables.agency)
        return GeneratedReport(request, xlsx, name)
    return GeneratedReport(request, annual_csv_bytes(tables.table3, tables.table4), name)


def publish(database: Database, request: ReportRequest) -> str:
    """Mark the report published (stores its figures); returns a Chinese confirmation."""
    from desktop.services import publication

    kind = publication.ReportKind(request.choice.value)
    with database.session() as session:
        info = publication.publish_report(session, kind=kind, start=request.start, end=request.end)
    return _tr("已标记为已发布：%1").replace("%1", info.label)


def publication_available() -> bool:
    try:
        import desktop.services.publication  # noqa: F401
    except ImportError:
        return False
    return True


# --- the worker ----------------------------------------------------------------------------


class _TaskSignals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    """Runs ``work`` on a pool thread; reports by queued signals to the GUI thread."""

    def __init__(self, token: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.token = token
        self.work = work
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except ValueError as error:  # ReportCheckFailed, PublicationError: a Chinese message
            self.signals.failed.emit(self.token, str(error))
        except Exception as error:  # never let a worker die silently
            self.signals.failed.emit(self.token, f"{type(error).__name__}: {error}")
        else:
            self.signals.succeeded.emit(self.token, result)


class ReportWarmup(QRunnable):
    """Parses the PDF fonts and imports the layout engine on a pool thread while the user is
    still choosing, so that the first report of a session does not pay for it."""

    def run(self) -> None:
        from desktop.reports.fonts import FontMissing, prepare_reports

        with contextlib.suppress(FontMissing):  # generating the report will say so
            prepare_reports()


# --- the dialog ----------------------------------------------------------------------------


class ExportDialog(QDialog):
    """导出报告: 季度统计, 自定义期间 or 年度报告表格, with an in-dialog PDF preview."""

    #: Emitted when a report has been generated (the ``GeneratedReport``).
    generated = Signal(object)
    #: Emitted with a Chinese message when generation or publication fails.
    failed = Signal(str)
    #: Emitted after a report was marked published (the confirmation text).
    published = Signal(str)

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.today = today or dt.date.today()
        self.result_report: GeneratedReport | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.start(ReportWarmup())  # runs before any generation (one thread)
        self._tasks: dict[int, tuple[_Task, Callable[[Any], None]]] = {}
        self._next_token = 0
        self.setWindowTitle(self.tr("导出报告"))
        self.resize(900, 720)
        self._build()
        self._defaults()
        self._connect()
        self._update_inputs()

    # --- layout

    def _build(self) -> None:
        self.report_combo = QComboBox(self)
        for choice, text in (
            (ReportChoice.QUARTERLY, self.tr("季度统计")),
            (ReportChoice.RANGE, self.tr("自定义期间统计")),
            (ReportChoice.ANNUAL, self.tr("年度报告表格（表三、表四）")),
        ):
            self.report_combo.addItem(text, choice.value)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2008, 2100)
        self.quarter_combo = QComboBox(self)
        for number, text in enumerate(
            (self.tr("第一季度"), self.tr("第二季度"), self.tr("第三季度"), self.tr("第四季度")), 1
        ):
            self.quarter_combo.addItem(text, number)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.format_combo = QComboBox(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: a moving busy indicator
        self.busy_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.preview = PdfPreview(self)
        self.generate_button = QPushButton(self.tr("生成"), self)
        self.save_button = QPushButton(self.tr("保存…"), self)
        self.publish_button = QPushButton(self.tr("标记为已发布"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.publish_button.setVisible(publication_available())
        self._lay_out()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _lay_out(self) -> None:
        self.inputs = QWidget(self)  # disabled as a whole while a worker runs
        form = QFormLayout(self.inputs)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("报告："), self.report_combo)
        form.addRow(self.tr("年度："), self.year_spin)
        form.addRow(self.tr("季度："), self.quarter_combo)
        form.addRow(self.tr("开始日期："), self.start_edit)
        form.addRow(self.tr("结束日期："), self.end_edit)
        form.addRow(self.tr("格式："), self.format_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch()
        for button in (self.save_button, self.publish_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inputs)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, 1)

    def _defaults(self) -> None:
        """The last finished quarter; the year of the last quarter's end."""
        quarter = (self.today.month - 1) // 3  # the previous quarter, 0 = last year's fourth
        year = self.today.year if quarter else self.today.year - 1
        self.year_spin.setValue(year)
        self.quarter_combo.setCurrentIndex((quarter or 4) - 1)
        self.start_edit.setDate(to_qdate(dt.date(self.today.year, 1, 1)))
        self.end_edit.setDate(to_qdate(self.today))

    def _connect(self) -> None:
        self.report_combo.currentIndexChanged.connect(self._update_inputs)
        for signal in (
            self.year_spin.valueChanged,
            self.quarter_combo.currentIndexChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.format_combo.currentIndexChanged,
        ):
            signal.connect(self._forget_result)
        self.generate_button.clicked.connect(self.start_generation)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.start_publication)
        self.close_button.clicked.connect(self.reject)

    # --- inputs

    def choice(self) -> ReportChoice:
        return ReportChoice(self.report_combo.currentData())

    def set_choice(self, choice: ReportChoice) -> None:
        self.report_combo.setCurrentIndex(self.report_combo.findData(choice.value))

    def set_format(self, file_format: FileFormat) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(file_format.value))

    def _update_inputs(self) -> None:
        choice = self.choice()
        self.year_spin.setEnabled(choice is not ReportChoice.RANGE)
        self.quarter_combo.setEnabled(choice is ReportChoice.QUARTERLY)
        self.start_edit.setEnabled(choice is ReportChoice.RANGE)
        self.end_edit.setEnabled(choice is ReportChoice.RANGE)
        if choice is ReportChoice.ANNUAL and self.year_spin.value() >= self.today.year:
            self.year_spin.setValue(self.today.year - 1)  # reports are on the past year
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for file_format in FORMATS[choice]:
            self.format_combo.addItem(file_format.value.upper(), file_format.value)
        self.format_combo.blockSignals(False)
        self._forget_result()

    def request(self) -> ReportRequest | None:
        """The report the inputs describe, or None (with a message) when they are invalid."""
        choice = self.choice()
        file_format = FileFormat(self.format_combo.currentData())
        if choice is ReportChoice.QUARTERLY:
            return ReportRequest.quarter(self.year_spin.value(), self.quarter_combo.currentData())
        if choice is ReportChoice.ANNUAL:
            return ReportRequest.annual(self.year_spin.value(), file_format)
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        if end < start:
            self._show_error(self.tr("结束日期不能早于开始日期。"))
            return None
        return ReportRequest(ReportChoice.RANGE, start, end)

    # --- actions

    def start_generation(self) -> None:
        request = self.request()
        if request is None:
            return
        database, today = self.database, self.today
        self._forget_result()
        self._run(lambda: generate_report(database, request, generated_on=today), self._generated)
        self.status_label.setText(self.tr("正在生成，请稍候……"))

    def start_publication(self) -> None:
        request = self.request()
        if request is None:
            return
        database = self.database
        self._run(lambda: publish(database, request), self._published)
        self.status_label.setText(self.tr("正在标记为已发布……"))

    def save(self) -> None:
        """Ask where to save (native dialog), then ``save_to``."""
        if self.result_report is None:
            return
        suffix = self.result_report.request.file_format.value
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存报告"),
            self.result_report.file_name,
            self.tr("%1 文件 (*.%2)").replace("%1", suffix.upper()).replace("%2", suffix),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the generated report to ``path``; False (and a message) on failure."""
        if self.result_report is None:
            return False
        try:
            path.write_bytes(self.result_report.data)
        except OSError as error:
            self._show_error(self.tr("无法保存文件：") + str(error.strerror or error))
            return False
        self.status_label.setText(self.tr("已保存：") + str(path))
        return True

    def is_busy(self) -> bool:
        return bool(self._tasks)

    # --- worker plumbing

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._next_token += 1
        task = _Task(self._next_token, work)
        task.setAutoDelete(False)  # kept in self._tasks until its signal arrives
        self._tasks[task.token] = (task, done)
        # Bound methods of the dialog: queued to the GUI thread the dialog lives in.
        task.signals.succeeded.connect(self._task_succeeded)
        task.signals.failed.connect(self._task_failed)
        self._set_busy(True)
        self._pool.start(task)

    @Slot(int, object)
    def _task_succeeded(self, token: int, result: Any) -> None:
        _, done = self._tasks.pop(token)
        self._set_busy(self.is_busy())
        done(result)

    @Slot(int, str)
    def _task_failed(self, token: int, message: str) -> None:
        self._tasks.pop(token)
        self._set_busy(self.is_busy())
        self._show_error(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.generate_button, self.publish_button, self.inputs):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.result_report is not None)

    def _generated(self, report: GeneratedReport) -> None:
        self.result_report = report
        if report.request.file_format is FileFormat.PDF:
            self.preview.show_pdf(report.data)
        else:
            self.preview.show_message(
                self.tr("已生成 %1 文件（%2 字节）。此格式不提供预览，请点击“保存…”。")
                .replace("%1", report.request.file_format.value.upper())
                .replace("%2", str(len(report.data)))
            )
        self.status_label.setText(self.tr("已生成：") + report.file_name)
        self._set_busy(self.is_busy())
        self.generated.emit(report)

    def _published(self, message: str) -> None:
        self.status_label.setText(message)
        self.published.emit(message)

    def _show_error(self, message: str) -> None:
        self.status_label.setText(self.tr("出错：") + message)
        self.failed.emit(message)

    def _forget_result(self) -> None:
        """Inputs changed: the shown report no longer matches them."""
        if self.result_report is not None:
            self.result_report = None
            self.preview.show_message(self.tr("参数已更改，请重新生成。"))
        self.save_button.setEnabled(False)

    def done(self, result: int) -> None:
        self._pool.waitForDone()  # a worker must not outlive the dialog's database use
        super().done(result)
