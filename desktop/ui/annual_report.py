"""统计发布 → 年度报告: the office drafts the whole annual report of a year.

On the left, the parts the office writes (chapter 一 with the paragraph on
disclosure on application drafted from the figures, table 二, chapters 五 and 六
with the fee statement); on the right, tables 三 and 四 as computed. Each part
shows who saved it last and when. Exporting lists the parts still empty (they
print as （待填写）) before writing the .docx or PDF; publishing stores the
figures as the other publications do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annual import (
    ITEM_HEADING,
    AnnualReport,
    CellKey,
    Part,
    fee_statement,
    table2_layout,
)
from desktop.core.roles import Permission
from desktop.core.statistics import COLUMNS, TABLE4_BLOCKS, TABLE4_COLUMNS
from desktop.errors import UserError
from desktop.services.operations import Changes
from desktop.ui.export_dialog import ReportWarmup
from desktop.ui.operations import Operations
from desktop.ui.widgets import translate_vocab_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnualReportWindow", text)


def _read_only(text: str, *, centre: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if centre:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _grid(rows: int, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(rows, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    return table


class _TextPart(QWidget):
    """An editor for one chapter part, with who saved it last."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(hint)
        self.stamp = QLabel(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.editor, 1)
        self.layout_.addWidget(self.stamp)

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class AnnualReportWindow(QDialog):
    """Draft, review, export and publish the annual report of one year."""

    #: Emitted with a Chinese message after a save, an export or a publication.
    done_message = Signal(str)
    #: Emitted with a Chinese message when something fails (nothing changed).
    failed = Signal(str)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today or dt.date.today()
        self.report: AnnualReport | None = None
        self._saved_texts: dict[Part, str] = {}
        self._saved_table2: dict[CellKey, str] = {}
        self._pool = QThreadPool(self)
        self._pool.start(ReportWarmup())  # the first export need not parse the fonts
        self.setWindowTitle(self.tr("年度报告"))
        self.resize(1200, 760)
        self._build()
        self.year_spin.setValue(self.today.year - 1)  # reports are on the past year
        self.year_spin.valueChanged.connect(self._year_changed)
        self.load()

    # --- layout

    def _build(self) -> None:
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2008, self.today.year - 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报告年度："), self))
        top.addWidget(self.year_spin)
        top.addWidget(self.status, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._parts_tabs())
        split.addWidget(self._tables_tabs())
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([440, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(self._buttons())

    def _parts_tabs(self) -> QTabWidget:
        self.parts = QTabWidget(self)
        self.overview = _TextPart(
            self.tr(
                "总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障等。每段一行。"
            )
        )
        self.applications = QPlainTextEdit(self)
        self.redraft_button = QPushButton(self.tr("按统计数字重新起草"), self)
        self.redraft_button.clicked.connect(self.redraft)
        self.applications_stamp = QLabel(self)
        box = QHBoxLayout()
        box.addWidget(QLabel(self.tr("依申请公开情况（按统计数字起草，可修改）："), self), 1)
        box.addWidget(self.redraft_button)
        self.overview.layout_.addLayout(box)
        self.overview.layout_.addWidget(self.applications, 1)
        self.overview.layout_.addWidget(self.applications_stamp)
        self.parts.addTab(self.overview, self.tr("一、总体情况"))
        self.table2 = QWidget(self)
        self.table2_grid = _grid(0, [], self.table2)
        self.table2_stamp = QLabel(self.table2)
        table2_layout_ = QVBoxLayout(self.table2)
        table2_layout_.addWidget(self.table2_grid, 1)
        table2_layout_.addWidget(self.table2_stamp)
        self.parts.addTab(self.table2, self.tr("二、主动公开（表二）"))
        self.problems = _TextPart(self.tr("存在的主要问题及改进情况。每段一行。"))
        self.parts.addTab(self.problems, self.tr("五、问题及改进"))
        self.other = _TextPart(self.tr("其他需要报告的事项。每段一行。"))
        self.fee_label = QLabel(self.other)
        self.fee_label.setWordWrap(True)
        self.other.layout_.insertWidget(1, self.fee_label)
        self.parts.addTab(self.other, self.tr("六、其他事项"))
        for editor in (self.overview.editor, self.applications, self.problems.editor):
            editor.textChanged.connect(self._update_status)
        self.other.editor.textChanged.connect(self._update_status)
        self.table2_grid.itemChanged.connect(self._update_status)
        return self.parts

    def _tables_tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        self.table3_grid = _grid(0, [self.tr("项目"), *map(self.tr, COLUMNS)], tabs)
        self.table3_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table3_grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        header.geometriesChanged.connect(self._fit_rows)
        header.sectionResized.connect(self._fit_rows)
        for column in range(1, len(COLUMNS) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table4_grid = _grid(0, [self.tr("类别"), *map(self.tr, TABLE4_COLUMNS)], tabs)
        self.table4_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table4_grid.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        tabs.addTab(self.table3_grid, self.tr("三、收到和处理申请情况（计算）"))
        tabs.addTab(self.table4_grid, self.tr("四、复议、诉讼情况（计算）"))
        return tabs

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("保存"), self)
        self.docx_button = QPushButton(self.tr("导出 Word…"), self)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.publish_button = QPushButton(self.tr("标记为已发布"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.save_button.clicked.connect(self.save)
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch()
        for button in (self.docx_button, self.pdf_button, self.publish_button, self.close_button):
            row.addWidget(button)
        return row

    # --- loading

    def year(self) -> int:
        return self.year_spin.value()

    def _year_changed(self) -> None:
        self.load()

    def load(self) -> None:
        """Read the year's draft, figures and fees (one service call) and show them."""
        from desktop.services.annual_report import annual_report

        year, today = self.year(), self.today
        report = self.ops.read(
            lambda session: annual_report(session, year=year, published_on=today)
        )
        self.report = report
        draft = report.draft
        self._saved_texts = {p: draft.text(p) for p in Part if p is not Part.TABLE2}
        self._saved_texts[Part.APPLICATIONS] = report.applications_text
        self._saved_table2 = dict(draft.table2)
        self.overview.editor.setPlainText(draft.text(Part.OVERVIEW))
        self.applications.setPlainText(report.applications_text)
        self.problems.editor.setPlainText(draft.text(Part.PROBLEMS))
        self.other.editor.setPlainText(draft.text(Part.OTHER))
        self.fee_label.setText(
            self.tr("报告中本部分之后自动列出信息处理费情况：") + fee_statement(report.fees)
        )
        self._fill_table2(report)
        self._fill_table3(report)
        self._fill_table4(report)
        self._show_stamps(report)
        self._update_status()

    def _fill_table2(self, report: AnnualReport) -> None:
        grid = self.table2_grid
        grid.blockSignals(True)
        cells = [
            (block.article, item, column)
            for block in table2_layout(report.year)
            for item in block.items
            for column in block.columns
        ]
        grid.clear()
        grid.setColumnCount(4)
        grid.setHorizontalHeaderLabels(
            [self.tr("条款"), self.tr(ITEM_HEADING), self.tr("栏目"), self.tr("数值")]
        )
        grid.setRowCount(len(cells))
        for row, (article, item, column) in enumerate(cells):
            grid.setItem(row, 0, _read_only(article))
            grid.setItem(row, 1, _read_only(item))
            grid.setItem(row, 2, _read_only(column))
            value = QTableWidgetItem(report.table2_value(item, column))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(row, 3, value)
        header = grid.horizontalHeader()
        for index in range(3):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        grid.blockSignals(False)

    def _fill_table3(self, report: AnnualReport) -> None:
        rows = report.table3.rows()
        grid = self.table3_grid
        grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            label = _read_only("　" * row.level + translate_vocab_text(row.label))
            grid.setItem(r, 0, label)
            values = row.values or ("",) * len(COLUMNS)
            for c, value in enumerate(values, start=1):
                grid.setItem(r, c, _read_only(str(value), centre=True))
        grid.resizeRowsToContents()

    def _fit_rows(self, *_: object) -> None:
        """Row heights follow the label column's width (long labels wrap)."""
        QTimer.singleShot(0, self.table3_grid.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fill_table4(self, report: AnnualReport) -> None:
        grid = self.table4_grid
        grid.setRowCount(len(TABLE4_BLOCKS))
        for r, kind in enumerate(TABLE4_BLOCKS):
            grid.setItem(r, 0, _read_only(translate_vocab_text(kind.label)))
            for c, value in enumerate(report.table4.block(kind), start=1):
                grid.setItem(r, c, _read_only(str(value), centre=True))

    def _stamp_text(self, report: AnnualReport, part: Part) -> str:
        edit = report.draft.edits.get(part)
        if edit is None:
            return self.tr("尚未保存")
        when = edit.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = edit.updated_by or self.tr("（未知）")
        return self.tr("最后保存：%1，%2").replace("%1", when).replace("%2", who)

    def _show_stamps(self, report: AnnualReport) -> None:
        self.overview.stamp.setText(self._stamp_text(report, Part.OVERVIEW))
        drafted = self.tr("（按统计数字起草，尚未修改）") if report.applications_drafted else ""
        self.applications_stamp.setText(self._stamp_text(report, Part.APPLICATIONS) + drafted)
        self.table2_stamp.setText(self._stamp_text(report, Part.TABLE2))
        self.problems.stamp.setText(self._stamp_text(report, Part.PROBLEMS))
        self.other.stamp.setText(self._stamp_text(report, Part.OTHER))

    # --- editing state

    def texts(self) -> dict[Part, str]:
        return {
            Part.OVERVIEW: self.overview.text(),
            Part.APPLICATIONS: self.applications.toPlainText().strip(),
            Part.PROBLEMS: self.problems.text(),
            Part.OTHER: self.other.text(),
        }

    def table2_cells(self) -> dict[CellKey, str]:
        grid = self.table2_grid
        cells: dict[CellKey, str] = {}
        for row in range(grid.rowCount()):
            item, column, value = (grid.item(row, c) for c in (1, 2, 3))
            if item is not None and column is not None and value is not None:
                cells[(item.text(), column.text())] = value.text().strip()
        return cells

    def changed_texts(self) -> dict[Part, str]:
        return {p: t for p, t in self.texts().items() if t != self._saved_texts.get(p, "")}

    def table2_changed(self) -> bool:
        typed = {k: v for k, v in self.table2_cells().items() if v}
        return typed != self._saved_table2

    def has_changes(self) -> bool:
        return bool(self.changed_texts()) or self.table2_changed()

    def missing_parts(self) -> list[Part]:
        """Parts still empty in the editors (what the export would print as （待填写））."""
        texts = self.texts()
        missing = [p for p in (Part.OVERVIEW,) if not texts[p]]
        if any(not v for v in self.table2_cells().values()):
            missing.append(Part.TABLE2)
        return missing + [p for p in (Part.PROBLEMS, Part.OTHER) if not texts[p]]

    def _update_status(self) -> None:
        missing = self.missing_parts()
        text = (
            self.tr("尚未填写（导出时印为“（待填写）”）：")
            + "、".join(translate_vocab_text(p.label) for p in missing)
            if missing
            else self.tr("各部分均已填写。")
        )
        if self.has_changes():
            text += self.tr("　有未保存的修改。")
        self.status.setText(text)

    def redraft(self) -> None:
        """Put the draft from the figures back into the disclosure-on-application editor."""
        if self.report is not None:
            self.applications.setPlainText(self.report.drafted_text)

    # --- actions

    def save(self) -> bool:
        """Store the changed parts (one service call); False (and a message) when refused."""
        from desktop.services.annual_report import save_draft

        texts = self.changed_texts()
        table2 = self.table2_cells() if self.table2_changed() else None
        if not texts and table2 is None:
            self.status.setText(self.tr("没有需要保存的修改。"))
            return True
        year, user = self.year(), self.ops.actor.name
        try:
            self.ops.call(
                lambda session: save_draft(
                    session, year=year, texts=texts, table2=table2, updated_by=user
                ),
                action="annual_report.save",
                permission=Permission.PUBLISH,
                object_kind="report",
                object_ref=f"annual {year}",
            )
        except UserError as error:
            self._fail(self.tr("未保存：") + str(error))
            return False
        self.load()
        self.done_message.emit(self.tr("已保存。"))
        return True

    #: Asked before exporting with empty parts; tests replace it.
    def confirm_missing(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("导出年度报告"),
            self.tr("以下部分尚未填写，将印为“（待填写）”：\n%1\n\n仍然导出吗？").replace(
                "%1", "\n".join(names)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    #: Asks where to save; tests replace it.
    def ask_path(self, suggested: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存年度报告"), suggested, file_filter)
        return Path(path) if path else None

    def export(self, fmt: str) -> Path | None:
        """Save changes, list empty parts, then write the .docx or PDF where the user says."""
        if self.has_changes() and not self.save():
            return None
        if self.report is None:
            return None
        names = [translate_vocab_text(p.label) for p in self.report.draft.missing_parts()]
        if names and not self.confirm_missing(names):
            return None
        suggested = self.tr("%1年政府信息公开工作年度报告").replace("%1", str(self.year()))
        filters = {"docx": self.tr("Word 文档 (*.docx)"), "pdf": self.tr("PDF 文件 (*.pdf)")}
        path = self.ask_path(f"{suggested}.{fmt}", filters[fmt])
        if path is None:
            return None
        return self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> Path | None:
        """Render the loaded report and write it to ``path``."""
        from desktop.reports.layout import ReportCheckFailed

        assert self.report is not None
        render: Callable[[AnnualReport], bytes]
        if fmt == "docx":
            from desktop.reports.annual_docx import render_annual_report_docx as render
        else:
            from desktop.reports.annual_report_pdf import render_annual_report_pdf as render
        try:
            path.write_bytes(render(self.report))
        except ReportCheckFailed as error:
            self._fail(str(error))
            return None
        except OSError as error:
            self._fail(self.tr("无法保存文件：") + str(error.strerror or error))
            return None
        message = self.tr("已导出：") + str(path)
        self.status.setText(message)
        self.done_message.emit(message)
        return path

    def publish(self) -> None:
        """Mark the year's report published: its figures are stored (one service call)."""
        from desktop.services import publication

        year, user = self.year(), self.ops.actor.name
        try:
            info = self.ops.call(
                lambda session: publication.publish_report(
                    session,
                    kind=publication.ReportKind.ANNUAL,
                    start=dt.date(year, 1, 1),
                    end=dt.date(year, 12, 31),
                    published_by=user,
                ),
                action="report.publish",
                permission=Permission.PUBLISH,
                changes=Changes(publications=True),
                object_kind="report",
                object_ref=f"annual {year}",
            )
        except UserError as error:
            self._fail(self.tr("未发布：") + str(error))
            return
        message = self.tr("已标记为已发布：%1").replace("%1", info.label)
        self.status.setText(message)
        self.done_message.emit(message)

    def done(self, result: int) -> None:
        self._pool.waitForDone()  # the warm-up thread must not outlive the window
        super().done(result)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
