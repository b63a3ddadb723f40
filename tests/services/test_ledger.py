"""Importing and exporting the ledger against a real database."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from zipfile import ZipFile

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent, Category, SerialCounter
from desktop.core.ledger import (
    APPLICANT_ALIASES,
    CHANNEL_ALIASES,
    LEDGER_HEADERS,
    WHOLE_ROW,
    cell_text,
    parse_result,
    result_text,
)
from desktop.core.vocab import ApplicantType, Channel
from desktop.services import ledger as ledger_service
from desktop.services.database import Database
from desktop.services.demo import generate_demo
from desktop.services.derived import refresh_derived
from desktop.services.ledger import (
    EXPORT_HEADERS,
    export_ledger,
    import_ledger,
    read_table,
    write_template,
)
from desktop.services.register import RegisterQuery
from desktop.services.spreadsheets import SpreadsheetError, open_table, write_csv, write_xlsx
from tests.conftest import TODAY

ROWS: list[dict[str, object]] = [
    {
        "编号": "〔2026〕第5号",
        "收到日期": dt.date(2026, 3, 2),
        "申请渠道": "网上申请",
        "申请人类型": "公民",
        "申请人": "张三",
        "申请内容": "某路段规划许可",
        "内容分类": "新分类",
        "答复日期": dt.date(2026, 3, 20),
        "办理结果": "予以公开",
    },
    {
        "编号": "",
        "收到日期": "2026/3/3",
        "申请渠道": "挂号信",
        "申请人类型": "企业",
        "申请人": "某公司",
        "申请内容": "处罚决定书",
        "承办部门": "办公室",
        "补正通知日期": "2026.3.5",
        "补正收到日期": "2026年3月10日",
        "延期日期": "20260401",
        "答复日期": "2026-04-20",
        "办理结果": "不予公开-属于国家秘密",
    },
    {
        "编号": "旧账-17",
        "收到日期": "2026-11-20",
        "申请渠道": "当面",
        "申请人类型": "自然人",
        "申请人": "李四",
        "申请内容": "信息",
        "答复日期": "2026-11-21",
        "办理结果": "撤回",
    },
]


def _write_xlsx(path: Path, rows: list[dict[str, object]], header: tuple[str, ...]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(h) for h in header])
    workbook.save(path)
    return path


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count(Application.id))) or 0)


def test_openpyxl_file_with_date_cells_is_imported(session: Session, tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS, LEDGER_HEADERS)
    result = import_ledger(session, path=path, today=TODAY)
    assert result.problems == ()
    assert result.imported == 3
    apps = {a.applicant_name: a for a in session.scalars(select(Application))}
    assert apps["张三"].serial == "〔2026〕第5号"
    assert apps["张三"].state == "replied"
    category = apps["张三"].category
    assert category is not None
    assert category.name == "新分类"
    assert apps["某公司"].serial == "〔2026〕第6号"  # after the reserved 5
    assert apps["某公司"].outcome == "refused_state_secret"
    assert apps["李四"].serial == "旧账-17"
    assert apps["李四"].state == "withdrawn"
    assert session.get(SerialCounter, 2026).last_value == 7  # type: ignore[union-attr]
    kinds = [e.kind for e in apps["某公司"].events]
    assert kinds == ["received", "correction_notice", "correction_received", "extension", "reply"]
    assert {e.recorded_by for e in apps["某公司"].events} == {"导入"}


def test_derived_columns_equal_those_of_typed_applications(
    session: Session, tmp_path: Path
) -> None:
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS, LEDGER_HEADERS)
    import_ledger(session, path=path, today=TODAY)
    for app in session.scalars(select(Application)):
        stored = (app.state, app.due_on, app.closed_on, app.outcome, app.on_time)
        refresh_derived(session, app)
        assert stored == (app.state, app.due_on, app.closed_on, app.outcome, app.on_time)


def test_importing_twice_is_refused(database: Database, tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS[:1], LEDGER_HEADERS)
    with database.session() as s:
        assert import_ledger(s, path=path, today=TODAY).imported == 1
    with database.session() as s:
        again = import_ledger(s, path=path, today=TODAY)
        assert again.imported == 0
        assert [(p.row_number, p.column) for p in again.problems] == [(2, "编号")]
        assert _count(s) == 1


def test_rows_without_serial_are_not_doubled(database: Database, tmp_path: Path) -> None:
    """A row without 编号 repeating an application (same date, applicant, content) is refused."""
    path = _write_xlsx(tmp_path / "ledger.xlsx", [ROWS[1]], LEDGER_HEADERS)
    with database.session() as s:
        assert import_ledger(s, path=path, today=TODAY).imported == 1
    twice = _write_xlsx(tmp_path / "twice.xlsx", [ROWS[1], ROWS[1]], LEDGER_HEADERS)
    with database.session() as s:
        again = import_ledger(s, path=twice, today=TODAY)
        assert again.imported == 0
        assert [(p.row_number, p.column) for p in again.problems] == [(2, "申请人"), (3, "申请人")]
        assert "台账中已有的申请" in again.problems[0].message
        assert _count(s) == 1


def test_many_errors_all_reported_and_database_untouched(session: Session, tmp_path: Path) -> None:
    rows = [
        ROWS[0],
        {**ROWS[1], "收到日期": "2026-02-30"},
        {**ROWS[2], "申请渠道": "飞鸽", "申请人类型": "外星人"},
        {**ROWS[0], "编号": "〔2026〕第5号"},  # duplicate serial within the file
        {**ROWS[1], "编号": "x", "答复日期": "2027-01-01"},  # in the future
    ]
    path = _write_xlsx(tmp_path / "bad.xlsx", rows, LEDGER_HEADERS)
    events_before = session.scalar(select(func.count(ApplicationEvent.id)))
    categories_before = session.scalar(select(func.count(Category.id)))
    result = import_ledger(session, path=path, today=TODAY)
    assert {(p.row_number, p.column) for p in result.problems} == {
        (3, "收到日期"),
        (4, "申请渠道"),
        (4, "申请人类型"),
        (5, "编号"),
        (6, "答复日期"),
    }
    assert result.imported == 0
    assert _count(session) == 0
    assert session.scalar(select(func.count(ApplicationEvent.id))) == events_before
    assert session.scalar(select(func.count(Category.id))) == categories_before
    assert session.get(SerialCounter, 2026) is None


def test_dry_run_writes_nothing(session: Session, tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS, LEDGER_HEADERS)
    result = import_ledger(session, path=path, today=TODAY, dry_run=True)
    assert result.problems == ()
    assert result.row_count == 3
    assert _count(session) == 0


def _csv_text(rows: list[dict[str, object]]) -> str:
    lines = [",".join(LEDGER_HEADERS)]
    for row in rows:
        values = row.get
        lines.append(
            ",".join(
                v.isoformat() if isinstance(v := values(h), dt.date) else str(v or "")
                for h in LEDGER_HEADERS
            )
        )
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings(session: Session, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ledger.csv"
    path.write_bytes(_csv_text(ROWS).encode(encoding))
    result = import_ledger(session, path=path, today=TODAY)
    assert result.problems == ()
    assert sorted(session.scalars(select(Application.applicant_name))) == ["张三", "李四", "某公司"]


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="只能导入"):
        read_table(tmp_path / "x.txt")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(SpreadsheetError, match="无法读取"):
        read_table(broken)


def _rows_of(path: Path) -> list[tuple[object, ...]]:
    return [cells for _, cells in read_table(path).rows]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_demo_data_round_trips(tmp_path: Path, database: Database, suffix: str) -> None:
    from desktop.services.database import open_database

    with database.session() as s:
        generate_demo(s, requests=400, seed=7, today=TODAY)
    first = tmp_path / f"first{suffix}"
    with database.session() as s:
        assert export_ledger(s, path=first, today=TODAY) == 400
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        with other.session() as s:
            assert import_ledger(s, path=first, today=TODAY).imported == 400
        second = tmp_path / f"second{suffix}"
        with other.session() as s:
            export_ledger(s, path=second, today=TODAY)
    finally:
        other.close()
    assert _rows_of(first) == _rows_of(second)  # every ledger and computed column


def test_export_of_the_current_filter(session: Session, tmp_path: Path) -> None:
    generate_demo(session, requests=60, seed=2, today=TODAY)
    out = tmp_path / "open.csv"
    count = export_ledger(session, path=out, today=TODAY, query=RegisterQuery(text="〔2026〕"))
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(EXPORT_HEADERS)
    assert len(rows) - 1 == count == _count_2026(session)
    assert all(r[0].startswith("〔2026〕") for r in rows[1:])


def _count_2026(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count(Application.id)).where(Application.serial.contains("〔2026〕"))
        )
        or 0
    )


def test_exported_xlsx_has_date_cells(session: Session, tmp_path: Path) -> None:
    generate_demo(session, requests=5, seed=1, today=TODAY)
    out = tmp_path / "register.xlsx"
    export_ledger(session, path=out, today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(EXPORT_HEADERS)
    assert isinstance(sheet["B2"].value, dt.datetime)
    assert sheet["B2"].number_format == "yyyy-mm-dd"


@pytest.mark.parametrize("name", ["template.xlsx", "template.csv"])
def test_template_has_the_headers_and_imports_as_empty(
    session: Session, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    write_template(path)
    assert read_table(path).header == LEDGER_HEADERS
    result = import_ledger(session, path=path, today=TODAY)
    assert (result.imported, result.problems) == (0, ())


def test_csv_writer_counts_rows(tmp_path: Path) -> None:
    assert write_csv(tmp_path / "x.csv", ["a"], [[1], [dt.date(2026, 1, 2)]]) == 2
    assert (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "a",
        "1",
        "2026-01-02",
    ]


# --- files written by LibreOffice (tests/services/fixtures/make_ledger_fixtures.py) ---

FIXTURES = Path(__file__).parent / "fixtures"


def _texts(path: Path) -> list[list[str]]:
    return [[cell_text(c) for c in cells] for _, cells in open_table(path).rows()]


def test_libreoffice_workbook_reads_cell_for_cell_as_its_source() -> None:
    source = FIXTURES / "libreoffice_ledger.csv"
    with source.open(encoding="utf-8", newline="") as handle:
        expected = list(csv.reader(handle))
    assert _texts(FIXTURES / "libreoffice_ledger.xlsx") == expected


def test_libreoffice_workbook_imports_cell_for_cell(session: Session, tmp_path: Path) -> None:
    result = import_ledger(session, path=FIXTURES / "libreoffice_ledger.xlsx", today=TODAY)
    assert (result.imported, result.problems) == (30, ())
    out = tmp_path / "again.csv"
    export_ledger(session, path=out, today=TODAY)
    exported = {row[4] + row[1]: row for row in _texts(out)[1:]}
    with (FIXTURES / "libreoffice_ledger.csv").open(encoding="utf-8", newline="") as handle:
        source = list(csv.DictReader(handle))
    for row in source:
        again = dict(zip(EXPORT_HEADERS, exported[row["申请人"] + row["收到日期"]], strict=True))
        for column, value in row.items():
            if column == "编号" and not value:
                assert again[column].startswith("〔2026〕第")  # numbered on import
            elif column == "申请渠道":
                assert Channel(CHANNEL_ALIASES[value]).label == again[column]
            elif column == "申请人类型":
                assert ApplicantType(APPLICANT_ALIASES[value]).label == again[column]
            elif column == "办理结果" and value:
                assert result_text(parse_result(value), withdrawn=False) == again[column]
            else:
                assert again[column] == value, column


def test_libreoffice_features_1904_formulas_hidden_row(session: Session) -> None:
    path = FIXTURES / "libreoffice_features.xlsx"
    rows = _texts(path)
    assert rows[1] == ["2026-04-01", "网上申请", "自然人", "陈一", "申请公开陈一"]
    assert rows[4] == ["2026-04-07", "电子邮件", "商业企业", "某公司", "申请公开某公司"]
    result = import_ledger(session, path=path, today=TODAY)
    assert [(p.row_number, p.column) for p in result.problems] == [(4, WHOLE_ROW)]
    assert _count(session) == 0


# --- formula injection ---

FORMULA_TEXTS = ["=1+2", "+1", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")']


def _raw_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    """A ledger as a clerk's CSV: every text as typed (no escaping)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(LEDGER_HEADERS)
        for row in rows:
            cells = [row.get(h) for h in LEDGER_HEADERS]
            writer.writerow(c.isoformat() if isinstance(c, dt.date) else c for c in cells)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_never_writes_a_formula(session: Session, tmp_path: Path, suffix: str) -> None:
    rows = [
        {**ROWS[0], "编号": "", "申请人": name, "申请内容": f"内容{i}"}
        for i, name in enumerate(FORMULA_TEXTS)
    ]
    result = import_ledger(session, path=_raw_csv(tmp_path / "in.csv", rows), today=TODAY)
    assert result.imported == len(FORMULA_TEXTS)
    out = tmp_path / f"out{suffix}"
    export_ledger(session, path=out, today=TODAY)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            names = [row[4] for row in csv.reader(handle)][1:]
        assert sorted(names) == sorted(f"'{t}" for t in FORMULA_TEXTS)
    else:
        with ZipFile(out) as archive:
            sheet = archive.read("xl/worksheets/sheet1.xml")
        assert b"<f" not in sheet
        cells = openpyxl.load_workbook(out).active
        assert {c.data_type for c in cells["E"][1:]} == {"s"}
        assert sorted(c.value for c in cells["E"][1:]) == sorted(FORMULA_TEXTS)
    from desktop.services.database import open_database

    again = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        with again.session() as s:  # our own escaping is undone on import
            assert import_ledger(s, path=out, today=TODAY).imported == len(FORMULA_TEXTS)
            names = sorted(s.scalars(select(Application.applicant_name)))
            assert names == sorted(FORMULA_TEXTS)
    finally:
        again.close()


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@A1", "\t1", "\r1", "=x\n"])
def test_writers_escape_every_formula_start(tmp_path: Path, text: str) -> None:
    csv_path, xlsx_path = tmp_path / "x.csv", tmp_path / "x.xlsx"
    write_csv(csv_path, ["a"], [[text], ["普通"]])
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["a"], [f"'{text}"], ["普通"]]
    write_xlsx(xlsx_path, ["a"], [[text]])
    cell = openpyxl.load_workbook(xlsx_path).active["A2"]
    assert (cell.data_type, cell.value) == ("s", text)


@pytest.mark.parametrize("column", ["内容分类", "承办部门"])
@pytest.mark.parametrize("value", ['=HYPERLINK("http://x","y")', "+cmd", "-1", "@A1"])
def test_formula_like_list_names_are_refused(
    session: Session, tmp_path: Path, column: str, value: str
) -> None:
    path = _raw_csv(tmp_path / "in.csv", [{**ROWS[0], column: value}])
    categories = session.scalar(select(func.count(Category.id)))
    result = import_ledger(session, path=path, today=TODAY)
    assert [(p.row_number, p.column) for p in result.problems] == [(2, column)]
    assert "公式" in result.problems[0].message
    assert session.scalar(select(func.count(Category.id))) == categories
    assert _count(session) == 0


# --- export files: whole or not at all, private ---


def test_export_replaces_the_file_only_when_complete(session: Session, tmp_path: Path) -> None:
    generate_demo(session, requests=20, seed=1, today=TODAY)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "register.xlsx"
    out.write_bytes(b"previous export")

    def broken_rows(*_: object, **__: object) -> Iterator[list[object]]:
        yield ["x"] * len(EXPORT_HEADERS)
        raise OSError("No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ledger_service, "export_rows", broken_rows)
        with pytest.raises(OSError, match="No space"):
            export_ledger(session, path=out, today=TODAY)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["register.xlsx"]
    export_ledger(session, path=out, today=TODAY)
    assert len(read_table(out).rows) == 20


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("name", ["register.xlsx", "register.csv"])
def test_exports_are_readable_by_the_user_only(session: Session, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"")
    out.chmod(0o644)
    export_ledger(session, path=out, today=TODAY)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_large_import_is_in_the_database_file_itself(database: Database, tmp_path: Path) -> None:
    """After the commit the WAL is checkpointed: a copy of the main file alone holds the rows."""
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS, LEDGER_HEADERS)
    with database.session() as s:
        assert import_ledger(s, path=path, today=TODAY).imported == 3
    main_file = Path(str(database.engine.url.database))
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(main_file, copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM application").fetchone() == (3,)


def test_receipt_and_service_round_trip(tmp_path: Path, database: Database) -> None:
    """rules.md §2/§5: arrival, letter kind, service and the recorded reasons survive."""
    from desktop.services.database import open_database

    row: dict[str, object] = {
        "编号": "R-1",
        "收到日期": "2026-03-02",
        "申请渠道": "挂号信",
        "申请人类型": "自然人",
        "申请人": "王五",
        "申请内容": "某项目批复",
        "到达日期": "2026-02-27",
        "日期说明": "周五签收后遗漏，周一登记",
        "答复日期": "2026-03-20",
        "办理结果": "予以公开",
        "送达方式": "当面送达",
        "送达日期": "2026-03-20",
    }
    path = _write_xlsx(tmp_path / "in.xlsx", [row], LEDGER_HEADERS)
    with database.session() as s:
        assert import_ledger(s, path=path, today=TODAY).imported == 1
        app = s.scalars(select(Application)).one()
        assert (app.letter_kind, app.arrived_on) == ("registered", dt.date(2026, 2, 27))
        kinds = [(e.kind, e.occurred_on) for e in app.events]
        assert kinds[-1] == ("delivery", dt.date(2026, 3, 20))
        out = tmp_path / "out.xlsx"
        export_ledger(s, path=out, today=TODAY)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        with other.session() as s:
            assert import_ledger(s, path=out, today=TODAY).imported == 1
        with other.session() as s:
            again = tmp_path / "again.xlsx"
            export_ledger(s, path=again, today=TODAY)
    finally:
        other.close()
    exported = dict(zip(EXPORT_HEADERS, _rows_of(out)[0], strict=False))  # trailing blanks
    assert exported["日期说明"] == "周五签收后遗漏，周一登记"
    assert exported["申请渠道"] == "挂号信"
    assert _rows_of(out) == _rows_of(again)


def test_in_person_service_on_another_day_is_a_problem_row(
    session: Session, tmp_path: Path
) -> None:
    row = {**ROWS[0], "送达方式": "当面送达", "送达日期": dt.date(2026, 3, 23)}
    path = _write_xlsx(tmp_path / "bad.xlsx", [row], LEDGER_HEADERS)
    result = import_ledger(session, path=path, today=TODAY)
    assert result.imported == 0
    assert [(p.row_number, p.column) for p in result.problems] == [(2, "送达日期")]
    assert _count(session) == 0


def test_a_dry_run_of_a_good_file_warns_of_nothing(session: Session, tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "ledger.xlsx", ROWS, LEDGER_HEADERS)
    result = import_ledger(session, path=path, today=TODAY, dry_run=True)
    assert (result.row_count, result.problems, result.warnings) == (3, (), ())
    empty = _write_xlsx(tmp_path / "empty.xlsx", [], LEDGER_HEADERS)
    assert import_ledger(session, path=empty, today=TODAY).warnings == ("文件中没有申请数据",)
