"""The workflow of an application: a state machine folded over its events (rules.md §4).

``derive_progress`` says where an application stands, ``allowed_actions``
what may be recorded next, and ``check_event`` why a proposed event is refused
(Chinese messages for the clerk).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent, as_date, ordered, rule_for
from desktop.core.vocab import REPLY_OUTCOMES, DeliveryMethod, EventKind, Outcome, State


class Progress(NamedTuple):
    """Where an application stands (a NamedTuple: built 100,000 times at once)."""

    state: State
    closed_on: dt.date | None
    outcome: Outcome | None
    archived: bool


@dataclass(slots=True)
class _Track:
    """Everything the state machine remembers while folding the events.

    Mutable on purpose: folding 100,000 histories with ``dataclasses.replace``
    at every step cost seconds; each fold owns its track.
    """

    closed: State | None = None
    closed_on: dt.date | None = None
    outcome: Outcome | None = None
    awaiting_correction: bool = False
    correction_notice: ClockEvent | None = None
    open_consultations: int = 0
    awaiting_fee: bool = False
    extended: bool = False
    delivered: bool = False
    archived: bool = False
    last_on: dt.date | None = None
    kinds: list[EventKind] = field(default_factory=list)

    @property
    def state(self) -> State:
        if self.closed is not None:
            return self.closed
        if self.awaiting_correction:
            return State.AWAITING_CORRECTION
        if self.awaiting_fee:
            return State.AWAITING_FEE
        if self.open_consultations:
            return State.CONSULTING
        return State.OPEN


_CLOSING: dict[EventKind, tuple[State, Outcome | None]] = {
    EventKind.ABANDONED: (State.ABANDONED, Outcome.OTHER_ABANDONED),
    EventKind.FEE_UNPAID: (State.UNPAID, Outcome.OTHER_UNPAID),
    EventKind.WITHDRAWAL: (State.WITHDRAWN, Outcome.OTHER_OTHER),
    EventKind.REPLY: (State.REPLIED, None),
}


_REPLY_OUTCOMES_BY_VALUE = {o.value: o for o in REPLY_OUTCOMES}


def reply_outcome(event: ClockEvent) -> Outcome | None:
    """The valid reply outcome recorded on a REPLY event, if any."""
    return _REPLY_OUTCOMES_BY_VALUE.get(str(event.data.get("outcome", "")))


def _close(track: _Track, event: ClockEvent) -> None:
    if track.closed is not None:
        return  # the first closing event wins
    state, outcome = _CLOSING[event.kind]
    if event.kind is EventKind.REPLY:
        outcome = reply_outcome(event)
    track.closed, track.closed_on, track.outcome = state, event.on, outcome


def _step(track: _Track, event: ClockEvent) -> None:
    track.last_on = event.on
    kind = event.kind
    track.kinds.append(kind)
    # Most frequent first: every history starts with RECEIVED and most end in a reply.
    if kind is EventKind.RECEIVED or kind is EventKind.MANUAL_DEADLINE:
        return  # no change of state
    if kind in _CLOSING:
        _close(track, event)
    elif kind is EventKind.DELIVERY:
        track.delivered = True
    elif kind is EventKind.ARCHIVE:
        track.archived = True
    elif kind is EventKind.CORRECTION_NOTICE:
        track.awaiting_correction, track.correction_notice = True, event
    elif kind is EventKind.CORRECTION_RECEIVED:
        track.awaiting_correction = False
    elif kind is EventKind.CONSULTATION_SENT:
        track.open_consultations += 1
    elif kind is EventKind.CONSULTATION_REPLIED:
        track.open_consultations = max(0, track.open_consultations - 1)
    elif kind is EventKind.FEE_NOTICE:
        track.awaiting_fee = True
    elif kind is EventKind.FEE_PAID:
        track.awaiting_fee = False
    elif kind is EventKind.EXTENSION:
        track.extended = True


def _fold(events: Sequence[ClockEvent]) -> _Track:
    track = _Track()
    for event in ordered(events):
        _step(track, event)
    return track


(
    RECEIVED,
    DELIVERY,
    REPLY,
    WITHDRAWAL,
    ABANDONED,
    FEE_UNPAID,
    ARCHIVE,
    CORRECTION_NOTICE,
    CORRECTION_RECEIVED,
    CONSULTATION_SENT,
    CONSULTATION_REPLIED,
    FEE_NOTICE,
    FEE_PAID,
) = (
    EventKind.RECEIVED,
    EventKind.DELIVERY,
    EventKind.REPLY,
    EventKind.WITHDRAWAL,
    EventKind.ABANDONED,
    EventKind.FEE_UNPAID,
    EventKind.ARCHIVE,
    EventKind.CORRECTION_NOTICE,
    EventKind.CORRECTION_RECEIVED,
    EventKind.CONSULTATION_SENT,
    EventKind.CONSULTATION_REPLIED,
    EventKind.FEE_NOTICE,
    EventKind.FEE_PAID,
)  # module-level names: faster than attribute lookups on the enum in the hot loop


def derive_progress(events: Sequence[ClockEvent]) -> Progress:
    """Where the application stands after ``events``.

    The same state machine as :func:`_step`, kept in local variables: this runs for
    every application after a calendar change or an import, so it is the hot path.
    """
    closed: State | None = None
    closed_on: dt.date | None = None
    outcome: Outcome | None = None
    awaiting_correction = awaiting_fee = archived = False
    consultations = 0
    for event in ordered(events):
        kind = event.kind
        # Identity tests only: hashing an enum member (a dict lookup) runs Python code.
        if kind is RECEIVED or kind is DELIVERY:
            continue
        if kind is REPLY or kind is WITHDRAWAL or kind is ABANDONED or kind is FEE_UNPAID:
            if closed is None:  # the first closing event wins
                closed, outcome = _CLOSING[kind]
                closed_on = event.on
                if kind is REPLY:
                    outcome = reply_outcome(event)
        elif kind is ARCHIVE:
            archived = True
        elif kind is CORRECTION_NOTICE or kind is CORRECTION_RECEIVED:
            awaiting_correction = kind is CORRECTION_NOTICE
        elif kind is CONSULTATION_SENT:
            consultations += 1
        elif kind is CONSULTATION_REPLIED:
            consultations = max(0, consultations - 1)
        elif kind is FEE_NOTICE or kind is FEE_PAID:
            awaiting_fee = kind is FEE_NOTICE
    if closed is not None:
        state = closed
    elif awaiting_correction:
        state = State.AWAITING_CORRECTION
    elif awaiting_fee:
        state = State.AWAITING_FEE
    else:
        state = State.CONSULTING if consultations else State.OPEN
    return Progress(state, closed_on, outcome, archived)


def _closed_actions(track: _Track) -> set[EventKind]:
    actions = set()
    if track.closed is State.REPLIED and not track.delivered:
        actions.add(EventKind.DELIVERY)
    if not track.archived:
        actions.add(EventKind.ARCHIVE)
    return actions


def _open_actions(track: _Track) -> set[EventKind]:
    actions = {EventKind.WITHDRAWAL}
    if track.open_consultations:
        actions.add(EventKind.CONSULTATION_REPLIED)
    if track.awaiting_correction:
        return actions | {EventKind.CORRECTION_RECEIVED, EventKind.ABANDONED}
    actions |= {EventKind.MANUAL_DEADLINE} | (set() if track.extended else {EventKind.EXTENSION})
    if track.awaiting_fee:
        return actions | {EventKind.FEE_PAID, EventKind.FEE_UNPAID}
    actions |= {EventKind.CONSULTATION_SENT, EventKind.REPLY}
    if not track.open_consultations:
        actions |= {EventKind.CORRECTION_NOTICE, EventKind.FEE_NOTICE}
    return actions


def _allowed(track: _Track) -> tuple[EventKind, ...]:
    actions = _closed_actions(track) if track.closed else _open_actions(track)
    return tuple(kind for kind in EventKind if kind in actions)


def allowed_actions(events: Sequence[ClockEvent]) -> tuple[EventKind, ...]:
    """The event kinds that may be recorded now, in vocabulary order."""
    return _allowed(_fold(events))


def _date_problems(
    received_on: dt.date, track: _Track, new: ClockEvent, today: dt.date
) -> list[str]:
    problems = []
    if new.on < received_on:
        problems.append(f"日期不能早于收到申请之日（{received_on.isoformat()}）")
    elif track.last_on is not None and new.on < track.last_on:
        problems.append(f"日期不能早于上一事件的日期（{track.last_on.isoformat()}）")
    if new.on > today:
        problems.append("日期不能晚于今天")
    return problems


def _extension_problems(received_on: dt.date, track: _Track, new: ClockEvent) -> list[str]:
    problems = []
    if track.extended:
        problems.append("只能延期一次")
    limit = rule_for(received_on).extension
    days = new.data.get("days", limit)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= limit:
        problems.append(f"延期天数应为1至{limit}个工作日")
    return problems


def _manual_problems(received_on: dt.date, new: ClockEvent) -> list[str]:
    problems = []
    if not str(new.data.get("reason", "")).strip():
        problems.append("另行确定答复期限须填写理由")
    try:
        due = as_date(new.data.get("due", ""))
    except ValueError:
        return [*problems, "请填写另行确定的答复期限（YYYY-MM-DD）"]
    if due < received_on:
        problems.append("另行确定的答复期限不能早于收到申请之日")
    return problems


def _abandon_problems(track: _Track, new: ClockEvent, calendar: WorkCalendar | None) -> list[str]:
    notice = track.correction_notice
    if notice is None or not track.awaiting_correction:
        return []
    period = int(notice.data.get("period_days", 0) or 0)
    if period < 1:
        return []
    if calendar is not None:
        period_end = calendar.add_workdays(notice.on, period)
    else:  # without a calendar: N working days span at least N calendar days
        period_end = notice.on + dt.timedelta(days=period)
    if new.on <= period_end:
        return [f"补正期限（{period_end.isoformat()}）届满后才能视为放弃"]
    return []


def _kind_problems(
    received_on: dt.date, track: _Track, new: ClockEvent, calendar: WorkCalendar | None
) -> list[str]:
    # A second extension gets its own message rather than the generic one.
    if new.kind not in _allowed(replace(track, extended=False)):
        return [f"当前状态（{track.state.label}）下不能记录“{new.kind.label}”"]
    if new.kind is EventKind.EXTENSION:
        return _extension_problems(received_on, track, new)
    if new.kind is EventKind.REPLY and reply_outcome(new) is None:
        return ["答复须选择有效的办理结果"]
    if new.kind is EventKind.MANUAL_DEADLINE:
        return _manual_problems(received_on, new)
    if new.kind is EventKind.ABANDONED:
        return _abandon_problems(track, new, calendar)
    return []


def check_event(
    received_on: dt.date,
    events: Sequence[ClockEvent],
    new: ClockEvent,
    *,
    today: dt.date,
    calendar: WorkCalendar | None = None,
) -> list[str]:
    """Why ``new`` cannot be recorded after ``events`` (Chinese messages; [] = it can).

    With a ``calendar`` the correction period of an abandonment is counted in
    working days; without one, in calendar days (a weaker check).
    """
    track = _fold(events)
    return _date_problems(received_on, track, new, today) + _kind_problems(
        received_on, track, new, calendar
    )


def service_question(reply_on: dt.date | None, method: object, on: dt.date) -> str:
    """Why an in-person service on ``on`` is questioned, in Chinese; "" when it is not.

    In person the reply counts as given the day the applicant signs (rules.md §5):
    the reply date *is* that day, so a service on another day means one of the two
    dates is wrong. The clerk must check and confirm before it is recorded.
    """
    if reply_on is None or method != DeliveryMethod.IN_PERSON.value or on == reply_on:
        return ""
    return (
        f"当面送达的，答复日期即申请人签收之日：送达日期（{on.isoformat()}）"
        f"与答复日期（{reply_on.isoformat()}）不同。申请人于送达日期签收的，应更正答复日期；"
        "核对无误后请勾选“已核对日期”"
    )
