"""The whole annual report (chapters 一–六) as PDF: the same blocks as the Word file.

Portrait A4 as agencies publish it: Hei (黑体) title and chapter headings, Song
(宋体/明体) running text with a two-character first-line indent, tables 二, 三 and 四
in the national layout with merged header cells. Parts the office has not
written are printed as （待填写）. The checks of tables 三 and 四 run first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from desktop.core.annual import (
    ITEM_HEADING,
    AnnualReport,
    Block,
    BlockKind,
    report_outline,
    table2_layout,
)
from desktop.reports import layout
from desktop.reports.annual_pdf import (
    ensure_consistent,
    label_para,
    table3_flowable,
    table4_flowable,
)
from desktop.reports.layout import para, styles

#: Table 三 on a portrait page (the same widths as the quarterly publication).
LABEL_WIDTHS = (14 * mm, 23 * mm, 46 * mm)
NUMBER_WIDTH = 13 * mm
#: Value columns of table 二 are cut in this many sub-columns, so that blocks of
#: one, two or three value columns share one grid (1, 2 and 3 all divide 6).
SUBCOLUMNS = 6


def _body_style() -> ParagraphStyle:
    base = styles().body
    return ParagraphStyle("report-body", parent=base, fontSize=10.5, leading=19, firstLineIndent=21)


def _heading_style() -> ParagraphStyle:
    return ParagraphStyle(
        "report-heading", parent=styles().heading, fontSize=12.5, leading=18, spaceBefore=4 * mm
    )


def _title_style() -> ParagraphStyle:
    return ParagraphStyle(
        "report-title", parent=styles().title, fontSize=17, leading=24, alignment=TA_CENTER
    )


def table2_flowable(report: AnnualReport, *, width: float) -> Table:
    """Table 二 in the year's format: one block per article, typed numbers (blank when empty)."""
    s = styles()
    item_width = 38 * mm
    sub = (width - item_width) / SUBCOLUMNS
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for block in table2_layout(report.year):
        y = len(data)
        data.append([para(block.article, s.cell_center)] + [""] * SUBCOLUMNS)
        commands += [("SPAN", (0, y), (-1, y)), ("BACKGROUND", (0, y), (-1, y), layout.HEADER_FILL)]
        span = SUBCOLUMNS // len(block.columns)
        heading: list[Any] = [para(ITEM_HEADING, s.cell_center)]
        for column in block.columns:
            heading += [label_para(column, s.cell_center, span * sub)] + [""] * (span - 1)
        data.append(heading)
        rows = [heading]
        for item in block.items:
            row: list[Any] = [para(item, s.cell_center)]
            for column in block.columns:
                value = report.table2_value(item, column)
                row += [para(value, s.cell_center)] + [""] * (span - 1)
            data.append(row)
            rows.append(row)
        for offset in range(len(rows)):
            for index in range(len(block.columns)):
                first = 1 + index * span
                commands.append(
                    ("SPAN", (first, y + 1 + offset), (first + span - 1, y + 1 + offset))
                )
    table = Table(data, colWidths=[item_width] + [sub] * SUBCOLUMNS)
    table.setStyle(layout.grid_style(0, extra=commands))
    return table


def _flowables(block: Block, report: AnnualReport, width: float) -> list[Flowable]:
    kind = block.kind
    if kind is BlockKind.TITLE:
        return [para(block.text, _title_style())]
    if kind is BlockKind.SUBTITLE:
        return [para(block.text, styles().subtitle), layout.spacer(2)]
    if kind is BlockKind.HEADING:
        return [para(block.text, _heading_style())]
    if kind is BlockKind.TABLE2:
        return [table2_flowable(report, width=width)]
    if kind is BlockKind.TABLE3:
        rows = report.table3.rows()
        return [table3_flowable(rows, label_widths=LABEL_WIDTHS, number_width=NUMBER_WIDTH)]
    if kind is BlockKind.TABLE4:
        return [table4_flowable(report.table4, width=width)]
    return [layout.prose(block.text, _body_style(), width)]


def _story(report: AnnualReport) -> list[Flowable]:
    width = layout.frame_width()
    story: list[Flowable] = []
    pending_heading: list[Flowable] = []
    for block in report_outline(report):
        flowables = _flowables(block, report, width)
        if block.kind is BlockKind.HEADING:
            pending_heading = flowables
            continue
        if pending_heading:  # a heading never ends a page alone
            story.append(KeepTogether([*pending_heading, flowables[0]]))
            story += flowables[1:]
            pending_heading = []
        else:
            story += flowables
    return story


def render_annual_report_pdf(
    report: AnnualReport,
    *,
    generated_on: dt.date | None = None,
    created_at: dt.datetime | None = None,
) -> bytes:
    """The whole report of ``report.year`` as PDF bytes (A4 portrait)."""
    ensure_consistent(report.table3, report.table4, report.year)
    return layout.build_pdf(
        _story(report),
        title=report.title,
        generated_on=generated_on or report.published_on,
        author=report.agency,
        created_at=created_at,
    )
