"""The annual report's draft in the database, the fees from fee events, the assembled report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core.annual import FeeSummary, Part
from desktop.services import events
from desktop.services.annual_report import (
    AnnualReportError,
    annual_report,
    load_draft,
    save_draft,
    save_table2,
    save_text,
    year_fees,
)
from desktop.services.database import open_database
from desktop.services.publication import ReportKind, current_figures
from tests.conftest import TODAY
from tests.services.test_events import register

D = dt.date


def test_typed_parts_survive_closing_and_reopening_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keep.sqlite3'}"
    database = open_database(url)
    with database.session() as session:
        save_text(session, year=2025, part=Part.OVERVIEW, text="第一段\n第二段", updated_by="王五")
        save_table2(session, year=2025, cells={("规章", "本年制发件数"): "3"}, updated_by="王五")
    database.close()
    reopened = open_database(url)
    with reopened.session() as session:
        draft = load_draft(session, year=2025)
    reopened.close()
    assert draft.text(Part.OVERVIEW) == "第一段\n第二段"
    assert draft.table2 == {("规章", "本年制发件数"): "3"}
    assert draft.edits[Part.OVERVIEW].updated_by == "王五"
    assert draft.edits[Part.OVERVIEW].updated_at.tzinfo is not None
    assert Part.PROBLEMS not in draft.edits
    assert draft.missing_parts() == [Part.TABLE2, Part.PROBLEMS, Part.OTHER]


def test_a_bad_table2_changes_nothing(session: Session) -> None:
    save_table2(session, year=2025, cells={("规章", "本年制发件数"): "3"}, updated_by="a")
    with pytest.raises(AnnualReportError, match="不是数字"):
        save_draft(
            session,
            year=2025,
            texts={Part.OVERVIEW: "不应保存"},
            table2={("规章", "本年制发件数"): "三件"},
            updated_by="b",
        )
    draft = load_draft(session, year=2025)
    assert draft.table2 == {("规章", "本年制发件数"): "3"}
    assert draft.text(Part.OVERVIEW) == ""


def test_a_future_year_is_refused(session: Session) -> None:
    with pytest.raises(AnnualReportError, match="报告年度"):
        save_text(session, year=2999, part=Part.OTHER, text="x", updated_by="a")


def test_fees_come_from_the_fee_events(session: Session) -> None:
    paid, unpaid, voided = (register(session, D(2026, 2, 10)) for _ in range(3))
    events.send_fee_notice(
        session, application_id=paid, on=D(2026, 2, 24), amount=Decimal("120.5"), today=TODAY
    )
    events.record_fee_paid(session, application_id=paid, on=D(2026, 2, 26), today=TODAY)
    events.send_fee_notice(
        session, application_id=unpaid, on=D(2026, 2, 24), amount=Decimal(300), today=TODAY
    )
    wrong = events.send_fee_notice(
        session, application_id=voided, on=D(2026, 2, 24), amount=Decimal(999), today=TODAY
    )
    events.void_event(session, event_id=wrong.id, reason="录错", today=TODAY)
    assert year_fees(session, year=2026) == FeeSummary(
        2026, 2, Decimal("420.5"), 1, Decimal("120.5")
    )
    assert year_fees(session, year=2025) == FeeSummary(2025, 0, Decimal(0), 0, Decimal(0))
    figures = current_figures(
        session, kind=ReportKind.ANNUAL, start=D(2026, 1, 1), end=D(2026, 12, 31)
    )
    assert figures[-1].label == "第六部分 信息处理费"
    assert figures[-1].values == (2, 42050, 1, 12050)


def test_the_report_uses_the_draft_until_the_office_edits_it(session: Session) -> None:
    register(session, D(2025, 3, 3))
    report = annual_report(session, year=2025, published_on=D(2026, 1, 20))
    assert report.applications_drafted
    assert report.applications_text == report.drafted_text
    assert "新收政府信息公开申请1件" in report.drafted_text
    save_text(session, year=2025, part=Part.APPLICATIONS, text="改写后的段落", updated_by="a")
    report = annual_report(session, year=2025, published_on=D(2026, 1, 20))
    assert not report.applications_drafted
    assert report.applications_text == "改写后的段落"
