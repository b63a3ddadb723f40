"""The statistics publications as file bytes: figures from the database, then rendered.

Used by the export dialog (through the operation runner, off the GUI thread);
the caller names the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class RenderedReport:
    data: bytes
    label: str  # the period's label ("2026年第三季度"…) or the year


def render_period(
    session: Session, *, start: dt.date, end: dt.date, generated_on: dt.date
) -> RenderedReport:
    """The statistics PDF of ``[start, end]``; ``ReportCheckFailed`` if unbalanced."""
    from desktop.reports.quarterly import render_quarterly_pdf
    from desktop.services.statistics import range_statistics

    stats = range_statistics(session, start=start, end=end, today=generated_on)
    return RenderedReport(render_quarterly_pdf(stats, generated_on=generated_on), stats.label)


def render_annual(
    session: Session, *, year: int, file_format: str, generated_on: dt.date
) -> RenderedReport:
    """The annual report's tables as "pdf", "xlsx" or "csv"; ``ReportCheckFailed`` if unbalanced."""
    from desktop.reports.annual_pdf import check_table4, render_annual_pdf
    from desktop.reports.layout import ReportCheckFailed
    from desktop.reports.tables import annual_csv_bytes, annual_xlsx
    from desktop.services.statistics import annual_tables

    tables = annual_tables(session, year=year)
    label = str(tables.year)
    if file_format == "pdf":
        data = render_annual_pdf(
            tables.table3,
            tables.table4,
            agency=tables.agency,
            year=tables.year,
            generated_on=generated_on,
        )
        return RenderedReport(data, label)
    if problems := tables.problems() + check_table4(tables.table4):
        raise ReportCheckFailed("年度报告表格未通过校验：" + "；".join(problems))
    if file_format == "xlsx":
        return RenderedReport(
            annual_xlsx(tables.table3, tables.table4, agency=tables.agency), label
        )
    return RenderedReport(annual_csv_bytes(tables.table3, tables.table4), label)
