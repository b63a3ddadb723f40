"""Importing an existing ledger (.xlsx / .csv) into the register, and exporting the register.

An import is all or nothing: the whole file is checked first (cells, dates,
vocabularies, serials against the database, deadlines computable) and only a
file without problems is written, in the caller's transaction, with bulk
inserts and the derived columns computed in Python (one calendar load).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, BadZipFile, ZipFile

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.orm import Session

from db.models import (
    Application,
    ApplicationEvent,
    Category,
    Department,
    SerialCounter,
    utcnow,
)
from desktop.core.calendar import CalendarRangeError, WorkCalendar
from desktop.core.deadlines import ClockEvent, Deadlines, compute_deadlines
from desktop.core.ledger import (
    COMPUTED_HEADERS,
    IMPORT_RECORDER,
    LEDGER_HEADERS,
    Column,
    LedgerProblem,
    LedgerRecord,
    LedgerRow,
    cell_text,
    check_ledger,
    normalise_header,
    parse_serial,
    record_cells,
    record_events,
    serial_regex,
)
from desktop.core.lifecycle import Progress, derive_progress
from desktop.core.serials import format_serial
from desktop.core.status import is_on_time, working_days_left
from desktop.core.vocab import ApplicantType, Channel, EventKind, Outcome, State
from desktop.services import settings as settings_service
from desktop.services.applications import allocate_serial_number, reserve_serial_number
from desktop.services.calendar import load_calendar
from desktop.services.register import (
    RegisterQuery,
    _bounds,
    _filters,
    _StatusBounds,
    row_status,
)

#: Called with (done, total) while a long import or export runs.
ProgressCallback = Callable[[int, int], None]
#: Day 0 of Excel's date serials (the 1900 leap-year bug only matters before March 1900).
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()


class LedgerFileError(ValueError):
    """The file cannot be read as a ledger (message in Chinese)."""


class LedgerFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class LedgerTable:
    """A file's raw cells: the header row and the data rows with their Excel row numbers."""

    header: tuple[object, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]


@dataclass(frozen=True)
class ImportResult:
    """What an import (or a dry run) found and did; ``imported`` is 0 unless it succeeded."""

    row_count: int
    imported: int
    problems: tuple[LedgerProblem, ...]
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class LedgerPreview:
    """The first rows of a file as text, and which header cells are recognised."""

    header: tuple[str, ...]
    recognised: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]


# --- reading files ---


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (what Excel saves as CSV in China)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise LedgerFileError("CSV 文件编码无法识别（应为 UTF-8 或 GB18030）") from None


def _read_csv(path: Path) -> Iterator[tuple[int, tuple[object, ...]]]:
    text = _decode(path.read_bytes())
    for number, row in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        yield number, tuple(row)


# A streaming xlsx reader. openpyxl's read-only mode builds an object per cell
# and, for files without a <dimension>, scans the whole sheet first: 40 s for
# 100,000 ledger rows. ElementTree's C parser over the sheet XML takes a few.
_DATE_FORMAT_IDS = frozenset(range(14, 23)) | frozenset(range(27, 37)) | frozenset(range(45, 48))
_DATE_CODE = re.compile(r"[ymd]", re.IGNORECASE)
_BRACKETED = re.compile(r"\[[^\]]*\]|\"[^\"]*\"")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if _local(child.tag) == name)


def _text_of(element: ET.Element) -> str:
    """The text of a shared or inline string: plain, or its rich-text runs (no phonetics)."""
    parts: list[str] = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def _first_sheet_path(archive: ZipFile) -> str:
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    sheet = next(e for e in workbook.iter() if _local(e.tag) == "sheet")
    rel_id = next(v for k, v in sheet.attrib.items() if _local(k) == "id")
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.attrib["Target"] for r in rels if r.attrib.get("Id") == rel_id)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _shared_strings(archive: ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    return [_text_of(item) for item in _children(root, "si")]


def _date_styles(archive: ZipFile) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date."""
    if "xl/styles.xml" not in archive.namelist():
        return frozenset()
    root = ET.fromstring(archive.read("xl/styles.xml"))
    custom = {
        int(f.attrib["numFmtId"]): f.attrib.get("formatCode", "")
        for f in root.iter()
        if _local(f.tag) == "numFmt"
    }
    cell_xfs = next((e for e in root if _local(e.tag) == "cellXfs"), None)
    dates = set()
    for index, xf in enumerate(() if cell_xfs is None else _children(cell_xfs, "xf")):
        format_id = int(xf.attrib.get("numFmtId", 0))
        code = _BRACKETED.sub("", custom.get(format_id, ""))
        if format_id in _DATE_FORMAT_IDS or (format_id in custom and _DATE_CODE.search(code)):
            dates.add(index)
    return frozenset(dates)


def _column_index(ref: bytes) -> int:
    index = 0
    for code in ref:
        if not 65 <= code <= 90:
            break
        index = index * 26 + code - 64
    return index - 1


_TOKEN = re.compile(rb"<row\b([^>]*)>|<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
_VALUE = re.compile(rb"<v>(.*?)</v>", re.S)
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.S)
_PREFIX = re.compile(rb"<(\w+):worksheet\b")


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return html.unescape(text) if "&" in text else text


def _cell_value(
    attributes: dict[bytes, bytes], body: bytes, strings: list[str], dates: frozenset[int]
) -> object:
    kind = attributes.get(b"t", b"n")
    if kind == b"inlineStr":
        if b"<rPh" in body:
            body = _PHONETIC.sub(b"", body)
        return "".join(_xml_text(t) for t in _TEXT.findall(body))
    if body.startswith(b"<v>") and body.endswith(b"</v>"):
        raw = body[3:-4]
    else:
        value = _VALUE.search(body)
        if value is None:
            return None
        raw = value.group(1)
    if kind == b"s":
        return strings[int(raw)]
    if kind in (b"str", b"e", b"d"):
        return _xml_text(raw)
    if kind == b"b":
        return raw == b"1"
    number = float(raw)
    if int(attributes.get(b"s", 0)) in dates:
        return dt.date.fromordinal(_EXCEL_EPOCH + int(number))
    return int(number) if number.is_integer() else number


class _SheetParser:
    """Turns SpreadsheetML <row>/<c> elements into (row number, values) tuples."""

    def __init__(self, strings: list[str], dates: frozenset[int]) -> None:
        self.strings, self.dates = strings, dates
        self.number = 0
        self.cells: list[object] | None = None

    def _finish(self) -> tuple[int, tuple[object, ...]] | None:
        done = None if self.cells is None else (self.number, tuple(self.cells))
        self.cells = None
        return done

    def feed(self, data: bytes) -> Iterator[tuple[int, tuple[object, ...]]]:
        for token in _TOKEN.finditer(data):
            attributes = dict(_ATTRIBUTE.findall(token.group(1) or token.group(2)))
            if token.group(1) is not None:  # a new row
                if (done := self._finish()) is not None:
                    yield done
                self.number = int(attributes.get(b"r", self.number + 1))
                self.cells = []
                continue
            cells = self.cells if self.cells is not None else []
            ref = attributes.get(b"r", b"")
            index = _column_index(ref) if ref[:1].isalpha() else len(cells)
            cells.extend([None] * (index - len(cells)))
            cells.append(_cell_value(attributes, token.group(3) or b"", self.strings, self.dates))
            self.cells = cells

    def close(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        if (done := self._finish()) is not None:
            yield done


def _sheet_rows(
    handle: IO[bytes], strings: list[str], dates: frozenset[int]
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows of the sheet XML, read in chunks cut after a complete cell."""
    parser = _SheetParser(strings, dates)
    buffer, prefix = b"", None
    while chunk := handle.read(1 << 20):
        buffer += chunk
        if prefix is None:
            found = _PREFIX.search(buffer)
            prefix = found.group(1) + b":" if found else b""
        if prefix:  # <x:c> → <c>: the patterns know no namespace prefixes
            buffer = buffer.replace(b"<" + prefix, b"<").replace(b"</" + prefix, b"</")
        end = max(buffer.rfind(b"</c>"), buffer.rfind(b"/>"))
        if end < 0:
            continue
        end = buffer.index(b">", end) + 1
        yield from parser.feed(buffer[:end])
        buffer = buffer[end:]
    yield from parser.feed(buffer)
    yield from parser.close()


def read_xlsx_rows(path: Path) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, cell values) of the first sheet; date-formatted numbers become dates."""
    try:
        archive = ZipFile(path)
        sheet_path = _first_sheet_path(archive)
        strings, date_styles = _shared_strings(archive), _date_styles(archive)
        handle = archive.open(sheet_path)
    except (OSError, KeyError, StopIteration, ValueError, ET.ParseError, BadZipFile) as error:
        raise LedgerFileError(f"无法读取 Excel 文件：{error}") from error
    with archive, handle:
        try:
            yield from _sheet_rows(handle, strings, date_styles)
        except (ET.ParseError, ValueError, IndexError) as error:
            raise LedgerFileError(f"无法读取 Excel 文件：{error}") from error


def _file_rows(path: Path) -> Iterator[tuple[int, tuple[object, ...]]]:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        raise LedgerFileError("只能导入 .xlsx 或 .csv 文件")
    if not path.is_file():
        raise LedgerFileError(f"文件不存在：{path}")
    return _read_csv(path) if suffix == ".csv" else read_xlsx_rows(path)


def read_table(path: Path, *, limit: int | None = None) -> LedgerTable:
    """Read a ``.xlsx`` or ``.csv`` ledger file (the first sheet of a workbook).

    With ``limit``, only the header and the first ``limit`` rows are read.
    """
    rows = _file_rows(path)
    first = next(rows, None)
    if first is None:
        raise LedgerFileError("文件是空的")
    return LedgerTable(first[1], tuple(itertools.islice(rows, limit)))


def preview_ledger(path: Path, *, limit: int = 20) -> LedgerPreview:
    """The header and first ``limit`` rows as text, for the import dialog."""
    table = read_table(path, limit=limit)
    header = tuple(cell_text(c) for c in table.header)
    recognised = tuple(normalise_header(c) in LEDGER_HEADERS for c in table.header)
    rows = tuple(tuple(cell_text(c) for c in cells) for _, cells in table.rows)
    return LedgerPreview(header, recognised, rows)


# --- checking against the database ---


@dataclass(frozen=True)
class _Planned:
    """A checked row with what the database needs: its serial and derived values."""

    row: LedgerRow
    numbered: tuple[int, int] | None  # (year, number) taken from its serial
    events: list[ClockEvent]
    derived: dict[str, Any]  # the cached columns of ``application``


def _serial_problems(
    session: Session, rows: Sequence[LedgerRow], pattern: str
) -> tuple[list[LedgerProblem], dict[int, tuple[int, int]]]:
    regex = serial_regex(pattern)
    existing = session.execute(
        select(Application.serial, Application.serial_year, Application.serial_number)
    ).all()
    serials = {s for s, _, _ in existing}
    taken = {(y, n): s for s, y, n in existing}
    problems: list[LedgerProblem] = []
    numbered: dict[int, tuple[int, int]] = {}
    for row in rows:
        serial = row.record.serial
        if not serial:
            continue
        if serial in serials:
            problems.append(
                _problem(row, Column.SERIAL, serial, "台账中已有此编号（是否重复导入？）")
            )
            continue
        key = parse_serial(regex, serial, row.record.received_on)
        if key is None:
            continue
        if key in taken:
            message = f"编号的年份和序号与“{taken[key]}”相同"
            problems.append(_problem(row, Column.SERIAL, serial, message))
        taken[key] = serial
        numbered[row.row_number] = key
    return problems, numbered


def _problem(row: LedgerRow, column: Column, value: str, message: str) -> LedgerProblem:
    return LedgerProblem(row.row_number, column.value, value, message)


def _derived_values(deadlines: Deadlines, progress: Progress) -> dict[str, Any]:
    """What ``desktop.services.derived.refresh_derived`` would store."""
    return {
        "state": progress.state.value,
        "due_on": deadlines.effective_due,
        "due_provisional": deadlines.provisional,
        "closed_on": progress.closed_on,
        "outcome": progress.outcome.value if progress.outcome else None,
        "on_time": is_on_time(deadlines, progress),
        "archived": progress.archived,
    }


def _plan(
    rows: Sequence[LedgerRow], numbered: dict[int, tuple[int, int]], calendar: WorkCalendar
) -> tuple[list[_Planned], list[LedgerProblem]]:
    planned, problems = [], []
    for row in rows:
        events = record_events(row.record)
        try:
            deadlines = compute_deadlines(row.record.received_on, events, calendar)
        except CalendarRangeError as error:
            value = row.record.received_on.isoformat()
            problems.append(_problem(row, Column.RECEIVED_ON, value, str(error)))
            continue
        derived = _derived_values(deadlines, derive_progress(events))
        planned.append(_Planned(row, numbered.get(row.row_number), events, derived))
    return planned, problems


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def import_ledger(
    session: Session,
    *,
    path: Path,
    today: dt.date,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Check a ledger file and, when it has no problem and this is no dry run, import it.

    Progress goes 0 → 100: reading, checking, writing.
    """
    _report(progress, 0, 100)
    table = read_table(path)
    _report(progress, 30, 100)
    check = check_ledger(table.header, table.rows, today=today)
    row_count = len(table.rows)
    del table  # the raw cells are no longer needed: keep the peak memory down
    problems = list(check.problems)
    planned: list[_Planned] = []
    if check.rows:
        pattern = str(settings_service.get_setting(session, "serial_pattern"))
        serial_problems, numbered = _serial_problems(session, check.rows, pattern)
        planned, plan_problems = _plan(check.rows, numbered, load_calendar(session))
        problems += serial_problems + plan_problems
    _report(progress, 50, 100)
    problems.sort(key=lambda p: (p.row_number, LEDGER_HEADERS.index(p.column)))
    result = ImportResult(row_count, 0, tuple(problems), check.warnings)
    if problems or dry_run or not planned:
        _report(progress, 100, 100)
        return result
    _write(session, planned, pattern, progress)
    _report(progress, 100, 100)
    return ImportResult(result.row_count, len(planned), (), check.warnings)


# --- writing an import ---


def _name_ids(
    session: Session, model: type[settings_service.ListModel], names: Iterable[str]
) -> dict[str, int]:
    wanted = {n for n in names if n}
    ids = {
        name: id_
        for id_, name in session.execute(select(model.id, model.name).where(model.name.in_(wanted)))
    }
    for name in sorted(wanted - ids.keys()):
        ids[name] = settings_service.ensure_name(session, model, name)
    return ids


def _allocate_block(session: Session, year: int, count: int) -> int:
    """The first of ``count`` consecutive fresh serial numbers of ``year``."""
    first = allocate_serial_number(session, year)
    if count > 1:
        session.execute(
            update(SerialCounter)
            .where(SerialCounter.year == year)
            .values(last_value=SerialCounter.last_value + count - 1)
        )
    return first


def _numbers(session: Session, planned: Sequence[_Planned]) -> list[tuple[int, int]]:
    """(year, number) of every row: kept from its serial, else freshly allocated."""
    highest: dict[int, int] = {}
    for item in planned:
        if item.numbered is not None:
            year, number = item.numbered
            highest[year] = max(highest.get(year, 0), number)
    for year, number in highest.items():
        reserve_serial_number(session, year, number)
    fresh: dict[int, int] = {}
    for item in planned:
        if item.numbered is None:
            year = item.row.record.received_on.year
            fresh[year] = fresh.get(year, 0) + 1
    next_free = {year: _allocate_block(session, year, count) for year, count in fresh.items()}
    result = []
    for item in planned:
        if item.numbered is not None:
            result.append(item.numbered)
        else:
            year = item.row.record.received_on.year
            result.append((year, next_free[year]))
            next_free[year] += 1
    return result


def _application_values(
    item: _Planned, serial: tuple[str, int, int], lists: tuple[dict[str, int], dict[str, int]]
) -> dict[str, Any]:
    record = item.row.record
    now = utcnow()
    return {
        "serial": serial[0],
        "serial_year": serial[1],
        "serial_number": serial[2],
        "channel": record.channel.value,
        "received_on": record.received_on,
        "applicant_type": record.applicant_type.value,
        "applicant_name": record.applicant_name,
        "phone": record.phone,
        "content": record.content,
        "category_id": lists[0].get(record.category),
        "department_id": lists[1].get(record.department),
        "notes": record.notes,
        **item.derived,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


WRITE_BATCH = 5000


def _event_values(app_id: int, event: ClockEvent, now: dt.datetime) -> dict[str, Any]:
    return {
        "application_id": app_id,
        "kind": event.kind.value,
        "occurred_on": event.on,
        "data": dict(event.data),
        "recorded_by": IMPORT_RECORDER,
        "recorded_at": now,
        "void_reason": "",
    }


def _write(
    session: Session, planned: Sequence[_Planned], pattern: str, progress: ProgressCallback | None
) -> None:
    """Bulk inserts in batches (bounded memory); ids are read back by serial (unique),
    since RETURNING with a guaranteed order is many times slower on SQLite."""
    lists = (
        _name_ids(session, Category, (p.row.record.category for p in planned)),
        _name_ids(session, Department, (p.row.record.department for p in planned)),
    )
    numbers = _numbers(session, planned)
    now = utcnow()
    for start in range(0, len(planned), WRITE_BATCH):
        batch = planned[start : start + WRITE_BATCH]
        apps = [
            _application_values(
                item, (item.row.record.serial or format_serial(pattern, y, n), y, n), lists
            )
            for item, (y, n) in zip(batch, numbers[start : start + WRITE_BATCH], strict=True)
        ]
        session.execute(insert(Application), apps)
        serials = [app["serial"] for app in apps]
        query = select(Application.serial, Application.id).where(Application.serial.in_(serials))
        id_of: dict[str, int] = dict(session.execute(query).all())
        events = [
            _event_values(id_of[serial], event, now)
            for serial, item in zip(serials, batch, strict=True)
            for event in item.events
        ]
        session.execute(insert(ApplicationEvent), events)
        _report(progress, 60 + 40 * (start + len(batch)) // len(planned), 100)


# --- export ---

_EXPORTED_KINDS = (
    EventKind.CORRECTION_NOTICE,
    EventKind.CORRECTION_RECEIVED,
    EventKind.CONSULTATION_SENT,
    EventKind.CONSULTATION_REPLIED,
    EventKind.EXTENSION,
    EventKind.FEE_NOTICE,
    EventKind.FEE_PAID,
)
EXPORT_HEADERS: tuple[str, ...] = (*LEDGER_HEADERS, *COMPUTED_HEADERS)


def _register_filter(
    session: Session, query: RegisterQuery | None, today: dt.date
) -> tuple[list[ColumnElement[bool]], _StatusBounds]:
    """The register's own SQL filter for ``query`` (no filter without one).

    Uses the register's private helpers so that an export selects exactly
    what the register shows; see the report asking for a public entry point.
    """
    bounds = _bounds(session, load_calendar(session), today)
    return (_filters(query, bounds) if query is not None else []), bounds


def _event_dates(
    session: Session, where: list[ColumnElement[bool]]
) -> dict[int, dict[EventKind, list[dt.date]]]:
    ids = select(Application.id).where(*where)
    statement = (
        select(ApplicationEvent.application_id, ApplicationEvent.kind, ApplicationEvent.occurred_on)
        .where(
            ApplicationEvent.voided_at.is_(None),
            ApplicationEvent.kind.in_([k.value for k in _EXPORTED_KINDS]),
        )
        .order_by(
            ApplicationEvent.application_id, ApplicationEvent.occurred_on, ApplicationEvent.id
        )
    )
    if where:
        statement = statement.where(ApplicationEvent.application_id.in_(ids.scalar_subquery()))
    found: dict[int, dict[EventKind, list[dt.date]]] = {}
    for app_id, kind, on in session.execute(statement):
        found.setdefault(app_id, {}).setdefault(EventKind(kind), []).append(on)
    return found


def _record(values: Any, dates: dict[EventKind, list[dt.date]]) -> LedgerRecord:
    state = State(values.state)
    withdrawn = state is State.WITHDRAWN
    extensions = dates.get(EventKind.EXTENSION, [])
    return LedgerRecord(
        serial=values.serial,
        received_on=values.received_on,
        channel=Channel(values.channel),
        applicant_type=ApplicantType(values.applicant_type),
        applicant_name=values.applicant_name,
        content=values.content,
        phone=values.phone,
        category=values.category or "",
        department=values.department or "",
        correction_notices=tuple(dates.get(EventKind.CORRECTION_NOTICE, ())),
        corrections_received=tuple(dates.get(EventKind.CORRECTION_RECEIVED, ())),
        consultations_sent=tuple(dates.get(EventKind.CONSULTATION_SENT, ())),
        consultations_replied=tuple(dates.get(EventKind.CONSULTATION_REPLIED, ())),
        fee_notices=tuple(dates.get(EventKind.FEE_NOTICE, ())),
        fees_paid=tuple(dates.get(EventKind.FEE_PAID, ())),
        extended_on=extensions[-1] if extensions else None,
        closed_on=values.closed_on if state.is_closed else None,
        outcome=Outcome(values.outcome) if values.outcome and not withdrawn else None,
        withdrawn=withdrawn,
        notes=values.notes,
    )


def _computed_cells(values: Any, calendar: WorkCalendar, bounds: _StatusBounds) -> list[object]:
    """答复期限, 办理状态, 期限状态, 剩余工作日 (from the cached derived columns)."""
    state = State(values.state)
    due: dt.date | None = values.due_on
    status = row_status(state=state, due_on=due, on_time=values.on_time, bounds=bounds)
    left = None
    if due is not None and not state.is_closed:
        left = working_days_left(calendar, bounds.today, due)
    due_cell: object = due
    if due is not None and values.due_provisional:
        due_cell = f"{due.isoformat()}（临时）"
    return [due_cell, state.label, status.label, left]


def export_rows(
    session: Session, *, today: dt.date, query: RegisterQuery | None = None
) -> Iterator[list[object]]:
    """The register (all, or what ``query`` — a ``RegisterQuery`` — selects) as ledger rows."""
    where, bounds = _register_filter(session, query, today)
    calendar = load_calendar(session)
    dates = _event_dates(session, where)
    statement = (
        select(
            *Application.__table__.columns,
            Category.name.label("category"),
            Department.name.label("department"),
        )
        .outerjoin(Category, Category.id == Application.category_id)
        .outerjoin(Department, Department.id == Application.department_id)
        .where(*where)
        .order_by(Application.serial_year, Application.serial_number, Application.id)
    )
    for values in session.execute(statement):
        cells = record_cells(_record(values, dates.get(values.id, {})))
        yield cells + _computed_cells(values, calendar, bounds)


def export_ledger(
    session: Session,
    *,
    path: Path,
    today: dt.date,
    fmt: LedgerFormat | None = None,
    query: RegisterQuery | None = None,
) -> int:
    """Write the register to ``path`` (format from ``fmt`` or the suffix); returns the row count."""
    fmt = fmt or (LedgerFormat.CSV if path.suffix.lower() == ".csv" else LedgerFormat.XLSX)
    rows = export_rows(session, today=today, query=query)
    writer = write_csv if fmt is LedgerFormat.CSV else write_xlsx
    return writer(path, EXPORT_HEADERS, rows)


def write_template(path: Path) -> None:
    """A blank ledger with the recognised headers (``.xlsx``, or ``.csv`` by suffix)."""
    writer = write_csv if path.suffix.lower() == ".csv" else write_xlsx
    writer(path, LEDGER_HEADERS, [])


# --- writers ---


def _csv_cell(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else ("" if value is None else value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with a BOM, so that Excel opens the Chinese text correctly."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
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
    text = escape(_ILLEGAL_XML.sub("", str(value)))
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{styled} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _xlsx_row(number: int, values: Sequence[object], letters: Sequence[str], style: int = 0) -> str:
    cells = "".join(
        _xlsx_cell(f"{letter}{number}", value, style)
        for letter, value in zip(letters, values, strict=False)
    )
    return f'<row r="{number}">{cells}</row>'


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """One sheet "台账": a bold, frozen header row, dates as date cells."""
    letters = [_column_letter(i) for i in range(len(header))]
    widths = "".join(
        f'<col min="{i}" max="{i}" width="{40 if name == Column.CONTENT.value else 14}" customWidth="1"/>'
        for i, name in enumerate(header, start=1)
    )
    count = 0
    with ZipFile(path, "w", ZIP_DEFLATED) as archive:
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
