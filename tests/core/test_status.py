"""Tests for desktop.core.status: on-time judgement and the deadline status on a day."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent, compute_deadlines
from desktop.core.lifecycle import derive_progress
from desktop.core.status import TimeWords, days_words, deadline_status, is_on_time, time_words
from desktop.core.vocab import DeadlineStatus, EventKind, Outcome, State
from desktop.paths import resource
from desktop.services.calendar import parse_holiday_csv

D = dt.date
K = EventKind
S = DeadlineStatus
RECEIVED = D(2026, 2, 10)  # due 2026-03-16 (example A), extended 2026-04-14
DAYS = parse_holiday_csv(resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8"))
CAL = WorkCalendar(DAYS, {d.day.year for d in DAYS})
REPLY = {"outcome": Outcome.DISCLOSED.value}


def status(events: list[ClockEvent], today: dt.date, soon: int = 3) -> tuple[S, int | None]:
    deadlines = compute_deadlines(RECEIVED, events, CAL)
    info = deadline_status(
        deadlines, derive_progress(events), today=today, calendar=CAL, due_soon_days=soon
    )
    return info.status, info.working_days_left


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 2, 10), (S.ON_TRACK, 20)),
        (D(2026, 3, 10), (S.ON_TRACK, 4)),
        (D(2026, 3, 11), (S.DUE_SOON, 3)),
        (D(2026, 3, 14), (S.DUE_SOON, 1)),  # Saturday
        (D(2026, 3, 16), (S.DUE_TODAY, 0)),
        (D(2026, 3, 17), (S.OVERDUE, -1)),
        (D(2026, 3, 22), (S.OVERDUE, -4)),  # Sunday after four working days
    ],
)
def test_open_application(today: dt.date, expected: tuple[S, int]) -> None:
    assert status([], today) == expected


def test_extension_moves_the_status() -> None:
    events = [ClockEvent(K.EXTENSION, D(2026, 3, 10), {"days": 20})]
    assert status(events, D(2026, 3, 20)) == (S.ON_TRACK, 16)  # to 04-14, 清明 off


def test_clock_stopped_is_on_track_without_days_left() -> None:
    events = [ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 12), {"period_days": 10})]
    assert status(events, D(2026, 6, 1)) == (S.ON_TRACK, None)


@pytest.mark.parametrize(
    ("events", "expected", "on_time"),
    [
        ([ClockEvent(K.REPLY, D(2026, 3, 16), REPLY)], S.CLOSED_ON_TIME, True),
        ([ClockEvent(K.REPLY, D(2026, 3, 17), REPLY)], S.CLOSED_LATE, False),
        (
            [ClockEvent(K.EXTENSION, D(2026, 3, 10)), ClockEvent(K.REPLY, D(2026, 4, 14), REPLY)],
            S.CLOSED_ON_TIME,
            True,
        ),
        (
            [
                ClockEvent(K.MANUAL_DEADLINE, D(2026, 3, 1), {"due": "2026-03-02", "reason": "r"}),
                ClockEvent(K.REPLY, D(2026, 3, 3), REPLY),
            ],
            S.CLOSED_LATE,
            False,
        ),
        ([ClockEvent(K.WITHDRAWAL, D(2026, 5, 1))], S.CLOSED, None),
        (
            [
                ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 12), {"period_days": 10}),
                ClockEvent(K.ABANDONED, D(2026, 4, 1)),
            ],
            S.CLOSED,
            None,
        ),
    ],
)
def test_closed_application(events: list[ClockEvent], expected: S, on_time: bool | None) -> None:
    assert status(events, D(2026, 11, 27)) == (expected, None)
    deadlines = compute_deadlines(RECEIVED, events, CAL)
    assert is_on_time(deadlines, derive_progress(events)) is on_time


def test_reply_while_clock_stopped_is_judged_against_the_deadline_valid_then() -> None:
    notice = ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 12), {"period_days": 10})
    on_time = [notice, ClockEvent(K.REPLY, D(2026, 3, 16), REPLY)]
    late = [notice, ClockEvent(K.REPLY, D(2026, 3, 17), REPLY)]
    for events, expected in ((on_time, True), (late, False)):
        deadlines = compute_deadlines(RECEIVED, events, CAL)
        assert deadlines.effective_due is None
        assert is_on_time(deadlines, derive_progress(events)) is expected


@pytest.mark.parametrize(
    ("left", "text"),
    [
        (3, "剩余 3 个工作日"),
        (1, "剩余 1 个工作日"),
        (0, "今日到期"),
        (-1, "逾期 1 个工作日"),
        (-21, "逾期 21 个工作日"),
        (None, "暂停计时（待补正）"),
    ],
)
def test_days_words_one_vocabulary(left: int | None, text: str) -> None:
    assert days_words(left).text == text


def test_closed_applications_say_how_they_closed() -> None:
    words = time_words(
        state=State.REPLIED, status=DeadlineStatus.CLOSED_LATE, working_days_left=None
    )
    assert words.text == "逾期办结"
    words = time_words(state=State.OPEN, status=DeadlineStatus.OVERDUE, working_days_left=-2)
    assert words == TimeWords("逾期 %1 个工作日", 2)


def test_late_correction_notice_leaves_an_overdue_application_overdue() -> None:
    # Received 2026-02-10: the notice was due on the 7th working day, 2026-02-26 (02-11 …
    # 02-14 make-up, 02-24 … 02-26 after the Spring Festival). A notice on 03-17, after the
    # reply deadline 03-16, used to restart the clock and make the request look on time.
    events = [
        ClockEvent(K.CORRECTION_NOTICE, D(2026, 3, 17), {"period_days": 10}),
        ClockEvent(K.CORRECTION_RECEIVED, D(2026, 3, 20)),
    ]
    assert status(events, D(2026, 3, 23)) == (S.OVERDUE, -5)
    reply = [*events, ClockEvent(K.REPLY, D(2026, 3, 25), REPLY)]
    deadlines = compute_deadlines(RECEIVED, reply, CAL)
    assert is_on_time(deadlines, derive_progress(reply)) is False
