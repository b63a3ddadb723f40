"""Published reports: keep their figures, and flag later changes that would alter them.

Marking a period's report as published stores every figure it printed as a
``ReportSnapshot`` (JSON: rows of label, column headings and integers). When
an application is later corrected (a reply date, an outcome…), recomputing
the same period shows which published figures no longer hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReportSnapshot
from desktop.core.annual import FeeSummary
from desktop.core.statistics import (
    COLUMNS,
    OUTCOMES,
    TABLE4_BLOCKS,
    TABLE4_COLUMNS,
    PeriodStatistics,
    Table3,
    check_period,
    period_label,
)
from desktop.core.vocab import OutcomeGroup
from desktop.errors import UserError
from desktop.services.annual_report import year_fees
from desktop.services.applications import NotFound
from desktop.services.statistics import AnnualTables, annual_tables, range_statistics

FORMAT_VERSION = 1


class ReportKind(StrEnum):
    """The kinds of published report (``ReportSnapshot.kind``)."""

    ANNUAL = "annual"
    QUARTERLY = "quarterly"
    RANGE = "range"


class PublicationError(UserError, ValueError):
    """The figures do not balance; the message says which, in Chinese."""


@dataclass(frozen=True)
class FigureRow:
    """One printed row of a report: its label, column headings and numbers."""

    label: str
    columns: tuple[str, ...]
    values: tuple[int, ...]


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    kind: ReportKind
    start: dt.date
    end: dt.date
    label: str
    published_at: dt.datetime
    published_by: str


@dataclass(frozen=True)
class Difference:
    """A published figure that the data no longer gives."""

    label: str
    column: str
    published: int
    current: int


@dataclass(frozen=True)
class FlaggedSnapshot:
    snapshot: SnapshotInfo
    differences: tuple[Difference, ...]


# --- figures -------------------------------------------------------------------------------


def _outcome_label(index: int) -> str:
    outcome = OUTCOMES[index]
    if outcome.group in (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED):
        return outcome.row_label
    return f"{outcome.group.label} {outcome.row_label}"


def table3_figures(table: Table3) -> list[FigureRow]:
    """Table 三's data rows; numbered sub-rows are prefixed with their group."""
    rows, group = [], ""
    for row in table.rows():
        if row.level == 1:
            group = row.label
        label = f"{group} {row.label}" if row.level == 2 else row.label
        if row.is_data:
            rows.append(FigureRow(f"表三 {label}", COLUMNS, row.values))
    return rows


FEE_COLUMNS = ("发出收费通知（件）", "通知金额（分）", "实际收取（件）", "实际收取金额（分）")


def fee_figures(fees: FeeSummary) -> FigureRow:
    """Chapter 六's fee statement as whole numbers (amounts in 分)."""
    cents = [int(amount * 100) for amount in (fees.notice_amount, fees.paid_amount)]
    return FigureRow(
        "第六部分 信息处理费", FEE_COLUMNS, (fees.notices, cents[0], fees.paid, cents[1])
    )


def annual_figures(tables: AnnualTables, fees: FeeSummary | None = None) -> list[FigureRow]:
    table4 = [
        FigureRow(f"表四 {kind.label}", TABLE4_COLUMNS, tables.table4.block(kind))
        for kind in TABLE4_BLOCKS
    ]
    extra = [] if fees is None else [fee_figures(fees)]
    return [*table3_figures(tables.table3), *table4, *extra]


def period_figures(stats: PeriodStatistics) -> list[FigureRow]:
    channels = tuple(c.label for c, _ in stats.received_by_channel)
    return [
        FigureRow("本期新收", COLUMNS, stats.received),
        FigureRow(
            "本期新收（按申请渠道）", channels, tuple(n for _, n in stats.received_by_channel)
        ),
        FigureRow("上期结转", COLUMNS, stats.carried_over),
        *(FigureRow(_outcome_label(i), COLUMNS, v) for i, v in enumerate(stats.results)),
        FigureRow("本期办结", COLUMNS, stats.closed),
        FigureRow("结转下期", COLUMNS, stats.carried_forward),
        FigureRow("按时办结", ("以答复办结", "按时答复"), (stats.replies, stats.replies_on_time)),
        FigureRow(
            "申请内容",
            tuple(name for name, _ in stats.categories),
            tuple(n for _, n in stats.categories),
        ),
    ]


def current_figures(
    session: Session, *, kind: ReportKind, start: dt.date, end: dt.date
) -> list[FigureRow]:
    """The figures the report of this period would print today."""
    if kind is ReportKind.ANNUAL:
        fees = year_fees(session, year=start.year)
        return annual_figures(annual_tables(session, year=start.year), fees)
    return period_figures(range_statistics(session, start=start, end=end))


def _problems(session: Session, kind: ReportKind, start: dt.date, end: dt.date) -> list[str]:
    if kind is ReportKind.ANNUAL:
        return annual_tables(session, year=start.year).problems()
    return check_period(range_statistics(session, start=start, end=end))


def _to_json(rows: Iterable[FigureRow]) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "rows": [
            {"label": r.label, "columns": list(r.columns), "values": list(r.values)} for r in rows
        ],
    }


def _from_json(figures: dict[str, Any]) -> list[FigureRow]:
    return [
        FigureRow(r["label"], tuple(r["columns"]), tuple(int(v) for v in r["values"]))
        for r in figures.get("rows", [])
    ]


# --- publishing ----------------------------------------------------------------------------


def _info(row: ReportSnapshot) -> SnapshotInfo:
    kind = ReportKind(row.kind)
    label = period_label(row.period_start, row.period_end)
    return SnapshotInfo(
        row.id, kind, row.period_start, row.period_end, label, row.published_at, row.published_by
    )


def _bounds(kind: ReportKind, start: dt.date, end: dt.date) -> None:
    if end < start:
        raise PublicationError("统计期间的结束日期不能早于开始日期")
    if kind is ReportKind.ANNUAL and (start, end) != (
        dt.date(start.year, 1, 1),
        dt.date(start.year, 12, 31),
    ):
        raise PublicationError("年度报告的期间须为一个完整的自然年")


def publish_report(
    session: Session,
    *,
    kind: ReportKind,
    start: dt.date,
    end: dt.date,
    published_by: str = "",
) -> SnapshotInfo:
    """Mark the report of ``[start, end]`` published, storing its figures.

    Publishing the same period again replaces the stored figures (a corrected
    re-publication). Refused when the figures do not balance.
    """
    _bounds(kind, start, end)
    if problems := _problems(session, kind, start, end):
        raise PublicationError("；".join(problems))
    figures = _to_json(current_figures(session, kind=kind, start=start, end=end))
    row = session.scalar(
        select(ReportSnapshot).where(
            ReportSnapshot.kind == kind.value,
            ReportSnapshot.period_start == start,
            ReportSnapshot.period_end == end,
        )
    )
    if row is None:
        row = ReportSnapshot(kind=kind.value, period_start=start, period_end=end)
        session.add(row)
    row.figures = figures
    row.published_by = published_by
    row.published_at = dt.datetime.now(dt.UTC)
    session.flush()
    return _info(row)


def list_snapshots(session: Session) -> list[SnapshotInfo]:
    """Every published report, newest period first."""
    query = select(ReportSnapshot).order_by(
        ReportSnapshot.period_end.desc(), ReportSnapshot.kind, ReportSnapshot.id
    )
    return [_info(row) for row in session.scalars(query)]


def _cells(rows: Iterable[FigureRow]) -> dict[tuple[str, str], int]:
    return {
        (row.label, column): value
        for row in rows
        for column, value in zip(row.columns, row.values, strict=True)
    }


def compare_figures(published: list[FigureRow], current: list[FigureRow]) -> list[Difference]:
    """Every (label, column) whose value differs; a missing cell counts as 0."""
    old, new = _cells(published), _cells(current)
    keys = [*old, *(k for k in new if k not in old)]
    return [
        Difference(label, column, old.get((label, column), 0), new.get((label, column), 0))
        for label, column in keys
        if old.get((label, column), 0) != new.get((label, column), 0)
    ]


def _differences(session: Session, row: ReportSnapshot) -> list[Difference]:
    kind = ReportKind(row.kind)
    current = current_figures(session, kind=kind, start=row.period_start, end=row.period_end)
    return compare_figures(_from_json(row.figures), current)


def snapshot_differences(session: Session, *, snapshot_id: int) -> list[Difference]:
    """Every published figure of the snapshot that the data now gives differently."""
    row = session.get(ReportSnapshot, snapshot_id)
    if row is None:
        raise NotFound(snapshot_id)
    return _differences(session, row)


def flagged_snapshots(session: Session) -> list[FlaggedSnapshot]:
    """Published reports whose figures no longer match the data."""
    flagged = []
    for row in session.scalars(select(ReportSnapshot).order_by(ReportSnapshot.period_end.desc())):
        if differences := _differences(session, row):
            flagged.append(FlaggedSnapshot(_info(row), tuple(differences)))
    return flagged
