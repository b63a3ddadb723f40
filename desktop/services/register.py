"""The register (台账): filtering, sorting, counting and paging applications in SQL.

Every filter and sort is expressed on the cached, derived columns of
``application`` (``state``, ``due_on``, ``on_time`` …) so the database does the
work on 100,000 rows. Working days left and the deadline status are computed in
Python only for the rows of the fetched page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select, true
from sqlalchemy.orm import Session

from db.models import Application, Category, Department
from desktop.core.applications import ApplicationInput
from desktop.core.calendar import WorkCalendar
from desktop.core.status import working_days_left
from desktop.core.vocab import (
    CLOSED_STATES,
    ApplicantType,
    Channel,
    DeadlineStatus,
    EventKind,
    LabelledEnum,
    LetterKind,
    Outcome,
    State,
)
from desktop.services import settings as settings_service
from desktop.services.applications import NotFound
from desktop.services.calendar import load_calendar

#: Characters of the content shown in the register's summary column.
SUMMARY_LENGTH = 40


class SortKey(StrEnum):
    """The register columns one can sort by."""

    SERIAL = "serial"
    RECEIVED_ON = "received_on"
    CHANNEL = "channel"
    APPLICANT_TYPE = "applicant_type"
    APPLICANT_NAME = "applicant_name"
    CONTENT = "content"
    CATEGORY = "category"
    DEPARTMENT = "department"
    STATE = "state"
    DUE_ON = "due_on"
    DAYS_LEFT = "days_left"
    STATUS = "status"
    OUTCOME = "outcome"
    CLOSED_ON = "closed_on"


@dataclass(frozen=True)
class RegisterQuery:
    """What the register shows: filters (empty = no filter) and the sort order."""

    text: str = ""
    states: tuple[State, ...] = ()
    channel: Channel | None = None
    applicant_type: ApplicantType | None = None
    department: str | None = None
    category: str | None = None
    deadline_status: DeadlineStatus | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    sort: SortKey = SortKey.SERIAL
    descending: bool = True


@dataclass(frozen=True)
class RegisterRow:
    """One display-ready line of the register."""

    id: int
    serial: str
    received_on: dt.date
    channel: Channel
    applicant_type: ApplicantType
    applicant_name: str
    content_summary: str
    category: str
    department: str
    state: State
    due_on: dt.date | None
    provisional: bool
    working_days_left: int | None
    status: DeadlineStatus
    outcome: Outcome | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class ApplicationDetail:
    """Everything about one application, for the detail dialog."""

    id: int
    version: int
    serial: str
    channel: Channel
    letter_kind: LetterKind | None
    arrived_on: dt.date | None
    received_on: dt.date
    applicant_type: ApplicantType
    applicant_name: str
    id_number: str
    phone: str
    address: str
    email: str
    content: str
    category: str
    department: str
    preferred_form: str
    preferred_delivery: str
    notes: str
    state: State
    due_on: dt.date | None
    provisional: bool
    working_days_left: int | None
    status: DeadlineStatus
    closed_on: dt.date | None
    outcome: Outcome | None
    on_time: bool | None
    archived: bool
    #: Why the receipt date differs from the arrival, where rules.md §2 asks for a reason.
    receipt_reason: str = ""


# --- deadline status: the same rule in SQL (filter, sort) and in Python (page) ---


@dataclass(frozen=True)
class StatusBounds:
    today: dt.date
    soon_until: dt.date  # last due date that still counts as "due soon"


def _bounds(session: Session, calendar: WorkCalendar, today: dt.date) -> StatusBounds:
    days = int(settings_service.get_setting(session, "due_soon_days"))
    soon_until = calendar.add_workdays(today, days) if days >= 1 else today
    return StatusBounds(today, soon_until)


_CLOSED_VALUES = tuple(sorted(s.value for s in CLOSED_STATES))
_OPEN_VALUES = tuple(sorted(s.value for s in State if s not in CLOSED_STATES))


def _is_open() -> ColumnElement[bool]:
    # Open applications are few: ix_application_state_due_on finds them fast.
    return Application.state.in_(_OPEN_VALUES)


def _is_closed() -> ColumnElement[bool]:
    # Closed ones are most of the table: ``state || ''`` keeps SQLite from using
    # the state index, so it walks the sort order's index and stops after a page
    # instead of sorting 90,000 rows found through the state index.
    return (Application.state + "").in_(_CLOSED_VALUES)


def _status_condition(status: DeadlineStatus, bounds: StatusBounds) -> ColumnElement[bool]:
    due = Application.due_on
    if status is DeadlineStatus.OVERDUE:
        return and_(_is_open(), due < bounds.today)
    if status is DeadlineStatus.DUE_TODAY:
        return and_(_is_open(), due == bounds.today)
    if status is DeadlineStatus.DUE_SOON:
        return and_(_is_open(), due > bounds.today, due <= bounds.soon_until)
    if status is DeadlineStatus.ON_TRACK:
        return and_(_is_open(), or_(due.is_(None), due > bounds.soon_until))
    on_time = {
        DeadlineStatus.CLOSED_ON_TIME: Application.on_time.is_(true()),
        DeadlineStatus.CLOSED_LATE: Application.on_time.is_(false()),
        DeadlineStatus.CLOSED: Application.on_time.is_(None),
    }[status]
    return and_(_is_closed(), on_time)


def _status_order() -> list[Any]:
    """Sort by status, most urgent first: for open applications the status only
    grows with the due date (overdue < today < soon < on track, clock stopped last),
    so (closed rank, due date) gives the status order without the dates of today."""
    closed_rank = case(
        (_is_open(), 0),
        (Application.on_time.is_(false()), 1),
        (Application.on_time.is_(true()), 2),
        else_=3,
    )
    return [closed_rank, Application.due_on]


def row_status(
    *, state: State, due_on: dt.date | None, on_time: bool | None, bounds: StatusBounds
) -> DeadlineStatus:
    """The deadline status of one row (the Python twin of :func:`_status_condition`)."""
    if state.is_closed:
        if on_time is None:
            return DeadlineStatus.CLOSED
        return DeadlineStatus.CLOSED_ON_TIME if on_time else DeadlineStatus.CLOSED_LATE
    if due_on is None or due_on > bounds.soon_until:
        return DeadlineStatus.ON_TRACK
    if due_on < bounds.today:
        return DeadlineStatus.OVERDUE
    return DeadlineStatus.DUE_TODAY if due_on == bounds.today else DeadlineStatus.DUE_SOON


# --- filters and sort ---


def _enum_order(column: Any, members: Sequence[Any]) -> ColumnElement[int]:
    """Sort an enum column in declaration order (= the order of the Chinese lists)."""
    return case({m.value: i for i, m in enumerate(members)}, value=column, else_=len(members))


_SEARCHED = (
    Application.serial,
    Application.applicant_name,
    Application.content,
    Application.id_number,
    Application.phone,
)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_condition(text: str) -> ColumnElement[bool]:
    """Every word must occur in the serial, name, content, ID number or phone."""
    return and_(
        *(
            or_(*(column.like(_like_pattern(word), escape="\\") for column in _SEARCHED))
            for word in text.split()
        )
    )


def _filters(query: RegisterQuery, bounds: StatusBounds) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.text.strip():
        where.append(_text_condition(query.text))
    if query.states:
        where.append(Application.state.in_([s.value for s in query.states]))
    if query.channel is not None:
        where.append(Application.channel == query.channel.value)
    if query.applicant_type is not None:
        where.append(Application.applicant_type == query.applicant_type.value)
    if query.department is not None:
        ids = select(Department.id).where(Department.name == query.department)
        where.append(Application.department_id.in_(ids.scalar_subquery()))
    if query.category is not None:
        ids = select(Category.id).where(Category.name == query.category)
        where.append(Application.category_id.in_(ids.scalar_subquery()))
    if query.deadline_status is not None:
        where.append(_status_condition(query.deadline_status, bounds))
    if query.received_from is not None:
        where.append(Application.received_on >= query.received_from)
    if query.received_to is not None:
        where.append(Application.received_on <= query.received_to)
    return where


def register_filter(
    session: Session, query: RegisterQuery | None, today: dt.date
) -> tuple[list[ColumnElement[bool]], StatusBounds]:
    """The SQL conditions of ``query`` (none without one) and the status bounds of ``today``.

    Other views (the register export) select exactly what the register shows.
    """
    bounds = _bounds(session, load_calendar(session), today)
    return (_filters(query, bounds) if query is not None else []), bounds


def _sort_columns(key: SortKey) -> list[Any]:
    if key is SortKey.SERIAL:
        return [Application.serial_year, Application.serial_number]
    if key is SortKey.STATUS:
        return _status_order()
    enums: dict[SortKey, tuple[Any, Sequence[LabelledEnum]]] = {
        SortKey.CHANNEL: (Application.channel, list(Channel)),
        SortKey.APPLICANT_TYPE: (Application.applicant_type, list(ApplicantType)),
        SortKey.STATE: (Application.state, list(State)),
        SortKey.OUTCOME: (Application.outcome, list(Outcome)),
    }
    if key in enums:
        return [_enum_order(*enums[key])]
    plain = {
        SortKey.RECEIVED_ON: Application.received_on,
        SortKey.APPLICANT_NAME: Application.applicant_sort_key,
        SortKey.CONTENT: Application.content,
        SortKey.CATEGORY: Category.name,
        SortKey.DEPARTMENT: Department.name,
        SortKey.DUE_ON: Application.due_on,
        SortKey.DAYS_LEFT: Application.due_on,
        SortKey.CLOSED_ON: Application.closed_on,
    }
    return [plain[key]]


#: Sort columns that may hold NULL (shown last in both directions).
_NULLABLE = frozenset(
    {
        SortKey.CATEGORY,
        SortKey.DEPARTMENT,
        SortKey.DUE_ON,
        SortKey.DAYS_LEFT,
        SortKey.STATUS,
        SortKey.CLOSED_ON,
    }
)


def _order_by(query: RegisterQuery) -> list[Any]:
    order = []
    for column in _sort_columns(query.sort):
        ordered = column.desc() if query.descending else column.asc()
        order.append(ordered.nulls_last() if query.sort in _NULLABLE else ordered)
    if query.sort is not SortKey.SERIAL:  # the serial is unique; others need a tie-break
        order.append(Application.id.desc() if query.descending else Application.id.asc())
    return order


# --- the public queries ---


def count_register(session: Session, query: RegisterQuery, today: dt.date) -> int:
    """How many applications match the filters of ``query``."""
    bounds = _bounds(session, load_calendar(session), today)
    statement = select(func.count(Application.id)).where(*_filters(query, bounds))
    return int(session.scalar(statement) or 0)


def _page_statement(query: RegisterQuery, bounds: StatusBounds) -> Select[Any]:
    statement = (
        select(
            Application.id,
            Application.serial,
            Application.received_on,
            Application.channel,
            Application.applicant_type,
            Application.applicant_name,
            func.substr(Application.content, 1, SUMMARY_LENGTH + 1).label("summary"),
            Category.name.label("category"),
            Department.name.label("department"),
            Application.state,
            Application.due_on,
            Application.due_provisional,
            Application.on_time,
            Application.outcome,
            Application.closed_on,
        )
        .outerjoin(Category, Category.id == Application.category_id)
        .outerjoin(Department, Department.id == Application.department_id)
        .where(*_filters(query, bounds))
        .order_by(*_order_by(query))
    )
    return statement


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH] + "…"


def _to_row(values: Any, calendar: WorkCalendar, bounds: StatusBounds) -> RegisterRow:
    state = State(values.state)
    due_on: dt.date | None = values.due_on
    left = None
    if due_on is not None and not state.is_closed:
        left = working_days_left(calendar, bounds.today, due_on)
    return RegisterRow(
        id=values.id,
        serial=values.serial,
        received_on=values.received_on,
        channel=Channel(values.channel),
        applicant_type=ApplicantType(values.applicant_type),
        applicant_name=values.applicant_name,
        content_summary=_summary(values.summary or ""),
        category=values.category or "",
        department=values.department or "",
        state=state,
        due_on=due_on,
        provisional=bool(values.due_provisional),
        working_days_left=left,
        status=row_status(state=state, due_on=due_on, on_time=values.on_time, bounds=bounds),
        outcome=Outcome(values.outcome) if values.outcome else None,
        closed_on=values.closed_on,
    )


def fetch_register(
    session: Session, query: RegisterQuery, *, today: dt.date, offset: int, limit: int
) -> list[RegisterRow]:
    """One page of the register, in the order ``query`` asks for."""
    calendar = load_calendar(session)
    bounds = _bounds(session, calendar, today)
    statement = _page_statement(query, bounds).offset(offset).limit(limit)
    return [_to_row(values, calendar, bounds) for values in session.execute(statement)]


def first_page(
    session: Session, query: RegisterQuery, *, today: dt.date, limit: int
) -> tuple[list[RegisterRow], int]:
    """The first ``limit`` rows and how many match in all."""
    rows = fetch_register(session, query, today=today, offset=0, limit=limit)
    # A short first page is everything: no second scan to count (text searches).
    total = len(rows) if len(rows) < limit else count_register(session, query, today)
    return rows, total


def application_detail(
    session: Session, application_id: int, *, today: dt.date | None = None
) -> ApplicationDetail:
    """Every field of one application, with its version (its events: ``services.events``).

    ``today`` (default: the system date) decides working days left and status.
    """
    row = session.get(Application, application_id)
    if row is None:
        raise NotFound(application_id)
    today = today or dt.date.today()
    calendar = load_calendar(session)
    bounds = _bounds(session, calendar, today)
    state = State(row.state)
    left = None
    if row.due_on is not None and not state.is_closed:
        left = working_days_left(calendar, today, row.due_on)
    return ApplicationDetail(
        id=row.id,
        version=row.version,
        serial=row.serial,
        channel=Channel(row.channel),
        letter_kind=LetterKind(row.letter_kind) if row.letter_kind else None,
        arrived_on=row.arrived_on,
        received_on=row.received_on,
        applicant_type=ApplicantType(row.applicant_type),
        applicant_name=row.applicant_name,
        id_number=row.id_number,
        phone=row.phone,
        address=row.address,
        email=row.email,
        content=row.content,
        category=row.category.name if row.category else "",
        department=row.department.name if row.department else "",
        preferred_form=row.preferred_form,
        preferred_delivery=row.preferred_delivery,
        notes=row.notes,
        state=state,
        due_on=row.due_on,
        provisional=row.due_provisional,
        working_days_left=left,
        status=row_status(state=state, due_on=row.due_on, on_time=row.on_time, bounds=bounds),
        closed_on=row.closed_on,
        outcome=Outcome(row.outcome) if row.outcome else None,
        on_time=row.on_time,
        archived=row.archived,
        receipt_reason=_receipt_reason(row),
    )


def _receipt_reason(row: Application) -> str:
    """The recorded reason for a receipt date that differs from the arrival (rules.md §2)."""
    received = next((e for e in row.events if e.kind == EventKind.RECEIVED.value), None)
    return str((received.data or {}).get("receipt_reason", "")) if received is not None else ""


def detail_input(detail: ApplicationDetail) -> ApplicationInput:
    """The form values of an application, for editing."""
    return ApplicationInput(
        channel=detail.channel,
        received_on=detail.received_on,
        applicant_type=detail.applicant_type,
        applicant_name=detail.applicant_name,
        content=detail.content,
        arrived_on=detail.arrived_on,
        letter_kind=detail.letter_kind,
        id_number=detail.id_number,
        phone=detail.phone,
        address=detail.address,
        email=detail.email,
        category=detail.category,
        department=detail.department,
        preferred_form=detail.preferred_form,
        preferred_delivery=detail.preferred_delivery,
        notes=detail.notes,
        receipt_reason=detail.receipt_reason,
    )


@dataclass(frozen=True)
class RegistrationSheet:
    """What the printed registration form (登记表) shows: the agency and the application."""

    agency: str
    detail: ApplicationDetail


def registration_sheet(
    session: Session, application_id: int, *, today: dt.date
) -> RegistrationSheet:
    """The registration form of one application, for printing."""
    agency = str(settings_service.get_setting(session, "agency_name"))
    return RegistrationSheet(agency, application_detail(session, application_id, today=today))


# --- repeat applicants (重复申请, Art. 35) -----------------------------------------------------


@dataclass(frozen=True)
class EarlierApplications:
    """How many applications the same applicant made before, and the register search for them."""

    count: int
    serials: tuple[str, ...]  # newest first
    #: Words for the register's search box that find them (name plus ID number or phone).
    search: str


def earlier_applications(
    session: Session,
    *,
    name: str,
    id_number: str = "",
    phone: str = "",
    application_id: int | None = None,
) -> EarlierApplications:
    """The same applicant's other applications: same name plus same ID number or phone.

    For an existing application (``application_id``) only those received on or
    before it count; a new one counts every application on record.
    """
    name, id_number, phone = name.strip(), id_number.strip().upper(), phone.strip()
    pairs = ((Application.id_number, id_number), (Application.phone, phone))
    same = [column == value for column, value in pairs if value]
    if not name or not same:
        return EarlierApplications(0, (), "")
    where = [Application.applicant_name == name, or_(*same)]
    if application_id is not None:
        received = select(Application.received_on).where(Application.id == application_id)
        where += [
            Application.id != application_id,
            Application.received_on <= received.scalar_subquery(),
        ]
    serials = tuple(
        session.scalars(
            select(Application.serial)
            .where(*where)
            .order_by(Application.received_on.desc(), Application.id.desc())
        )
    )
    return EarlierApplications(len(serials), serials, f"{name} {id_number or phone}")
