"""Reading workbooks as the clerk sees them in Excel, and refusing hostile ones fast.

Each hand-made case below is a file the former regex reader misread (issue 9).
The workbooks are written part by part so that every byte of the sheet is ours.
"""

from __future__ import annotations

import datetime as dt
import resource
import struct
import time
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Application
from desktop.core.ledger import WHOLE_ROW
from desktop.services import xlsx_reader
from desktop.services.ledger import import_ledger, read_table
from desktop.services.spreadsheets import SpreadsheetError, open_table
from desktop.services.xlsx_reader import WorkbookTooLarge
from tests.conftest import TODAY

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
    'formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/>'
    '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def workbook(
    path: Path,
    *sheets: str,
    states: tuple[str, ...] = (),
    workbook_pr: str = "",
) -> Path:
    """A workbook whose sheets are the given ``<sheetData>`` contents (or whole documents)."""
    states = states or ("visible",) * len(sheets)
    entries = "".join(
        f'<sheet name="S{i}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
        for i, state in enumerate(states, start=1)
    )
    relations = "".join(
        f'<Relationship Id="rId{i}" Target="worksheets/sheet{i}.xml" Type="{REL}/worksheet"/>'
        for i in range(1, len(sheets) + 1)
    )
    with ZipFile(path, "w", ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{REL}/officeDocument"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_pr}<sheets>{entries}</sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}">{relations}'
            f'<Relationship Id="rStyles" Target="styles.xml" Type="{REL}/styles"/></Relationships>',
        )
        archive.writestr("xl/styles.xml", STYLES)
        for i, sheet in enumerate(sheets, start=1):
            document = (
                sheet
                if sheet.startswith("<") and "worksheet" in sheet[:40]
                else (f'<worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData></worksheet>')
            )
            archive.writestr(f"xl/worksheets/sheet{i}.xml", document)
    return path


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def row(number: int, *cells: str, extra: str = "") -> str:
    return f'<row r="{number}"{extra}>{"".join(cells)}</row>'


HEADER = ("收到日期", "申请渠道", "申请人类型", "申请人", "申请内容")


def ledger_header() -> str:
    return row(1, *(text(f"{c}1", h) for c, h in zip("ABCDE", HEADER, strict=True)))


def ledger_row(number: int, name: str, content: str = "") -> str:
    cells = [
        f'<c r="A{number}" s="1"><v>46083</v></c>',  # 2026-03-03
        text(f"B{number}", "网上申请"),
        text(f"C{number}", "自然人"),
        text(f"D{number}", name),
    ]
    if content:
        cells.append(text(f"E{number}", content))
    return row(number, *cells)


def values(path: Path) -> list[tuple[object, ...]]:
    return [cells for _, cells in open_table(path).rows()]


# --- what the clerk sees ---


def test_shared_formula_straddling_a_megabyte_keeps_its_cached_value(
    session: Session, tmp_path: Path
) -> None:
    """申请内容 drag-filled by formula; the self-closing <f/> of row 38 ends
    at byte 1 MiB (the former reader's chunk), its cached value after it."""
    master = (
        '<c r="E2" t="str"><f t="shared" ref="E2:E38" si="0">"申请"&amp;D2</f><v>申请张三</v></c>'
    )
    follower = '<c r="E38" t="str"><f t="shared" si="0"/><v>申请李四</v></c>'

    def sheet(padding: int) -> str:
        blanks = [row(n, text(f"F{n}", " " * 30_000)) for n in range(3, 37)]
        blanks.append(row(37, text("F37", " " * padding)))
        return (
            f'<worksheet xmlns="{MAIN}"><sheetData>{ledger_header()}'
            f"{ledger_row(2, '张三')[:-6]}{master}</row>{''.join(blanks)}"
            f"{ledger_row(38, '李四')[:-6]}{follower}</row></sheetData></worksheet>"
        )

    formula = b'<f t="shared" si="0"/>'
    start = sheet(1000).encode().index(formula)
    padded = sheet(1000 + (1 << 20) - len(formula) - start)
    assert padded.encode().index(formula) + len(formula) == 1 << 20
    path = workbook(tmp_path / "formula.xlsx", padded)
    result = import_ledger(session, path=path, today=TODAY)
    assert (result.imported, result.problems) == (2, ())
    contents = dict(session.execute(select(Application.applicant_name, Application.content)).all())
    assert contents == {"张三": "申请张三", "李四": "申请李四"}


@pytest.mark.parametrize(
    ("workbook_pr", "expected"),
    [("", dt.date(2023, 3, 15)), ('<workbookPr date1904="1"/>', dt.date(2027, 3, 16))],
)
def test_the_workbooks_date_system(tmp_path: Path, workbook_pr: str, expected: dt.date) -> None:
    path = workbook(
        tmp_path / "dates.xlsx",
        row(1, text("A1", "收到日期")) + row(2, '<c r="A2" s="1"><v>45000</v></c>'),
        workbook_pr=workbook_pr,
    )
    assert read_table(path).rows == ((2, (expected,)),)


def test_a_hidden_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "hidden.xlsx",
        row(1, text("A1", "草稿")),
        row(1, text("A1", "台账")),
        row(1, text("A1", "更早的草稿")),
        states=("hidden", "visible", "veryHidden"),
    )
    assert read_table(path).header == ("台账",)


def test_rows_in_xml_comments_are_not_data(tmp_path: Path) -> None:
    ghost = f"<!-- {row(2, text('A2', '幽灵'))} -->"
    path = workbook(tmp_path / "comment.xlsx", row(1, text("A1", "申请人")) + ghost)
    assert values(path) == [("申请人",)]


def test_cdata_is_text(tmp_path: Path) -> None:
    path = workbook(tmp_path / "cdata.xlsx", row(1, text("A1", "<![CDATA[甲<乙>&丙]]>")))
    assert values(path) == [("甲<乙>&丙",)]


def test_single_quoted_attributes(session: Session, tmp_path: Path) -> None:
    sheet = (ledger_header() + ledger_row(2, "张三", "规划许可")).replace('"', "'")
    path = workbook(tmp_path / "quotes.xlsx", sheet)
    result = import_ledger(session, path=path, today=TODAY)
    assert (result.imported, result.problems) == (1, ())


def test_cells_without_reference_and_prefixed_elements(tmp_path: Path) -> None:
    sheet = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>'
        '<x:row><x:c r="B2"><x:v>3</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    assert values(workbook(tmp_path / "prefixed.xlsx", sheet)) == [("甲", 2.0), ("", 3.0)]


def test_hidden_rows_are_problems_not_imports(session: Session, tmp_path: Path) -> None:
    sheet = (
        ledger_header()
        + ledger_row(2, "张三", "甲")
        + ledger_row(3, "李四", "乙").replace('<row r="3">', '<row r="3" hidden="1">')
        + ledger_row(4, "王五", "丙")
    )
    result = import_ledger(session, path=workbook(tmp_path / "rows.xlsx", sheet), today=TODAY)
    assert result.imported == 0
    assert [(p.row_number, p.column) for p in result.problems] == [(3, WHOLE_ROW)]
    assert "隐藏" in result.problems[0].message


# --- hostile files: refused fast, in bounded memory ---


def _refused(path: Path, match: str) -> float:
    started = time.perf_counter()
    with pytest.raises(WorkbookTooLarge, match=match) as caught:
        open_table(path)
    assert "未导入任何申请" in str(caught.value)
    return time.perf_counter() - started


def test_a_huge_column_reference_is_refused(tmp_path: Path) -> None:
    """2 KB naming XFD1048576: calamine alone would ask for 512 GB and abort the process."""
    path = workbook(
        tmp_path / "far.xlsx", row(1, text("A1", "x"), '<c r="XFD1048576"><v>1</v></c>')
    )
    assert path.stat().st_size < 3000
    _refused(path, "1048576 行")
    path = workbook(tmp_path / "wide.xlsx", row(1, text("A1", "x"), '<c r="ZZ1"><v>1</v></c>'))
    _refused(path, "702 列")


def test_cells_without_reference_cannot_hide_a_width(tmp_path: Path) -> None:
    cells = "<c><v>1</v></c>" * (xlsx_reader.MAX_COLUMNS + 1)
    _refused(workbook(tmp_path / "run.xlsx", f"<row>{cells}</row>"), "65 列")


def test_a_huge_sheet_is_refused_before_reading(tmp_path: Path) -> None:
    many = "".join(row(n, f'<c r="A{n}"><v>1</v></c>') for n in range(1, 200_010))
    path = workbook(tmp_path / "long.xlsx", many)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _refused(path, "200009 行")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert grown_mb < 100


def test_too_many_cells_are_refused(tmp_path: Path) -> None:
    cells = "".join(f'<c r="{c}{{n}}"><v>1</v></c>' for c in ("A", "BL"))
    many = "".join(row(n, cells.format(n=n)) for n in range(1, 100_000))
    _refused(workbook(tmp_path / "area.xlsx", many), "个单元格")


def test_a_huge_single_cell_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "cell.xlsx", row(1, text("A1", "长" * 2_000_000)))
    with pytest.raises(WorkbookTooLarge, match="2000000 字"):
        list(open_table(path).rows())


def test_the_decompressed_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbook(tmp_path / "big.xlsx", row(1, text("A1", "x" * 30_000)))
    monkeypatch.setattr(xlsx_reader, "MAX_UNPACKED_BYTES", 20_000)
    _refused(path, "解压后")


def test_a_part_longer_than_declared_is_refused(tmp_path: Path) -> None:
    """A zip whose directory under-states a part's size (a zip bomb's trick)."""
    path = workbook(tmp_path / "lying.xlsx", row(1, text("A1", "x" * 30_000)))
    data = bytearray(path.read_bytes())
    member = b"xl/worksheets/sheet1.xml"
    for signature, header, size_at in ((b"PK\x01\x02", 46, 24), (b"PK\x03\x04", 30, 22)):
        start = data.find(signature)
        while start >= 0:
            if data[start + header : start + header + len(member)] == member:
                struct.pack_into("<I", data, start + size_at, 1000)
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    _refused(path, "大于文件声明的大小")


def test_damaged_and_foreign_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SpreadsheetError, match="无法读取 Excel 文件"):
        open_table(broken)
    bad_ref = workbook(tmp_path / "ref.xlsx", row(1, "<c r='A1x'><v>1</v></c>"))
    with pytest.raises(SpreadsheetError, match="无法读取"):
        open_table(bad_ref)
