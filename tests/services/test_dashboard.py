"""Dashboard counts, lists and rates against hand-computed cases.

"Today" is Friday 2026-11-27; late November and December 2026 have no
holidays, so working days are plain Monday–Friday. A manual (Art. 35)
deadline pins ``due_on`` to an exact date where a test needs one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.orm import Session

from db.models import ApplicationEvent
from desktop.core.applications import ApplicationInput
from desktop.core.status import working_days_left
from desktop.core.vocab import ApplicantType, Channel, DueKind, EventKind, State
from desktop.services.applications import get_application_row, register_application
from desktop.services.calendar import load_calendar
from desktop.services.dashboard import (
    NO_RATE,
    ListKey,
    department_comparison,
    list_departments,
    list_items,
    load_dashboard,
    quarter_period,
    rate_text,
)
from desktop.services.derived import refresh_derived
from tests.conftest import TODAY

D = dt.date.fromisoformat
Event = tuple[EventKind, str, dict[str, Any]]
REPLY_DATA = {"outcome": "disclosed", "delivery": "electronic"}


def add_application(
    session: Session,
    received: str,
    events: tuple[Event, ...] = (),
    *,
    department: str = "办公室",
    channel: Channel = Channel.IN_PERSON,
    name: str = "张三",
) -> int:
    """Register an application and record ``events`` on it; returns its id."""
    data = ApplicationInput(
        channel=channel,
        received_on=D(received),
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name=name,
        content="申请公开某项目的审批文件",
        department=department,
        email="a@example.com" if channel is Channel.EMAIL else "",
    )
    registered = register_application(session, data=data, today=TODAY)
    row = get_application_row(session, registered.id)
    for kind, on, payload in events:
        row.events.append(ApplicationEvent(kind=kind.value, occurred_on=D(on), data=payload))
    session.flush()
    refresh_derived(session, row)
    session.flush()
    return registered.id


def manual(due: str) -> Event:
    return (EventKind.MANUAL_DEADLINE, "2026-11-02", {"due": due, "reason": "测试"})


def reply(on: str) -> Event:
    return (EventKind.REPLY, on, REPLY_DATA)


def open_with_due(session: Session, due: str, **kwargs: Any) -> int:
    return add_application(session, "2026-11-02", (manual(due),), **kwargs)


@pytest.mark.parametrize(
    ("on_time", "replies", "text"),
    [
        (1, 7, "14.29%"),
        (0, 0, NO_RATE),
        (0, 3, "0.00%"),
        (3, 3, "100.00%"),
        (1, 8, "12.50%"),
        (2, 3, "66.67%"),
        (1, 200, "0.50%"),
        (1, 16, "6.25%"),
    ],
)
def test_rate_text_rounds_half_up_and_never_shows_100_without_replies(
    on_time: int, replies: int, text: str
) -> None:
    assert rate_text(on_time, replies) == text


def test_rate_half_up_not_banker_rounding() -> None:
    # 1/16 = 6.25 exactly; 1/1600 = 0.0625 → 0.06; 5/800 = 0.625 → 0.63 (half up, not 0.62)
    assert rate_text(5, 800) == "0.63%"


@pytest.mark.parametrize(
    ("due", "left"),
    [
        ("2026-11-27", 0),
        ("2026-11-30", 1),
        ("2026-12-04", 5),
        ("2026-11-26", -1),
        ("2026-11-20", -5),
        ("2026-11-28", 0),
    ],
)
def test_working_days_left(session: Session, due: str, left: int) -> None:
    assert working_days_left(load_calendar(session), TODAY, D(due)) == left


def test_weekend_after_the_deadline_is_already_overdue(session: Session) -> None:
    saturday = D("2026-11-28")
    assert working_days_left(load_calendar(session), saturday, TODAY) == -1


def test_quarter_periods() -> None:
    assert quarter_period(2026, 4).start == D("2026-10-01")
    assert quarter_period(2026, 4).end == D("2026-12-31")
    assert quarter_period(2026, 1).end == D("2026-03-31")
    assert quarter_period(2026, 2).label == "2026年第二季度"


def test_due_counts_at_the_boundaries(session: Session) -> None:
    open_with_due(session, "2026-11-27")  # due today
    open_with_due(session, "2026-11-30")  # 1 working day
    open_with_due(session, "2026-12-04")  # 5th working day: inside the threshold
    open_with_due(session, "2026-12-07")  # 6th working day: outside
    open_with_due(session, "2026-11-26")  # overdue
    add_application(session, "2026-11-02", (manual("2026-11-20"), reply("2026-11-19")))
    board = load_dashboard(session, today=TODAY, within=5)
    counts = board.counts
    assert (counts.open, counts.due_today, counts.due_soon, counts.overdue) == (5, 1, 2, 1)
    assert load_dashboard(session, today=TODAY, within=6).counts.due_soon == 3
    assert load_dashboard(session, today=TODAY, within=0).counts.due_soon == 0


def test_received_closed_and_rate_per_period(session: Session) -> None:
    # Q4 2026: 7 replies, one on time → 14.29 %; a withdrawal is closed but not a reply.
    add_application(session, "2026-10-08", (manual("2026-11-10"), reply("2026-11-10")))
    for day in ("2026-10-09", "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"):
        add_application(session, day, (manual("2026-11-10"), reply("2026-11-11")))
    add_application(session, "2026-10-19", ((EventKind.WITHDRAWAL, "2026-10-20", {}),))
    # Q2 2026: one reply on time, received in Q1.
    add_application(session, "2026-03-30", (reply("2026-04-02"),))
    open_with_due(session, "2026-12-31")
    board = load_dashboard(session, today=TODAY)
    q, y = board.quarter, board.year
    assert (q.received, q.closed, q.replies, q.on_time, q.rate) == (9, 8, 7, 1, "14.29%")
    assert (y.received, y.closed, y.replies, y.on_time, y.rate) == (10, 9, 8, 2, "25.00%")
    q3 = load_dashboard(session, today=TODAY, year=2026, quarter=3).quarter
    assert (q3.received, q3.closed, q3.rate) == (0, 0, NO_RATE)


def test_period_with_only_withdrawals_shows_no_rate(session: Session) -> None:
    add_application(session, "2026-10-19", ((EventKind.WITHDRAWAL, "2026-10-20", {}),))
    quarter = load_dashboard(session, today=TODAY).quarter
    assert (quarter.closed, quarter.replies, quarter.rate) == (1, 0, "—")


def test_quarter_rates_chart(session: Session) -> None:
    add_application(session, "2026-10-08", (manual("2026-11-10"), reply("2026-11-10")))
    add_application(session, "2026-10-09", (manual("2026-11-10"), reply("2026-11-12")))
    rates = load_dashboard(session, today=TODAY).quarter_rates
    assert [r.label for r in rates][-2:] == ["2026Q3", "2026Q4"]
    assert len(rates) == 8
    assert (rates[-1].text, rates[-1].fraction) == ("50.00%", 0.5)
    assert rates[-2].text == NO_RATE
    assert rates[-2].fraction is None


def test_monthly_by_channel_and_remaining_buckets(session: Session) -> None:
    add_application(session, "2026-11-02", (manual("2026-11-26"),), channel=Channel.EMAIL)
    add_application(session, "2026-11-03", (manual("2026-12-14"),))
    add_application(session, "2026-10-05", (reply("2026-10-09"),), channel=Channel.EMAIL)
    board = load_dashboard(session, today=TODAY)
    email = list(Channel).index(Channel.EMAIL)
    in_person = list(Channel).index(Channel.IN_PERSON)
    assert board.monthly[10][email] == 1
    assert board.monthly[10][in_person] == 1
    assert board.monthly[9][email] == 1
    assert sum(map(sum, board.monthly)) == 3
    buckets = {b.label: b.count for b in board.remaining}
    assert buckets["已逾期"] == 1
    assert buckets["11–20日"] == 1
    assert sum(buckets.values()) == 2


def test_department_filter(session: Session) -> None:
    open_with_due(session, "2026-11-26", department="办公室")
    open_with_due(session, "2026-11-26", department="财务科")
    open_with_due(session, "2026-11-30", department="财务科")
    ids = {d.name: d.id for d in list_departments(session)}
    assert load_dashboard(session, today=TODAY).counts.overdue == 2
    finance = load_dashboard(session, today=TODAY, department_id=ids["财务科"]).counts
    assert (finance.open, finance.overdue, finance.due_soon) == (2, 1, 1)
    items = list_items(session, key=ListKey.OPEN, today=TODAY, department_id=ids["办公室"])
    assert [i.department for i in items] == ["办公室"]


def test_lists_sorted_by_urgency(session: Session) -> None:
    later = open_with_due(session, "2026-12-03")
    most_overdue = open_with_due(session, "2026-11-20")
    overdue = open_with_due(session, "2026-11-25")
    today = open_with_due(session, "2026-11-27")
    items = list_items(session, key=ListKey.OPEN, today=TODAY)
    assert [i.application_id for i in items] == [most_overdue, overdue, today, later]
    assert [i.working_days_left for i in items] == [-5, -2, 0, 4]
    assert {i.kind for i in items} == {DueKind.REPLY}
    assert [i.application_id for i in list_items(session, key=ListKey.OVERDUE, today=TODAY)] == [
        most_overdue,
        overdue,
    ]
    assert [i.application_id for i in list_items(session, key=ListKey.DUE_TODAY, today=TODAY)] == [
        today
    ]


def test_correction_notice_window(session: Session) -> None:
    # 7th working day after 11-24 is 12-03; after 11-18 it is today; after 11-17, yesterday.
    inside = add_application(session, "2026-11-24")
    last_day = add_application(session, "2026-11-18")
    add_application(session, "2026-11-17")  # window closed: nothing left to do
    add_application(
        session, "2026-11-23", ((EventKind.CORRECTION_NOTICE, "2026-11-24", {"period_days": 10}),)
    )
    add_application(session, "2026-11-23", (reply("2026-11-25"),))
    items = list_items(session, key=ListKey.CORRECTION, today=TODAY)
    assert [(i.application_id, i.due, i.working_days_left) for i in items] == [
        (last_day, TODAY, 0),
        (inside, D("2026-12-03"), 4),
    ]
    assert load_dashboard(session, today=TODAY).counts.correction == 2


def test_consultation_and_fee_items(session: Session) -> None:
    sent = (EventKind.CONSULTATION_SENT, "2026-11-02", {"party": "third_party", "party_name": "甲"})
    waiting = add_application(session, "2026-10-30", (sent,))
    answered: Event = (EventKind.CONSULTATION_REPLIED, "2026-11-05", {})
    add_application(session, "2026-10-30", (sent, answered))
    fee = (EventKind.FEE_NOTICE, "2026-11-20", {"amount": 100})
    unpaid = add_application(session, "2026-11-10", (fee,))
    add_application(session, "2026-11-10", (fee, (EventKind.FEE_PAID, "2026-11-23", {})))
    consultations = list_items(session, key=ListKey.CONSULTATION, today=TODAY)
    # 15th working day after 11-02 is 11-23: four working days overdue.
    assert [(i.application_id, i.due, i.working_days_left) for i in consultations] == [
        (waiting, D("2026-11-23"), -4)
    ]
    fees = list_items(session, key=ListKey.FEE, today=TODAY)
    # 20th working day after 11-20 is 12-18.
    assert [(i.application_id, i.due, i.working_days_left) for i in fees] == [
        (unpaid, D("2026-12-18"), 15)
    ]
    assert fees[0].state is State.AWAITING_FEE
    counts = load_dashboard(session, today=TODAY).counts
    assert (counts.consultation, counts.fee) == (1, 1)


def test_period_lists(session: Session) -> None:
    replied = add_application(session, "2026-10-08", (manual("2026-11-10"), reply("2026-11-10")))
    withdrawn = add_application(session, "2026-10-19", ((EventKind.WITHDRAWAL, "2026-10-20", {}),))
    still_open = open_with_due(session, "2026-12-31")
    received = list_items(session, key=ListKey.RECEIVED_QUARTER, today=TODAY)
    assert {i.application_id for i in received} == {replied, withdrawn, still_open}
    assert received[0].application_id == still_open  # open, dated: most urgent first
    closed = list_items(session, key=ListKey.CLOSED_YEAR, today=TODAY)
    assert {i.application_id for i in closed} == {replied, withdrawn}
    replies = list_items(session, key=ListKey.REPLIED_QUARTER, today=TODAY)
    assert [(i.application_id, i.on_time) for i in replies] == [(replied, True)]


def test_department_comparison_counts_open_overdue_and_the_rate(session: Session) -> None:
    add_application(session, "2026-11-02", (manual("2026-11-20"),), department="财务科")
    add_application(session, "2026-11-02", (manual("2026-12-20"),), department="财务科")
    add_application(session, "2026-10-08", (reply("2026-10-20"),), department="财务科")
    add_application(session, "2026-03-02", (reply("2026-06-30"),), department="办公室")
    add_application(session, "2025-03-02", (reply("2025-03-10"),), department="办公室")
    rows = department_comparison(session, today=TODAY, year=2026)
    assert [(r.department, r.open, r.overdue, r.replies, r.on_time, r.rate) for r in rows] == [
        ("财务科", 2, 1, 1, 1, "100.00%"),
        ("办公室", 0, 0, 1, 0, "0.00%"),
    ]


# --- late correction notices (补正告知逾期, rules.md §4) --------------------------------
# Received Monday 2026-11-02: the notice is due on the 7th working day, 11-11; the reply
# on the 20th, 11-30. A notice on 11-12 is late: the corrected application of 11-16 does
# not restart the clock (it used to move the deadline to 12-14).


def correction(notice: str, corrected: str) -> tuple[Event, Event]:
    return (
        (EventKind.CORRECTION_NOTICE, notice, {"period_days": 10}),
        (EventKind.CORRECTION_RECEIVED, corrected, {}),
    )


def test_late_correction_notices_are_counted_and_listed(session: Session) -> None:
    late = add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
    in_time = add_application(session, "2026-11-02", correction("2026-11-11", "2026-11-16"))
    assert get_application_row(session, late).due_on == D("2026-11-30")
    assert get_application_row(session, in_time).due_on == D("2026-12-14")
    board = load_dashboard(session, today=TODAY)
    assert (board.quarter.late_notices, board.year.late_notices) == (1, 1)
    assert load_dashboard(session, today=TODAY, year=2025, quarter=4).year.late_notices == 0
    items = list_items(session, key=ListKey.LATE_NOTICE_YEAR, today=TODAY)
    assert [(i.application_id, i.correction_notice_late) for i in items] == [(late, True)]
    soon = list_items(session, key=ListKey.DUE_SOON, today=TODAY)
    assert [(i.application_id, i.correction_notice_late) for i in soon] == [(late, True)]
