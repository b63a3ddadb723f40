"""Tables 三 and 四 of the annual report as CSV and XLSX.

CSV: the heading row ``项目,自然人,…,总计`` then every row of table 三 in the
national layout, labels with their numbering; the group rows (三、本年度办理结果,
（三）…（六）) have empty cells. An empty line, then table 四: its title, three
heading rows and the fifteen numbers. Files carry a UTF-8 byte-order mark so
that Excel (which otherwise assumes the ANSI code page) shows the Chinese
correctly; text written to a terminal or a pipe has none.

XLSX (openpyxl): the agency and report year on the first row, then sheet 表三
laid out like the national table (merged 申请人情况 / 法人或其他组织 headings, the
reconciliation note top left, merged label rows, borders), sheet 表四 with its
three blocks; numbers are integers. Both sheets print on A4 landscape, one page
wide, with their heading rows repeated on every page.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop.core.statistics import (
    APPLICANT_COLUMNS,
    COLUMNS,
    TABLE3_NOTE,
    TABLE4_BLOCKS,
    TABLE4_COLUMNS,
    Table3,
    Table4,
)
from desktop.core.vocab import AppealKind

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

CSV_HEADING = ("项目", *COLUMNS)
BOM = "\ufeff"
TABLE3_TITLE = "三、收到和处理政府信息公开申请情况"
TABLE4_TITLE = "四、政府信息公开行政复议、行政诉讼情况"
#: A CJK font Excel and WPS have on Chinese Windows; others substitute a CJK font.
FONT_NAME = "宋体"
LABEL_WIDTH = 48  # column A of 表三, in Excel character units
NUMBER_WIDTH = 13
_LITIGATION = {
    AppealKind.LITIGATION_DIRECT: "未经复议直接起诉",
    AppealKind.LITIGATION_AFTER_RECONSIDERATION: "复议后起诉",
}


# --- CSV -----------------------------------------------------------------------------------


def _table4_heading_rows() -> list[list[str]]:
    """The three heading rows of table 四, a merged heading in its first cell only."""
    width = len(TABLE4_COLUMNS)
    first = [AppealKind.RECONSIDERATION.label] + [""] * (width - 1)
    first += ["行政诉讼"] + [""] * (2 * width - 1)
    second = [""] * width
    for kind in TABLE4_BLOCKS[1:]:
        second += [_LITIGATION[kind]] + [""] * (width - 1)
    return [first, second, [c for _ in TABLE4_BLOCKS for c in TABLE4_COLUMNS]]


def annual_csv(table3: Table3, table4: Table4) -> str:
    """Tables 三 and 四 as CSV text (no BOM; lines end with CRLF as RFC 4180 asks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADING)
    for row in table3.rows():
        writer.writerow((row.label, *(row.values or [""] * len(COLUMNS))))
    writer.writerow(())
    writer.writerow((TABLE4_TITLE,))
    writer.writerows(_table4_heading_rows())
    writer.writerow(table4.values())
    return out.getvalue()


def annual_csv_bytes(table3: Table3, table4: Table4, *, bom: bool = True) -> bytes:
    """The CSV encoded as UTF-8, with a byte-order mark for Excel unless ``bom`` is False."""
    return ((BOM if bom else "") + annual_csv(table3, table4)).encode("utf-8")


# --- XLSX ----------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Width in Latin character cells (CJK characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@cache
def _styles() -> dict[str, Any]:
    """Fonts, border and alignment, built on first use (openpyxl loads only for XLSX)."""
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "plain": Font(name=FONT_NAME, size=11),
        "bold": Font(name=FONT_NAME, size=11, bold=True),
        "title": Font(name=FONT_NAME, size=14, bold=True),
        "centre": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def _label_alignment(indent: int) -> Any:
    from openpyxl.styles import Alignment

    return Alignment(horizontal="left", vertical="center", wrap_text=True, indent=indent)


def _cell(sheet: Worksheet, row: int, column: int, value: object, *, font: str = "plain") -> None:
    styles = _styles()
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = styles[font]
    cell.border = styles["border"]
    cell.alignment = styles["centre"]


def _merge(sheet: Worksheet, first: tuple[int, int], last: tuple[int, int], value: str) -> None:
    """Write ``value`` into a bordered merged range ``first``…``last`` (row, column)."""
    for r in range(first[0], last[0] + 1):
        for c in range(first[1], last[1] + 1):
            _cell(sheet, r, c, None)
    _cell(sheet, first[0], first[1], value, font="bold")
    if first != last:
        sheet.merge_cells(
            start_row=first[0], start_column=first[1], end_row=last[0], end_column=last[1]
        )


def _width(sheet: Worksheet, column: int, width: float) -> None:
    from openpyxl.utils import get_column_letter

    sheet.column_dimensions[get_column_letter(column)].width = width


#: Rows above each table: the agency and year, then the table's title.
TOP = 2


def _title(sheet: Worksheet, heading: str, text: str, columns: int) -> None:
    sheet.cell(row=1, column=1, value=heading).font = _styles()["bold"]
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.row_dimensions[1].height = 22
    sheet.cell(row=2, column=1, value=text).font = _styles()["title"]
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=columns)
    sheet.row_dimensions[2].height = 28


def _page_setup(sheet: Worksheet, header_rows: str) -> None:
    """A4 landscape, one page wide (as many pages down as needed), headings repeated."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = header_rows
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5


def _table3_header(sheet: Worksheet) -> None:
    last, t = len(COLUMNS) + 1, TOP
    _merge(sheet, (t + 1, 1), (t + 3, 1), TABLE3_NOTE)
    _merge(sheet, (t + 1, 2), (t + 1, last), "申请人情况")
    _merge(sheet, (t + 2, 2), (t + 3, 2), COLUMNS[0])
    _merge(sheet, (t + 2, 3), (t + 2, last - 1), "法人或其他组织")
    for offset, applicant in enumerate(APPLICANT_COLUMNS[1:]):
        _merge(sheet, (t + 3, 3 + offset), (t + 3, 3 + offset), applicant.label)
    _merge(sheet, (t + 2, last), (t + 3, last), COLUMNS[-1])
    for r, height in ((t + 1, 22), (t + 2, 22), (t + 3, 36)):
        sheet.row_dimensions[r].height = height


def _row_height(text: str, indent: int) -> float:
    lines = math.ceil((display_width(text) + 2 * indent + 2) / LABEL_WIDTH)
    return 15.0 * max(lines, 1) + 3


def _table3_body(sheet: Worksheet, table: Table3) -> None:
    last = len(COLUMNS) + 1
    for r, row in enumerate(table.rows(), start=TOP + 4):
        if row.is_data:
            for c, value in enumerate(row.values, start=2):
                _cell(sheet, r, c, int(value))
        else:
            _merge(sheet, (r, 2), (r, last), "")
        indent = 2 * row.level
        _cell(sheet, r, 1, row.label, font="plain" if row.level else "bold")
        sheet.cell(row=r, column=1).alignment = _label_alignment(indent)
        sheet.row_dimensions[r].height = _row_height(row.label, indent)


def _heading(agency: str, year: int) -> str:
    return f"{agency}{year}年政府信息公开工作年度报告"


def write_table3(sheet: Worksheet, table: Table3, *, agency: str) -> None:
    """Sheet 表三: agency and year, title, headings, every printed row of the year's format."""
    sheet.title = "表三"
    _title(sheet, _heading(agency, table.year), TABLE3_TITLE, len(COLUMNS) + 1)
    _table3_header(sheet)
    _table3_body(sheet, table)
    _width(sheet, 1, LABEL_WIDTH)
    for c in range(2, len(COLUMNS) + 2):
        _width(sheet, c, NUMBER_WIDTH)
    sheet.freeze_panes = f"B{TOP + 4}"
    _page_setup(sheet, f"{TOP + 1}:{TOP + 3}")


def write_table4(sheet: Worksheet, table: Table4, *, agency: str) -> None:
    """Sheet 表四: agency and year, 行政复议 and the two 行政诉讼 blocks, the 15 numbers."""
    width, t = len(TABLE4_COLUMNS), TOP
    _title(sheet, _heading(agency, table.year), TABLE4_TITLE, width * len(TABLE4_BLOCKS))
    _merge(sheet, (t + 1, 1), (t + 2, width), AppealKind.RECONSIDERATION.label)
    _merge(sheet, (t + 1, width + 1), (t + 1, 3 * width), "行政诉讼")
    for index, kind in enumerate(TABLE4_BLOCKS[1:], start=1):
        first = index * width + 1
        _merge(sheet, (t + 2, first), (t + 2, first + width - 1), _LITIGATION[kind])
    for c, value in enumerate(table.values(), start=1):
        _merge(sheet, (t + 3, c), (t + 3, c), TABLE4_COLUMNS[(c - 1) % width])
        _cell(sheet, t + 4, c, int(value))
        _width(sheet, c, 11)
    for r, height in ((t + 1, 22), (t + 2, 22), (t + 3, 22), (t + 4, 20)):
        sheet.row_dimensions[r].height = height
    _page_setup(sheet, f"{t + 1}:{t + 3}")


def annual_xlsx(table3: Table3, table4: Table4, *, agency: str) -> bytes:
    """A workbook with sheets 表三 and 表四 of the annual report."""
    from openpyxl import Workbook

    book = Workbook()
    write_table3(book.active, table3, agency=agency)
    write_table4(book.create_sheet("表四"), table4, agency=agency)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
