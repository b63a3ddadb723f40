"""Tables 三 and 四 of the annual report, laid out like the national format.

Landscape A4, so that the three label columns and the seven (or fifteen)
number columns are never clipped. Table 三 follows ``Table3.rows()``, which
already knows the 2019 trial format (reports on 2019 and 2020) from the 2021
one. The checks of report-format.md run first; a failure raises
``ReportCheckFailed`` and nothing is rendered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from desktop.core.statistics import (
    COLUMNS,
    TABLE3_NOTE,
    TABLE4_BLOCKS,
    TABLE4_COLUMNS,
    Table3,
    Table3Row,
    Table4,
    check_table3,
)
from desktop.core.vocab import AppealKind
from desktop.reports import layout
from desktop.reports.layout import ReportCheckFailed, para, styles

__all__ = ["ReportCheckFailed", "check_table4", "render_annual_pdf", "table3_flowable"]

HEADER_ROWS = 3
LABEL_COLUMNS = 3
CELL_PADDING = 3  # left and right padding of every cell (layout.grid_style)


def check_table4(table: Table4) -> list[str]:
    """Each block's 总计 equals the sum of its four outcome columns."""
    problems = []
    for kind, block in zip(TABLE4_BLOCKS, table.blocks, strict=True):
        if block[-1] != sum(block[:-1]):
            problems.append(f"表四“{kind.label}”：总计为 {block[-1]}，各项之和为 {sum(block[:-1])}")
    return problems


def ensure_consistent(table3: Table3, table4: Table4, year: int) -> None:
    problems = check_table3(table3) + check_table4(table4)
    if table3.year != year or table4.year != year:
        problems.append(f"表三、表四的年度应为 {year} 年")
    if problems:
        raise ReportCheckFailed("年度报告表格未通过校验：" + "；".join(problems))


# --- table 三 ------------------------------------------------------------------------------


def _header(note: str, note_width: float, number_width: float) -> list[list[Any]]:
    s = styles()
    blank = ""
    top: list[Any] = [label_para(note, s.cell, note_width), blank, blank]
    top.append(para("申请人情况", s.cell_center))
    middle: list[Any] = [blank] * 3 + [para("自然人", s.cell_center)]
    middle += [para("法人或其他组织", s.cell_center)] + [blank] * 4 + [para("总计", s.cell_center)]
    bottom: list[Any] = (
        [blank] * 4 + [_column_heading(c, number_width) for c in COLUMNS[1:-1]] + [blank]
    )
    return [top + [blank] * 6, middle, bottom]


#: Where a label or heading may break: between the pieces given here (words and
#: phrases), never inside one. Labels not listed fit their cell on one line.
BREAKS: dict[str, tuple[str, ...]] = {
    TABLE3_NOTE: ("（本列数据的勾稽关系为：", "第一项加第二项之和，", "等于第三项加第四项之和）"),
    "社会公益组织": ("社会公益", "组织"),
    "法律服务机构": ("法律服务", "机构"),
    "三、本年度办理结果": ("三、", "本年度", "办理结果"),
    "三、本期办理结果": ("三、", "本期", "办理结果"),
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": (
        "（二）部分公开",
        "（区分处理的，",
        "只计这一情形，",
        "不计其他情形）",
    ),
    "2.其他法律行政法规禁止公开": ("2.其他法律行政法规", "禁止公开"),
    "5.要求行政机关确认或重新出具已获取信息": ("5.要求行政机关确认", "或重新出具", "已获取信息"),
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": (
        "1.申请人无正当理由",
        "逾期不补正、",
        "行政机关不再处理其",
        "政府信息公开申请",
    ),
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": (
        "2.申请人逾期未按",
        "收费通知要求缴纳费用、",
        "行政机关不再处理其",
        "政府信息公开申请",
    ),
    "结果维持": ("结果", "维持"),
    "结果纠正": ("结果", "纠正"),
    "其他结果": ("其他", "结果"),
    "尚未审结": ("尚未", "审结"),
    "一、本年新收政府信息公开申请数量": ("一、本年新收", "政府信息公开申请数量"),
    "二、上年结转政府信息公开申请数量": ("二、上年结转", "政府信息公开申请数量"),
    "一、本期新收政府信息公开申请数量": ("一、本期新收", "政府信息公开申请数量"),
    "二、上期结转政府信息公开申请数量": ("二、上期结转", "政府信息公开申请数量"),
}


def break_lines(text: str, width: float, style: ParagraphStyle) -> list[str]:
    """``text`` as lines no wider than ``width``, broken only between its ``BREAKS`` pieces."""
    pieces = BREAKS.get(text, (text,))
    lines: list[str] = []
    for piece in pieces:
        joined = lines[-1] + piece if lines else piece
        if lines and stringWidth(joined, style.fontName, style.fontSize) <= width:
            lines[-1] = joined
        else:
            lines.append(piece)
    return lines


def label_para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A label fitted to a cell ``width`` wide (padding included), broken only between words."""
    lines = break_lines(text, width - 2 * CELL_PADDING - 0.5, style)
    nowrap = ParagraphStyle(f"{style.name}-nowrap", parent=style, wordWrap=None, splitLongWords=0)
    return Paragraph("<br/>".join(_escape(line) for line in lines), nowrap)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _column_heading(text: str, width: float = 0) -> Paragraph:
    """A heading broken at a word boundary (社会公益 / 组织) only when it must be."""
    style = styles().cell_center
    if width <= 0:
        return Paragraph("<br/>".join(BREAKS.get(text, (text,))), style)
    return label_para(text, style, width)


def _header_spans() -> list[tuple[Any, ...]]:
    last = LABEL_COLUMNS + len(COLUMNS) - 1
    return [
        ("SPAN", (0, 0), (LABEL_COLUMNS - 1, HEADER_ROWS - 1)),
        ("SPAN", (LABEL_COLUMNS, 0), (last, 0)),
        ("SPAN", (LABEL_COLUMNS, 1), (LABEL_COLUMNS, 2)),
        ("SPAN", (LABEL_COLUMNS + 1, 1), (last - 1, 1)),
        ("SPAN", (last, 1), (last, 2)),
        ("BACKGROUND", (0, 0), (-1, HEADER_ROWS - 1), layout.HEADER_FILL),
    ]


def _body(
    rows: Sequence[Table3Row], label_widths: Sequence[float]
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """Grid rows and the span commands that merge label cells as in the national form.

    A merged label row (三、本年度办理结果, （三）不予公开 …) has no grid row of its
    own: its label goes into a cell spanning the rows it heads, as printed.
    """
    s = styles()
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    pending: dict[int, Table3Row] = {}  # label rows waiting for their first data row
    starts: dict[int, int] = {}  # level -> first grid row of the open merged cell
    for row in rows:
        y = HEADER_ROWS + len(data)
        _close_spans(starts, row.level, y, commands)
        if not row.is_data:
            pending[row.level] = row
            continue
        cells: list[Any] = ["", "", ""]
        for level, label_row in sorted(pending.items()):
            cells[level] = label_para(label_row.label, s.cell_center, label_widths[level])
            starts[level] = y
        pending.clear()
        cells[row.level] = label_para(row.label, s.cell, sum(label_widths[row.level :]))
        commands.append(("SPAN", (row.level, y), (LABEL_COLUMNS - 1, y)))
        data.append(cells + [para(str(n), s.cell_center) for n in row.values])
    _close_spans(starts, 0, HEADER_ROWS + len(data), commands)
    return data, commands


def _close_spans(
    starts: dict[int, int], level: int, y: int, commands: list[tuple[Any, ...]]
) -> None:
    """A data row at ``level`` ends every merged cell at ``level`` or deeper."""
    for open_level in [lv for lv in starts if lv >= level]:
        commands.append(("SPAN", (open_level, starts.pop(open_level)), (open_level, y - 1)))


def table3_flowable(
    rows: Sequence[Table3Row],
    *,
    note: str = TABLE3_NOTE,
    label_widths: Sequence[float] = (22 * mm, 30 * mm, 76 * mm),
    number_width: float = 19 * mm,
) -> Table:
    """Table 三 (or a period table of the same shape) with the national merged cells."""
    body, commands = _body(rows, label_widths)
    widths = [*label_widths, *([number_width] * len(COLUMNS))]
    table = Table(
        _header(note, sum(label_widths), number_width) + body,
        colWidths=widths,
        repeatRows=HEADER_ROWS,
    )
    table.setStyle(layout.grid_style(0, extra=[*_header_spans(), *commands]))
    return table


# --- table 四 ------------------------------------------------------------------------------


def _table4_header(column_width: float) -> list[list[Any]]:
    s = styles()
    width = len(TABLE4_COLUMNS)
    first: list[Any] = [para(AppealKind.RECONSIDERATION.label, s.cell_center)] + [""] * (width - 1)
    first += [para("行政诉讼", s.cell_center)] + [""] * (2 * width - 1)
    second: list[Any] = [""] * width
    second += [para("未经复议直接起诉", s.cell_center)] + [""] * (width - 1)
    second += [para("复议后起诉", s.cell_center)] + [""] * (width - 1)
    third = [_column_heading(c, column_width) for _ in TABLE4_BLOCKS for c in TABLE4_COLUMNS]
    return [first, second, third]


def table4_flowable(table: Table4, *, width: float) -> Table:
    """Table 四: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉), five columns each."""
    s = styles()
    n = len(TABLE4_COLUMNS)
    column = width / (3 * n)
    data = [*_table4_header(column), [para(str(v), s.cell_center) for v in table.values()]]
    spans = [
        ("SPAN", (0, 0), (n - 1, 1)),
        ("SPAN", (n, 0), (3 * n - 1, 0)),
        ("SPAN", (n, 1), (2 * n - 1, 1)),
        ("SPAN", (2 * n, 1), (3 * n - 1, 1)),
    ]
    result = Table(data, colWidths=[column] * (3 * n))
    result.setStyle(layout.grid_style(3, extra=spans))
    return result


# --- the document --------------------------------------------------------------------------


def _notes(table3: Table3) -> list[str]:
    return [
        f"表格格式依据{table3.format_name}《中华人民共和国政府信息公开工作年度报告格式》"
        + ("。" if table3.format_2021 else "（试行）；“（六）其他处理”不再细分。"),
        "本年新收：法定收到申请之日在本年度内的申请；上年结转：本年度开始时尚未办结的申请；"
        "结转下年度继续办理：本年度结束时尚未办结的申请。",
        "办结：答复、视为放弃、逾期未缴费不再处理或申请人撤回，以办结日期所在年度统计；"
        "申请人撤回的申请计入“（六）其他处理”。",
        "表四：复议、诉讼在本年度提起，或以前年度提起、本年度开始时尚未审结的，计入本年度；"
        "本年度结束时尚未作出结果的，计入“尚未审结”。",
    ]


def render_annual_pdf(
    table3: Table3,
    table4: Table4,
    *,
    agency: str,
    year: int,
    generated_on: dt.date | None = None,
    created_at: dt.datetime | None = None,
) -> bytes:
    """The annual report's tables 三 and 四 as PDF bytes (landscape A4)."""
    ensure_consistent(table3, table4, year)
    title = f"{agency}{year}年政府信息公开工作年度报告（表格部分）"
    width = layout.frame_width(wide=True)
    story: list[Flowable] = [
        *layout.title_block(title, f"报告年度：{year}年"),
        layout.heading("三、收到和处理政府信息公开申请情况"),
        table3_flowable(table3.rows()),
        KeepTogether(
            [
                layout.heading("四、政府信息公开行政复议、行政诉讼情况"),
                table4_flowable(table4, width=width),
            ]
        ),
        *layout.footnotes("说明", _notes(table3)),
    ]
    return layout.build_pdf(
        story,
        title=title,
        generated_on=generated_on or dt.date.today(),
        author=agency,
        created_at=created_at,
        wide=True,
    )
