"""How a deadline was counted, day by day: a view, a dialog, printing and PDF.

Used by the lifecycle panel (期限说明) and the deadline calculator.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import DayKind
from desktop.core.explanation import WEEKDAYS, ExplainedDay, Explanation, explanation_lines
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets import vocab_label

DAY_COLOURS: dict[DayKind, str] = {
    DayKind.HOLIDAY: "#fbd5d5",
    DayKind.MAKEUP_WORKDAY: "#d4e2ff",
    DayKind.PROVISIONAL_HOLIDAY: "#ffe3bf",
    DayKind.WEEKEND: "#eeeeee",
}
#: A working day not counted (consultation, fee period).
EXCLUDED_COLOUR = "#fff3c4"


def day_colour(day: ExplainedDay) -> str | None:
    return EXCLUDED_COLOUR if day.excluded else DAY_COLOURS.get(day.kind)


def _day_cells(day: ExplainedDay) -> tuple[str, ...]:
    kind = vocab_label(day.kind) + (f"·{day.festival}" if day.festival else "")
    if day.provisional:
        kind += QCoreApplication.translate("ExplanationView", "·临时")
    if day.number is not None:
        count = QCoreApplication.translate("ExplanationView", "第%1日").replace(
            "%1", str(day.number)
        )
    elif day.excluded:
        count = QCoreApplication.translate("ExplanationView", "不计入（%1）").replace(
            "%1", day.excluded
        )
    else:
        count = "—"
    weekday = QCoreApplication.translate("ExplanationView", "周") + WEEKDAYS[day.day.weekday()]
    return (day.day.isoformat(), weekday, kind, count, "；".join(day.marks))


def summary_lines(explanation: Explanation) -> list[str]:
    """The explanation's lines before the day-by-day part."""
    lines = explanation_lines(explanation)
    day_count = len(explanation.days) + len(explanation.conventions) + 2
    return lines[: len(lines) - day_count]


EXPLANATION_HEADERS = (
    QT_TRANSLATE_NOOP("ExplanationView", "日期"),
    QT_TRANSLATE_NOOP("ExplanationView", "星期"),
    QT_TRANSLATE_NOOP("ExplanationView", "类型"),
    QT_TRANSLATE_NOOP("ExplanationView", "计数"),
    QT_TRANSLATE_NOOP("ExplanationView", "说明"),
)


def explanation_html(explanation: Explanation, title: str) -> str:
    """The explanation as a printable HTML document (summary, day table, conventions)."""
    tr = QCoreApplication.translate
    head = "".join(f"<p>{escape(line)}</p>" for line in summary_lines(explanation))
    header = [tr("ExplanationView", t) for t in EXPLANATION_HEADERS]
    rows = ["<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"]
    for day in explanation.days:
        colour = day_colour(day) or "#ffffff"
        cells = "".join(f"<td>{escape(c)}</td>" for c in _day_cells(day))
        rows.append(f'<tr style="background-color:{colour}">{cells}</tr>')
    notes = "".join(f"<li>{escape(c)}</li>" for c in explanation.conventions)
    return (
        f"<h2>{escape(title)}</h2>{head}"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"{''.join(rows)}</table><p><b>{escape(tr('ExplanationView', '计算说明'))}</b></p>"
        f"<ul>{notes}</ul>"
    )


class ExplanationView(QWidget):
    """The summary lines, a table of the days with their counted numbers, the conventions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days = QTableWidget(0, 5, self)
        self.days.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("星期"), self.tr("类型"), self.tr("计数"), self.tr("说明")]
        )
        self.days.verticalHeader().setVisible(False)
        self.days.verticalHeader().setDefaultSectionSize(22)
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.days.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.conventions = QLabel(self)
        self.conventions.setWordWrap(True)
        self.conventions.setStyleSheet("color: #404040")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.days, 1)
        layout.addWidget(self.conventions)

    def set_explanation(self, explanation: Explanation) -> None:
        self.summary.setText("\n".join(summary_lines(explanation)))
        self.days.setRowCount(len(explanation.days))
        for row, day in enumerate(explanation.days):
            colour = day_colour(day)
            for column, text in enumerate(_day_cells(day)):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                if column == 3 and day.number is not None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.days.setItem(row, column, item)
        self.conventions.setText("\n".join("· " + c for c in explanation.conventions))


class ExplanationDialog(QDialog):
    """期限说明: how the deadline was counted; printable and exportable as PDF."""

    def __init__(
        self, explanation: Explanation, serial: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.explanation = explanation
        self.title = self.tr("答复期限计算说明") + (f" — {serial}" if serial else "")
        self.setWindowTitle(self.title)
        self.view = ExplanationView(self)
        self.view.set_explanation(explanation)
        print_button = QPushButton(self.tr("打印…"), self)
        pdf_button = QPushButton(self.tr("导出PDF…"), self)
        close = QPushButton(self.tr("关闭"), self)
        print_button.clicked.connect(self.print_explanation)
        pdf_button.clicked.connect(self.ask_and_export_pdf)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(760, 640)

    def document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDefaultFont(QApplication.font())
        document.setHtml(explanation_html(self.explanation, self.title))
        return document

    def render_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def print_explanation(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.render_to(printer)

    def export_pdf(self, path: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.render_to(printer)

    def ask_and_export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出PDF"), self.tr("期限说明.pdf"), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.export_pdf(path)

    @classmethod
    def show_for(cls, parent: QWidget | None, explanation: Explanation, serial: str) -> None:
        cls(explanation, serial, parent).exec()
