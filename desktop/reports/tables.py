"""Tables 三 and 四 of the annual report as CSV and XLSX.

CSV: the heading row ``项目,自然人,…,总计`` then one line per data row of
table 三, labels with their numbering. Files carry a UTF-8 byte-order mark so
that Excel (which otherwise assumes the ANSI code page) shows the Chinese
correctly; text written to a terminal or a pipe has none.

XLSX (openpyxl): sheet 表三 laid out like the national table (merged
申请人情况 / 法人或其他组织 headings, the reconciliation note top left, merged
label rows, borders), sheet 表四 with its three blocks; numbers are integers.
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


def table3_csv(table: Table3) -> str:
    """Table 三 as CSV text (no BOM; lines end with CRLF as RFC 4180 asks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADING)
    writer.writerows((row.label, *row.values) for row in table.data_rows())
    return out.getvalue()


def table3_csv_bytes(table: Table3, *, bom: bool = True) -> bytes:
    """The CSV encoded as UTF-8, with a byte-order mark for Excel unless ``bom`` is False."""
    return ((BOM if bom else "") + table3_csv(table)).encode("utf-8")


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


def _title(sheet: Worksheet, text: str, columns: int) -> None:
    sheet.cell(row=1, column=1, value=text).font = _styles()["title"]
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.row_dimensions[1].height = 28


def _table3_header(sheet: Worksheet) -> None:
    last = len(COLUMNS) + 1
    _merge(sheet, (2, 1), (4, 1), TABLE3_NOTE)
    _merge(sheet, (2, 2), (2, last), "申请人情况")
    _merge(sheet, (3, 2), (4, 2), COLUMNS[0])
    _merge(sheet, (3, 3), (3, last - 1), "法人或其他组织")
    for offset, applicant in enumerate(APPLICANT_COLUMNS[1:]):
        _merge(sheet, (4, 3 + offset), (4, 3 + offset), applicant.label)
    _merge(sheet, (3, last), (4, last), COLUMNS[-1])
    for r, height in ((2, 22), (3, 22), (4, 36)):
        sheet.row_dimensions[r].height = height


def _row_height(text: str, indent: int) -> float:
    lines = math.ceil((display_width(text) + 2 * indent + 2) / LABEL_WIDTH)
    return 15.0 * max(lines, 1) + 3


def _table3_body(sheet: Worksheet, table: Table3) -> None:
    last = len(COLUMNS) + 1
    for r, row in enumerate(table.rows(), start=5):
        if row.is_data:
            for c, value in enumerate(row.values, start=2):
                _cell(sheet, r, c, int(value))
        else:
            _merge(sheet, (r, 2), (r, last), "")
        indent = 2 * row.level
        _cell(sheet, r, 1, row.label, font="plain" if row.level else "bold")
        sheet.cell(row=r, column=1).alignment = _label_alignment(indent)
        sheet.row_dimensions[r].height = _row_height(row.label, indent)


def write_table3(sheet: Worksheet, table: Table3) -> None:
    """Sheet 表三: title, headings, every printed row of the year's format."""
    sheet.title = "表三"
    _title(sheet, TABLE3_TITLE, len(COLUMNS) + 1)
    _table3_header(sheet)
    _table3_body(sheet, table)
    _width(sheet, 1, LABEL_WIDTH)
    for c in range(2, len(COLUMNS) + 2):
        _width(sheet, c, NUMBER_WIDTH)
    sheet.freeze_panes = "B5"


def write_table4(sheet: Worksheet, table: Table4) -> None:
    """Sheet 表四: 行政复议 and the two 行政诉讼 blocks, then the 15 numbers."""
    width = len(TABLE4_COLUMNS)
    _title(sheet, TABLE4_TITLE, width * len(TABLE4_BLOCKS))
    _merge(sheet, (2, 1), (3, width), AppealKind.RECONSIDERATION.label)
    _merge(sheet, (2, width + 1), (2, 3 * width), "行政诉讼")
    for index, kind in enumerate(TABLE4_BLOCKS[1:], start=1):
        first = index * width + 1
        _merge(sheet, (3, first), (3, first + width - 1), _LITIGATION[kind])
    for c, value in enumerate(table.values(), start=1):
        _merge(sheet, (4, c), (4, c), TABLE4_COLUMNS[(c - 1) % width])
        _cell(sheet, 5, c, int(value))
        _width(sheet, c, 11)
    for r, height in ((2, 22), (3, 22), (4, 22), (5, 20)):
        sheet.row_dimensions[r].height = height


def annual_xlsx(table3: Table3, table4: Table4) -> bytes:
    """A workbook with sheets 表三 and 表四 of the annual report."""
    from openpyxl import Workbook

    book = Workbook()
    write_table3(book.active, table3)
    write_table4(book.create_sheet("表四"), table4)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
