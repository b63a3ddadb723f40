"""The whole annual report of a year: the office's draft, the fees, the assembled report.

The parts the office writes are rows of ``annual_report_part`` (one per year
and part) with who saved them and when; ``updated_by`` is the acting user's
login name (the operating-system login until the application has users).
Fees come from the fee events (收费通知 with their ``amount`` in 元, 缴纳费用).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AnnualReportPart, ApplicationEvent, utcnow
from desktop.core.annual import (
    AnnualDraft,
    AnnualReport,
    CellKey,
    FeeEvent,
    FeeSummary,
    Part,
    PartEdit,
    applications_draft,
    fee_summary,
    validate_table2,
)
from desktop.core.vocab import EventKind
from desktop.errors import UserError
from desktop.services.statistics import annual_tables, year_statistics

#: Report years the application accepts (the Regulations' reports began with 2008).
FIRST_YEAR = 2008


class AnnualReportError(UserError, ValueError):
    """A part cannot be saved as given; the message is one Chinese line."""


def _check_year(year: int, today: dt.date | None = None) -> None:
    last = (today or dt.date.today()).year
    if not FIRST_YEAR <= year <= last:
        raise AnnualReportError(f"报告年度应在 {FIRST_YEAR} 年至 {last} 年之间")


def _cell_key(key: CellKey) -> str:
    return f"{key[0]}|{key[1]}"


def _parse_key(text: str) -> CellKey:
    item, _, column = text.partition("|")
    return item, column


def load_draft(session: Session, *, year: int) -> AnnualDraft:
    """What the office has saved for ``year`` (empty parts when nothing was saved)."""
    rows = session.scalars(select(AnnualReportPart).where(AnnualReportPart.year == year))
    texts: dict[Part, str] = {}
    table2: dict[CellKey, str] = {}
    edits: dict[Part, PartEdit] = {}
    for row in rows:
        part = Part(row.part)
        edits[part] = PartEdit(row.updated_at, row.updated_by)
        if part is Part.TABLE2:
            table2 = {_parse_key(k): str(v) for k, v in (row.cells or {}).items()}
        else:
            texts[part] = row.text
    return AnnualDraft(year, texts, table2, edits)


def _row(session: Session, year: int, part: Part) -> AnnualReportPart:
    row = session.get(AnnualReportPart, (year, part.value))
    if row is None:
        row = AnnualReportPart(year=year, part=part.value, text="")
        session.add(row)
    return row


def _stamp(row: AnnualReportPart, updated_by: str) -> PartEdit:
    row.updated_at = utcnow()
    row.updated_by = updated_by
    return PartEdit(row.updated_at, updated_by)


def save_text(session: Session, *, year: int, part: Part, text: str, updated_by: str) -> PartEdit:
    """Store the text of a chapter part (an empty text makes the part empty again)."""
    _check_year(year)
    if part is Part.TABLE2:
        raise AnnualReportError("表二请按单元格填写")
    row = _row(session, year, part)
    row.text = text.strip().replace("\r\n", "\n")
    edit = _stamp(row, updated_by)
    session.flush()
    return edit


def save_table2(
    session: Session, *, year: int, cells: Mapping[CellKey, str], updated_by: str
) -> PartEdit:
    """Store table 二 (every cell given; empty cells stay empty). Nothing changes on a problem."""
    _check_year(year)
    values, problems = validate_table2(year, cells)
    if problems:
        raise AnnualReportError("；".join(problems))
    row = _row(session, year, Part.TABLE2)
    row.cells = {_cell_key(k): v for k, v in values.items()}
    edit = _stamp(row, updated_by)
    session.flush()
    return edit


def _amount(data: Mapping[str, object]) -> Decimal:
    try:
        value = Decimal(str(data.get("amount", "0")))
    except InvalidOperation:
        return Decimal(0)
    return value if value.is_finite() else Decimal(0)


def fee_events(session: Session, *, until: dt.date) -> list[FeeEvent]:
    """Every valid fee notice and payment dated on or before ``until``."""
    query = (
        select(
            ApplicationEvent.application_id,
            ApplicationEvent.kind,
            ApplicationEvent.occurred_on,
            ApplicationEvent.data,
        )
        .where(ApplicationEvent.kind.in_((EventKind.FEE_NOTICE.value, EventKind.FEE_PAID.value)))
        .where(ApplicationEvent.voided_at.is_(None))
        .where(ApplicationEvent.occurred_on <= until)
        .order_by(ApplicationEvent.occurred_on, ApplicationEvent.id)
    )
    return [
        FeeEvent(app_id, on, kind == EventKind.FEE_PAID.value, _amount(data or {}))
        for app_id, kind, on, data in session.execute(query)
    ]


def year_fees(session: Session, *, year: int) -> FeeSummary:
    """Fee notices sent and fees collected in ``year``."""
    return fee_summary(fee_events(session, until=dt.date(year, 12, 31)), year)


def annual_report(session: Session, *, year: int, published_on: dt.date) -> AnnualReport:
    """The whole report of ``year``: the office's parts, the computed tables, the fees."""
    tables = annual_tables(session, year=year)
    stats = year_statistics(session, year=year)  # the on-time figures of the draft
    drafted = applications_draft(
        tables.table3, tables.table4, on_time=stats.replies_on_time, replies=stats.replies
    )
    draft = load_draft(session, year=year)
    edited = draft.text(Part.APPLICATIONS)
    return AnnualReport(
        agency=tables.agency,
        year=year,
        draft=draft,
        table3=tables.table3,
        table4=tables.table4,
        fees=year_fees(session, year=year),
        applications_text=edited or drafted,
        applications_drafted=not edited,
        published_on=published_on,
        drafted_text=drafted,
    )


def save_draft(
    session: Session,
    *,
    year: int,
    texts: Mapping[Part, str],
    table2: Mapping[CellKey, str] | None = None,
    updated_by: str,
) -> AnnualDraft:
    """Save several parts at once (the editor's 保存); all or nothing. Returns the new draft."""
    if table2 is not None:
        save_table2(session, year=year, cells=table2, updated_by=updated_by)
    for part, text in texts.items():
        save_text(session, year=year, part=part, text=text, updated_by=updated_by)
    return load_draft(session, year=year)
