"""The export dialog: choose a report, generate it off the GUI thread, preview, save, publish.

Generation (statistics from the database, then the PDF, XLSX or CSV bytes)
and publication run through the operation runner, off the GUI thread; the
dialog shows a busy bar meanwhile and never blocks. Saving is ``save_to(path)``, so
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

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool, Signal
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

from desktop.core.roles import Permission
from desktop.core.statistics import quarter_bounds
from desktop.errors import UserError
from desktop.services.operations import Changes, Work
from desktop.services.publication import ReportKind, publish_report
from desktop.services.report_files import RenderedReport, render_annual, render_period
from desktop.ui.operations import Operations
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.widgets import DateEdit, from_qdate, to_qdate


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


# --- generation (the work runs on the runner's thread; no widget here) ---------------------


def rendering(request: ReportRequest, *, generated_on: dt.date) -> Work[RenderedReport]:
    """The work that renders ``request`` (``ReportCheckFailed`` if figures do not balance)."""
    if request.choice is ReportChoice.ANNUAL:
        year, file_format = request.start.year, request.file_format.value
        return lambda session: render_annual(
            session, year=year, file_format=file_format, generated_on=generated_on
        )
    return lambda session: render_period(
        session, start=request.start, end=request.end, generated_on=generated_on
    )


def named(request: ReportRequest, rendered: RenderedReport) -> GeneratedReport:
    """The generated report with its suggested file name."""
    if request.choice is ReportChoice.ANNUAL:
        name = _tr("%1年政府信息公开工作年度报告表格").replace("%1", rendered.label)
        return GeneratedReport(request, rendered.data, f"{name}.{request.file_format.value}")
    name = _tr("%1政府信息公开申请办理情况统计.pdf").replace("%1", rendered.label)
    return GeneratedReport(request, rendered.data, name)


def publication_available() -> bool:
    try:
        import desktop.services.publication  # noqa: F401
    except ImportError:
        return False
    return True


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
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today or dt.date.today()
        self.result_report: GeneratedReport | None = None
        self._running = 0
        QThreadPool.globalInstance().start(ReportWarmup())  # fonts parsed while choosing
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
        edit = DateEdit(self)  # one Tab stop
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
        today = self.today
        self._forget_result()
        self._set_busy(True, started=True)
        self.ops.run_read(
            rendering(request, generated_on=today),
            on_done=lambda rendered: self._task_done(self._generated, named(request, rendered)),
            on_error=self._task_failed,
        )
        self.status_label.setText(self.tr("正在生成，请稍候……"))

    def start_publication(self) -> None:
        request = self.request()
        if request is None:
            return
        user = self.ops.actor.name
        self._set_busy(True, started=True)
        kind = ReportKind(request.choice.value)
        self.ops.run(
            lambda session: publish_report(
                session, kind=kind, start=request.start, end=request.end, published_by=user
            ),
            action="report.publish",
            permission=Permission.PUBLISH,
            changes=Changes(publications=True),
            object_kind="report",
            object_ref=f"{request.choice.value} {request.start}~{request.end}",
            on_done=lambda info: self._task_done(
                self._published, self.tr("已标记为已发布：%1").replace("%1", info.label)
            ),
            on_error=self._task_failed,
        )
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
        return self._running > 0

    # --- runner callbacks

    def _task_done(self, done: Callable[[Any], None], result: Any) -> None:
        self._running -= 1
        self._set_busy(self.is_busy())
        done(result)

    def _task_failed(self, error: UserError) -> None:
        self._running -= 1
        self._set_busy(self.is_busy())
        self._show_error(str(error))

    def _set_busy(self, busy: bool, *, started: bool = False) -> None:
        self._running += 1 if started else 0
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
        self.ops.wait()  # no callback may reach a closed dialog
        super().done(result)
