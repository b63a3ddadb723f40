"""Tests for desktop.core.lifecycle: states, allowed actions and refused events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent
from desktop.core.lifecycle import (
    _fold,
    allowed_actions,
    check_event,
    derive_progress,
    service_question,
)
from desktop.core.vocab import EventKind, Outcome, State

D = dt.date
K = EventKind
RECEIVED = D(2026, 3, 2)
TODAY = D(2026, 11, 27)


def ev(kind: EventKind, on: dt.date, ident: int | None = None, **data: Any) -> ClockEvent:
    return ClockEvent(kind, on, data, ident)


def history(
    *steps: tuple[EventKind, int] | tuple[EventKind, int, dict[str, Any]],
) -> list[ClockEvent]:
    """Events on RECEIVED + n days, starting with the receipt."""
    events = [ev(K.RECEIVED, RECEIVED)]
    for step in steps:
        data = step[2] if len(step) == 3 else {}
        events.append(ClockEvent(step[0], RECEIVED + dt.timedelta(days=step[1]), data))
    return events


REPLY: dict[str, Any] = {"outcome": Outcome.DISCLOSED.value, "delivery": "post"}

STATES = [
    pytest.param(history(), State.OPEN, None, None, id="open"),
    pytest.param(
        history((K.CORRECTION_NOTICE, 2)),
        State.AWAITING_CORRECTION,
        None,
        None,
        id="awaiting-correction",
    ),
    pytest.param(
        history((K.CORRECTION_NOTICE, 2), (K.CORRECTION_RECEIVED, 9)),
        State.OPEN,
        None,
        None,
        id="corrected",
    ),
    pytest.param(
        history((K.CORRECTION_NOTICE, 2), (K.ABANDONED, 30)),
        State.ABANDONED,
        RECEIVED + dt.timedelta(days=30),
        Outcome.OTHER_ABANDONED,
        id="abandoned",
    ),
    pytest.param(
        history((K.CONSULTATION_SENT, 1), (K.CONSULTATION_SENT, 2), (K.CONSULTATION_REPLIED, 5)),
        State.CONSULTING,
        None,
        None,
        id="consulting-until-all-replied",
    ),
    pytest.param(
        history((K.CONSULTATION_SENT, 1), (K.CONSULTATION_REPLIED, 5)),
        State.OPEN,
        None,
        None,
        id="consultation-replied",
    ),
    pytest.param(history((K.FEE_NOTICE, 1)), State.AWAITING_FEE, None, None, id="awaiting-fee"),
    pytest.param(history((K.FEE_NOTICE, 1), (K.FEE_PAID, 4)), State.OPEN, None, None, id="paid"),
    pytest.param(
        history((K.FEE_NOTICE, 1), (K.FEE_UNPAID, 40)),
        State.UNPAID,
        RECEIVED + dt.timedelta(days=40),
        Outcome.OTHER_UNPAID,
        id="unpaid",
    ),
    pytest.param(
        history((K.REPLY, 10, REPLY)),
        State.REPLIED,
        RECEIVED + dt.timedelta(days=10),
        Outcome.DISCLOSED,
        id="replied",
    ),
    pytest.param(
        history((K.WITHDRAWAL, 3)),
        State.WITHDRAWN,
        RECEIVED + dt.timedelta(days=3),
        Outcome.OTHER_OTHER,
        id="withdrawn",
    ),
]


@pytest.mark.parametrize(("events", "state", "closed_on", "outcome"), STATES)
def test_derive_progress(
    events: list[ClockEvent], state: State, closed_on: dt.date | None, outcome: Outcome | None
) -> None:
    progress = derive_progress(events)
    assert (progress.state, progress.closed_on, progress.outcome) == (state, closed_on, outcome)
    assert not progress.archived


def test_archive_keeps_the_closed_state() -> None:
    progress = derive_progress(history((K.REPLY, 10, REPLY), (K.DELIVERY, 11), (K.ARCHIVE, 20)))
    assert progress.state is State.REPLIED
    assert progress.archived


ACTIONS = [
    pytest.param(
        history(),
        {
            K.CORRECTION_NOTICE,
            K.CONSULTATION_SENT,
            K.EXTENSION,
            K.MANUAL_DEADLINE,
            K.FEE_NOTICE,
            K.REPLY,
            K.WITHDRAWAL,
        },
        id="open",
    ),
    pytest.param(
        history((K.CORRECTION_NOTICE, 2)),
        {K.CORRECTION_RECEIVED, K.ABANDONED, K.WITHDRAWAL},
        id="awaiting-correction",
    ),
    pytest.param(
        history((K.CONSULTATION_SENT, 1)),
        {
            K.CONSULTATION_SENT,
            K.CONSULTATION_REPLIED,
            K.EXTENSION,
            K.MANUAL_DEADLINE,
            K.REPLY,
            K.WITHDRAWAL,
        },
        id="consulting",
    ),
    pytest.param(
        history((K.FEE_NOTICE, 1)),
        {K.FEE_PAID, K.FEE_UNPAID, K.EXTENSION, K.MANUAL_DEADLINE, K.WITHDRAWAL},
        id="awaiting-fee",
    ),
    pytest.param(
        history((K.EXTENSION, 1)),
        {
            K.CORRECTION_NOTICE,
            K.CONSULTATION_SENT,
            K.MANUAL_DEADLINE,
            K.FEE_NOTICE,
            K.REPLY,
            K.WITHDRAWAL,
        },
        id="extended-once",
    ),
    pytest.param(history((K.REPLY, 5, REPLY)), {K.DELIVERY, K.ARCHIVE}, id="replied"),
    pytest.param(history((K.REPLY, 5, REPLY), (K.DELIVERY, 6)), {K.ARCHIVE}, id="delivered"),
    pytest.param(history((K.WITHDRAWAL, 5)), {K.ARCHIVE}, id="withdrawn"),
    pytest.param(history((K.WITHDRAWAL, 5), (K.ARCHIVE, 6)), set(), id="archived"),
]


@pytest.mark.parametrize(("events", "expected"), ACTIONS)
def test_allowed_actions(events: list[ClockEvent], expected: set[EventKind]) -> None:
    actions = allowed_actions(events)
    assert set(actions) == expected
    assert list(actions) == [k for k in EventKind if k in expected]  # vocabulary order


def check(events: list[ClockEvent], new: ClockEvent, **kwargs: Any) -> list[str]:
    return check_event(RECEIVED, events, new, today=TODAY, **kwargs)


def test_a_valid_event_passes() -> None:
    assert check(history(), ev(K.REPLY, D(2026, 3, 20), **REPLY)) == []


@pytest.mark.parametrize(
    ("events", "new", "fragment"),
    [
        pytest.param(
            history(), ev(K.CONSULTATION_SENT, D(2026, 3, 1)), "早于收到申请", id="before-receipt"
        ),
        pytest.param(
            history((K.CONSULTATION_SENT, 10)),
            ev(K.CONSULTATION_REPLIED, D(2026, 3, 5)),
            "早于上一事件",
            id="before-previous",
        ),
        pytest.param(history(), ev(K.REPLY, D(2026, 11, 28), **REPLY), "晚于今天", id="future"),
        pytest.param(
            history((K.EXTENSION, 3)),
            ev(K.EXTENSION, D(2026, 3, 10)),
            "只能延期一次",
            id="second-extension",
        ),
        pytest.param(
            history(), ev(K.EXTENSION, D(2026, 3, 10), days=21), "延期天数", id="extension-too-long"
        ),
        pytest.param(history(), ev(K.REPLY, D(2026, 3, 10)), "办理结果", id="reply-no-outcome"),
        pytest.param(
            history(),
            ev(K.REPLY, D(2026, 3, 10), outcome="other_abandoned"),
            "办理结果",
            id="reply-abandon-outcome",
        ),
        pytest.param(history(), ev(K.ABANDONED, D(2026, 3, 10)), "不能记录", id="abandon-open"),
        pytest.param(
            history(), ev(K.DELIVERY, D(2026, 3, 10)), "不能记录", id="delivery-before-reply"
        ),
        pytest.param(history(), ev(K.ARCHIVE, D(2026, 3, 10)), "不能记录", id="archive-open"),
        pytest.param(
            history((K.REPLY, 3, REPLY)),
            ev(K.EXTENSION, D(2026, 3, 10)),
            "不能记录",
            id="extension-after-reply",
        ),
        pytest.param(
            history((K.CORRECTION_NOTICE, 1)),
            ev(K.REPLY, D(2026, 3, 10), **REPLY),
            "待补正",
            id="reply-while-awaiting-correction",
        ),
        pytest.param(
            history(),
            ev(K.MANUAL_DEADLINE, D(2026, 3, 10), due="2026-06-01"),
            "理由",
            id="manual-without-reason",
        ),
        pytest.param(
            history(),
            ev(K.MANUAL_DEADLINE, D(2026, 3, 10), due="2026-02-01", reason="大量申请"),
            "不能早于收到申请",
            id="manual-before-receipt",
        ),
        pytest.param(
            history(),
            ev(K.MANUAL_DEADLINE, D(2026, 3, 10), reason="大量申请"),
            "期限",
            id="manual-without-date",
        ),
        pytest.param(
            history((K.CORRECTION_NOTICE, 1, {"period_days": 15})),
            ev(K.ABANDONED, D(2026, 3, 10)),
            "届满后",
            id="abandon-too-early",
        ),
    ],
)
def test_refused_events(events: list[ClockEvent], new: ClockEvent, fragment: str) -> None:
    problems = check(events, new)
    assert problems
    assert any(fragment in p for p in problems), problems


def test_abandonment_period_counts_working_days_with_a_calendar() -> None:
    calendar = WorkCalendar([], range(2004, 2027))
    events = history((K.CORRECTION_NOTICE, 1, {"period_days": 5}))  # notice Tue 03-03
    too_early = ev(K.ABANDONED, D(2026, 3, 10))  # 5th working day after: still in the period
    assert check(events, too_early, calendar=calendar)
    assert check(events, ev(K.ABANDONED, D(2026, 3, 11)), calendar=calendar) == []
    assert check(events, too_early) == []  # calendar-day fallback is weaker


def test_extension_within_the_limit_is_accepted() -> None:
    assert check(history(), ev(K.EXTENSION, D(2026, 3, 10), days=20, approver="王主任")) == []
    old = check_event(D(2018, 3, 1), [], ev(K.EXTENSION, D(2018, 3, 10), days=20), today=TODAY)
    assert any("延期天数" in p for p in old)


_KINDS = st.sampled_from([k for k in EventKind if k is not EventKind.RECEIVED])
_OUTCOMES = st.sampled_from([o.value for o in Outcome] + ["bogus"])


@st.composite
def _histories(draw: st.DrawFn) -> list[ClockEvent]:
    start = dt.date(2026, 3, 2)
    steps = draw(st.lists(st.tuples(_KINDS, st.integers(0, 20), _OUTCOMES), max_size=12))
    events = [ClockEvent(EventKind.RECEIVED, start)]
    day = start
    for kind, gap, outcome in steps:
        day += dt.timedelta(days=gap)
        data = {"outcome": outcome} if kind is EventKind.REPLY else {}
        events.append(ClockEvent(kind, day, data))
    return events


@given(_histories())
def test_fast_progress_agrees_with_the_state_machine(events: list[ClockEvent]) -> None:
    """derive_progress (hot path, locals) and _fold (used for allowed actions) agree."""
    track = _fold(events)
    assert derive_progress(events) == (track.state, track.closed_on, track.outcome, track.archived)


@pytest.mark.parametrize(
    ("method", "on", "questioned"),
    [
        ("in_person", dt.date(2026, 3, 17), True),
        ("in_person", dt.date(2026, 3, 16), False),
        ("post", dt.date(2026, 3, 19), False),  # delivery after posting: for the record
        ("electronic", dt.date(2026, 3, 17), False),
    ],
)
def test_in_person_service_on_another_day_is_questioned(
    method: str, on: dt.date, questioned: bool
) -> None:
    """rules.md §5: the reply date of an in-person reply is the day the applicant signs."""
    assert bool(service_question(dt.date(2026, 3, 16), method, on)) is questioned
