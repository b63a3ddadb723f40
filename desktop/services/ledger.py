"""Importing an existing ledger (.xlsx / .csv) into the register, and exporting the register.

An import is all or nothing: the whole file is checked first (cells, dates,
vocabularies, serials against the database, deadlines computable) and only a
file without problems is written, in the caller's transaction, with Core bulk
inserts and the derived columns computed in Python (one calendar load). Files
are streamed: memory does not grow with the file beyond a few keys a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import ColumnElement, Engine, event, select, update
from sqlalchemy import Table as SqlTable
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from db.bulk import BulkInsert
from db.engine import checkpoint_wal, write_lock
from db.models import (
    Application,
    ApplicationEvent,
    Category,
    Department,
    SerialCounter,
    utcnow,
)
from desktop.core.calendar import CalendarRangeError, WorkCalendar
from desktop.core.deadlines import compute_deadlines
from desktop.core.ledger import (
    COMPUTED_HEADERS,
    IMPORT_RECORDER,
    LEDGER_HEADERS,
    Column,
    LedgerFormat,
    LedgerProblem,
    LedgerRecord,
    LedgerRow,
    RowChecker,
    cell_text,
    normalise_header,
    parse_serial,
    read_header,
    record_cells,
    record_events,
    serial_regex,
)
from desktop.core.lifecycle import derive_progress
from desktop.core.names import applicant_sort_key
from desktop.core.serials import format_serial
from desktop.core.status import working_days_left
from desktop.core.vocab import (
    ApplicantType,
    Channel,
    DeliveryMethod,
    EventKind,
    LetterKind,
    Outcome,
    State,
)
from desktop.services import settings as settings_service
from desktop.services.applications import allocate_serial_number, reserve_serial_number
from desktop.services.calendar import load_calendar
from desktop.services.derived import derived_values
from desktop.services.register import (
    RegisterQuery,
    StatusBounds,
    register_filter,
    row_status,
)
from desktop.services.spreadsheets import (
    SpreadsheetError,
    Table,
    open_table,
    write_csv,
    write_xlsx,
)

#: Called with (done, total) while a long import or export runs.
ProgressCallback = Callable[[int, int], None]


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


def read_table(path: Path, *, limit: int | None = None) -> LedgerTable:
    """Read a ``.xlsx`` or ``.csv`` ledger file (the first visible sheet of a workbook).

    With ``limit``, only the header and the first ``limit`` rows are read.
    """
    rows = open_table(path).rows()
    first = next(rows, None)
    if first is None:
        raise SpreadsheetError("文件是空的")
    return LedgerTable(first[1], tuple(itertools.islice(rows, limit)))


def preview_ledger(path: Path, *, limit: int = 20) -> LedgerPreview:
    """The header and first ``limit`` rows as text, for the import dialog."""
    table = read_table(path, limit=limit)
    header = tuple(cell_text(c) for c in table.header)
    recognised = tuple(normalise_header(c) in LEDGER_HEADERS for c in table.header)
    rows = tuple(tuple(cell_text(c) for c in cells) for _, cells in table.rows)
    return LedgerPreview(header, recognised, rows)


# --- checking a file, row by row ---

#: Problems listed at most (the rest are counted in a warning): bounded memory for any file.
MAX_PROBLEMS = 10_000
#: Rows written per INSERT batch.
WRITE_BATCH = 5000


class ImportFailed(SpreadsheetError):
    """The database refused or could not take the import (Chinese, without data or SQL)."""


#: The columns an import writes, in the order of the values spilled for each row.
_APPLICATION_COLUMNS = (
    "serial",
    "serial_year",
    "serial_number",
    "channel",
    "letter_kind",
    "arrived_on",
    "received_on",
    "applicant_type",
    "applicant_name",
    "applicant_sort_key",
    "phone",
    "content",
    "category_id",
    "department_id",
    "notes",
    "state",
    "closed_on",
    "outcome",
    "archived",
    "due_on",
    "due_provisional",
    "on_time",
    "created_at",
    "updated_at",
    "version",
)
_EVENT_COLUMNS = (
    "application_id",
    "kind",
    "occurred_on",
    "data",
    "recorded_by",
    "recorded_at",
    "void_reason",
)
#: The derived columns, in :data:`_APPLICATION_COLUMNS` order.
_DERIVED = ("state", "closed_on", "outcome", "archived", "due_on", "due_provisional", "on_time")

#: A checked row as the database will take it, spilled as plain tuples (fast to pickle):
#: (serial as written, (year, number) from it or None for a fresh number, receipt year,
#: the record's columns with list names, the derived columns in :data:`_DERIVED` order,
#: events as (kind, date, data)).
_Ready = tuple[
    str,
    tuple[int, int] | None,
    int,
    tuple[Any, ...],
    tuple[Any, ...],
    tuple[tuple[str, dt.date, dict[str, Any]], ...],
]


def _duplicate_key(received_on: dt.date, name: str, content: str) -> bytes:
    text = f"{received_on.isoformat()}\x00{name.strip()}\x00{content.strip()}"
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


class _FileCheck:
    """The first pass: every problem of a file, keeping no row (the ready ones are spilled)."""

    def __init__(self, session: Session, checker: RowChecker, spill: IO[bytes] | None) -> None:
        self.session, self.checker, self.spill = session, checker, spill
        self.calendar = load_calendar(session)
        self.regex = serial_regex(str(settings_service.get_setting(session, "serial_pattern")))
        existing = session.execute(
            select(Application.serial, Application.serial_year, Application.serial_number)
        )
        self.taken: dict[tuple[int, int], str] = {}
        self.serials: set[str] = set()
        for serial, year, number in existing:
            self.serials.add(serial)
            self.taken[(year, number)] = serial
        self.problems: list[LedgerProblem] = []
        self.problem_count = 0
        self.rows = 0
        self.good = 0  # rows whose cells pass (a dry run writes none)
        self.ready = 0
        self.unnumbered: dict[bytes, tuple[int, str]] = {}
        self.unnumbered_dates: tuple[dt.date, dt.date] | None = None
        self.names: tuple[set[str], set[str]] = (set(), set())
        self.highest: dict[int, int] = {}
        self.fresh: dict[int, int] = {}
        self._batch: list[_Ready] = []
        #: One object per date: pickle writes an object repeated in a batch once, and writing
        #: and reading the spill's dates (a few thousand days, 800,000 mentions) was most of
        #: the spill's cost.
        self.dates: dict[dt.date, dt.date] = {}

    def add(self, found: Iterable[LedgerProblem]) -> None:
        for problem in found:
            self.problem_count += 1
            if len(self.problems) < MAX_PROBLEMS:
                self.problems.append(problem)
        if self.problem_count and self.spill is not None:
            self.spill, self._batch = None, []  # nothing will be written: stop keeping rows

    def row(self, row_number: int, cells: Sequence[object]) -> None:
        self.rows += 1
        row, found = self.checker.check(row_number, cells)
        self.add(found)
        if row is None:
            return
        self.good += 1
        record = row.record
        numbered = None
        if record.serial:
            numbered = self._serial(row)
        else:
            self._unnumbered(row)
        events = tuple(record_events(record))
        try:
            deadlines = compute_deadlines(record.received_on, events, self.calendar)
        except CalendarRangeError as error:
            value = record.received_on.isoformat()
            self.add([_problem(row, Column.RECEIVED_ON, value, str(error))])
            return
        if self.spill is None or found:
            return
        self.ready += 1
        self.names[0].add(record.category)
        self.names[1].add(record.department)
        derived = derived_values(deadlines, derive_progress(list(events)))
        same = self.dates.setdefault
        values = (
            record.channel.value,
            record.letter_kind.value if record.letter_kind else None,
            same(record.arrived_on, record.arrived_on) if record.arrived_on else None,
            same(record.received_on, record.received_on),
            record.applicant_type.value,
            record.applicant_name,
            record.phone,
            record.content,
            record.category,
            record.department,
            record.notes,
        )
        computed = tuple(
            same(value, value) if type(value) is dt.date else value
            for value in map(derived.__getitem__, _DERIVED)
        )
        spilled = tuple((e.kind.value, same(e.on, e.on), dict(e.data)) for e in events)
        self._batch.append(
            (record.serial, numbered, record.received_on.year, values, computed, spilled)
        )
        if len(self._batch) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.spill is not None and self._batch:
            pickle.dump(self._batch, self.spill, protocol=pickle.HIGHEST_PROTOCOL)
        self._batch = []

    def _serial(self, row: LedgerRow) -> tuple[int, int] | None:
        serial = row.record.serial
        if serial in self.serials:
            message = "台账中已有此编号（是否重复导入？）"
            self.add([_problem(row, Column.SERIAL, serial, message)])
            return None
        key = parse_serial(self.regex, serial, row.record.received_on)
        if key is None:  # kept as written, numbered like a row without 编号
            self._count_fresh(row.record.received_on.year)
            return None
        if key in self.taken:
            message = f"编号的年份和序号与“{self.taken[key]}”相同"
            self.add([_problem(row, Column.SERIAL, serial, message)])
        self.taken[key] = serial
        self.highest[key[0]] = max(self.highest.get(key[0], 0), key[1])
        return key

    def _unnumbered(self, row: LedgerRow) -> None:
        """Rows without 编号 repeating another (same receipt date, applicant, content) are refused.

        Serials catch a file imported twice; rows without one would otherwise be doubled.
        """
        record = row.record
        key = _duplicate_key(record.received_on, record.applicant_name, record.content)
        if key in self.unnumbered:
            message = f"与第{self.unnumbered[key][0]}行重复（收到日期、申请人、申请内容均相同；确属两件申请请填写编号）"
            self.add([_problem(row, Column.APPLICANT_NAME, record.applicant_name, message)])
        else:
            self.unnumbered[key] = (row.row_number, record.applicant_name)
        day = record.received_on
        low, high = self.unnumbered_dates or (day, day)
        self.unnumbered_dates = (min(low, day), max(high, day))
        self._count_fresh(day.year)

    def _count_fresh(self, year: int) -> None:
        self.fresh[year] = self.fresh.get(year, 0) + 1

    def existing_duplicates(self) -> None:
        """Rows without 编号 that repeat an application already in the register."""
        if self.unnumbered_dates is None:
            return
        existing = self.session.execute(
            select(
                Application.received_on,
                Application.applicant_name,
                Application.content,
                Application.serial,
            ).where(Application.received_on.between(*self.unnumbered_dates))
        )
        found = []
        for day, name, content, serial in existing:
            match = self.unnumbered.get(_duplicate_key(day, name, content))
            if match is not None:
                message = f"与台账中已有的申请“{serial}”重复（收到日期、申请人、申请内容均相同；确属两件申请请填写编号）"
                found.append(
                    LedgerProblem(match[0], Column.APPLICANT_NAME.value, match[1], message)
                )
        self.add(sorted(found, key=lambda p: p.row_number))


def _problem(row: LedgerRow, column: Column, value: str, message: str) -> LedgerProblem:
    return LedgerProblem(row.row_number, column.value, value, message)


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _column_order(problem: LedgerProblem) -> int:
    return LEDGER_HEADERS.index(problem.column) if problem.column in LEDGER_HEADERS else -1


def check_ledger_file(
    session: Session, *, path: Path, today: dt.date, progress: ProgressCallback | None = None
) -> tuple[LedgerPreview, ImportResult]:
    """The import dialog's check: the preview and a dry run (nothing written)."""
    try:
        preview = preview_ledger(path)
    except OSError as error:
        raise SpreadsheetError(f"无法读取文件：{error.strerror or error}") from error
    return preview, import_ledger(session, path=path, today=today, dry_run=True, progress=progress)


def import_ledger(
    session: Session,
    *,
    path: Path,
    today: dt.date,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Check a ledger file and, when it has no problem and this is no dry run, import it.

    The file is streamed twice at most: checked row by row (the rows ready to be
    written go to an unnamed temporary file), then written in batches. A real
    import holds the database's write lock from its duplicate check to its
    commit, so two imports of one file never both land. Progress goes 0 → 100.
    """
    _report(progress, 0, 100)
    table = open_table(path)
    _report(progress, 10, 100)
    try:
        return _import(session, table, today, dry_run, progress)
    except SQLAlchemyError as error:
        raise _database_failure(error) from None


def _database_failure(error: SQLAlchemyError) -> ImportFailed:
    """One Chinese line: never the statement, its parameters, or the driver's text."""
    if isinstance(error, OperationalError):
        return ImportFailed(
            "数据库正忙或无法连接（可能另一项导入正在进行），请稍后重试；未导入任何申请"
        )
    return ImportFailed("数据库拒绝了导入的数据，未导入任何申请；请检查文件后重试")


def _import(
    session: Session,
    table: Table,
    today: dt.date,
    dry_run: bool,
    progress: ProgressCallback | None,
) -> ImportResult:
    rows = table.rows()
    first = next(rows, None)
    if first is None:
        raise SpreadsheetError("文件是空的")
    header, header_problems, warnings = read_header(first[1])
    if header_problems:
        return ImportResult(0, 0, tuple(header_problems), tuple(warnings))
    if not dry_run:
        write_lock(session)
    checker = RowChecker(header, today=today, hidden=table.hidden_rows)
    with tempfile.TemporaryFile() as spill:
        check = _FileCheck(session, checker, None if dry_run else spill)
        for row_number, cells in rows:
            check.row(row_number, cells)
        check.flush()
        table.close()
        check.existing_duplicates()
        _report(progress, 50, 100)
        if not check.good and not check.problem_count:
            warnings.append("文件中没有申请数据")
        if check.problem_count > len(check.problems):
            warnings.append(
                f"共发现 {check.problem_count} 个问题，只列出前 {len(check.problems)} 个"
            )
        problems = tuple(sorted(check.problems, key=lambda p: (p.row_number, _column_order(p))))
        if problems or dry_run or not check.ready:
            _report(progress, 100, 100)
            return ImportResult(check.rows, 0, problems, tuple(warnings))
        spill.seek(0)
        _write(session, check, spill, progress)
    event.listen(session, "after_commit", _checkpoint, once=True)
    _report(progress, 100, 100)
    return ImportResult(check.rows, check.ready, (), tuple(warnings))


def _checkpoint(session: Session) -> None:
    """After the import is committed: a copy of the SQLite file then holds it."""
    bind = session.get_bind()
    checkpoint_wal(bind if isinstance(bind, Engine) else bind.engine)


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


def _spilled(spill: IO[bytes]) -> Iterator[list[_Ready]]:
    while True:
        try:
            yield pickle.load(spill)
        except EOFError:
            return


def _write(
    session: Session, check: _FileCheck, spill: IO[bytes], progress: ProgressCallback | None
) -> None:
    """Core bulk inserts, batch by batch from the spill; ids are read back by serial
    (unique), since RETURNING with a guaranteed order is many times slower on SQLite."""
    categories = _name_ids(session, Category, check.names[0])
    departments = _name_ids(session, Department, check.names[1])
    for year, number in check.highest.items():
        reserve_serial_number(session, year, number)
    next_free = {year: _allocate_block(session, year, n) for year, n in check.fresh.items()}
    pattern = str(settings_service.get_setting(session, "serial_pattern"))
    applications = cast(SqlTable, Application.__table__)
    connection = session.connection()
    insert_applications = BulkInsert(connection, applications, _APPLICATION_COLUMNS)
    insert_events = BulkInsert(
        connection, cast(SqlTable, ApplicationEvent.__table__), _EVENT_COLUMNS
    )
    now, written = utcnow(), 0
    for batch in _spilled(spill):
        rows, serials = [], []
        for written_serial, numbered, received_year, values, computed, _ in batch:
            if numbered is None:
                year, number = received_year, next_free[received_year]
                next_free[received_year] += 1
            else:
                year, number = numbered
            serial = written_serial or format_serial(pattern, year, number)
            serials.append(serial)
            (channel, letter_kind, arrived, received, kind, name, phone, content) = values[:8]
            category, department, notes = values[8:]
            rows.append(
                (
                    serial,
                    year,
                    number,
                    channel,
                    letter_kind,
                    arrived,
                    received,
                    kind,
                    name,
                    applicant_sort_key(name),
                    phone,
                    content,
                    categories.get(category),
                    departments.get(department),
                    notes,
                    *computed,
                    now,
                    now,
                    1,
                )
            )
        insert_applications(rows)
        query = select(applications.c.serial, applications.c.id).where(
            applications.c.serial.in_(serials)
        )
        id_of: dict[str, int] = {row.serial: row.id for row in session.execute(query)}
        insert_events(
            (id_of[serial], kind, on, data, IMPORT_RECORDER, now, "")
            for serial, item in zip(serials, batch, strict=True)
            for kind, on, data in item[5]
        )
        written += len(batch)
        _report(progress, 50 + 50 * written // check.ready, 100)


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
#: Columns written wide in an exported workbook (free text).
WIDE_COLUMNS = frozenset({Column.CONTENT.value, Column.NOTES.value})


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


@dataclass(frozen=True)
class _Details:
    """What the ledger shows of an application's receipt and service (rules.md §2, §5)."""

    delivery: DeliveryMethod | None = None
    delivered_on: dt.date | None = None
    reason: str = ""


def _details(session: Session, where: list[ColumnElement[bool]]) -> dict[int, _Details]:
    """The service (method, date) and the recorded date reasons, by application."""
    statement = (
        select(
            ApplicationEvent.application_id,
            ApplicationEvent.kind,
            ApplicationEvent.occurred_on,
            ApplicationEvent.data,
        )
        .where(
            ApplicationEvent.voided_at.is_(None),
            ApplicationEvent.kind.in_([EventKind.DELIVERY.value, EventKind.REPLY.value]),
        )
        .order_by(ApplicationEvent.application_id, ApplicationEvent.occurred_on)
    )
    if where:
        ids = select(Application.id).where(*where).scalar_subquery()
        statement = statement.where(ApplicationEvent.application_id.in_(ids))
    found: dict[int, _Details] = {}
    for app_id, kind, on, data in session.execute(statement):
        data = data or {}
        known = found.get(app_id, _Details())
        if kind == EventKind.DELIVERY.value:
            reason = str(data.get("note", "")) if data.get("date_confirmed") else known.reason
            known = _Details(_method(data.get("method")) or known.delivery, on, reason)
        elif known.delivery is None:  # the reply says how it is to be delivered
            known = _Details(_method(data.get("delivery")), known.delivered_on, known.reason)
        found[app_id] = known
    for app_id, reason in _receipt_reasons(session, where):
        known = found.get(app_id, _Details())
        text = "；".join(dict.fromkeys(r for r in (reason, known.reason) if r))
        found[app_id] = _Details(known.delivery, known.delivered_on, text)
    return found


def _receipt_reasons(
    session: Session, where: list[ColumnElement[bool]]
) -> Iterator[tuple[int, str]]:
    """The recorded reasons of receipt dates other than the arrival (few applications)."""
    statement = (
        select(ApplicationEvent.application_id, ApplicationEvent.data)
        .join(Application, Application.id == ApplicationEvent.application_id)
        .where(
            *where,
            ApplicationEvent.kind == EventKind.RECEIVED.value,
            Application.arrived_on.is_not(None),
            Application.arrived_on != Application.received_on,
        )
    )
    for app_id, data in session.execute(statement):
        reason = str((data or {}).get("receipt_reason", ""))
        if reason:
            yield app_id, reason


def _method(value: object) -> DeliveryMethod | None:
    try:
        return DeliveryMethod(str(value))
    except ValueError:
        return None


def _record(
    values: Any, dates: dict[EventKind, list[dt.date]], details: _Details | None = None
) -> LedgerRecord:
    details = details or _Details()
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
        letter_kind=LetterKind(values.letter_kind) if values.letter_kind else None,
        arrived_on=values.arrived_on,
        delivery_method=details.delivery,
        delivered_on=details.delivered_on,
        date_reason=details.reason,
    )


def _computed_cells(values: Any, calendar: WorkCalendar, bounds: StatusBounds) -> list[object]:
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
    where, bounds = register_filter(session, query, today)
    calendar = load_calendar(session)
    dates = _event_dates(session, where)
    details = _details(session, where)
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
        cells = record_cells(_record(values, dates.get(values.id, {}), details.get(values.id)))
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
    if fmt is LedgerFormat.CSV:
        return write_csv(path, EXPORT_HEADERS, rows)
    return write_xlsx(path, EXPORT_HEADERS, rows, wide=WIDE_COLUMNS)


def write_template(path: Path) -> None:
    """A blank ledger with the recognised headers (``.xlsx``, or ``.csv`` by suffix)."""
    if path.suffix.lower() == ".csv":
        write_csv(path, LEDGER_HEADERS, [])
    else:
        write_xlsx(path, LEDGER_HEADERS, [], wide=WIDE_COLUMNS)


def export_ledger_file(
    session: Session, *, path: Path, today: dt.date, query: RegisterQuery | None = None
) -> int:
    """:func:`export_ledger` for the window: a file that cannot be written is a user error."""
    try:
        return export_ledger(session, path=path, today=today, query=query)
    except OSError as error:
        raise SpreadsheetError(f"无法写入文件：{error.strerror or error}") from error
