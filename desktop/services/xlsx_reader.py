"""Reading the first visible sheet of an ``.xlsx`` workbook with python-calamine, bounded.

calamine reads what the clerk sees in Excel (cached formula values, shared
formulas, the 1904 date system, CDATA, comments, either quote style), but it
holds a sheet as a dense grid of 32 bytes a cell, from the first used row and
column to the last, and *aborts the process* when that grid cannot be
allocated: a 3 KB file naming cell XFD1048576 asks for 512 GB. So a workbook
is measured first, streaming and in bounded memory, and refused with one
Chinese line when it exceeds the limits below:

- every XML part is inflated once to count its real size (the sizes a zip
  declares are never trusted) and must end where its header says;
- the sheet's extent is taken from its cell references: ``bytes.count`` and one
  rarely-matching regex cover files whose every cell starts ``<c r="…"`` (what
  Excel, WPS, LibreOffice and the usual libraries write); any other sheet, or
  one with hidden rows, is walked exactly with an XML pull parser.

calamine does not report hidden rows; the walk lists them so that the import
can refuse them instead of importing what the clerk cannot see.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET
from xml.parsers import expat
from zipfile import ZIP_DEFLATED, ZIP_STORED, BadZipFile, ZipFile, ZipInfo

import python_calamine

from desktop.services.spreadsheets import MAX_CELL_CHARS, SpreadsheetError, TableRow

#: Sheet rows (Excel's row numbers, the header row included).
MAX_ROWS = 200_000
#: Sheet columns (A … BL).
MAX_COLUMNS = 64
#: Rows × columns of the sheet's used area (calamine holds it as a grid of 32-byte cells).
MAX_CELLS = 6_000_000
#: The workbook's XML parts, decompressed.
MAX_UNPACKED_BYTES = 400_000_000
#: The shared strings part, decompressed (calamine keeps it in memory).
MAX_SHARED_STRINGS_BYTES = 100_000_000
LIMITS_TEXT = (
    f"Excel 文件最多 {MAX_ROWS} 行、{MAX_COLUMNS} 列、{MAX_CELLS} 个单元格，"
    f"每格最多 {MAX_CELL_CHARS} 字，解压后不超过 {MAX_UNPACKED_BYTES // 1_000_000} MB"
)

_CHUNK = 1 << 20
_MAIN_RELS = "xl/_rels/workbook.xml.rels"
_WORKSHEET_TYPE = "/worksheet"
_HIDDEN_STATES = frozenset({"hidden", "veryHidden"})
_TRUE = frozenset({"1", "true"})
# A cell beyond column Z or at row 100000 or below; every other cell is within Z99999.
_FAR_CELL = re.compile(rb'<c r="(?=[A-Za-z]{2}|[A-Za-z]*\d{6})([A-Za-z]*)(\d*)')
_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')
_LAST_ROW_TAG = b'<row r="'
# A hidden row (or column): the exact walk lists them. LibreOffice writes hidden="false" everywhere.
_HIDDEN = re.compile(rb"""hidden\s*=\s*["'](?:1|true)["']""")
# A cell written other than "<c " (no attribute, other white space): the exact walk handles it.
_OTHER_CELL = re.compile(rb"<c[>/\t\n\r]")
# Cell or row elements written with a namespace prefix (or text that looks so: walked exactly).
_PREFIXED = (b":c ", b":c>", b":c/", b":row")
_CELL_REF = re.compile(r"\$?([A-Za-z]{1,4})\$?(\d{1,8})")


class WorkbookTooLarge(SpreadsheetError):
    """The workbook exceeds a stated limit; nothing was read."""


def _refuse(found: str) -> WorkbookTooLarge:
    return WorkbookTooLarge(f"文件超出导入限制（{LIMITS_TEXT}）：{found}，未导入任何申请")


def _unreadable(detail: str = "") -> SpreadsheetError:
    suffix = f"（{detail}）" if detail else ""
    return SpreadsheetError(f"无法读取 Excel 文件{suffix}：文件已损坏或不是 .xlsx 工作簿")


def column_number(letters: str) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


# --- inflating a part, trusting nothing the zip declares ---


def _inflate(handle: IO[bytes], info: ZipInfo) -> Iterator[bytes]:
    """The decompressed bytes of one member, in chunks; refuses a stream longer than declared.

    The readers (Python's and calamine's) follow the central directory's sizes;
    this checks that the compressed stream really ends at the declared size.
    """
    if info.flag_bits & 0x1:
        raise SpreadsheetError("Excel 文件已加密，请先在 Excel 中取消密码再导入")
    if info.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
        raise _unreadable("不支持的压缩方式")
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        raise _unreadable()
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == ZIP_DEFLATED else None
    left, produced = info.compress_size, 0
    while left > 0 or (inflater is not None and inflater.unconsumed_tail):
        data = b""
        if left > 0:
            data = handle.read(min(left, _CHUNK))
            if not data:
                raise _unreadable()
            left -= len(data)
        if inflater is None:
            out = data
        else:
            out = inflater.decompress(inflater.unconsumed_tail + data, _CHUNK)
        produced += len(out)
        if produced > info.file_size:
            raise _refuse(f"“{info.filename}”解压后大于文件声明的大小")
        if out:
            yield out
    if produced != info.file_size or (inflater is not None and not inflater.eof):
        raise _unreadable()


def _parts_checked(handle: IO[bytes], parts: list[ZipInfo]) -> None:
    """The XML parts calamine reads when it opens a workbook: real sizes within the limits."""
    total = sum(i.file_size for i in parts)
    if total > MAX_UNPACKED_BYTES:
        raise _refuse(f"解压后约 {total // 1_000_000} MB")
    for info in parts:
        if info.filename.endswith("sharedStrings.xml") and (
            info.file_size > MAX_SHARED_STRINGS_BYTES
        ):
            raise _refuse(f"共享字符串解压后约 {info.file_size // 1_000_000} MB")
        for _ in _inflate(handle, info):
            pass


# --- which sheet ---


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: ET.Element, name: str) -> str | None:
    return next((v for k, v in element.attrib.items() if _local(k) == name), None)


def _first_visible_sheet(archive: ZipFile) -> tuple[str, str]:
    """(name, zip member) of the first visible worksheet, in workbook order."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    relations = ET.fromstring(archive.read(_MAIN_RELS))
    targets = {
        r.attrib.get("Id"): r.attrib.get("Target", "")
        for r in relations
        if r.attrib.get("Type", "").endswith(_WORKSHEET_TYPE)
    }
    for sheet in workbook.iter():
        if _local(sheet.tag) != "sheet" or sheet.attrib.get("state") in _HIDDEN_STATES:
            continue
        target = targets.get(_attribute(sheet, "id"))
        if target:
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return sheet.attrib.get("name", ""), member
    raise SpreadsheetError("Excel 文件中没有可见的工作表")


# --- the sheet's extent ---


@dataclass
class SheetExtent:
    """The last row and column (1-based) a sheet uses, and its hidden rows."""

    rows: int = 0
    columns: int = 0
    hidden_rows: set[int] = field(default_factory=set)

    def include(self, row: int, column: int) -> None:
        self.rows = max(self.rows, row)
        self.columns = max(self.columns, column)


@dataclass
class _QuickScan:
    """What ``bytes.count`` and two regexes tell about a sheet, chunk by chunk.

    Exact for every cell beyond column Z or at row 100000 and below; a nearer
    cell is counted as column 26 and at most as deep as the last ``<row r>``
    seen. A hostile file hiding cells deeper than its row tags within A1:Z99999
    makes calamine hold at most 99,999 × 64 cells (205 MB): bounded.
    """

    cells: int = 0
    referenced: int = 0
    unusual: bool = False
    extent: SheetExtent = field(default_factory=SheetExtent)

    def feed(self, data: bytes) -> None:
        cells = data.count(b"<c ")
        self.cells += cells
        self.referenced += data.count(b'<c r="')
        self.unusual = (
            self.unusual
            or _HIDDEN.search(data) is not None
            or _OTHER_CELL.search(data) is not None
            or any(prefixed in data for prefixed in _PREFIXED)
        )
        if cells:
            self.extent.include(0, 26)
        # Rows come in order: the last row tag of a piece is its deepest (a file where
        # they do not is still bounded, see above).
        last = data.rfind(_LAST_ROW_TAG)
        if last >= 0:
            for number in _ROW_NUMBER.findall(data, last, last + 20):
                self.extent.include(int(number), 0)
        for letters, digits in _FAR_CELL.findall(data):
            self.extent.include(int(digits or 0), column_number(letters.decode()))


def _chunks_cut_at_tags(parts: Iterator[bytes]) -> Iterator[bytes]:
    """The stream in pieces that each end before a ``<``, so that no tag is split."""
    carry = b""
    for part in parts:
        data = carry + part if carry else part
        cut = data.rfind(b"<")
        if cut <= 0 and len(data) > 4096:  # one long text: no tag to split
            cut = len(data)
        elif cut <= 0:
            carry = data
            continue
        carry = data[cut:]
        yield data[:cut]
    if carry:
        yield carry


def _check_extent(extent: SheetExtent, cells: int) -> None:
    if extent.rows > MAX_ROWS:
        raise _refuse(f"工作表用到第 {extent.rows} 行")
    if extent.columns > MAX_COLUMNS:
        raise _refuse(f"工作表用到第 {extent.columns} 列")
    if extent.rows * extent.columns > MAX_CELLS or cells > MAX_CELLS:
        area = max(extent.rows * extent.columns, cells)
        raise _refuse(f"工作表约有 {area} 个单元格")


def _cell_position(ref: str | None, row: int, column: int) -> tuple[int, int]:
    if ref:
        match = _CELL_REF.fullmatch(ref.strip())
        if match is None:
            raise _unreadable(f"单元格位置“{ref[:20]}”无法识别")
        return int(match.group(2)), column_number(match.group(1))
    return row, column + 1


class _Walker:
    """Expat callbacks placing cells as calamine does (a cell without ``r`` follows on)."""

    def __init__(self) -> None:
        self.extent = SheetExtent()
        self.row = self.column = self.cells = 0

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        name = tag.rsplit("}", 1)[-1]
        if name == "row":
            number = attributes.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
            if attributes.get("hidden") in _TRUE:
                self.extent.hidden_rows.add(self.row)
        elif name == "c":
            row, self.column = _cell_position(attributes.get("r"), self.row, self.column)
            self.extent.include(row, self.column)
            self.cells += 1


def _walk(chunks: Iterator[bytes]) -> SheetExtent:
    """The exact extent and hidden rows of a sheet, streaming (comments and CDATA are skipped)."""
    walker = _Walker()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = walker.start
    for chunk in chunks:
        parser.Parse(chunk, False)
        _check_extent(walker.extent, walker.cells)
    parser.Parse(b"", True)
    return walker.extent


def _is_worksheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def measure_sheet(path: Path) -> tuple[str, SheetExtent]:
    """Check the workbook against the limits; the first visible sheet's name and extent."""
    try:
        with path.open("rb") as handle, ZipFile(handle) as archive:
            parts = [
                i
                for i in archive.infolist()
                if i.filename.endswith((".xml", ".rels")) and not _is_worksheet(i.filename)
            ]
            _parts_checked(handle, parts)
            name, member = _first_visible_sheet(archive)
            info = archive.getinfo(member)
            if sum(i.file_size for i in parts) + info.file_size > MAX_UNPACKED_BYTES:
                raise _refuse(f"工作表解压后约 {info.file_size // 1_000_000} MB")
            quick = _QuickScan()
            for chunk in _chunks_cut_at_tags(_inflate(handle, info)):
                quick.feed(chunk)
                _check_extent(quick.extent, quick.cells)
            if not quick.unusual and quick.cells == quick.referenced:
                return name, quick.extent
            return name, _walk(_chunks_cut_at_tags(_inflate(handle, info)))
    except SpreadsheetError:
        raise
    except (BadZipFile, KeyError, ET.ParseError, expat.ExpatError, ValueError, OSError) as error:
        raise _unreadable() from error


# --- reading ---


class XlsxTable:
    """The first visible sheet of a workbook, read once by calamine, iterable many times."""

    def __init__(self, path: Path) -> None:
        name, extent = measure_sheet(path)
        self.hidden_rows = frozenset(extent.hidden_rows)
        self._sizes_checked = False
        try:
            with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
                self._sheet: python_calamine.CalamineSheet | None = workbook.get_sheet_by_name(name)
        except (python_calamine.CalamineError, ValueError, OSError) as error:
            raise _unreadable() from error

    def rows(self) -> Iterator[TableRow]:
        """(Excel row number, cell values) of every row, the header first; empty cells ''.

        The first full pass checks every text against :data:`MAX_CELL_CHARS`.
        """
        if self._sheet is None:
            raise RuntimeError("the table was closed")
        sheet = self._sheet
        start = sheet.start
        if start is None:
            return
        first, padding = start[0] + 1, ("",) * start[1]
        checking = not self._sizes_checked
        for offset, cells in enumerate(sheet.iter_rows()):
            values = padding + tuple(cells) if padding else tuple(cells)
            if checking:
                for value in values:
                    if type(value) is str and len(value) > MAX_CELL_CHARS:
                        raise _refuse(f"第 {first + offset} 行有 {len(value)} 字的单元格")
            yield first + offset, values
        self._sizes_checked = True

    def close(self) -> None:
        """Free calamine's copy of the sheet (the largest part of an import's memory)."""
        self._sheet = None
