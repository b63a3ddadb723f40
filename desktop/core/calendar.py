"""The working-day calendar (rules.md §1).

A working day is Monday–Friday, minus the official days off, plus the make-up
working days (调休上班). Years whose official schedule is not loaded fall back
to weekends plus the statutory holidays of 《全国年节及纪念日放假办法》 (2024
revision), without make-up days, and every date in them is *provisional*.

Counting is done on a precomputed sorted list of working-day ordinals with
``bisect``: the n-th working day after a date is one index lookup.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, cast

from lunardate import LunarDate

from desktop.core.vocab import LabelledEnum
from desktop.errors import UserError

FIRST_YEAR = 2000
LAST_YEAR = 2060


class CalendarRangeError(UserError, ValueError):
    """A date outside the years the calendar covers."""


class DayKind(LabelledEnum):
    WORKDAY = "workday", "工作日"
    WEEKEND = "weekend", "休息日"
    HOLIDAY = "holiday", "节假日"
    MAKEUP_WORKDAY = "makeup_workday", "调休上班"
    PROVISIONAL_HOLIDAY = "provisional_holiday", "法定节假日（临时推定）"


@dataclass(frozen=True)
class SpecialDay:
    """A day that breaks the Monday–Friday rule in an official schedule."""

    day: dt.date
    kind: Literal["holiday", "workday"]
    festival: str = ""


def statutory_holidays(year: int) -> dict[dt.date, str]:
    """The statutory days off of ``year`` without make-up days (2024 rules), by date."""
    spring = LunarDate(year, 1, 1).to_solar_date()
    days: dict[dt.date, str] = {dt.date(year, 1, 1): "元旦"}
    for offset in range(-1, 3):  # 除夕 to 初三
        day = spring + dt.timedelta(days=offset)
        if day.year == year:
            days[day] = "春节"
    # 除夕 of next year's Spring Festival can fall in this year.
    next_eve = LunarDate(year + 1, 1, 1).to_solar_date() - dt.timedelta(days=1)
    if next_eve.year == year:
        days[next_eve] = "春节"
    days[qingming(year)] = "清明节"
    days[dt.date(year, 5, 1)] = "劳动节"
    days[dt.date(year, 5, 2)] = "劳动节"
    days[LunarDate(year, 5, 5).to_solar_date()] = "端午节"
    days[LunarDate(year, 8, 15).to_solar_date()] = "中秋节"
    for day in (1, 2, 3):
        days[dt.date(year, 10, day)] = "国庆节"
    return days


def qingming(year: int) -> dt.date:
    """清明 (solar term), by the usual 21st-century formula (exact for 2000–2099)."""
    y = year % 100
    return dt.date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


class WorkCalendar:
    """Official schedule data plus the statutory fallback, with fast working-day counting."""

    def __init__(self, special_days: Iterable[SpecialDay], loaded_years: Iterable[int]) -> None:
        self.loaded_years = frozenset(loaded_years)
        self.special: dict[dt.date, SpecialDay] = {
            s.day: s for s in special_days if s.day.year in self.loaded_years
        }
        self.fallback: dict[dt.date, str] = {}
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            if year not in self.loaded_years:
                self.fallback.update(statutory_holidays(year))
        first = dt.date(FIRST_YEAR, 1, 1).toordinal()
        last = dt.date(LAST_YEAR, 12, 31).toordinal()
        self._first, self._last = first, last
        # The working days by ordinal: a special day as the schedule says, else a weekday
        # that is not a statutory holiday (built at every start-up: plain arithmetic, no
        # date objects; ordinal 1, 0001-01-01, was a Monday).
        kinds = {day.toordinal(): s.kind == "workday" for day, s in self.special.items()}
        off = {day.toordinal() for day in self.fallback}
        self._workdays: list[int] = [
            o for o in range(first, last + 1) if kinds.get(o, (o - 1) % 7 < 5 and o not in off)
        ]

    def _check(self, day: dt.date) -> int:
        ordinal = day.toordinal()
        if not self._first <= ordinal <= self._last:
            raise CalendarRangeError(
                f"日期 {day.isoformat()} 超出日历范围（{FIRST_YEAR}–{LAST_YEAR}年）"
            )
        return ordinal

    def is_workday(self, day: dt.date) -> bool:
        ordinal = self._check(day)
        index = bisect_left(self._workdays, ordinal)
        return index < len(self._workdays) and self._workdays[index] == ordinal

    def is_provisional(self, day: dt.date) -> bool:
        """True when ``day``'s year has no loaded official schedule."""
        return day.year not in self.loaded_years

    def day_kind(self, day: dt.date) -> DayKind:
        special = self.special.get(day)
        if special is not None:
            return DayKind.HOLIDAY if special.kind == "holiday" else DayKind.MAKEUP_WORKDAY
        if day in self.fallback:
            return DayKind.PROVISIONAL_HOLIDAY
        return DayKind.WORKDAY if day.weekday() < 5 else DayKind.WEEKEND

    def festival(self, day: dt.date) -> str:
        special = self.special.get(day)
        if special is not None:
            return special.festival
        return self.fallback.get(day, "")

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day strictly after ``start`` (n ≥ 1); day 1 is the next one."""
        if n < 1:
            raise ValueError("n must be at least 1")
        index = bisect_right(self._workdays, self._check(start)) + n - 1
        if index >= len(self._workdays):
            raise CalendarRangeError(f"期限超出日历范围（{LAST_YEAR}年）")
        return dt.date.fromordinal(self._workdays[index])

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days ``d`` with ``start < d <= end`` (negative when ``end < start``)."""
        return bisect_right(self._workdays, self._check(end)) - bisect_right(
            self._workdays, self._check(start)
        )

    def workdays(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The working days ``d`` with ``start < d <= end``, in order."""
        lo = bisect_right(self._workdays, self._check(start))
        hi = bisect_right(self._workdays, self._check(end))
        return [dt.date.fromordinal(o) for o in self._workdays[lo:hi]]


def parse_holiday_csv(text: str) -> list[SpecialDay]:
    """Rows ``date,kind,festival`` of the shipped file (kind: holiday | workday)."""
    days = []
    for row in csv.DictReader(io.StringIO(text)):
        kind = row["kind"].strip()
        if kind not in ("holiday", "workday"):
            raise ValueError(f"未知的日期类型：{kind}")
        days.append(
            SpecialDay(
                dt.date.fromisoformat(row["date"].strip()),
                cast(Literal["holiday", "workday"], kind),
                row.get("festival", "").strip(),
            )
        )
    return days
