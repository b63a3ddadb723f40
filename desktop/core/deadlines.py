"""The statutory reply deadline (rules.md §3–§4), a pure function of events and calendar.

Counting starts the day after the start date (receipt, or the last corrected
application): day 1 is the first working day strictly after it. Working days
inside excluded intervals (consultations, fee notices) are skipped. Every
count is done with the calendar's bisect helpers, one lookup per excluded
interval, never day by day.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from desktop.core.calendar import WorkCalendar
from desktop.core.vocab import EventKind

#: The version of the rules the cached derived columns were computed with. Bump it
#: whenever a change here alters a stored result, and say in
#: ``desktop.services.derived.RULE_CHANGES`` which applications it affects: start-up
#: then recomputes them once.
#: 1: the first release. 2: a late correction notice neither stops nor restarts the clock;
#: the cached provisional mark is that of the due date itself (rules.md §1, §5).
RULES_VERSION = 2

#: The 2019 revision (国务院令第711号) applies to requests received from this day.
RULE_2019_FROM = dt.date(2019, 5, 15)
#: Working days within which a correction notice must go out (Art. 30).
CORRECTION_NOTICE_DAYS = 7
#: Working days a consulted party has to answer (Arts. 32, 34).
CONSULTATION_DAYS = 15
#: Working days the applicant has to pay a fee (国办函〔2020〕109号).
FEE_PAYMENT_DAYS = 20


@dataclass(frozen=True)
class Rule:
    """A version of the reply-deadline rule."""

    code: str
    limit: int
    extension: int
    label: str


RULE_2019 = Rule(
    "2019", 20, 20, "2019年修订《政府信息公开条例》第三十三条：20个工作日，可延长不超过20个工作日"
)
RULE_2007 = Rule(
    "2007", 15, 15, "2007年《政府信息公开条例》第二十四条：15个工作日，可延长不超过15个工作日"
)


def rule_for(received_on: dt.date) -> Rule:
    """The rule that governs a request received on ``received_on``."""
    return RULE_2019 if received_on >= RULE_2019_FROM else RULE_2007


@dataclass(frozen=True)
class ClockEvent:
    """One dated event of an application, as the deadline rules see it."""

    kind: EventKind
    on: dt.date
    data: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class ConsultationDue:
    sent_on: dt.date
    due: dt.date  # 15th working day after sent_on
    replied_on: dt.date | None
    #: ``due`` depends on a year without a loaded schedule (rules.md §1).
    provisional: bool = False


@dataclass(frozen=True)
class Exclusion:
    """Working days ``d`` with ``after < d <= until`` are not counted."""

    after: dt.date
    until: dt.date
    reason: str  # "consultation" | "fee"


@dataclass(frozen=True)
class Deadlines:
    rule: Rule
    start: dt.date
    due: dt.date
    extended_due: dt.date
    manual_due: dt.date | None
    effective_due: dt.date | None
    extended: bool
    correction_notice_due: dt.date
    consultation_dues: tuple[ConsultationDue, ...]
    fee_payment_due: dt.date | None
    #: Some date that applies depends on a year without a loaded schedule.
    provisional: bool
    #: The dates (by field name, :data:`PROVISIONAL_FIELDS` order) that themselves depend
    #: on a year without a loaded schedule; a date on loaded years only is never listed.
    provisional_dates: tuple[str, ...] = ()
    #: Correction notices sent after the 7-working-day limit (补正告知逾期): recorded,
    #: but they neither stop nor restart the clock (rules.md §4, Convention).
    late_correction_notices: tuple[dt.date, ...] = ()

    @property
    def correction_notice_late(self) -> bool:
        return bool(self.late_correction_notices)

    @property
    def effective_provisional(self) -> bool:
        """Whether the deadline that applies now is itself provisional (an Art. 35 date,
        set by the agency, never is; nor is anything while the clock is stopped)."""
        if self.effective_due is None or self.effective_due == self.manual_due:
            return False
        return self.is_provisional("extended_due" if self.extended else "due")

    def is_provisional(self, name: str) -> bool:
        """Whether the date called ``name`` (see :data:`PROVISIONAL_FIELDS`) is provisional."""
        return name in self.provisional_dates


#: The dates that can carry their own provisional mark, in display order.
PROVISIONAL_FIELDS = (
    "due",
    "extended_due",
    "correction_notice_due",
    "consultation_dues",
    "fee_payment_due",
)


def as_date(value: object) -> dt.date:
    """A date from event data (a ``date`` or an ISO string)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


_EVENT_DATE = attrgetter("on")


def ordered(events: Sequence[ClockEvent]) -> Sequence[ClockEvent]:
    """Events by date; same-day events keep their given order.

    Histories almost always arrive in order (the services load them sorted), and
    checking is cheaper than sorting 100,000 of them again.
    """
    previous = None
    for event in events:
        if previous is not None and event.on < previous:
            return sorted(events, key=_EVENT_DATE)
        previous = event.on
    return events


class _Scan:
    """What the deadline rules need from the events, gathered in one pass (hot path)."""

    __slots__ = (
        "calendar",
        "extension",
        "fees",
        "ignored",
        "late",
        "late_pending",
        "manual",
        "replies",
        "restarts",
        "sent",
        "start",
        "stopped",
    )

    def __init__(
        self,
        received_on: dt.date,
        events: Sequence[ClockEvent],
        calendar: WorkCalendar | None = None,
    ) -> None:
        # Without a calendar (or a receipt date) lateness cannot be judged: every
        # correction notice then counts as sent in time.
        self.calendar = calendar if received_on != dt.date.min else None
        self.start = received_on
        self.stopped = False
        self.late: list[dt.date] = []
        self.late_pending = False
        self.restarts: list[dt.date] = []
        self.ignored: list[dt.date] = []  # corrections answering a late notice
        self.sent: list[tuple[int | None, dt.date]] = []
        self.replies: dict[int, dt.date] = {}
        self.fees: list[list[Any]] = []  # [notice date, settled date or None]
        self.extension: ClockEvent | None = None
        self.manual: ClockEvent | None = None
        # Dispatch on the plain-str value: hashing an enum member calls Python code.
        for event in ordered(events):
            handler = _HANDLERS.get(event.kind._value_)
            if handler is not None:
                handler(self, event)

    def restart(self, event: ClockEvent) -> None:
        if self.late_pending:  # answers a late notice: the clock runs on, no restart
            self.late_pending = False
            self.ignored.append(event.on)
            return
        self.restarts.append(event.on)
        self.start, self.stopped = max(self.start, event.on), False

    def stop(self, event: ClockEvent) -> None:
        """A correction notice: stops the clock, unless sent after the 7-day limit (§4)."""
        calendar = self.calendar
        if calendar is not None and event.on > calendar.add_workdays(
            self.start, CORRECTION_NOTICE_DAYS
        ):
            self.late.append(event.on)
            self.late_pending = True
            return
        self.stopped, self.late_pending = True, False

    def consult(self, event: ClockEvent) -> None:
        self.sent.append((event.id, event.on))

    def consulted(self, event: ClockEvent) -> None:
        index = _match_open(self.sent, self.replies, event.data.get("consultation"))
        if index is not None:
            self.replies[index] = event.on

    def fee_notice(self, event: ClockEvent) -> None:
        self.fees.append([event.on, None])

    def fee_settled(self, event: ClockEvent) -> None:
        for period in self.fees:
            if period[1] is None:
                period[1] = event.on
                return

    def extend(self, event: ClockEvent) -> None:
        self.extension = event

    def set_manual(self, event: ClockEvent) -> None:
        self.manual = event

    def consultation_dues(self, calendar: WorkCalendar) -> tuple[ConsultationDue, ...]:
        dues = []
        for i, (_, on) in enumerate(self.sent):
            due = calendar.add_workdays(on, CONSULTATION_DAYS)
            dues.append(
                ConsultationDue(
                    on, due, self.replies.get(i), depends_on_unloaded(calendar, on, due)
                )
            )
        return tuple(dues)

    def fee_periods(self, calendar: WorkCalendar) -> list[tuple[dt.date, dt.date, dt.date | None]]:
        return [(n, calendar.add_workdays(n, FEE_PAYMENT_DAYS), paid) for n, paid in self.fees]


_HANDLERS: dict[str, Callable[[_Scan, ClockEvent], None]] = {
    EventKind.CORRECTION_NOTICE.value: _Scan.stop,
    EventKind.CORRECTION_RECEIVED.value: _Scan.restart,
    EventKind.CONSULTATION_SENT.value: _Scan.consult,
    EventKind.CONSULTATION_REPLIED.value: _Scan.consulted,
    EventKind.FEE_NOTICE.value: _Scan.fee_notice,
    EventKind.FEE_PAID.value: _Scan.fee_settled,
    EventKind.FEE_UNPAID.value: _Scan.fee_settled,
    EventKind.EXTENSION.value: _Scan.extend,
    EventKind.MANUAL_DEADLINE.value: _Scan.set_manual,
}


def counting_start(
    received_on: dt.date, events: Sequence[ClockEvent], calendar: WorkCalendar | None = None
) -> dt.date:
    """Receipt, or the date of the last corrected application (restart).

    With a ``calendar``, a correction received after a late notice restarts nothing.
    """
    return _Scan(received_on, events, calendar).start


def clock_stopped(
    events: Sequence[ClockEvent],
    *,
    received_on: dt.date = dt.date.min,
    calendar: WorkCalendar | None = None,
) -> bool:
    """True between a correction notice sent in time and the corrected application."""
    return _Scan(received_on, events, calendar).stopped


def restarts(
    received_on: dt.date, events: Sequence[ClockEvent], calendar: WorkCalendar
) -> tuple[tuple[dt.date, ...], tuple[dt.date, ...]]:
    """Corrected applications that restarted the clock, and those that did not.

    A corrected application answering a late correction notice (补正告知逾期)
    restarts nothing (rules.md §4, Convention).
    """
    scan = _Scan(received_on, events, calendar)
    return tuple(scan.restarts), tuple(scan.ignored)


def depends_on_unloaded(calendar: WorkCalendar, start: dt.date, end: dt.date) -> bool:
    """Whether a date counted from ``start`` to ``end`` depends on a year with no schedule.

    Counting looks at the days strictly after ``start`` up to ``end``: only their
    years matter (rules.md §1, a date on loaded years only is never provisional).
    """
    last = end.year
    if start >= end:
        first = last
    elif start.month == 12 and start.day == 31:
        first = start.year + 1
    else:
        first = start.year
    loaded = calendar.loaded_years
    if first == last:  # the usual case: one year
        return first not in loaded
    return any(year not in loaded for year in range(first, last + 1))


def consultations(events: Sequence[ClockEvent], calendar: WorkCalendar) -> list[ConsultationDue]:
    """Each consultation with its 15-day due date and its reply, if any."""
    return list(_Scan(dt.date.min, events).consultation_dues(calendar))


def _match_open(
    sent: list[tuple[int | None, dt.date]], replies: dict[int, dt.date], wanted: object
) -> int | None:
    """The index of the open consultation a reply answers: by id, else the oldest one."""
    oldest = None
    for index, (ident, _) in enumerate(sent):
        if index in replies:
            continue
        if wanted is not None and ident == wanted:
            return index
        if oldest is None:
            oldest = index
    return oldest


def fee_periods(
    events: Sequence[ClockEvent], calendar: WorkCalendar
) -> list[tuple[dt.date, dt.date, dt.date | None]]:
    """Each fee notice as (notice date, payment deadline, date paid or refused, if any)."""
    return _Scan(dt.date.min, events).fee_periods(calendar)


def _exclusions(
    consulted: Sequence[ConsultationDue],
    fees: Sequence[tuple[dt.date, dt.date, dt.date | None]],
) -> list[Exclusion]:
    result = [
        Exclusion(c.sent_on, min(c.replied_on, c.due) if c.replied_on else c.due, "consultation")
        for c in consulted
    ]
    for notice, payment_due, settled in fees:
        result.append(Exclusion(notice, settled if settled else payment_due, "fee"))
    return [e for e in result if e.until > e.after]


def exclusions(events: Sequence[ClockEvent], calendar: WorkCalendar) -> list[Exclusion]:
    """The excluded intervals (Convention: strictly after sending, up to and including the end)."""
    scan = _Scan(dt.date.min, events)
    return _exclusions(scan.consultation_dues(calendar), scan.fee_periods(calendar))


def merge(intervals: Iterable[Exclusion]) -> list[tuple[dt.date, dt.date]]:
    """The union of the intervals as sorted, disjoint ``(after, until]`` pairs."""
    merged: list[tuple[dt.date, dt.date]] = []
    for item in sorted(intervals, key=lambda e: (e.after, e.until)):
        if merged and item.after <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], item.until))
        else:
            merged.append((item.after, item.until))
    return merged


def nth_counted_day(
    calendar: WorkCalendar, start: dt.date, n: int, excluded: Sequence[tuple[dt.date, dt.date]]
) -> dt.date:
    """The ``n``-th working day after ``start`` that lies in no excluded interval."""
    cursor, remaining = start, n
    for after, until in excluded:
        if until <= cursor:
            continue
        gap_end = max(after, cursor)
        available = calendar.workdays_between(cursor, gap_end)
        if available >= remaining:
            return calendar.add_workdays(cursor, remaining)
        remaining -= available
        cursor = until
    return calendar.add_workdays(cursor, remaining)


def extension_days(rule: Rule, extension: ClockEvent | None) -> int:
    """Working days the extension adds (the recorded ``days``, at most the rule's maximum)."""
    if extension is None or "days" not in extension.data:
        return rule.extension
    return max(0, min(int(extension.data["days"]), rule.extension))


def _provisional_dates(
    calendar: WorkCalendar,
    received_on: dt.date,
    start: dt.date,
    dates: tuple[dt.date, dt.date, dt.date, dt.date | None],
    consulted: Sequence[ConsultationDue],
    fee_notice: dt.date | None,
) -> tuple[str, ...]:
    """The names of the dates (due, extended, notice, fee) that depend on an unloaded year."""
    due, extended_due, notice_due, fee_due = dates
    found = []
    if depends_on_unloaded(calendar, start, due):
        found.append("due")
    if depends_on_unloaded(calendar, start, extended_due):
        found.append("extended_due")
    if depends_on_unloaded(calendar, received_on, notice_due):
        found.append("correction_notice_due")
    if any(c.provisional for c in consulted):
        found.append("consultation_dues")
    if (
        fee_due is not None
        and fee_notice is not None
        and depends_on_unloaded(calendar, fee_notice, fee_due)
    ):
        found.append("fee_payment_due")
    return tuple(found)


def _compute(
    received_on: dt.date, scan: _Scan, manual_due: dt.date | None, calendar: WorkCalendar
) -> Deadlines:
    rule = rule_for(received_on)
    start = scan.start
    consulted = scan.consultation_dues(calendar) if scan.sent else ()
    fees = scan.fee_periods(calendar) if scan.fees else []
    extra = extension_days(rule, scan.extension)
    if consulted or fees:
        excluded = merge(_exclusions(consulted, fees))
        due = nth_counted_day(calendar, start, rule.limit, excluded)
        extended_due = nth_counted_day(calendar, start, rule.limit + extra, excluded)
    else:
        due = calendar.add_workdays(start, rule.limit)
        extended_due = calendar.add_workdays(start, rule.limit + extra)
    effective: dt.date | None = None
    if not scan.stopped:
        effective = manual_due or (extended_due if scan.extension else due)
    unpaid = [p for p in fees if p[2] is None]
    fee_due = unpaid[-1][1] if unpaid else None
    correction_notice_due = calendar.add_workdays(received_on, CORRECTION_NOTICE_DAYS)
    marked = _provisional_dates(
        calendar,
        received_on,
        start,
        (due, extended_due, correction_notice_due, fee_due),
        consulted,
        unpaid[-1][0] if unpaid else None,
    )
    # Only the dates that apply count: an extended date that was never granted
    # does not make the reply deadline provisional.
    reply = "extended_due" if scan.extension else "due"
    provisional = bool(marked) and any(
        name == reply or name == "fee_payment_due" or name == "consultation_dues" for name in marked
    )
    return Deadlines(
        rule=rule,
        start=start,
        due=due,
        extended_due=extended_due,
        manual_due=manual_due,
        effective_due=effective,
        extended=scan.extension is not None,
        correction_notice_due=correction_notice_due,
        consultation_dues=consulted,
        fee_payment_due=fee_due,
        provisional=provisional,
        provisional_dates=marked,
        late_correction_notices=tuple(scan.late),
    )


def _memo_key(received_on: dt.date, scan: _Scan, manual_due: dt.date | None) -> tuple[Any, ...]:
    """Everything the result depends on, as a hashable value."""
    extension = scan.extension
    return (
        received_on,
        scan.start,
        scan.stopped,
        None if extension is None else str(extension.data.get("days", "")),
        manual_due,
        tuple([(on, scan.replies.get(i)) for i, (_, on) in enumerate(scan.sent)])
        if scan.sent
        else (),
        tuple([(n, paid) for n, paid in scan.fees]) if scan.fees else (),
        tuple(scan.late) if scan.late else (),
    )


#: Results per calendar, by everything they depend on. A register holds many
#: applications with the same receipt date and the same few clock events, so
#: recomputing all of them (after a calendar change, for the dashboard) mostly
#: hits this table. Calendars are treated as immutable values; each calendar
#: object gets its own table (found by id, checked through a weak reference).
_MEMO: dict[int, tuple[weakref.ref[WorkCalendar], dict[tuple[Any, ...], Deadlines]]] = {}
MEMO_LIMIT = 100_000


def _memo_table(calendar: WorkCalendar) -> dict[tuple[Any, ...], Deadlines]:
    entry = _MEMO.get(id(calendar))
    if entry is not None and entry[0]() is calendar:
        return entry[1]
    if len(_MEMO) >= 8:
        _MEMO.clear()
    table: dict[tuple[Any, ...], Deadlines] = {}
    _MEMO[id(calendar)] = (weakref.ref(calendar), table)
    return table


def compute_deadlines(
    received_on: dt.date, events: Sequence[ClockEvent], calendar: WorkCalendar
) -> Deadlines:
    """All deadlines of an application received on ``received_on`` with these events."""
    scan = _Scan(received_on, events, calendar)
    manual = scan.manual
    manual_due = as_date(manual.data["due"]) if manual and "due" in manual.data else None
    key = _memo_key(received_on, scan, manual_due)
    table = _memo_table(calendar)
    found = table.get(key)
    if found is None:
        if len(table) >= MEMO_LIMIT:
            table.clear()
        found = table[key] = _compute(received_on, scan, manual_due, calendar)
    return found
