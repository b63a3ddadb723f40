"""Report figures from the database: table 三/四 of a year, statistics of a period.

The register's cached columns (``received_on``, ``closed_on``, ``outcome``,
``on_time``, ``state``) are read with one SELECT of exactly those columns,
restricted to the applications the period can see (received by its end and
not closed before its start), and turned into ``StatRecord`` values; no ORM
object is built, so 100,000 applications take a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Appeal, Application, Category
from desktop.core.statistics import (
    AppealRecord,
    PeriodStatistics,
    StatRecord,
    Table3,
    Table4,
    check_table3,
    period_statistics,
    quarter_bounds,
    table3,
    table4,
)
from desktop.core.vocab import (
    AppealKind,
    AppealOutcome,
    ApplicantType,
    Channel,
    Outcome,
    State,
)
from desktop.services import settings as settings_service

# Plain dict lookups: calling the enum for each of 100,000 rows costs more.
_APPLICANT = {m.value: m for m in ApplicantType}
_CHANNEL = {m.value: m for m in Channel}
_OUTCOME: dict[str | None, Outcome | None] = {None: None, **{m.value: m for m in Outcome}}
_APPEAL_KIND = {m.value: m for m in AppealKind}
_APPEAL_OUTCOME = {m.value: m for m in AppealOutcome}


@dataclass(frozen=True)
class AnnualTables:
    """Tables 三 and 四 of one report year, with the agency's name."""

    agency: str
    year: int
    table3: Table3
    table4: Table4

    def problems(self) -> list[str]:
        """The identity checks of table 三 (Chinese messages; [] when it balances)."""
        return check_table3(self.table3)


def agency_name(session: Session) -> str:
    return str(settings_service.get_setting(session, "agency_name"))


def load_records(session: Session, *, start: dt.date, end: dt.date) -> list[StatRecord]:
    """The applications a period ``[start, end]`` can see, as statistics records."""
    query = (
        select(
            Application.applicant_type,
            Application.channel,
            Category.name,
            Application.received_on,
            Application.closed_on,
            Application.outcome,
            Application.on_time,
            Application.state,
        )
        .outerjoin(Category, Category.id == Application.category_id)
        .where(Application.received_on <= end)
        .where(or_(Application.closed_on.is_(None), Application.closed_on >= start))
    )
    replied = State.REPLIED.value
    return [
        StatRecord(
            _APPLICANT[applicant],
            _CHANNEL[channel],
            category or "",
            received_on,
            closed_on,
            _OUTCOME[outcome],
            on_time,
            state == replied,
        )
        for applicant, channel, category, received_on, closed_on, outcome, on_time, state in (
            session.execute(query)
        )
    ]


def load_appeals(session: Session, *, until: dt.date) -> list[AppealRecord]:
    """Every appeal filed on or before ``until``."""
    query = select(Appeal.kind, Appeal.outcome, Appeal.filed_on, Appeal.decided_on).where(
        Appeal.filed_on <= until
    )
    return [
        AppealRecord(_APPEAL_KIND[kind], _APPEAL_OUTCOME[outcome], filed_on, decided_on)
        for kind, outcome, filed_on, decided_on in session.execute(query)
    ]


def annual_tables(session: Session, *, year: int) -> AnnualTables:
    """Tables 三 and 四 of the annual report on ``year``."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    records = load_records(session, start=start, end=end)
    appeals = load_appeals(session, until=end)
    return AnnualTables(agency_name(session), year, table3(records, year), table4(appeals, year))


def range_statistics(
    session: Session,
    *,
    start: dt.date,
    end: dt.date,
    label: str = "",
    today: dt.date | None = None,
) -> PeriodStatistics:
    """Statistics of any date range (both ends included).

    With ``today`` (publications): a period not started is refused
    (``PeriodNotStarted``), one not over is marked as of ``today``.
    """
    if today is not None and today < start:
        period_statistics([], start, end, agency="", today=today)  # raises PeriodNotStarted
    records = load_records(session, start=start, end=end)
    return period_statistics(
        records, start, end, agency=agency_name(session), label=label, today=today
    )


def quarterly_statistics(
    session: Session, *, year: int, quarter: int, today: dt.date | None = None
) -> PeriodStatistics:
    """Statistics of quarter ``quarter`` (1–4) of ``year``."""
    start, end = quarter_bounds(year, quarter)
    return range_statistics(session, start=start, end=end, today=today)


def year_statistics(session: Session, *, year: int) -> PeriodStatistics:
    """Statistics of a whole calendar year (the period view of table 三's figures)."""
    return range_statistics(session, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
