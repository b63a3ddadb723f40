"""The page template every publication PDF shares.

A4 (portrait or landscape), the embedded CJK fonts (a Song face for body and
tables, a Hei face for titles and headings, 8 pt at the smallest), a title
block, footnotes, and on every page the generation date and "第 N 页 共 M 页".
The document information carries the agency as author and the real creation
time; both and the generation date are parameters and the PDF is built in
ReportLab's invariant mode, so the same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from desktop.errors import UserError
from desktop.reports.fonts import heading_font_name, song_font_name

MARGIN = 18 * mm
#: Landscape pages are short: a smaller top/bottom margin keeps table 三 on one page.
WIDE_VERTICAL_MARGIN = 13 * mm
FOOTER_Y = 7 * mm
GRID_COLOR = colors.HexColor("#444444")
HEADER_FILL = colors.HexColor("#E8EDF3")


class ReportCheckFailed(UserError, ValueError):
    """The figures do not pass their consistency checks; the message is Chinese."""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a publication, all in the CJK font."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_number: ParagraphStyle
    footnote: ParagraphStyle


#: No text of a publication is smaller.
MIN_FONT_SIZE = 8


def _style(name: str, size: float, *, hei: bool = False, **extra: Any) -> ParagraphStyle:
    font = heading_font_name() if hei else song_font_name()
    leading = extra.pop("leading", size * 1.35)
    # wordWrap="CJK" lets lines break between any two ideographs.
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
    )


@cache
def styles() -> Styles:
    """The shared styles (built once, after registering the font)."""
    return Styles(
        title=_style("title", 15, hei=True, alignment=TA_CENTER, spaceAfter=2 * mm, leading=20),
        subtitle=_style("subtitle", 9.5, alignment=TA_CENTER, spaceAfter=3 * mm),
        heading=_style("heading", 11, hei=True, spaceBefore=3 * mm, spaceAfter=2 * mm),
        body=_style("body", 10, leading=16),
        cell=_style("cell", 8, alignment=TA_LEFT, leading=10.5),
        cell_center=_style("cell_center", 8, alignment=TA_CENTER, leading=10.5),
        cell_number=_style("cell_number", 8, alignment=TA_RIGHT, leading=10.5),
        footnote=_style("footnote", 8, leading=11.5, textColor=colors.HexColor("#333333")),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (XML special characters escaped)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


#: A line never starts with these (Chinese line-breaking rules): they stay with the text before.
_NO_LINE_START = set("，。、；：？！）》」』”’%…—·.,;:!?)")
#: A line never ends with these: they go with the text after.
_NO_LINE_END = set("（《「『“‘(")
#: Prose paragraphs keep at least this many characters on their last line.
MIN_LAST_LINE = 4


def _units(text: str) -> list[str]:
    """Unbreakable pieces: one ideograph, a run of Latin letters/digits, punctuation attached."""
    units: list[str] = []
    for char in text:
        latin = char.isascii() and (char.isalnum() or char in ".,")
        previous = units[-1][-1] if units else ""
        if units and (
            char in _NO_LINE_START
            or previous in _NO_LINE_END
            or (latin and previous.isascii() and (previous.isalnum() or previous in ".,"))
        ):
            units[-1] += char
        else:
            units.append(char)
    return units


def prose_lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` (the first one indented by the style),
    never before closing or after opening punctuation, never inside a number, and never
    leaving fewer than ``MIN_LAST_LINE`` characters alone on the last line."""
    font, size = style.fontName, style.fontSize
    lines: list[list[str]] = [[]]
    for unit in _units(text):
        room = width - (style.firstLineIndent if len(lines) == 1 else 0)
        candidate = "".join(lines[-1]) + unit
        if lines[-1] and stringWidth(candidate, font, size) > room:
            lines.append([unit])
        else:
            lines[-1].append(unit)
    while len(lines) > 1 and len("".join(lines[-1])) < MIN_LAST_LINE and len(lines[-2]) > 1:
        lines[-1].insert(0, lines[-2].pop())
    return ["".join(line) for line in lines]


class Prose(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph of running text set as Chinese text is: broken by ``prose_lines``
    (no line starts with closing punctuation, numbers stay whole, no short last line)
    and justified by spacing the characters of every line but the paragraph's last.

    Split across pages, the first part keeps its lines (all justified) and the rest
    continues without the first-line indent; neither part is a single line.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        first: bool = True,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.style, self.first = text, style, first
        self.fixed = lines  # a first part's lines, kept as they were
        self.lines: list[str] = lines or []

    def _indent(self) -> float:
        return float(self.style.firstLineIndent) if self.first else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self.fixed is None:
            style = self.style
            if not self.first:
                style = ParagraphStyle(f"{style.name}-cont", parent=style, firstLineIndent=0)
            self.lines = prose_lines(self.text, style, avail_width - 0.5)
        self.height = len(self.lines) * float(self.style.leading)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // float(self.style.leading))
        if fit < 2 or len(self.lines) - fit < 2:  # never one line alone on a page
            return []
        head = Prose("", self.style, first=self.first, lines=self.lines[:fit])
        return [head, Prose("".join(self.lines[fit:]), self.style, first=False)]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        font, size, leading = style.fontName, float(style.fontSize), float(style.leading)
        last = len(self.lines) - 1 if self.fixed is None else len(self.lines)
        for number, line in enumerate(self.lines):
            x = self._indent() if number == 0 else 0.0
            y = self.height - (number + 1) * leading + (leading - size) / 2 + size * 0.12
            text = canvas.beginText(x, y)
            text.setFont(font, size)
            text.setFillColor(style.textColor)
            room = self.width - x - stringWidth(line, font, size)
            if number < last and len(line) > 1 and room > 0:
                text.setCharSpace(room / (len(line) - 1))
            text.textLine(line)
            canvas.drawText(text)


def prose(text: str, style: ParagraphStyle, width: float = 0) -> Flowable:
    """Running text as a ``Prose`` flowable (``width`` is taken from the frame)."""
    return Prose(text, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def chinese_date(day: dt.date) -> str:
    """``2026年11月27日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def title_block(title: str, *subtitles: str) -> list[Flowable]:
    """The centred title and the lines under it."""
    s = styles()
    return [para(title, s.title), *(para(line, s.subtitle) for line in subtitles)]


def heading(text: str) -> Paragraph:
    return para(text, styles().heading)


def footnotes(title: str, lines: Sequence[str]) -> list[Flowable]:
    """A block of numbered notes, kept on one page."""
    s = styles()
    items: list[Flowable] = [para(title, s.heading)]
    items += [para(f"{i}. {line}", s.footnote) for i, line in enumerate(lines, 1)]
    return [KeepTogether(items)]


def grid_style(header_rows: int = 1, *, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Thin grid, shaded header rows, the Song face in every cell."""
    font = song_font_name()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    commands.extend(extra)
    return TableStyle(commands)


def simple_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | int]],
    widths: Sequence[float],
) -> Table:
    """A one-header-row table: first column left, the figures right-aligned."""
    s = styles()
    data: list[list[Paragraph]] = [[para(h, s.cell_center) for h in header]]
    for row in rows:
        label, *figures = row
        data.append([para(str(label), s.cell), *(para(str(v), s.cell_number) for v in figures)])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style())
    return table


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def frame_width(*, wide: bool = False) -> float:
    """The usable width of the page between the margins."""
    width, _ = page_size(wide=wide)
    return float(width - 2 * MARGIN)


def page_size(*, wide: bool = False) -> tuple[float, float]:
    size = landscape(A4) if wide else A4
    return float(size[0]), float(size[1])


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string (``D:20260115093000+08'00'``) of an aware or local ``moment``."""
    local = moment if moment.tzinfo else moment.astimezone()
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return local.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{rest:02d}'"


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    generated_on: dt.date,
    author: str,
    created_at: dt.datetime | None = None,
    wide: bool = False,
) -> bytes:
    """Lay ``story`` out on A4 pages with the shared footer; returns the PDF bytes.

    ``author`` (the agency) and ``created_at`` (default: now) go into the
    document information instead of ReportLab's fixed invariant date.
    """
    stamp = pdf_date(created_at or dt.datetime.now().astimezone())
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(wide=wide),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=WIDE_VERTICAL_MARGIN if wide else MARGIN,
        bottomMargin=WIDE_VERTICAL_MARGIN if wide else MARGIN,
        title=title,
        author=author,
        creator="DisclosureDesk",
        invariant=True,
    )

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        # The canvas would otherwise reference an unembedded Helvetica as its initial font.
        kwargs["initialFontName"] = song_font_name()
        canvas = _NumberedCanvas(*args, generated_on=generated_on, **kwargs)
        canvas.setDateFormatter(lambda *_: stamp)
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Defers each page until the total is known, then draws the footer on all of them."""

    def __init__(self, *args: Any, generated_on: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._generated_on = generated_on
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(song_font_name(), MIN_FONT_SIZE)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, FOOTER_Y, f"生成日期：{chinese_date(self._generated_on)}")
        self.drawRightString(width - MARGIN, FOOTER_Y, f"第 {number} 页 共 {total} 页")
        self.restoreState()
