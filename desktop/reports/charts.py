"""Charts for the publications: donuts and horizontal bars with a legend beside them.

Labels never sit on the chart itself, where they would overlap on thin slices:
every label, count and percentage goes into a legend (donut) or into a label
column (bars), in the embedded CJK font. All-zero data gives a "本期无数据"
panel instead of an empty or failing chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.fonts import heading_font_name, song_font_name

NO_DATA = "本期无数据"
TITLE_SIZE = 10.0
LABEL_SIZE = 8.0
MIN_LABEL_SIZE = 6.0
ROW_HEIGHT = 12.0
TEXT_COLOR = colors.HexColor("#222222")

PALETTE = tuple(
    colors.HexColor(code)
    for code in (
        "#3B6EA8",
        "#E08A2E",
        "#4C9A5B",
        "#C8463D",
        "#8A63B0",
        "#8C6D4F",
        "#D17AB8",
        "#7F7F7F",
        "#B5B83A",
        "#3AAFBF",
        "#1F3D66",
        "#F2C14E",
    )
)

#: Bars beyond this many are merged into one "其余N项" bar (sorted by count).
MAX_BARS = 12
#: A bar chart shows one series: every bar has this colour.
BAR_COLOR = PALETTE[0]
#: Catch-all items, always drawn last.
CATCH_ALL = ("其他", "未分类")


@dataclass(frozen=True)
class ChartItem:
    """One labelled count."""

    label: str
    value: int


def percent(part: int, whole: int) -> str:
    """``12.34%``, rounded half up; ``—`` when ``whole`` is zero."""
    if whole <= 0:
        return "—"
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{share}%"


def _text(
    x: float, y: float, text: str, size: float, anchor: str = "start", *, hei: bool = False
) -> String:
    return String(
        x,
        y,
        text,
        fontName=heading_font_name() if hei else song_font_name(),
        fontSize=size,
        fillColor=TEXT_COLOR,
        textAnchor=anchor,
    )


def _width(text: str, size: float) -> float:
    return float(stringWidth(text, song_font_name(), size))


def _wrap(text: str, room: float, size: float) -> list[str]:
    """``text`` broken between characters into lines no wider than ``room``."""
    lines, line = [], ""
    for char in text:
        if line and _width(line + char, size) > room:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def fit_label(text: str, room: float, max_lines: int = 2) -> tuple[list[str], float]:
    """Lines and font size for a label: wrapped, then shrunk, elided only as a last resort."""
    size = LABEL_SIZE
    while size >= MIN_LABEL_SIZE:
        lines = _wrap(text, room, size)
        if len(lines) <= max_lines:
            return lines, size
        size -= 0.5
    lines = _wrap(text, room, MIN_LABEL_SIZE)
    return [*lines[: max_lines - 1], _elide("".join(lines[max_lines - 1 :]), room)], MIN_LABEL_SIZE


def _elide(text: str, room: float) -> str:
    while text and _width(text + "…", MIN_LABEL_SIZE) > room:
        text = text[:-1]
    return text + "…"


def _row_height(lines: Sequence[str], size: float) -> float:
    return max(ROW_HEIGHT, len(lines) * (size + 1.5) + 3)


def _add_lines(
    drawing: Drawing, x: float, top: float, lines: Sequence[str], size: float, anchor: str
) -> None:
    """Draw ``lines`` downwards from ``top`` (the top of the first line)."""
    for number, line in enumerate(lines):
        drawing.add(_text(x, top - size - number * (size + 1.5), line, size, anchor))


def _no_data(title: str, width: float) -> Drawing:
    height = 24 * mm
    drawing = _titled(title, width, height)
    box = height - TITLE_SIZE - 8
    drawing.add(
        Rect(
            0,
            0,
            width,
            box,
            fillColor=colors.HexColor("#F4F4F4"),
            strokeColor=colors.HexColor("#CCCCCC"),
            strokeWidth=0.5,
        )
    )
    drawing.add(_text(width / 2, box / 2 - 4, NO_DATA, 11, "middle"))
    return drawing


def _titled(title: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer's initial font would otherwise be an unembedded Helvetica.
    drawing.initialFontName = song_font_name()
    drawing.add(_text(0, height - TITLE_SIZE, title, TITLE_SIZE, hei=True))
    return drawing


@dataclass(frozen=True)
class _Row:
    """A legend or bar row with its label already fitted."""

    item: ChartItem
    lines: list[str]
    size: float

    @property
    def height(self) -> float:
        return _row_height(self.lines, self.size)


def _rows(items: Sequence[ChartItem], room: float) -> list[_Row]:
    return [_Row(item, *fit_label(item.label, room)) for item in items]


def donut_chart(title: str, items: Sequence[ChartItem], *, width: float = 170 * mm) -> Drawing:
    """A donut on the left, a legend (label, count, percentage) on the right.

    Zero items stay in the legend (a publication shows every channel) but get
    no slice. Thin slices need no label on the ring, so nothing overlaps.
    """
    total = sum(item.value for item in items)
    if total <= 0:
        return _no_data(title, width)
    diameter = 40 * mm
    legend_x = diameter + 12 * mm
    legend_width = min(width - legend_x, LEGEND_WIDTH)
    rows = _rows(items, legend_width - LEGEND_NUMBERS - 14)
    legend_height = ROW_HEIGHT + sum(row.height for row in rows)
    body = max(diameter + 4, legend_height + 4)
    drawing = _titled(title, width, body + TITLE_SIZE + 8)
    drawing.add(_donut(items, diameter, y=(body - diameter) / 2))
    top = body - (body - legend_height) / 2
    _legend(drawing, rows, total, x=legend_x, top=top, width=legend_width)
    return drawing


def _donut(items: Sequence[ChartItem], diameter: float, *, y: float) -> Doughnut:
    shown = [(i, item) for i, item in enumerate(items) if item.value > 0]
    chart = Doughnut()
    chart.x, chart.y, chart.width, chart.height = 2, y, diameter, diameter
    chart.data = [item.value for _, item in shown]
    chart.labels = None
    chart.innerRadiusFraction = 0.55
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 0.8 if len(shown) > 1 else 0
    for slot, (index, _) in enumerate(shown):
        chart.slices[slot].fillColor = PALETTE[index % len(PALETTE)]
    return chart


LEGEND_WIDTH = 100 * mm
LEGEND_NUMBERS = 34 * mm  # the 数量 and 占比 columns


def _legend(
    drawing: Drawing, rows: Sequence[_Row], total: int, *, x: float, top: float, width: float
) -> None:
    right = x + width
    count_x = right - 18 * mm
    y = top - ROW_HEIGHT + 3
    drawing.add(_text(x + 12, y, "类别", LABEL_SIZE - 0.5))
    drawing.add(_text(count_x, y, "数量", LABEL_SIZE - 0.5, "end"))
    drawing.add(_text(right - 2, y, "占比", LABEL_SIZE - 0.5, "end"))
    drawing.add(
        Line(x, y - 3, right, y - 3, strokeColor=colors.HexColor("#999999"), strokeWidth=0.4)
    )
    row_top = y - 4
    for index, row in enumerate(rows):
        first_base = row_top - row.size - 1.5
        drawing.add(
            Rect(x, first_base - 1, 8, 8, strokeColor=None, fillColor=PALETTE[index % len(PALETTE)])
        )
        _add_lines(drawing, x + 12, row_top - 1.5, row.lines, row.size, "start")
        drawing.add(_text(count_x, first_base, str(row.item.value), LABEL_SIZE, "end"))
        drawing.add(_text(right - 2, first_base, percent(row.item.value, total), LABEL_SIZE, "end"))
        row_top -= row.height


def merge_small(items: Sequence[ChartItem], keep: int = MAX_BARS) -> list[ChartItem]:
    """The largest items, one "其余N项" item with the rest (if more), 其他/未分类 last."""
    catch_all = [item for item in items if item.label in CATCH_ALL]
    named = [item for item in items if item.label not in CATCH_ALL]
    if len(items) <= keep:
        return [*named, *catch_all]
    ranked = sorted(named, key=lambda item: -item.value)
    head, tail = ranked[: keep - 1 - len(catch_all)], ranked[keep - 1 - len(catch_all) :]
    return [*head, ChartItem(f"其余{len(tail)}项", sum(item.value for item in tail)), *catch_all]


def bar_chart(title: str, items: Sequence[ChartItem], *, width: float = 170 * mm) -> Drawing:
    """Horizontal bars: label column on the left, "count（share）" after each bar."""
    items = merge_small(items)
    total = sum(item.value for item in items)
    if total <= 0:
        return _no_data(title, width)
    label_room = min(42 * mm, max(_width(i.label, LABEL_SIZE) for i in items) + 2)
    rows = _rows(items, label_room)
    gap = 2.5
    body = sum(row.height + gap for row in rows)
    drawing = _titled(title, width, body + TITLE_SIZE + 8)
    value_room = _width("000000（100.00%）", LABEL_SIZE) + 6
    bar_x = label_room + 6
    bar_room = width - bar_x - value_room
    biggest = max(item.value for item in items)
    row_top = body
    for row in rows:
        length = bar_room * row.item.value / biggest
        middle = row_top - row.height / 2
        text_top = middle + (len(row.lines) * (row.size + 1.5) - 1.5) / 2 + 1
        _add_lines(drawing, label_room, text_top, row.lines, row.size, "end")
        drawing.add(
            Rect(
                bar_x,
                middle - 4.5,
                max(length, 0.5),
                9,
                fillColor=BAR_COLOR,
                strokeColor=None,
            )
        )
        value_text = f"{row.item.value}（{percent(row.item.value, total)}）"
        drawing.add(_text(bar_x + length + 3, middle - 3, value_text, LABEL_SIZE))
        row_top -= row.height + gap
    return drawing
