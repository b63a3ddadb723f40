"""Tests for desktop.core.calendar: the shipped data against chinesecalendar, and counting."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from desktop.core.calendar import CalendarRangeError, DayKind, WorkCalendar, qingming
from desktop.paths import resource
from desktop.services.calendar import parse_holiday_csv

D = dt.date


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    days = parse_holiday_csv(resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8"))
    return WorkCalendar(days, {d.day.year for d in days})


def test_shipped_calendar_agrees_with_chinesecalendar_2004_to_2026(calendar: WorkCalendar) -> None:
    day, disagreements = D(2004, 1, 1), []
    while day <= D(2026, 12, 31):
        if calendar.is_workday(day) != chinese_calendar.is_workday(day):
            disagreements.append(day)
        day += dt.timedelta(days=1)
    assert disagreements == []


def test_loaded_years_are_2004_to_2026(calendar: WorkCalendar) -> None:
    assert calendar.loaded_years == frozenset(range(2004, 2027))


@pytest.mark.parametrize(
    ("day", "kind", "festival"),
    [
        (D(2026, 2, 16), DayKind.HOLIDAY, "春节"),
        (D(2026, 2, 14), DayKind.MAKEUP_WORKDAY, "春节"),
        (D(2026, 3, 7), DayKind.WEEKEND, ""),
        (D(2026, 3, 9), DayKind.WORKDAY, ""),
        (D(2027, 10, 1), DayKind.PROVISIONAL_HOLIDAY, "国庆节"),
        (D(2027, 4, 5), DayKind.PROVISIONAL_HOLIDAY, "清明节"),
    ],
)
def test_day_kind_and_festival(
    calendar: WorkCalendar, day: dt.date, kind: DayKind, festival: str
) -> None:
    assert calendar.day_kind(day) is kind
    assert calendar.festival(day) == festival


def test_unloaded_year_falls_back_to_statutory_holidays(calendar: WorkCalendar) -> None:
    # 2027 Spring Festival: 初一 is 02-06; 除夕 02-05 (Friday) is off, no make-up days.
    assert not calendar.is_workday(D(2027, 2, 5))
    assert calendar.is_workday(D(2027, 2, 10))  # 初五, Wednesday
    assert calendar.is_provisional(D(2027, 2, 10))
    assert not calendar.is_provisional(D(2026, 2, 10))


@pytest.mark.parametrize("year", [2019, 2020, 2024, 2025, 2026])
def test_qingming_formula_matches_the_official_schedule(calendar: WorkCalendar, year: int) -> None:
    assert calendar.festival(qingming(year)) == "清明节"


def test_counting_helpers(calendar: WorkCalendar) -> None:
    assert calendar.add_workdays(D(2026, 2, 10), 4) == D(2026, 2, 14)  # make-up Saturday
    assert calendar.add_workdays(D(2026, 2, 14), 1) == D(2026, 2, 24)
    assert calendar.workdays_between(D(2026, 2, 10), D(2026, 3, 16)) == 20
    assert calendar.workdays_between(D(2026, 3, 16), D(2026, 2, 10)) == -20
    assert calendar.workdays(D(2026, 2, 13), D(2026, 2, 24)) == [D(2026, 2, 14), D(2026, 2, 24)]
    with pytest.raises(ValueError, match="at least 1"):
        calendar.add_workdays(D(2026, 2, 10), 0)


def test_dates_outside_the_range_are_refused(calendar: WorkCalendar) -> None:
    with pytest.raises(CalendarRangeError, match="超出日历范围"):
        calendar.is_workday(D(1999, 12, 31))
    with pytest.raises(CalendarRangeError, match="超出日历范围"):
        calendar.add_workdays(D(2060, 12, 20), 20)
