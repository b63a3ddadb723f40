"""Tests for desktop.core.deadlines: the worked examples, each event type, and properties.

Expected dates come from deadline-examples.md or from an independent day-by-day
count with ``chinese_calendar.is_workday`` (test-only oracle, 2004–2026).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import (
    RULE_2007,
    RULE_2019,
    ClockEvent,
    compute_deadlines,
    rule_for,
)
from desktop.core.vocab import EventKind
from desktop.paths import resource
from desktop.services.calendar import parse_holiday_csv

D = dt.date
K = EventKind


def shipped() -> WorkCalendar:
    days = parse_holiday_csv(resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8"))
    return WorkCalendar(days, {d.day.year for d in days})


CAL = shipped()


def ev(kind: EventKind, on: dt.date, ident: int | None = None, **data: Any) -> ClockEvent:
    return ClockEvent(kind, on, data, ident)


def oracle(start: dt.date, n: int, excluded: Sequence[tuple[dt.date, dt.date]] = ()) -> dt.date:
    """Day-by-day count with chinesecalendar, skipping working days in any (after, until]."""
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day) and not any(a < day <= b for a, b in excluded):
            counted += 1
    return day


# --- deadline-examples.md -------------------------------------------------------------

EXAMPLES = [
    pytest.param(D(2026, 2, 10), [], D(2026, 3, 16), D(2026, 4, 14), id="A-spring-2026"),
    pytest.param(D(2025, 1, 20), [], D(2025, 2, 21), D(2025, 3, 21), id="B-spring-2025"),
    pytest.param(
        D(2026, 2, 5),
        [
            ev(K.CORRECTION_NOTICE, D(2026, 2, 9), period_days=10),
            ev(K.CORRECTION_RECEIVED, D(2026, 3, 2)),
        ],
        D(2026, 3, 30),
        D(2026, 4, 28),
        id="C-correction-restart",
    ),
]


@pytest.mark.parametrize(("received", "events", "due", "extended"), EXAMPLES)
def test_worked_examples(
    received: dt.date, events: list[ClockEvent], due: dt.date, extended: dt.date
) -> None:
    result = compute_deadlines(received, events, CAL)
    assert (result.due, result.extended_due) == (due, extended)
    assert result.effective_due == due
    assert not result.provisional


def test_example_c_correction_notice_due() -> None:
    assert compute_deadlines(D(2026, 2, 5), [], CAL).correction_notice_due == D(2026, 2, 14)


# --- start dates, rules, provisional years ----------------------------------------------


@pytest.mark.parametrize(
    "received",
    [
        pytest.param(D(2026, 3, 7), id="saturday"),
        pytest.param(D(2026, 3, 8), id="sunday"),
        pytest.param(D(2025, 10, 1), id="national-day"),
        pytest.param(D(2024, 2, 10), id="spring-festival"),
        pytest.param(D(2024, 12, 20), id="crosses-new-year"),
        pytest.param(D(2023, 9, 28), id="mid-autumn-and-national-day"),
    ],
)
def test_matches_day_by_day_count(received: dt.date) -> None:
    result = compute_deadlines(received, [], CAL)
    assert result.due == oracle(received, 20)
    assert result.extended_due == oracle(received, 40)


def test_start_on_weekend_counts_from_next_working_day() -> None:
    # Received on Saturday 2026-03-07, day 1 is Monday 03-09; received on that
    # Monday, day 1 is 03-10: the Saturday deadline is one working day earlier.
    saturday = compute_deadlines(D(2026, 3, 7), [], CAL).due
    monday = compute_deadlines(D(2026, 3, 9), [], CAL).due
    assert CAL.workdays_between(saturday, monday) == 1
    assert compute_deadlines(D(2026, 3, 6), [], CAL).due == saturday  # Friday = same day 1


@pytest.mark.parametrize(
    ("received", "rule", "due"),
    [
        (D(2019, 5, 14), RULE_2007, oracle(D(2019, 5, 14), 15)),
        (D(2019, 5, 15), RULE_2019, oracle(D(2019, 5, 15), 20)),
    ],
)
def test_rule_switch(received: dt.date, rule: object, due: dt.date) -> None:
    result = compute_deadlines(received, [], CAL)
    assert result.rule == rule
    assert result.due == due
    assert result.extended_due == oracle(received, 2 * result.rule.limit)


def test_rule_labels_are_chinese() -> None:
    assert rule_for(D(2019, 5, 15)).limit == 20
    assert rule_for(D(2019, 5, 14)).extension == 15
    assert "条例" in RULE_2019.label
    assert "条例" in RULE_2007.label


def test_year_without_schedule_uses_statutory_holidays_and_is_provisional() -> None:
    # 2027-04-05 (清明, Monday) is a statutory day off: without it the 20th day
    # would be 04-12; with it, 04-13.
    result = compute_deadlines(D(2027, 3, 15), [], CAL)
    assert result.due == D(2027, 4, 13)
    assert result.provisional


@pytest.mark.parametrize(
    ("received", "provisional"),
    [
        (D(2026, 3, 2), False),
        (D(2026, 11, 20), False),  # only the never-granted extended due falls in 2027
        (D(2026, 12, 28), True),
        (D(2003, 12, 1), True),  # 2003 has no loaded schedule either
    ],
)
def test_provisional_when_any_date_reaches_an_unloaded_year(
    received: dt.date, provisional: bool
) -> None:
    assert compute_deadlines(received, [], CAL).provisional is provisional


def test_granted_extension_into_unloaded_year_is_provisional() -> None:
    events = [ev(K.EXTENSION, D(2026, 12, 1), 1)]
    assert compute_deadlines(D(2026, 11, 20), events, CAL).provisional


def test_consultation_due_in_unloaded_year_is_provisional() -> None:
    events = [ev(K.CONSULTATION_SENT, D(2026, 12, 21), 1)]
    calendar = WorkCalendar([], range(2004, 2027))
    assert compute_deadlines(D(2026, 12, 18), events, calendar).provisional


# --- each event type ---------------------------------------------------------------------

R = D(2026, 3, 2)  # Monday; no holiday before April


def test_received_event_changes_nothing() -> None:
    assert compute_deadlines(R, [ev(K.RECEIVED, R)], CAL) == compute_deadlines(R, [], CAL)


def test_clock_stops_while_awaiting_correction() -> None:
    result = compute_deadlines(R, [ev(K.CORRECTION_NOTICE, D(2026, 3, 4), period_days=10)], CAL)
    assert result.effective_due is None
    assert result.due == oracle(R, 20)


def test_several_corrections_last_one_counts() -> None:
    events = [
        ev(K.CORRECTION_NOTICE, D(2026, 3, 3)),
        ev(K.CORRECTION_RECEIVED, D(2026, 3, 10)),
        ev(K.CORRECTION_NOTICE, D(2026, 3, 12)),
        ev(K.CORRECTION_RECEIVED, D(2026, 3, 20)),
    ]
    result = compute_deadlines(R, events, CAL)
    assert result.start == D(2026, 3, 20)
    assert result.effective_due == oracle(D(2026, 3, 20), 20)
    assert result.correction_notice_due == oracle(R, 7)


def test_consultation_excludes_days_after_sending_up_to_reply() -> None:
    events = [ev(K.CONSULTATION_SENT, D(2026, 3, 5), 7), ev(K.CONSULTATION_REPLIED, D(2026, 3, 12))]
    result = compute_deadlines(R, events, CAL)
    assert result.due == oracle(R, 20, [(D(2026, 3, 5), D(2026, 3, 12))])
    assert CAL.workdays_between(oracle(R, 20), result.due) == 5
    (consultation,) = result.consultation_dues
    assert consultation.due == oracle(D(2026, 3, 5), 15)
    assert consultation.replied_on == D(2026, 3, 12)


def test_unanswered_consultation_expires_after_15_working_days() -> None:
    sent = D(2026, 3, 5)
    unanswered = compute_deadlines(R, [ev(K.CONSULTATION_SENT, sent, 1)], CAL)
    late = compute_deadlines(
        R, [ev(K.CONSULTATION_SENT, sent, 1), ev(K.CONSULTATION_REPLIED, D(2026, 5, 20))], CAL
    )
    expiry = oracle(sent, 15)
    assert unanswered.due == late.due == oracle(R, 20, [(sent, expiry)])
    assert unanswered.consultation_dues[0].replied_on is None


def test_overlapping_consultations_exclude_their_union_once() -> None:
    events = [
        ev(K.CONSULTATION_SENT, D(2026, 3, 5), 1),
        ev(K.CONSULTATION_SENT, D(2026, 3, 10), 2),
        ev(K.CONSULTATION_REPLIED, D(2026, 3, 12), consultation=1),
        ev(K.CONSULTATION_REPLIED, D(2026, 3, 17), consultation=2),
    ]
    result = compute_deadlines(R, events, CAL)
    assert result.due == oracle(R, 20, [(D(2026, 3, 5), D(2026, 3, 17))])
    assert CAL.workdays_between(oracle(R, 20), result.due) == 8


def test_consultation_reply_pairs_by_id_else_oldest_open() -> None:
    events = [
        ev(K.CONSULTATION_SENT, D(2026, 3, 3), 1),
        ev(K.CONSULTATION_SENT, D(2026, 3, 4), 2),
        ev(K.CONSULTATION_REPLIED, D(2026, 3, 6), consultation=2),
        ev(K.CONSULTATION_REPLIED, D(2026, 3, 9)),
    ]
    first, second = compute_deadlines(R, events, CAL).consultation_dues
    assert (first.replied_on, second.replied_on) == (D(2026, 3, 9), D(2026, 3, 6))


@pytest.mark.parametrize(
    ("settle", "until_paid"),
    [
        pytest.param(K.FEE_PAID, True, id="paid"),
        pytest.param(K.FEE_UNPAID, True, id="refused"),
        pytest.param(None, False, id="not-yet-paid"),
    ],
)
def test_fee_notice_excludes_time_until_payment(settle: EventKind | None, until_paid: bool) -> None:
    notice, paid = D(2026, 3, 4), D(2026, 3, 11)
    events = [ev(K.FEE_NOTICE, notice, amount=100)]
    if settle is not None:
        events.append(ev(settle, paid))
    result = compute_deadlines(R, events, CAL)
    payment_due = oracle(notice, 20)
    end = paid if until_paid else payment_due
    assert result.due == oracle(R, 20, [(notice, end)])
    assert result.fee_payment_due == (None if settle else payment_due)


@pytest.mark.parametrize(("days", "counted"), [(None, 40), (20, 40), (10, 30), (35, 40)])
def test_extension(days: int | None, counted: int) -> None:
    data = {} if days is None else {"days": days}
    result = compute_deadlines(R, [ClockEvent(K.EXTENSION, D(2026, 3, 20), data)], CAL)
    assert result.extended
    assert result.extended_due == result.effective_due == oracle(R, counted)


def test_extension_before_2019_adds_15() -> None:
    received = D(2018, 6, 1)
    result = compute_deadlines(received, [ev(K.EXTENSION, D(2018, 6, 10))], CAL)
    assert result.effective_due == oracle(received, 30)


@pytest.mark.parametrize("due", [D(2026, 6, 30), "2026-06-30"])
def test_manual_deadline_replaces_computed_one(due: object) -> None:
    events = [
        ev(K.EXTENSION, D(2026, 3, 10)),
        ev(K.MANUAL_DEADLINE, D(2026, 3, 11), due=due, reason="申请数量明显超出合理范围"),
    ]
    result = compute_deadlines(R, events, CAL)
    assert result.manual_due == result.effective_due == D(2026, 6, 30)
    assert result.extended_due == oracle(R, 40)


def test_closing_events_do_not_move_the_deadline() -> None:
    events = [ev(K.REPLY, D(2026, 3, 20), outcome="disclosed"), ev(K.ARCHIVE, D(2026, 4, 1))]
    assert compute_deadlines(R, events, CAL).effective_due == oracle(R, 20)


def test_exclusions_before_a_restart_do_not_carry_over() -> None:
    events = [
        ev(K.CONSULTATION_SENT, D(2026, 3, 3), 1),
        ev(K.CONSULTATION_REPLIED, D(2026, 3, 5)),
        ev(K.CORRECTION_NOTICE, D(2026, 3, 6)),
        ev(K.CORRECTION_RECEIVED, D(2026, 3, 16)),
    ]
    assert compute_deadlines(R, events, CAL).due == oracle(D(2026, 3, 16), 20)


def test_unsorted_events_are_ordered_by_date() -> None:
    events = [ev(K.CORRECTION_RECEIVED, D(2026, 3, 10)), ev(K.CORRECTION_NOTICE, D(2026, 3, 4))]
    assert compute_deadlines(R, events, CAL).effective_due == oracle(D(2026, 3, 10), 20)


# --- properties --------------------------------------------------------------------------

dates = st.dates(D(2004, 1, 1), D(2030, 12, 31))
offsets = st.integers(min_value=0, max_value=60)


@st.composite
def consultations(draw: st.DrawFn, received: dt.date) -> list[ClockEvent]:
    events = []
    for ident in range(draw(st.integers(0, 3))):
        sent = received + dt.timedelta(days=draw(offsets))
        events.append(ev(K.CONSULTATION_SENT, sent, ident))
        if draw(st.booleans()):
            reply = sent + dt.timedelta(days=draw(offsets))
            events.append(ev(K.CONSULTATION_REPLIED, reply, consultation=ident))
    return events


@settings(max_examples=200, deadline=None)
@given(dates, st.data())
def test_deadlines_fall_on_working_days(received: dt.date, data: st.DataObject) -> None:
    events = data.draw(consultations(received))
    result = compute_deadlines(received, events, CAL)
    for day in (result.due, result.extended_due, result.correction_notice_due):
        assert CAL.is_workday(day)
    assert all(CAL.is_workday(c.due) for c in result.consultation_dues)
    assert received < result.due < result.extended_due


@settings(max_examples=200, deadline=None)
@given(dates, st.data(), offsets, offsets)
def test_an_excluded_interval_never_makes_a_deadline_earlier(
    received: dt.date, data: st.DataObject, sent_after: int, reply_after: int
) -> None:
    events = data.draw(consultations(received))
    sent = received + dt.timedelta(days=sent_after)
    more = [
        *events,
        ev(K.FEE_NOTICE, sent),
        ev(K.FEE_PAID, sent + dt.timedelta(days=reply_after)),
    ]
    before = compute_deadlines(received, events, CAL)
    after = compute_deadlines(received, sorted(more, key=lambda e: e.on), CAL)
    assert after.due >= before.due
    assert after.extended_due >= before.extended_due


@settings(max_examples=200, deadline=None)
@given(st.dates(D(2019, 5, 15), D(2030, 12, 31)), st.data())
def test_an_extension_adds_exactly_20_counted_working_days(
    received: dt.date, data: st.DataObject
) -> None:
    events = data.draw(consultations(received))
    result = compute_deadlines(received, events, CAL)
    excluded = [
        (c.sent_on, min(c.replied_on, c.due) if c.replied_on else c.due)
        for c in result.consultation_dues
    ]
    counted = [
        day
        for day in CAL.workdays(result.due, result.extended_due)
        if not any(a < day <= b for a, b in excluded)
    ]
    assert len(counted) == 20


@settings(max_examples=150, deadline=None)
@given(st.dates(D(2004, 1, 1), D(2026, 6, 30)), st.data())
def test_agrees_with_a_day_by_day_count(received: dt.date, data: st.DataObject) -> None:
    events = data.draw(consultations(received))
    result = compute_deadlines(received, events, CAL)
    excluded = [
        (c.sent_on, min(c.replied_on, c.due) if c.replied_on else c.due)
        for c in result.consultation_dues
    ]
    assert result.due == oracle(received, result.rule.limit, excluded)


# --- late correction notice (rules.md §4, Convention) ------------------------------------
# Received 2026-02-05 (四): the notice is due on the 7th working day, 2026-02-14 (六, make-up,
# example C). Counted from receipt (Spring Festival 02-15…02-23 off, make-up 02-28): the 20th
# working day is 2026-03-11 (三); the 40th, after 清明 04-04…04-06, 2026-04-09 (四).

LATE_RECEIVED = D(2026, 2, 5)


def correction(notice: dt.date, corrected: dt.date | None = None) -> list[ClockEvent]:
    events = [ev(K.CORRECTION_NOTICE, notice, period_days=10)]
    return events + ([ev(K.CORRECTION_RECEIVED, corrected)] if corrected else [])


def test_notice_on_the_seventh_working_day_restarts_the_clock() -> None:
    result = compute_deadlines(LATE_RECEIVED, correction(D(2026, 2, 14), D(2026, 3, 2)), CAL)
    assert (result.start, result.effective_due) == (D(2026, 3, 2), D(2026, 3, 30))
    assert not result.correction_notice_late


def test_late_notice_does_not_restart_the_clock() -> None:
    result = compute_deadlines(LATE_RECEIVED, correction(D(2026, 2, 24), D(2026, 3, 2)), CAL)
    assert result.late_correction_notices == (D(2026, 2, 24),)
    assert result.correction_notice_late
    assert result.start == LATE_RECEIVED
    assert (result.due, result.effective_due) == (D(2026, 3, 11), D(2026, 3, 11))
    assert result.extended_due == D(2026, 4, 9)
    assert result.due == oracle(LATE_RECEIVED, 20)


def test_late_notice_does_not_stop_the_clock() -> None:
    waiting = compute_deadlines(LATE_RECEIVED, correction(D(2026, 2, 24)), CAL)
    assert waiting.effective_due == D(2026, 3, 11)
    in_time = compute_deadlines(LATE_RECEIVED, correction(D(2026, 2, 13)), CAL)
    assert in_time.effective_due is None
    assert not in_time.correction_notice_late


def test_second_notice_is_judged_from_the_corrected_application() -> None:
    # Restart on 03-02 (notice in time); a new notice on 03-12 is within 7 working days
    # of 03-02 (03-11 is the 7th: 03-03 … 03-11), so 03-12 is the 8th: late, no restart.
    events = [
        *correction(D(2026, 2, 9), D(2026, 3, 2)),
        *correction(D(2026, 3, 12), D(2026, 3, 20)),
    ]
    result = compute_deadlines(LATE_RECEIVED, events, CAL)
    assert result.late_correction_notices == (D(2026, 3, 12),)
    assert result.effective_due == D(2026, 3, 30)  # still from the 03-02 restart


# --- provisional marks per date (rules.md §1, §5) ----------------------------------------
# 2026 is loaded, 2027 is not. Received 2026-12-01: due 12-29 (loaded), correction notice
# 12-10; only the 40th day, 2027-01-27 (after 元旦 by the statutory fallback), is provisional.
# Received 2026-12-18: notice 12-29 (loaded), due 2027-01-18, extended 2027-02-17.
# Received 2026-12-28: notice 2027-01-07 (12-29…12-31, 01-04…01-07), due 2027-01-26.


@pytest.mark.parametrize(
    ("received", "due", "notice", "marked", "provisional"),
    [
        (D(2026, 12, 1), D(2026, 12, 29), D(2026, 12, 10), ("extended_due",), False),
        (D(2026, 12, 18), D(2027, 1, 18), D(2026, 12, 29), ("due", "extended_due"), True),
        (
            D(2026, 12, 28),
            D(2027, 1, 26),
            D(2027, 1, 7),
            ("due", "extended_due", "correction_notice_due"),
            True,
        ),
        (D(2026, 3, 2), D(2026, 3, 30), D(2026, 3, 11), (), False),
    ],
)
def test_each_date_carries_its_own_provisional_mark(
    received: dt.date, due: dt.date, notice: dt.date, marked: tuple[str, ...], provisional: bool
) -> None:
    result = compute_deadlines(received, [], CAL)
    assert (result.due, result.correction_notice_due) == (due, notice)
    assert result.provisional_dates == marked
    assert result.provisional is provisional


def test_extended_due_in_2027_is_marked_alone() -> None:
    result = compute_deadlines(D(2026, 12, 1), [], CAL)
    assert result.extended_due == D(2027, 1, 27)
    assert result.is_provisional("extended_due")
    assert not result.is_provisional("due")


def test_each_consultation_carries_its_own_mark() -> None:
    events = [
        ev(K.CONSULTATION_SENT, D(2026, 11, 2), 1),
        ev(K.CONSULTATION_SENT, D(2026, 12, 21), 2),
    ]
    result = compute_deadlines(D(2026, 11, 2), events, CAL)
    first, second = result.consultation_dues
    assert (first.due, first.provisional) == (D(2026, 11, 23), False)
    assert second.due.year == 2027
    assert second.provisional
    assert "consultation_dues" in result.provisional_dates
