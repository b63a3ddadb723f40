"""The holiday calendar in the database: shipped data merged in, loaded as a WorkCalendar."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import CalendarDay, CalendarYear, Setting
from desktop.core.calendar import SpecialDay, WorkCalendar
from desktop.core.calendar import parse_holiday_csv as parse_holiday_csv  # its old home
from desktop.paths import SHIPPED_CALENDAR, resource

SHIPPED_CSV = SHIPPED_CALENDAR
_REVISION_KEY = "calendar_revision"
_cache: dict[tuple[str, int], WorkCalendar] = {}


def merge_shipped_calendar(session: Session) -> list[int]:
    """Merge the shipped holiday data; years the clerk entered or corrected are left alone.

    Returns the years written. Cheap when the shipped file has not changed.
    """
    raw = resource(*SHIPPED_CSV).read_bytes()
    version = hashlib.sha256(raw).hexdigest()[:16]
    years_rows = {row.year: row for row in session.scalars(select(CalendarYear))}
    days = parse_holiday_csv(raw.decode("utf-8"))
    by_year: dict[int, list[SpecialDay]] = {}
    for day in days:
        by_year.setdefault(day.day.year, []).append(day)
    written = []
    for year, year_days in sorted(by_year.items()):
        current = years_rows.get(year)
        if current is not None and (current.source == "clerk" or current.data_version == version):
            continue
        replace_year(session, year, year_days, source="shipped", notice_ref="", version=version)
        written.append(year)
    if written:
        bump_revision(session)
    return written


def replace_year(
    session: Session,
    year: int,
    days: list[SpecialDay],
    *,
    source: str,
    notice_ref: str,
    version: str = "",
) -> None:
    """Make ``days`` the whole official schedule of ``year``."""
    session.execute(
        delete(CalendarDay).where(
            CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31)
        )
    )
    session.add_all(
        CalendarDay(day=d.day, kind=d.kind, festival=d.festival, source=source) for d in days
    )
    row = session.get(CalendarYear, year)
    if row is None:
        session.add(
            CalendarYear(year=year, source=source, notice_ref=notice_ref, data_version=version)
        )
    else:
        row.source, row.notice_ref, row.data_version = source, notice_ref, version
    session.flush()


def calendar_revision(session: Session) -> int:
    row = session.get(Setting, _REVISION_KEY)
    return int(row.value) if row is not None else 0


def bump_revision(session: Session) -> int:
    row = session.get(Setting, _REVISION_KEY)
    if row is None:
        row = Setting(key=_REVISION_KEY, value=0)
        session.add(row)
    row.value = int(row.value) + 1
    session.flush()
    return int(row.value)


def load_calendar(session: Session) -> WorkCalendar:
    """The calendar as stored, cached until its revision changes."""
    bind = session.get_bind()
    key = (str(bind.engine.url), calendar_revision(session))
    cached = _cache.get(key)
    if cached is None:
        special = [
            SpecialDay(row.day, cast(Literal["holiday", "workday"], row.kind), row.festival)
            for row in session.scalars(select(CalendarDay))
        ]
        years = session.scalars(select(CalendarYear.year))
        cached = WorkCalendar(special, years)
        _cache.clear()
        _cache[key] = cached
    return cached
