"""The whole annual report (chapters 一–六) as a Word document (.docx, python-docx).

The same blocks as the PDF (``report_outline``): 黑体 title and headings, 宋体
body with a two-character first-line indent, and tables 二, 三 and 四 as real
Word tables whose header and label cells are merged as in the national format,
so that the office can open, adjust and publish it in Word or WPS.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop.core.annual import (
    ITEM_HEADING,
    AnnualReport,
    BlockKind,
    report_outline,
    table2_layout,
)
from desktop.core.statistics import (
    COLUMNS,
    TABLE3_NOTE,
    TABLE4_BLOCKS,
    TABLE4_COLUMNS,
    Table3Row,
)
from desktop.core.vocab import AppealKind
from desktop.reports.annual_pdf import BREAKS, ensure_consistent

SONG = "宋体"
HEI = "黑体"
BODY_SIZE = Pt(12)
CELL_SIZE = Pt(8)
SUBCOLUMNS = 6  # table 二's value columns share a grid of six (see annual_report_pdf)


def _fonts(run_or_style: object, east_asian: str, latin: str = "Times New Roman") -> None:
    """Set the Latin and the East Asian font (Word picks the latter for Chinese)."""
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = latin
    element = run_or_style.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)


def _setup(document: object, report: AnnualReport) -> None:
    doc = document  # python-docx Document (its type is not exported)
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25)
    section.left_margin = section.right_margin = Mm(22)
    normal = doc.styles["Normal"]  # type: ignore[attr-defined]
    _fonts(normal, SONG)
    normal.font.size = BODY_SIZE
    properties = doc.core_properties  # type: ignore[attr-defined]
    properties.title = report.title
    properties.author = report.agency
    properties.last_modified_by = report.agency
    properties.created = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    properties.language = "zh-CN"


def _paragraph(
    doc: object,
    text: str,
    *,
    font: str = SONG,
    size: Pt = BODY_SIZE,
    bold: bool = False,
    centre: bool = False,
    indent: bool = True,
) -> Paragraph:
    paragraph: Paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    run = paragraph.add_run(text)
    _fonts(run, font)
    run.font.size = size
    run.font.bold = bold
    layout = paragraph.paragraph_format
    layout.line_spacing = 1.5
    layout.space_after = Pt(0)
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        layout.first_line_indent = Pt(size.pt * 2)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def _write(
    cell: _Cell, text: str, *, centre: bool = True, bold: bool = False, broken: bool = False
) -> None:
    """Fill a cell; ``broken`` puts each ``BREAKS`` piece of ``text`` on its own line."""
    paragraph = cell.paragraphs[0]
    paragraph.text = ""
    pieces = BREAKS.get(text, (text,)) if broken else (text,)
    for index, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        if index < len(pieces) - 1:
            run.add_break()
        _fonts(run, SONG)
        run.font.size = CELL_SIZE
        run.font.bold = bold
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


class _Grid:
    """A new table's cells by (row, column), looked up once.

    python-docx rebuilds the whole cell list on every ``Table.cell`` call, which made
    table 三 take seconds; the cells of a fresh table are fixed until merged, and each
    merge here touches cells no later lookup needs.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self._cells = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]

    def cell(self, row: int, column: int) -> _Cell:
        return self._cells[row][column]


def _merge(
    table: _Grid, first: tuple[int, int], last: tuple[int, int], text: str, **kw: bool
) -> None:
    cell = table.cell(*first)
    if first != last:
        cell = cell.merge(table.cell(*last))
    _write(cell, text, **kw)


def _new_table(doc: object, rows: int, columns: int, widths: Sequence[float]) -> _Grid:
    table: Table = doc.add_table(rows=rows, cols=columns)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    properties = table._tbl.tblPr
    fixed = properties.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"})
    properties.append(fixed)
    margins = properties.makeelement(qn("w:tblCellMar"), {})
    for side in ("left", "right"):  # narrow cell margins: the headings fit their columns
        margins.append(margins.makeelement(qn(f"w:{side}"), {qn("w:w"): "45", qn("w:type"): "dxa"}))
    properties.append(margins)
    grid = _Grid(table)
    for row in table.rows:  # a little air above and below the 8 pt text
        row.height = Cm(0.55)
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)  # the grid, which Word and LibreOffice follow
        for row in range(rows):
            grid.cell(row, index).width = Cm(width)
    return grid


def _repeat_header(grid: _Grid, rows: int) -> None:
    """Header rows repeat on every page the table runs onto."""
    for row in grid.table.rows[:rows]:
        properties = row._tr.get_or_add_trPr()
        element = properties.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
        properties.append(element)


# --- table 二 ------------------------------------------------------------------------------


def _table2(doc: object, report: AnnualReport) -> None:
    blocks = table2_layout(report.year)
    count = sum(2 + len(b.items) for b in blocks)
    table = _new_table(doc, count, 1 + SUBCOLUMNS, [3.6] + [2.1] * SUBCOLUMNS)
    y = 0
    for block in blocks:
        _merge(table, (y, 0), (y, SUBCOLUMNS), block.article, bold=True)
        span = SUBCOLUMNS // len(block.columns)
        _write(table.cell(y + 1, 0), ITEM_HEADING)
        for index, column in enumerate(block.columns):
            first = 1 + index * span
            _merge(table, (y + 1, first), (y + 1, first + span - 1), column)
        for offset, item in enumerate(block.items, start=2):
            _write(table.cell(y + offset, 0), item)
            for index, column in enumerate(block.columns):
                first = 1 + index * span
                value = report.table2_value(item, column)
                _merge(table, (y + offset, first), (y + offset, first + span - 1), value)
        y += 2 + len(block.items)


# --- table 三 ------------------------------------------------------------------------------

LABEL_COLUMNS = 3
HEADER_ROWS = 3


def _table3_header(table: _Grid) -> None:
    last = LABEL_COLUMNS + len(COLUMNS) - 1
    _merge(table, (0, 0), (2, LABEL_COLUMNS - 1), TABLE3_NOTE, centre=False)
    _merge(table, (0, LABEL_COLUMNS), (0, last), "申请人情况")
    _merge(table, (1, LABEL_COLUMNS), (2, LABEL_COLUMNS), COLUMNS[0])
    _merge(table, (1, LABEL_COLUMNS + 1), (1, last - 1), "法人或其他组织")
    for offset, heading in enumerate(COLUMNS[1:-1], start=1):
        _write(table.cell(2, LABEL_COLUMNS + offset), heading)
    _merge(table, (1, last), (2, last), COLUMNS[-1])


def _table3_body(table: _Grid, rows: Sequence[Table3Row]) -> None:
    """Data rows; a label row's text goes into a cell merged down the rows it heads."""
    data = [row for row in rows if row.is_data]
    y = HEADER_ROWS
    pending: dict[int, str] = {}
    starts: dict[int, tuple[int, str]] = {}

    def close(level: int, end: int) -> None:
        for open_level in sorted(lv for lv in starts if lv >= level):
            start, text = starts.pop(open_level)
            _merge(table, (start, open_level), (end, open_level), text, broken=True)

    for row in rows:
        close(row.level, y - 1)
        if not row.is_data:
            pending[row.level] = row.label
            continue
        for level, text in pending.items():
            starts[level] = (y, text)
        pending.clear()
        _merge(table, (y, row.level), (y, LABEL_COLUMNS - 1), row.label, centre=False)
        for offset, value in enumerate(row.values):
            _write(table.cell(y, LABEL_COLUMNS + offset), str(value))
        y += 1
    close(0, HEADER_ROWS + len(data) - 1)


def _table3(doc: object, report: AnnualReport) -> None:
    rows = report.table3.rows()
    data = [row for row in rows if row.is_data]
    widths = [1.3, 2.2, 4.0] + [1.3] * len(COLUMNS)
    table = _new_table(doc, HEADER_ROWS + len(data), LABEL_COLUMNS + len(COLUMNS), widths)
    _table3_header(table)
    _table3_body(table, rows)
    _repeat_header(table, HEADER_ROWS)


# --- table 四 ------------------------------------------------------------------------------

_LITIGATION = {
    AppealKind.LITIGATION_DIRECT: "未经复议直接起诉",
    AppealKind.LITIGATION_AFTER_RECONSIDERATION: "复议后起诉",
}


def _table4(doc: object, report: AnnualReport) -> None:
    n = len(TABLE4_COLUMNS)
    table = _new_table(doc, 4, 3 * n, [1.1] * (3 * n))
    _repeat_header(table, 3)
    _merge(table, (0, 0), (1, n - 1), AppealKind.RECONSIDERATION.label)
    _merge(table, (0, n), (0, 3 * n - 1), "行政诉讼")
    for index, kind in enumerate(TABLE4_BLOCKS[1:], start=1):
        _merge(table, (1, index * n), (1, index * n + n - 1), _LITIGATION[kind])
    for column, value in enumerate(report.table4.values()):
        _write(table.cell(2, column), TABLE4_COLUMNS[column % n], broken=True)
        _write(table.cell(3, column), str(value))


# --- the document --------------------------------------------------------------------------


def render_annual_report_docx(report: AnnualReport) -> bytes:
    """The whole report of ``report.year`` as .docx bytes."""
    ensure_consistent(report.table3, report.table4, report.year)
    doc = Document()
    _setup(doc, report)
    for block in report_outline(report):
        kind = block.kind
        if kind is BlockKind.TITLE:
            _paragraph(doc, block.text, font=HEI, size=Pt(18), centre=True)
        elif kind is BlockKind.SUBTITLE:
            _paragraph(doc, block.text, size=Pt(12), centre=True)
        elif kind is BlockKind.HEADING:
            heading = _paragraph(doc, block.text, font=HEI, size=Pt(14), indent=False)
            heading.paragraph_format.space_before = Pt(8)
            heading.paragraph_format.keep_with_next = True
        elif kind is BlockKind.TABLE2:
            _table2(doc, report)
        elif kind is BlockKind.TABLE3:
            _table3(doc, report)
        elif kind is BlockKind.TABLE4:
            _table4(doc, report)
        else:
            _paragraph(doc, block.text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
