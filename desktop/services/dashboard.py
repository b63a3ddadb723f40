"""The supervisor's dashboard: counts, the lists behind them, and chart figures.

Counts come from SQL over the cached columns of ``application`` (``state``,
``due_on``, ``closed_on``, ``on_time``, ``received_on``, ``department_id``), so
they stay fast on 100,000 rows. Correction-notice, consultation and fee items
need the events: only the open applications' events are loaded (a few
thousand) and ``compute_deadlines`` is applied to them.

**Convention (correction notices due)**: an open application is listed while
its 7-working-day window for a correction notice (Art. 30) is still open, that
is from receipt up to and including the 7th working day, provided no
correction notice and no reply has been recorded. Once the window has passed a
notice can no longer be sent lawfully, so nothing is left to do and the item
is dropped rather than reported as overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.models import Application, ApplicationEvent, Department
from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import FEE_PAYMENT_DAYS, ClockEvent, compute_deadlines
from desktop.core.status import CLOCK_STOPPED, working_days_left
from desktop.core.vocab import (
    CLOSED_STATES,
    ApplicantType,
    Channel,
    DueKind,
    EventKind,
    State,
)
from desktop.services import settings as settings_service
from desktop.services.calendar import load_calendar
from desktop.services.statistics import agency_name

#: Shown beside every on-time rate (rules.md §7).
RATE_DEFINITION = (
    "按时办结率：统计期内以答复办结的申请中，在答复期限内（含当日）答复的比例；"
    "视为放弃、逾期未缴费、撤回办结的不计入；统计期内没有答复时显示“—”。"
)
NO_RATE = "—"
CLOSED_VALUES = tuple(s.value for s in CLOSED_STATES)
OPEN_VALUES = tuple(s.value for s in State if s not in CLOSED_STATES)
Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")
CHANNELS = tuple(Channel)


class ListKey(StrEnum):
    """The lists behind the count tiles."""

    OPEN = "open"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CORRECTION = "correction"
    CONSULTATION = "consultation"
    FEE = "fee"
    RECEIVED_QUARTER = "received_quarter"
    CLOSED_QUARTER = "closed_quarter"
    REPLIED_QUARTER = "replied_quarter"
    RECEIVED_YEAR = "received_year"
    CLOSED_YEAR = "closed_year"
    REPLIED_YEAR = "replied_year"
    LATE_NOTICE_YEAR = "late_notice_year"


EVENT_LISTS = {
    ListKey.CORRECTION: DueKind.CORRECTION_NOTICE,
    ListKey.CONSULTATION: DueKind.CONSULTATION_REPLY,
    ListKey.FEE: DueKind.FEE_PAYMENT,
}


@dataclass(frozen=True)
class Period:
    """A closed date range with its Chinese name."""

    start: dt.date
    end: dt.date
    label: str


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_period(year: int, quarter: int) -> Period:
    start = dt.date(year, 3 * quarter - 2, 1)
    end_month_start = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
    names = "一二三四"
    label = f"{year}年第{names[quarter - 1]}季度"
    return Period(start, end_month_start - dt.timedelta(days=1), label)


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year}年")


def rate_text(on_time: int, replies: int) -> str:
    """The on-time rate as "14.29%" (two decimals, half up), "—" with no replies."""
    if replies == 0:
        return NO_RATE
    percent = (Decimal(on_time) * 100 / Decimal(replies)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return f"{percent}%"


def due_soon_limit(calendar: WorkCalendar, today: dt.date, within: int) -> dt.date:
    """The last date that counts as "due within ``within`` working days"."""
    return calendar.add_workdays(today, within) if within >= 1 else today


@dataclass(frozen=True)
class DashboardItem:
    """One row of a dashboard list or alert list (display-ready, no ORM)."""

    application_id: int
    serial: str
    applicant_type: ApplicantType
    applicant_name: str
    department: str
    kind: DueKind | None
    due: dt.date | None
    working_days_left: int | None
    provisional: bool
    state: State
    received_on: dt.date
    closed_on: dt.date | None = None
    on_time: bool | None = None
    #: A correction notice was sent after the 7-working-day limit (补正告知逾期, rules.md §4).
    correction_notice_late: bool = False

    @property
    def overdue(self) -> bool:
        return self.working_days_left is not None and self.working_days_left < 0


def urgency_key(item: DashboardItem) -> tuple[Any, ...]:
    """Most overdue first, then fewest working days left; undated items last."""
    return (
        item.working_days_left is None,
        item.working_days_left or 0,
        item.due or dt.date.max,
        item.closed_on or dt.date.max,
        item.serial,
    )


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    received: int
    closed: int
    replies: int
    on_time: int
    #: Applications with a correction notice sent late (补正告知逾期) in the period.
    late_notices: int = 0

    @property
    def rate(self) -> str:
        return rate_text(self.on_time, self.replies)


@dataclass(frozen=True)
class DashboardCounts:
    open: int
    due_today: int
    due_soon: int
    overdue: int
    correction: int
    consultation: int
    fee: int


@dataclass(frozen=True)
class QuarterRate:
    year: int
    quarter: int
    replies: int
    on_time: int

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def text(self) -> str:
        return rate_text(self.on_time, self.replies)

    @property
    def fraction(self) -> float | None:
        return self.on_time / self.replies if self.replies else None


@dataclass(frozen=True)
class Bucket:
    label: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows except the (lazily loaded) lists."""

    today: dt.date
    due_soon_days: int
    department_id: int | None
    counts: DashboardCounts
    quarter: PeriodFigures
    year: PeriodFigures
    #: ``monthly[m][c]``: applications received in month m+1 through ``CHANNELS[c]``.
    monthly: tuple[tuple[int, ...], ...]
    quarter_rates: tuple[QuarterRate, ...]
    remaining: tuple[Bucket, ...]
    #: The agency's name, as every publication and letter prints it (setting ``agency_name``).
    agency: str = ""


@dataclass(frozen=True)
class DepartmentChoice:
    id: int
    name: str


def list_departments(session: Session) -> list[DepartmentChoice]:
    """Every department (inactive ones too: old applications refer to them)."""
    rows = session.execute(
        select(Department.id, Department.name).order_by(
            Department.active.desc(), Department.position, Department.name
        )
    )
    return [DepartmentChoice(row.id, row.name) for row in rows]


# --- SQL helpers -----------------------------------------------------------------


def _is_open() -> ColumnElement[bool]:
    # IN over the open states (not NOT IN over the closed ones) uses the state index.
    return Application.state.in_(OPEN_VALUES)


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _scoped(query: Q, department_id: int | None) -> Q:
    if department_id is None:
        return query
    return query.where(Application.department_id == department_id)


def _threshold(session: Session, within: int | None) -> int:
    return int(settings_service.get_setting(session, "due_soon_days")) if within is None else within


# --- the dashboard ---------------------------------------------------------------


def load_dashboard(
    session: Session,
    *,
    today: dt.date,
    department_id: int | None = None,
    year: int | None = None,
    quarter: int | None = None,
    within: int | None = None,
) -> Dashboard:
    """Counts, period figures and chart data; ``year``/``quarter`` default to today's."""
    calendar = load_calendar(session)
    within = _threshold(session, within)
    year = today.year if year is None else year
    quarter = quarter_of(today) if quarter is None else quarter
    q_period, y_period = quarter_period(year, quarter), year_period(year)
    limit = due_soon_limit(calendar, today, within)
    opened = session.execute(
        _scoped(
            select(
                func.count(),
                _count(Application.due_on == today),
                _count(and_(Application.due_on > today, Application.due_on <= limit)),
                _count(Application.due_on < today),
            ).where(_is_open()),
            department_id,
        )
    ).one()
    events = event_items(session, calendar=calendar, today=today, department_id=department_id)
    counts = DashboardCounts(
        *(int(v) for v in opened),
        *(sum(1 for i in events if i.kind is k) for k in EVENT_LISTS.values()),
    )
    quarter_figures, year_figures = _period_figures(session, q_period, y_period, department_id)
    late = late_notices(session, calendar=calendar, period=y_period, department_id=department_id)
    in_quarter = sum(1 for days in late.values() if any(_within_period(d, q_period) for d in days))
    quarter_figures = replace(quarter_figures, late_notices=in_quarter)
    year_figures = replace(year_figures, late_notices=len(late))
    return Dashboard(
        today=today,
        due_soon_days=within,
        department_id=department_id,
        counts=counts,
        quarter=quarter_figures,
        year=year_figures,
        monthly=_monthly_by_channel(session, year, department_id),
        quarter_rates=_quarter_rates(session, year, quarter, department_id),
        remaining=_remaining_buckets(session, calendar, today, department_id),
        agency=agency_name(session),
    )


def _period_figures(
    session: Session, inner: Period, outer: Period, department_id: int | None
) -> tuple[PeriodFigures, PeriodFigures]:
    """Figures of a quarter and of its year; each query reads only the year's rows (indexes)."""
    received = session.execute(
        _scoped(
            select(_count(_in(Application.received_on, inner)), func.count()).where(
                _in(Application.received_on, outer)
            ),
            department_id,
        )
    ).one()
    closed_in_inner = _in(Application.closed_on, inner)
    closed = Application.state.in_(CLOSED_VALUES)
    replied = Application.state == State.REPLIED.value
    on_time = and_(replied, Application.on_time.is_(True))
    conditions = (closed, replied, on_time)
    closing = session.execute(
        _scoped(
            select(
                *(_count(and_(closed_in_inner, c)) for c in conditions),
                *(_count(c) for c in conditions),
            ).where(_in(Application.closed_on, outer)),
            department_id,
        )
    ).one()
    return (
        PeriodFigures(inner, int(received[0]), *(int(v) for v in closing[:3])),
        PeriodFigures(outer, int(received[1]), *(int(v) for v in closing[3:])),
    )


def _monthly_by_channel(
    session: Session, year: int, department_id: int | None
) -> tuple[tuple[int, ...], ...]:
    month = extract("month", Application.received_on)
    query = (
        select(month, Application.channel, func.count())
        .where(_in(Application.received_on, year_period(year)))
        .group_by(month, Application.channel)
    )
    table = [[0] * len(CHANNELS) for _ in range(12)]
    index = {c.value: i for i, c in enumerate(CHANNELS)}
    for m, channel, n in session.execute(_scoped(query, department_id)):
        table[int(m) - 1][index.get(channel, index[Channel.OTHER.value])] += int(n)
    return tuple(tuple(row) for row in table)


def _quarter_rates(
    session: Session, year: int, quarter: int, department_id: int | None, count: int = 8
) -> tuple[QuarterRate, ...]:
    """The on-time rate of the ``count`` quarters ending with ``year``/``quarter``."""
    index = year * 4 + quarter - 1
    quarters = [divmod(i, 4) for i in range(index - count + 1, index + 1)]
    span = Period(
        quarter_period(quarters[0][0], quarters[0][1] + 1).start,
        quarter_period(year, quarter).end,
        "",
    )
    replied = Application.state == State.REPLIED.value
    on_time = Application.on_time.is_(True)
    # Filtering on the closing date alone lets SQLite use its index.
    query = (
        select(Application.closed_on, _count(replied), _count(and_(replied, on_time)))
        .where(_in(Application.closed_on, span))
        .group_by(Application.closed_on)
    )
    totals: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for day, n, ok in session.execute(_scoped(query, department_id)):
        cell = totals[(day.year, quarter_of(day))]
        cell[0] += int(n)
        cell[1] += int(ok)
    return tuple(QuarterRate(qy, qq + 1, *totals.get((qy, qq + 1), [0, 0])) for qy, qq in quarters)


#: Buckets of "open applications by working days remaining": (label, lowest, highest).
REMAINING_BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("已逾期", -(10**6), -1),
    ("今日到期", 0, 0),
    ("1–5日", 1, 5),
    ("6–10日", 6, 10),
    ("11–20日", 11, 20),
    ("20日以上", 21, 10**6),
)
STOPPED_BUCKET = CLOCK_STOPPED.split("（")[0]  # 暂停计时: the chart axis is short


def _remaining_buckets(
    session: Session, calendar: WorkCalendar, today: dt.date, department_id: int | None
) -> tuple[Bucket, ...]:
    query = select(Application.due_on, func.count()).where(_is_open()).group_by(Application.due_on)
    counts = [0] * len(REMAINING_BUCKETS)
    stopped = 0
    for due, n in session.execute(_scoped(query, department_id)):
        if due is None:
            stopped += int(n)
            continue
        left = working_days_left(calendar, today, due)
        for i, (_, low, high) in enumerate(REMAINING_BUCKETS):
            if low <= left <= high:
                counts[i] += int(n)
    buckets = [Bucket(label, n) for (label, _, _), n in zip(REMAINING_BUCKETS, counts, strict=True)]
    return (*buckets, Bucket(STOPPED_BUCKET, stopped))


# --- lists -----------------------------------------------------------------------


def _item_query(department_id: int | None) -> Select[*tuple[Any, ...]]:
    query = select(
        Application.id,
        Application.serial,
        Application.applicant_type,
        Application.applicant_name,
        Department.name.label("department"),
        Application.due_on,
        Application.due_provisional,
        Application.state,
        Application.received_on,
        Application.closed_on,
        Application.on_time,
    ).outerjoin(Department, Application.department_id == Department.id)
    return _scoped(query, department_id)


def _reply_item(row: Any, calendar: WorkCalendar, today: dt.date) -> DashboardItem:
    state = State(row.state)
    is_open = not state.is_closed
    left = working_days_left(calendar, today, row.due_on) if is_open and row.due_on else None
    return DashboardItem(
        application_id=row.id,
        serial=row.serial,
        applicant_type=ApplicantType(row.applicant_type),
        applicant_name=row.applicant_name,
        department=row.department or "",
        kind=DueKind.REPLY if is_open else None,
        due=row.due_on,
        working_days_left=left,
        provisional=bool(row.due_provisional),
        state=state,
        received_on=row.received_on,
        closed_on=row.closed_on,
        on_time=row.on_time,
    )


def dashboard_and_items(
    session: Session,
    *,
    key: ListKey,
    today: dt.date,
    department_id: int | None = None,
    year: int | None = None,
    quarter: int | None = None,
) -> tuple[Dashboard, tuple[DashboardItem, ...]]:
    """The whole dashboard and the list behind ``key`` (one refresh of the view)."""
    dashboard = load_dashboard(
        session, today=today, department_id=department_id, year=year, quarter=quarter
    )
    items = list_items(
        session,
        key=key,
        today=today,
        department_id=department_id,
        year=year,
        quarter=quarter,
        within=dashboard.due_soon_days,
    )
    return dashboard, items


def list_items(
    session: Session,
    *,
    key: ListKey,
    today: dt.date,
    department_id: int | None = None,
    year: int | None = None,
    quarter: int | None = None,
    within: int | None = None,
) -> tuple[DashboardItem, ...]:
    """The applications behind one count tile, most urgent first."""
    calendar = load_calendar(session)
    if key in EVENT_LISTS:
        kind = EVENT_LISTS[key]
        items = event_items(session, calendar=calendar, today=today, department_id=department_id)
        return tuple(sorted((i for i in items if i.kind is kind), key=urgency_key))
    if key is ListKey.LATE_NOTICE_YEAR:
        period = year_period(year or today.year)
        late = late_notices(session, calendar=calendar, period=period, department_id=department_id)
        rows = session.execute(_item_query(department_id).where(Application.id.in_(list(late))))
        flagged = (
            replace(_reply_item(r, calendar, today), correction_notice_late=True) for r in rows
        )
        return tuple(sorted(flagged, key=urgency_key))
    condition = _list_condition(
        key,
        calendar,
        today,
        year or today.year,
        quarter or quarter_of(today),
        _threshold(session, within),
    )
    rows = session.execute(_item_query(department_id).where(condition))
    items = _flag_late(session, [_reply_item(r, calendar, today) for r in rows], calendar)
    return tuple(sorted(items, key=urgency_key))


def _within_period(day: dt.date, period: Period) -> bool:
    return period.start <= day <= period.end


def late_notices(
    session: Session,
    *,
    calendar: WorkCalendar,
    period: Period | None = None,
    department_id: int | None = None,
    ids: Sequence[int] | None = None,
) -> dict[int, tuple[dt.date, ...]]:
    """Applications with a correction notice sent late (补正告知逾期), with those notices' dates.

    Only applications with a correction notice are read (a few in a hundred);
    with ``period``, only notices sent in it count.
    """
    noticed = select(ApplicationEvent.application_id).where(
        ApplicationEvent.kind == EventKind.CORRECTION_NOTICE.value,
        ApplicationEvent.voided_at.is_(None),
    )
    if period is not None:
        noticed = noticed.where(_in(ApplicationEvent.occurred_on, period))
    apps = _scoped(
        select(Application.id, Application.received_on).where(Application.id.in_(noticed)),
        department_id,
    )
    if ids is not None:
        apps = apps.where(Application.id.in_(list(ids)))
    received = {row.id: row.received_on for row in session.execute(apps)}
    if not received:
        return {}
    events = _events_of(session, select(Application.id).where(Application.id.in_(list(received))))
    found: dict[int, tuple[dt.date, ...]] = {}
    for app_id, on in received.items():
        late = compute_deadlines(on, events.get(app_id, []), calendar).late_correction_notices
        if period is not None:
            late = tuple(d for d in late if _within_period(d, period))
        if late:
            found[app_id] = late
    return found


def _events_of(session: Session, ids: Any) -> dict[int, list[ClockEvent]]:
    """The valid events of the applications ``ids`` selects, by application, in date order."""
    query = (
        select(
            ApplicationEvent.application_id,
            ApplicationEvent.kind,
            ApplicationEvent.occurred_on,
            ApplicationEvent.data,
            ApplicationEvent.id,
        )
        .where(ApplicationEvent.application_id.in_(ids), ApplicationEvent.voided_at.is_(None))
        .order_by(ApplicationEvent.application_id, ApplicationEvent.occurred_on)
        .order_by(ApplicationEvent.id)
    )
    events: dict[int, list[ClockEvent]] = defaultdict(list)
    for app_id, kind, on, data, event_id in session.execute(query):
        events[app_id].append(ClockEvent(EventKind(kind), on, dict(data or {}), event_id))
    return events


def _flag_late(
    session: Session, items: Sequence[DashboardItem], calendar: WorkCalendar
) -> list[DashboardItem]:
    """The items, those of applications with a late correction notice flagged."""
    if not items:
        return []
    late = late_notices(session, calendar=calendar, ids=[i.application_id for i in items])
    return [
        replace(i, correction_notice_late=True) if i.application_id in late else i for i in items
    ]


def _list_condition(
    key: ListKey, calendar: WorkCalendar, today: dt.date, year: int, quarter: int, within: int
) -> ColumnElement[bool]:
    opened, due = _is_open(), Application.due_on
    period = quarter_period(year, quarter) if key.endswith("quarter") else year_period(year)
    closed_in = _in(Application.closed_on, period)
    conditions: dict[ListKey, ColumnElement[bool]] = {
        ListKey.OPEN: opened,
        ListKey.DUE_TODAY: and_(opened, due == today),
        ListKey.DUE_SOON: and_(opened, due > today, due <= due_soon_limit(calendar, today, within)),
        ListKey.OVERDUE: and_(opened, due < today),
    }
    if key in conditions:
        return conditions[key]
    if key.startswith("received"):
        return _in(Application.received_on, period)
    if key.startswith("replied"):
        return and_(closed_in, Application.state == State.REPLIED.value)
    return and_(closed_in, Application.state.in_(CLOSED_VALUES))


def reply_items_due(
    session: Session, *, today: dt.date, within: int, department_id: int | None = None
) -> list[DashboardItem]:
    """Open applications whose reply is overdue or due within ``within`` working days."""
    calendar = load_calendar(session)
    limit = due_soon_limit(calendar, today, within)
    condition = and_(_is_open(), Application.due_on <= limit)
    rows = session.execute(_item_query(department_id).where(condition))
    return _flag_late(session, [_reply_item(r, calendar, today) for r in rows], calendar)


# --- items that need the events ----------------------------------------------------


def event_items(
    session: Session, *, calendar: WorkCalendar, today: dt.date, department_id: int | None = None
) -> list[DashboardItem]:
    """Correction-notice, consultation-reply and fee-payment items of open applications."""
    apps = {r.id: r for r in session.execute(_item_query(department_id).where(_is_open()))}
    if not apps:
        return []
    open_ids = _scoped(select(Application.id).where(_is_open()), department_id)
    events = _events_of(session, open_ids)
    items: list[DashboardItem] = []
    for app_id, row in apps.items():
        items.extend(_items_of(row, events.get(app_id, []), calendar, today))
    return items


def _items_of(
    row: Any, events: Sequence[ClockEvent], calendar: WorkCalendar, today: dt.date
) -> list[DashboardItem]:
    kinds = {e.kind for e in events}
    deadlines = compute_deadlines(row.received_on, events, calendar)
    dues: list[tuple[DueKind, dt.date]] = []
    window_open = deadlines.correction_notice_due >= today
    if window_open and not kinds & {EventKind.CORRECTION_NOTICE, EventKind.REPLY}:
        dues.append((DueKind.CORRECTION_NOTICE, deadlines.correction_notice_due))
    for consultation in deadlines.consultation_dues:
        if consultation.replied_on is None:
            dues.append((DueKind.CONSULTATION_REPLY, consultation.due))
    if (fee_due := _pending_fee_due(events, deadlines.fee_payment_due, calendar)) is not None:
        dues.append((DueKind.FEE_PAYMENT, fee_due))
    late = deadlines.correction_notice_late
    return [_event_item(row, kind, due, calendar, today, late) for kind, due in dues]


def _pending_fee_due(
    events: Sequence[ClockEvent], computed: dt.date | None, calendar: WorkCalendar
) -> dt.date | None:
    """The payment deadline of the last fee notice that is neither paid nor unpaid."""
    pending: dt.date | None = None
    for event in events:
        if event.kind is EventKind.FEE_NOTICE:
            pending = event.on
        elif event.kind in (EventKind.FEE_PAID, EventKind.FEE_UNPAID):
            pending = None
    if pending is None:
        return None
    return computed or calendar.add_workdays(pending, FEE_PAYMENT_DAYS)


def _event_item(
    row: Any,
    kind: DueKind,
    due: dt.date,
    calendar: WorkCalendar,
    today: dt.date,
    correction_notice_late: bool = False,
) -> DashboardItem:
    return DashboardItem(
        application_id=row.id,
        serial=row.serial,
        applicant_type=ApplicantType(row.applicant_type),
        applicant_name=row.applicant_name,
        department=row.department or "",
        kind=kind,
        due=due,
        working_days_left=working_days_left(calendar, today, due),
        provisional=calendar.is_provisional(due),
        state=State(row.state),
        received_on=row.received_on,
        correction_notice_late=correction_notice_late,
    )


# --- per-department comparison ---------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentFigures:
    """One 承办部门's line of the comparison a supervisor asks for."""

    department: str  # "" for applications with no department
    open: int
    overdue: int
    replies: int  # replies in the period
    on_time: int  # of which on time

    @property
    def rate(self) -> str:
        return rate_text(self.on_time, self.replies)

    @property
    def fraction(self) -> float | None:
        return None if self.replies == 0 else self.on_time / self.replies


def department_comparison(
    session: Session, *, today: dt.date, year: int
) -> tuple[DepartmentFigures, ...]:
    """Open, overdue and the on-time rate of ``year``'s replies, per department (by name)."""
    period = year_period(year)
    replied = and_(Application.state == State.REPLIED.value, _in(Application.closed_on, period))
    query = (
        select(
            Department.name,
            _count(_is_open()),
            _count(and_(_is_open(), Application.due_on < today)),
            _count(replied),
            _count(and_(replied, Application.on_time.is_(True))),
        )
        .select_from(Application)
        .outerjoin(Department, Department.id == Application.department_id)
        .where(or_(_is_open(), _in(Application.closed_on, period)))
        .group_by(Department.name)
    )
    rows = [
        DepartmentFigures(name or "", *(int(v) for v in values))
        for name, *values in session.execute(query)
    ]
    return tuple(sorted(rows, key=lambda r: (-r.overdue, -r.open, r.department)))
