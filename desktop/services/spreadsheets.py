"""Tabular files: CSV (UTF-8 with or without BOM, GB18030) and the first visible sheet
of an ``.xlsx`` workbook, read as streams of rows; both written row by row.

Reading a workbook is python-calamine's job (``xlsx_reader``, imported when a
workbook is opened). Errors are :class:`SpreadsheetError` with a Chinese message.
Files are written to a temporary file beside the target and renamed over it,
so that a kill or a full disk never leaves half a file nor destroys the old one.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Protocol
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from desktop.core.ledger import FORMULA_PREFIXES
from desktop.errors import UserError

#: Day 0 of Excel's date serials (the 1900 leap-year bug only matters before March 1900).
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
#: Characters in one cell (Excel's own limit); a longer cell refuses the file.
MAX_CELL_CHARS = 32_767
#: (Excel row number, cell values).
TableRow = tuple[int, tuple[object, ...]]


class SpreadsheetError(UserError, ValueError):
    """The file cannot be read as a ledger (message in Chinese)."""


class Table(Protocol):
    """A file's rows, read again from the start by each call of :meth:`rows`."""

    hidden_rows: frozenset[int]

    def rows(self) -> Iterator[TableRow]: ...

    def close(self) -> None: ...


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a small text file read whole)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise SpreadsheetError("CSV 文件编码无法识别（应为 UTF-8 或 GB18030）") from None


# --- CSV, streamed ---


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes so, else GB18030 (Excel in China)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8-sig"


def _unescaped(cells: list[str]) -> tuple[object, ...]:
    """Cells as written, without the ``'`` that our CSV export puts before a formula-like text."""
    if any(c[:1] == "'" for c in cells):
        cells = [c[1:] if c[:1] == "'" and c[1:2] in FORMULA_PREFIXES else c for c in cells]
    return tuple(cells)


class CsvTable:
    """A CSV file, decoded and parsed as it is read (bounded memory)."""

    hidden_rows: frozenset[int] = frozenset()

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = _csv_encoding(path)

    def rows(self) -> Iterator[TableRow]:
        number = 0
        try:
            with self.path.open(encoding=self.encoding, newline="") as handle:
                for number, cells in enumerate(csv.reader(handle), start=1):
                    if cells and max(map(len, cells)) > MAX_CELL_CHARS:
                        raise SpreadsheetError(
                            f"第 {number} 行有超过 {MAX_CELL_CHARS} 字的单元格，"
                            "超出导入限制，未导入任何申请"
                        )
                    yield number, _unescaped(cells)
        except UnicodeDecodeError:
            raise SpreadsheetError("CSV 文件编码无法识别（应为 UTF-8 或 GB18030）") from None
        except csv.Error:
            raise SpreadsheetError(
                f"CSV 文件第 {number + 1} 行无法读取（引号不配对或单元格过长）"
            ) from None

    def close(self) -> None:
        """Nothing held between passes."""


def open_table(path: Path) -> Table:
    """The rows of a ``.csv`` file or of the first visible sheet of an ``.xlsx`` workbook."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        raise SpreadsheetError("只能导入 .xlsx 或 .csv 文件")
    if not path.is_file():
        raise SpreadsheetError(f"文件不存在：{path.name}")
    if suffix == ".csv":
        return CsvTable(path)
    from desktop.services.xlsx_reader import XlsxTable

    return XlsxTable(path)


# --- writing, atomically ---


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[IO[bytes]]:
    """A binary handle on a new file that replaces ``path`` only once fully written.

    Created readable by the user only (0600 on POSIX: exports hold personal data).
    """
    folder = path.parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _formula_safe(text: str) -> str:
    """A text no spreadsheet runs as a formula when it opens a CSV file."""
    return f"'{text}" if text[:1] in FORMULA_PREFIXES else text


def _csv_cell(value: object) -> object:
    if isinstance(value, str):
        return _formula_safe(value)
    return value.isoformat() if isinstance(value, dt.date) else ("" if value is None else value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with a BOM, so that Excel opens the Chinese text correctly.

    A text cell starting like a formula (``= + - @``, tab, CR) gets a leading ``'``.
    """
    count = 0
    with replacing(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
        handle.flush()
        handle.detach()  # ``replacing`` closes the file after syncing it
    return count


# A minimal xlsx writer: openpyxl's write-only mode serialises each cell through
# ElementTree and needs ~17 s for 100,000 ledger rows; plain string building
# with inline strings writes the same workbook in a fraction of that.
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" Target="xl/workbook.xml" '
        f'Type="{_REL_NS}/officeDocument"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>'
        '<sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PKG_REL_NS}">'
        f'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{_REL_NS}/worksheet"/>'
        f'<Relationship Id="rId2" Target="styles.xml" Type="{_REL_NS}/styles"/></Relationships>'
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN_NS}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font>'
        '<font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DATE_STYLE, _HEADER_STYLE = 1, 2
_CR = {"\r": "&#13;"}


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _xlsx_cell(ref: str, value: object, style: int = 0) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{_DATE_STYLE}"><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value}</v></c>'
    # Always an inline string, never a formula, whatever it starts with (= + - @ …);
    # a CR is written as a reference, since XML readers turn a raw one into LF.
    text = escape(_ILLEGAL_XML.sub("", str(value)), _CR)
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{styled} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _xlsx_row(number: int, values: Sequence[object], letters: Sequence[str], style: int = 0) -> str:
    cells = "".join(
        _xlsx_cell(f"{letter}{number}", value, style)
        for letter, value in zip(letters, values, strict=False)
    )
    return f'<row r="{number}">{cells}</row>'


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    wide: Collection[str] = (),
) -> int:
    """One sheet "台账": a bold, frozen header row, dates as date cells."""
    letters = [_column_letter(i) for i in range(len(header))]
    widths = "".join(
        f'<col min="{i}" max="{i}" width="{40 if name in wide else 14}" customWidth="1"/>'
        for i, name in enumerate(header, start=1)
    )
    count = 0
    with replacing(path) as handle, ZipFile(handle, "w", ZIP_DEFLATED) as archive:
        for name, xml in _XLSX_PARTS.items():
            archive.writestr(name, _XML_DECLARATION + xml)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                (
                    f'{_XML_DECLARATION}<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                    f"<cols>{widths}</cols><sheetData>"
                    + _xlsx_row(1, header, letters, _HEADER_STYLE)
                ).encode()
            )
            chunk: list[str] = []
            for count, values in enumerate(rows, start=1):
                chunk.append(_xlsx_row(count + 1, values, letters))
                if len(chunk) >= 1000:
                    sheet.write("".join(chunk).encode())
                    chunk.clear()
            sheet.write(("".join(chunk) + "</sheetData></worksheet>").encode())
    return count
