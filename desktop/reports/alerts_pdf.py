"""The alert list as a PDF for the supervisor's review.

Internal use: it names applicants, so every page carries the mark 内部, the
date of the list and its page number ("第 2 页 共 3 页").
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.reports.fonts import register_cjk_font

INTERNAL_MARK = "内部"
PAGE_SIZE = landscape(A4)
MARGIN = 15 * mm
HEADERS = ("序号", "申请编号", "申请人类型", "申请人", "承办部门", "到期事项", "期限", "剩余/逾期")
COLUMN_WIDTHS = (12, 42, 24, 52, 32, 28, 32, 38)  # mm, sum 260 ≤ 267 available
OVERDUE_RED = colors.HexColor("#B00020")


@dataclass(frozen=True)
class AlertSheetRow:
    """One alert, as text ready to print."""

    serial: str
    applicant_type: str
    applicant_name: str
    department: str
    what: str
    due: str
    days_left: str
    overdue: bool


@dataclass(frozen=True)
class AlertSheet:
    agency: str
    today: dt.date
    within: int
    overdue: int
    due_today: int
    due_soon: int
    rows: tuple[AlertSheetRow, ...]


def render_alert_pdf(sheet: AlertSheet) -> bytes:
    """The PDF bytes of ``sheet``."""
    font = register_cjk_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 8 * mm,
        bottomMargin=MARGIN + 4 * mm,
        # Start in the CJK font so no unembedded Helvetica reaches the file.
        initialFontName=font,
        title=f"期限提醒清单 {sheet.today.isoformat()}",
        author=sheet.agency,
    )
    story = [
        Paragraph(f"{_escape(sheet.agency)} 政府信息公开申请期限提醒清单", _style(font, 16, 22)),
        Spacer(0, 3 * mm),
        Paragraph(_summary_line(sheet), _style(font, 10, 14)),
        Spacer(0, 4 * mm),
        _table(sheet, font),
    ]
    doc.build(story, canvasmaker=_canvas_maker(sheet, font))
    return buffer.getvalue()


def _summary_line(sheet: AlertSheet) -> str:
    return (
        f"截至 {sheet.today.isoformat()}：已逾期 {sheet.overdue} 项，"
        f"今日到期 {sheet.due_today} 项，"
        f"{sheet.within} 个工作日内到期 {sheet.due_soon} 项，共 {len(sheet.rows)} 项。"
        "剩余工作日自次日起计算；期限后注“临时”的，取决于尚未公布放假安排的年份。"
    )


def _style(font: str, size: float, leading: float) -> ParagraphStyle:
    return ParagraphStyle("cell", fontName=font, fontSize=size, leading=leading, wordWrap="CJK")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(sheet: AlertSheet, font: str) -> Table:
    cell = _style(font, 9, 12)
    data: list[list[Any]] = [list(HEADERS)]
    if not sheet.rows:
        data.append(["", "没有逾期或即将到期的事项", "", "", "", "", "", ""])
    for number, row in enumerate(sheet.rows, start=1):
        texts = (
            row.serial,
            row.applicant_type,
            row.applicant_name,
            row.department,
            row.what,
            row.due,
            row.days_left,
        )
        data.append([str(number), *(Paragraph(_escape(t), cell) for t in texts)])
    table = Table(data, colWidths=[w * mm for w in COLUMN_WIDTHS], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EAF0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for number, row in enumerate(sheet.rows, start=1):
        if row.overdue:
            style.append(("BACKGROUND", (0, number), (-1, number), colors.HexColor("#FDECEE")))
    table.setStyle(TableStyle(style))
    return table


def _canvas_maker(sheet: AlertSheet, font: str) -> type[Canvas]:
    """A canvas that draws the page furniture once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                _draw_furniture(self, sheet, font, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_furniture(canvas: Canvas, sheet: AlertSheet, font: str, total: int) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    box_w, box_h = 22 * mm, 9 * mm
    x, y = width - MARGIN - box_w, height - MARGIN - 2 * mm
    canvas.setStrokeColor(OVERDUE_RED)
    canvas.setFillColor(OVERDUE_RED)
    canvas.setLineWidth(1.2)
    canvas.rect(x, y, box_w, box_h)
    canvas.setFont(font, 14)
    canvas.drawCentredString(x + box_w / 2, y + 2.6 * mm, INTERNAL_MARK)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 9)
    canvas.drawString(MARGIN, y + 2.6 * mm, f"{sheet.agency}　内部资料，含申请人信息，请勿外传")
    number = canvas.getPageNumber()
    canvas.drawString(MARGIN, MARGIN, f"制表日期：{sheet.today.isoformat()}")
    canvas.drawRightString(width - MARGIN, MARGIN, f"第 {number} 页 共 {total} 页")
    canvas.restoreState()
