"""Editing the holiday calendar: a year's schedule by hand, or a CSV file of several years.

Every change is validated first (Chinese messages), stored with
``calendar.replace_year(source="clerk")`` so shipped data never overwrites it,
and followed by a recomputation of the derived columns of the applications it
can affect. The moved deadlines are returned so the clerk sees what changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Application, CalendarDay, CalendarYear
from desktop.core.calendar import FIRST_YEAR, LAST_YEAR, DayKind, SpecialDay, statutory_holidays
from desktop.core.notice import NoticeError, ParsedNotice, notice_reference, parse_notice
from desktop.core.vocab import CLOSED_STATES
from desktop.errors import UserError
from desktop.services.calendar import bump_revision, load_calendar, replace_year
from desktop.services.derived import refresh_where

#: How a year's schedule got into the database.
ScheduleSource = Literal["shipped", "clerk", "none"]
_CLOSED_VALUES = tuple(s.value for s in CLOSED_STATES)


class ScheduleRefused(UserError, ValueError):
    """The schedule or file was refused; ``errors`` lists every problem in Chinese."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("；".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class HolidayBlock:
    """Consecutive days off of one festival (both ends included)."""

    start: dt.date
    end: dt.date
    festival: str


@dataclass(frozen=True)
class MarkedDay:
    """A day that is not a plain weekday/weekend, as the year view shows it."""

    day: dt.date
    kind: DayKind
    festival: str


@dataclass(frozen=True)
class YearSchedule:
    year: int
    source: ScheduleSource
    notice_ref: str
    holidays: tuple[HolidayBlock, ...]
    workdays: tuple[dt.date, ...]
    #: Days off, make-up days, and (year not loaded) the presumed statutory holidays.
    marked: tuple[MarkedDay, ...]

    @property
    def loaded(self) -> bool:
        return self.source != "none"


@dataclass(frozen=True)
class MovedDeadline:
    application_id: int
    serial: str
    old_due: dt.date | None
    new_due: dt.date | None


@dataclass(frozen=True)
class ImportResult:
    years: tuple[int, ...]
    moved: tuple[MovedDeadline, ...]


# --- reading -------------------------------------------------------------------------------


def year_schedule(session: Session, year: int) -> YearSchedule:
    """The official schedule of ``year`` as stored, or the presumed one when not loaded."""
    row = session.get(CalendarYear, year)
    days = session.scalars(
        select(CalendarDay)
        .where(CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
        .order_by(CalendarDay.day)
    ).all()
    holidays = [SpecialDay(d.day, "holiday", d.festival) for d in days if d.kind == "holiday"]
    workdays = tuple(d.day for d in days if d.kind == "workday")
    if row is None:
        presumed = sorted(statutory_holidays(year).items())
        marked = tuple(MarkedDay(d, DayKind.PROVISIONAL_HOLIDAY, f) for d, f in presumed)
        return YearSchedule(year, "none", "", (), (), marked)
    marked = tuple(
        MarkedDay(
            d.day, DayKind.HOLIDAY if d.kind == "holiday" else DayKind.MAKEUP_WORKDAY, d.festival
        )
        for d in days
    )
    source: ScheduleSource = "clerk" if row.source == "clerk" else "shipped"
    return YearSchedule(year, source, row.notice_ref, group_blocks(holidays), workdays, marked)


def group_blocks(days: Iterable[SpecialDay]) -> tuple[HolidayBlock, ...]:
    """Consecutive days off with the same festival, merged into blocks."""
    blocks: list[HolidayBlock] = []
    for day in sorted(days, key=lambda d: d.day):
        last = blocks[-1] if blocks else None
        if last and last.festival == day.festival and last.end + dt.timedelta(1) == day.day:
            blocks[-1] = HolidayBlock(last.start, day.day, last.festival)
        else:
            blocks.append(HolidayBlock(day.day, day.day, day.festival))
    return tuple(blocks)


def loaded_years(session: Session) -> list[int]:
    return list(session.scalars(select(CalendarYear.year).order_by(CalendarYear.year)))


def missing_next_year_reminder(session: Session, today: dt.date) -> str | None:
    """From October on, a reminder when next year's schedule is not loaded (rules.md §1)."""
    next_year = today.year + 1
    if today.month < 10 or session.get(CalendarYear, next_year) is not None:
        return None
    return (
        f"尚未载入{next_year}年的节假日安排。国务院办公厅通知发布后请及时录入；"
        f"在此之前，涉及{next_year}年的期限按法定节假日临时推定，并标记为“临时”。"
    )


# --- validating ----------------------------------------------------------------------------


def _check_year(year: int, today: dt.date) -> list[str]:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return [f"年份须在 {FIRST_YEAR}–{LAST_YEAR} 之间"]
    if year > today.year + 1:
        return [f"只能录入至 {today.year + 1} 年的安排（通知通常于上一年10–12月发布）"]
    return []


def _in_year(day: dt.date, year: int) -> bool:
    return day.year == year


def _check_blocks(year: int, blocks: Sequence[HolidayBlock]) -> list[str]:
    errors: list[str] = []
    seen: dict[dt.date, str] = {}
    for n, block in enumerate(blocks, start=1):
        label = f"第{n}个放假时段（{block.festival or '未命名'}）"
        if not block.festival.strip():
            errors.append(f"{label}：请填写节日名称")
        if block.end < block.start:
            errors.append(f"{label}：结束日期早于开始日期")
            continue
        if not (_in_year(block.start, year) and _in_year(block.end, year)):
            errors.append(f"{label}：日期须在 {year} 年内")
            continue
        for day in _days(block.start, block.end):
            if day in seen:
                errors.append(f"{label}：{day.isoformat()} 与“{seen[day]}”重叠")
                break
            seen[day] = block.festival
    return errors


def _check_workdays(
    year: int, workdays: Sequence[dt.date], blocks: Sequence[HolidayBlock]
) -> list[str]:
    errors: list[str] = []
    off = {d for b in blocks if b.start <= b.end for d in _days(b.start, b.end)}
    if len(set(workdays)) != len(workdays):
        errors.append("调休上班日有重复")
    for day in sorted(set(workdays)):
        text = day.isoformat()
        if not _in_year(day, year):
            errors.append(f"调休上班日 {text} 不在 {year} 年内")
        elif day.weekday() < 5:
            errors.append(f"调休上班日 {text} 不是周六或周日")
        if day in off:
            errors.append(f"{text} 既是放假日又是调休上班日")
    return errors


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _workday_festival(day: dt.date, blocks: Sequence[HolidayBlock]) -> str:
    """A make-up day belongs to the nearest holiday block (as in the notices)."""
    if not blocks:
        return ""

    def distance(block: HolidayBlock) -> int:
        return min(abs((day - block.start).days), abs((day - block.end).days))

    return min(blocks, key=distance).festival


def schedule_days(blocks: Sequence[HolidayBlock], workdays: Sequence[dt.date]) -> list[SpecialDay]:
    holidays = [
        SpecialDay(d, "holiday", b.festival.strip()) for b in blocks for d in _days(b.start, b.end)
    ]
    makeups = [SpecialDay(d, "workday", _workday_festival(d, blocks)) for d in workdays]
    return sorted([*holidays, *makeups], key=lambda s: s.day)


# --- writing -------------------------------------------------------------------------------


def save_year_schedule(
    session: Session,
    *,
    year: int,
    holidays: Sequence[tuple[dt.date, dt.date, str]],
    workdays: Sequence[dt.date],
    notice_ref: str,
    today: dt.date,
) -> list[MovedDeadline]:
    """Store a year's schedule as entered by the clerk; returns the deadlines that moved."""
    blocks = [HolidayBlock(s, e, f.strip()) for s, e, f in holidays]
    errors = _check_year(year, today)
    if not errors:
        errors = _check_blocks(year, blocks) + _check_workdays(year, workdays, blocks)
    if len(notice_ref.strip()) > 200:
        errors.append("通知文号不能超过200字")
    if errors:
        raise ScheduleRefused(errors)
    before = _open_dues(session)
    replace_year(
        session,
        year,
        schedule_days(blocks, workdays),
        source="clerk",
        notice_ref=notice_ref.strip(),
    )
    bump_revision(session)
    return recompute_after_calendar_change(session, before, since=dt.date(year, 1, 1))


def import_year_file(
    session: Session, source: Path | str, *, today: dt.date, notice_ref: str = ""
) -> ImportResult:
    """Import a ``date,kind,festival`` CSV (a file path, or the text itself); all or nothing."""
    text = source.read_text(encoding="utf-8-sig") if isinstance(source, Path) else source
    by_year = parse_schedule_csv(text, today=today)
    before = _open_dues(session)
    for year, days in sorted(by_year.items()):
        replace_year(session, year, days, source="clerk", notice_ref=notice_ref.strip())
    bump_revision(session)
    moved = recompute_after_calendar_change(session, before, since=dt.date(min(by_year), 1, 1))
    return ImportResult(tuple(sorted(by_year)), tuple(moved))


def parse_schedule_csv(text: str, *, today: dt.date) -> dict[int, list[SpecialDay]]:
    """The file's days grouped by year; every problem reported with its line number."""
    errors: list[str] = []
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"date", "kind"} - {(f or "").strip() for f in reader.fieldnames or []}
    if missing:
        raise ScheduleRefused(["文件第1行须为表头 date,kind,festival"])
    by_year: dict[int, list[SpecialDay]] = {}
    seen: dict[dt.date, int] = {}
    for row in reader:
        line = reader.line_num
        day, message = _parse_row(row)
        if day is None:
            errors.append(f"第{line}行：{message}")
            continue
        if day.day in seen:
            errors.append(f"第{line}行：日期 {day.day.isoformat()} 与第{seen[day.day]}行重复")
            continue
        seen[day.day] = line
        if year_errors := _check_year(day.day.year, today):
            errors.append(f"第{line}行：{year_errors[0]}")
        elif day.kind == "workday" and day.day.weekday() < 5:
            errors.append(f"第{line}行：调休上班日 {day.day.isoformat()} 不是周六或周日")
        by_year.setdefault(day.day.year, []).append(day)
    if not errors and not by_year:
        errors.append("文件中没有日期")
    if errors:
        raise ScheduleRefused(errors)
    return by_year


def _parse_row(row: dict[str | None, str | None]) -> tuple[SpecialDay | None, str]:
    raw_date = (row.get("date") or "").strip()
    kind = (row.get("kind") or "").strip()
    festival = (row.get("festival") or "").strip()
    try:
        day = dt.date.fromisoformat(raw_date)
    except ValueError:
        return None, f"日期“{raw_date}”格式应为 YYYY-MM-DD"
    if kind == "holiday":
        return SpecialDay(day, "holiday", festival), ""
    if kind == "workday":
        return SpecialDay(day, "workday", festival), ""
    return None, f"类型“{kind}”应为 holiday（放假）或 workday（调休上班）"


# --- recomputing ---------------------------------------------------------------------------


def _open_dues(session: Session) -> dict[int, dt.date | None]:
    query = select(Application.id, Application.due_on).where(
        Application.state.not_in(_CLOSED_VALUES)
    )
    return {row.id: row.due_on for row in session.execute(query)}


def recompute_after_calendar_change(
    session: Session, open_before: dict[int, dt.date | None], *, since: dt.date
) -> list[MovedDeadline]:
    """Refresh every open application, and closed ones closed on/after ``since`` (on-time flag).

    Applications closed before the changed years cannot see their result move:
    a deadline after a closure before ``since`` stays after it. Returns the open
    applications whose effective deadline moved, in serial order.
    """
    changed = refresh_where(
        session,
        or_(Application.state.not_in(_CLOSED_VALUES), Application.closed_on >= since),
        load_calendar(session),
    )
    moved = [
        MovedDeadline(r.id, r.serial, open_before[r.id], r.new_due)
        for r in changed
        if r.id in open_before and open_before[r.id] != r.new_due
    ]
    serial_order = Application.serial_year * 1_000_000 + Application.serial_number
    rows = session.execute(
        select(Application.id, serial_order).where(
            Application.id.in_([m.application_id for m in moved])
        )
    )
    order = {row[0]: row[1] for row in rows}
    return sorted(moved, key=lambda m: order[m.application_id])


# --- the State Council's notice, pasted ----------------------------------------------------


@dataclass(frozen=True)
class NoticeImport:
    """What importing a notice stored: the year, its days, and the deadlines that moved."""

    year: int
    days_off: tuple[dt.date, ...]
    make_up_workdays: tuple[dt.date, ...]
    #: Days of the notice in the neighbouring year (元旦 from 12-31): not stored with this year.
    other_years: tuple[dt.date, ...]
    moved: tuple[MovedDeadline, ...]


def notice_schedule(
    parsed: ParsedNotice,
) -> tuple[list[tuple[dt.date, dt.date, str]], list[dt.date]]:
    """The notice's days of its own year as (start, end, festival) blocks and make-up days."""
    holidays = [
        (day, day, block.festival)
        for block in parsed.blocks
        for day in block.days_off
        if day.year == parsed.year
    ]
    workdays = [d for d in parsed.make_up_workdays if d.year == parsed.year]
    return holidays, workdays


def import_notice(session: Session, *, text: str, year: int, today: dt.date) -> NoticeImport:
    """Parse the pasted notice and store it as ``year``'s schedule (refused: nothing stored)."""
    try:
        parsed = parse_notice(text, year)
    except NoticeError as error:
        raise ScheduleRefused([str(error)]) from None
    holidays, workdays = notice_schedule(parsed)
    moved = save_year_schedule(
        session,
        year=year,
        holidays=holidays,
        workdays=workdays,
        notice_ref=notice_reference(text),
        today=today,
    )
    outside = tuple(d for d in (*parsed.days_off, *parsed.make_up_workdays) if d.year != year)
    return NoticeImport(
        year,
        tuple(s for s, _, _ in holidays),
        tuple(workdays),
        tuple(sorted(outside)),
        tuple(moved),
    )


def notice_preview(parsed: ParsedNotice) -> YearSchedule:
    """The year as it would be saved from the notice, for the clerk to confirm (nothing stored)."""
    holidays, workdays = notice_schedule(parsed)
    days = schedule_days([HolidayBlock(s, e, f) for s, e, f in holidays], workdays)
    marked = tuple(
        MarkedDay(
            d.day, DayKind.HOLIDAY if d.kind == "holiday" else DayKind.MAKEUP_WORKDAY, d.festival
        )
        for d in days
    )
    blocks = group_blocks(d for d in days if d.kind == "holiday")
    return YearSchedule(parsed.year, "clerk", "", blocks, tuple(workdays), marked)
