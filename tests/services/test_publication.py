"""Tests for desktop.services.publication: snapshots of published figures and their drift."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Application, ReportSnapshot
from desktop.core.vocab import ApplicantType, Outcome, State
from desktop.services.applications import NotFound
from desktop.services.publication import (
    Difference,
    FigureRow,
    PublicationError,
    ReportKind,
    compare_figures,
    flagged_snapshots,
    list_snapshots,
    publish_report,
    snapshot_differences,
)
from tests.services.test_statistics import add_application

D = dt.date
YEAR = (D(2025, 1, 1), D(2025, 12, 31))
Q1 = (D(2025, 1, 1), D(2025, 3, 31))


def _data(session: Session) -> Application:
    add_application(session, D(2025, 1, 6), D(2025, 1, 20), Outcome.DISCLOSED, on_time=True)
    return add_application(
        session,
        D(2025, 2, 3),
        D(2025, 2, 14),
        Outcome.UNAVAILABLE_NOT_HELD,
        applicant=ApplicantType.BUSINESS,
        on_time=True,
        category="行政许可",
    )


def test_published_report_matches_until_the_data_changes(session: Session) -> None:
    changed = _data(session)
    annual = publish_report(session, kind=ReportKind.ANNUAL, start=YEAR[0], end=YEAR[1])
    quarter = publish_report(
        session, kind=ReportKind.QUARTERLY, start=Q1[0], end=Q1[1], published_by="李四"
    )
    assert (annual.label, quarter.label, quarter.published_by) == (
        "2025年度",
        "2025年第一季度",
        "李四",
    )
    assert snapshot_differences(session, snapshot_id=annual.id) == []
    assert flagged_snapshots(session) == []

    changed.outcome = Outcome.UNAVAILABLE_NEEDS_CREATION.value
    session.flush()
    not_held = "表三 （四）无法提供 1.本机关不掌握相关政府信息"
    creation = "表三 （四）无法提供 2.没有现成信息需要另行制作"
    assert snapshot_differences(session, snapshot_id=annual.id) == [
        Difference(not_held, "商业企业", 1, 0),
        Difference(not_held, "总计", 1, 0),
        Difference(creation, "商业企业", 0, 1),
        Difference(creation, "总计", 0, 1),
    ]
    flagged = flagged_snapshots(session)
    assert [f.snapshot.id for f in flagged] == [annual.id, quarter.id]
    assert len(flagged[1].differences) == 4


def test_a_reply_turned_late_changes_the_on_time_figure(session: Session) -> None:
    changed = _data(session)
    snapshot = publish_report(session, kind=ReportKind.QUARTERLY, start=Q1[0], end=Q1[1])
    changed.on_time = False
    session.flush()
    assert snapshot_differences(session, snapshot_id=snapshot.id) == [
        Difference("按时办结", "按时答复", 2, 1)
    ]


def test_republishing_replaces_the_figures(session: Session) -> None:
    changed = _data(session)
    first = publish_report(session, kind=ReportKind.RANGE, start=Q1[0], end=D(2025, 2, 28))
    changed.closed_on, changed.state, changed.outcome = None, State.OPEN.value, None
    session.flush()
    assert len(snapshot_differences(session, snapshot_id=first.id)) > 0
    again = publish_report(session, kind=ReportKind.RANGE, start=Q1[0], end=D(2025, 2, 28))
    assert again.id == first.id
    assert snapshot_differences(session, snapshot_id=first.id) == []
    assert len(list(session.scalars(select(ReportSnapshot)))) == 1
    assert [s.label for s in list_snapshots(session)] == ["2025年1月1日至2025年2月28日"]


def test_unbalanced_figures_are_not_published(session: Session) -> None:
    add_application(session, D(2025, 1, 6), D(2025, 1, 20), None, state=State.REPLIED)
    with pytest.raises(PublicationError, match="“自然人”列：（七）总计为 1，各项办理结果之和为 0"):
        publish_report(session, kind=ReportKind.ANNUAL, start=YEAR[0], end=YEAR[1])
    assert list_snapshots(session) == []


def test_annual_reports_cover_a_whole_year(session: Session) -> None:
    with pytest.raises(PublicationError, match="完整的自然年"):
        publish_report(session, kind=ReportKind.ANNUAL, start=Q1[0], end=Q1[1])


def test_missing_snapshot(session: Session) -> None:
    with pytest.raises(NotFound):
        snapshot_differences(session, snapshot_id=42)


def test_compare_figures_reports_new_cells_as_published_zero() -> None:
    old = [FigureRow("申请内容", ("行政许可",), (2,))]
    new = [FigureRow("申请内容", ("行政许可", "规划"), (2, 1))]
    assert compare_figures(old, new) == [Difference("申请内容", "规划", 0, 1)]
    assert compare_figures(new, old) == [Difference("申请内容", "规划", 1, 0)]
