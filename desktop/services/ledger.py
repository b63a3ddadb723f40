"""Importing an existing ledger (.xlsx / .csv) into the register, and exporting the register.

An import is all or nothing: the whole file is checked first (cells, dates,
vocabularies, serials against the database, deadlines computable) and only a
file without problems is written, in the caller's transaction, with bulk
inserts and the derived columns computed in Python (one calendar load).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

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
from desktop.core.deadlines import ClockEvent, compute_deadlines
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
    file_rows,
    write_csv,
    write_xlsx,
)

#: Called with (done, total) while a long import or export runs.
ProgressCallback = Callable[[int, int], None]


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


def read_table(path: Path, *, limit: int | None = None) -> LedgerTable:
    """Read a ``.xlsx`` or ``.csv`` ledger file (the first sheet of a workbook).

    With ``limit``, only the header and the first ``limit`` rows are read.
    """
    rows = file_rows(path)
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


def _duplicate_problems(session: Session, rows: Sequence[LedgerRow]) -> list[LedgerProblem]:
    """Rows without 编号 that repeat an application (same receipt date, applicant, content).

    Serials catch a file imported twice; rows without one would otherwise be doubled.
    """
    unnumbered = [row for row in rows if not row.record.serial]
    if not unnumbered:
        return []
    dates = [row.record.received_on for row in unnumbered]
    existing = session.execute(
        select(
            Application.received_on,
            Application.applicant_name,
            Application.content,
            Application.serial,
        ).where(Application.received_on.between(min(dates), max(dates)))
    )
    seen: dict[tuple[dt.date, str, str], str] = {
        (day, name, content): f"台账中已有的申请“{serial}”"
        for day, name, content, serial in existing
    }
    problems = []
    for row in unnumbered:
        record = row.record
        key = (record.received_on, record.applicant_name.strip(), record.content.strip())
        if key in seen:
            message = (
                f"与{seen[key]}重复（收到日期、申请人、申请内容均相同；确属两件申请请填写编号）"
            )
            problems.append(_problem(row, Column.APPLICANT_NAME, record.applicant_name, message))
        else:
            seen[key] = f"第{row.row_number}行"
    return problems


def _problem(row: LedgerRow, column: Column, value: str, message: str) -> LedgerProblem:
    return LedgerProblem(row.row_number, column.value, value, message)


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
        derived = derived_values(deadlines, derive_progress(events))
        planned.append(_Planned(row, numbered.get(row.row_number), events, derived))
    return planned, problems


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


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
        duplicates = _duplicate_problems(session, check.rows)
        planned, plan_problems = _plan(check.rows, numbered, load_calendar(session))
        problems += serial_problems + duplicates + plan_problems
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
        "letter_kind": record.letter_kind.value if record.letter_kind else None,
        "arrived_on": record.arrived_on,
        "received_on": record.received_on,
        "applicant_type": record.applicant_type.value,
        "applicant_name": record.applicant_name,
        "applicant_sort_key": applicant_sort_key(record.applicant_name),
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
