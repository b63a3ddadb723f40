"""Alert thresholds at their boundaries, the alerted kinds, and the PDF export."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.core.vocab import DueKind, EventKind
from desktop.services.alerts import (
    AlertSettingError,
    alert_sheet,
    collect_alerts,
    export_alert_pdf,
    get_alert_kinds,
    save_alert_kinds,
)
from desktop.services.settings import save_settings
from tests.conftest import TODAY
from tests.services.test_dashboard import D, add_application, correction, open_with_due


@pytest.fixture
def dues(session: Session) -> dict[str, int]:
    """Reply deadlines around the 5-working-day threshold (today is Friday 2026-11-27)."""
    return {
        due: open_with_due(session, due)
        for due in (
            "2026-11-20",
            "2026-11-26",
            "2026-11-27",
            "2026-11-30",
            "2026-12-04",
            "2026-12-07",
        )
    }


@pytest.mark.parametrize(
    ("within", "alerted"),
    [
        (0, ["2026-11-20", "2026-11-26", "2026-11-27"]),
        (1, ["2026-11-20", "2026-11-26", "2026-11-27", "2026-11-30"]),
        (4, ["2026-11-20", "2026-11-26", "2026-11-27", "2026-11-30"]),
        (5, ["2026-11-20", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-04"]),
        (6, ["2026-11-20", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-04", "2026-12-07"]),
    ],
)
def test_threshold_boundaries(
    session: Session, dues: dict[str, int], within: int, alerted: list[str]
) -> None:
    summary = collect_alerts(session, today=TODAY, within=within, kinds=[DueKind.REPLY])
    assert [i.application_id for i in summary.items] == [dues[d] for d in alerted]
    assert (summary.overdue, summary.due_today) == (2, 1)
    assert summary.due_soon == len(alerted) - 3


def test_threshold_defaults_to_the_setting(session: Session, dues: dict[str, int]) -> None:
    assert collect_alerts(session, today=TODAY, kinds=[DueKind.REPLY]).within == 5
    save_settings(session, {"due_soon_days": 1})
    summary = collect_alerts(session, today=TODAY, kinds=[DueKind.REPLY])
    assert [i.due for i in summary.items][-1] == D("2026-11-30")


def test_nothing_due(session: Session) -> None:
    open_with_due(session, "2026-12-31")
    summary = collect_alerts(session, today=TODAY, within=5)
    assert summary.is_empty
    assert summary.overdue == 0


def test_out_of_range_threshold_is_refused(session: Session) -> None:
    with pytest.raises(AlertSettingError):
        collect_alerts(session, today=TODAY, within=21)


def test_alert_kinds_setting(session: Session) -> None:
    assert get_alert_kinds(session) == set(DueKind) - {DueKind.CORRECTION_NOTICE}
    save_alert_kinds(session, kinds=[DueKind.FEE_PAYMENT, DueKind.REPLY])
    assert get_alert_kinds(session) == {DueKind.REPLY, DueKind.FEE_PAYMENT}
    open_with_due(session, "2026-11-26")
    sent = (EventKind.CONSULTATION_SENT, "2026-11-02", {"party": "third_party", "party_name": "甲"})
    add_application(session, "2026-10-30", (sent,))
    fee = (EventKind.FEE_NOTICE, "2026-10-28", {"amount": 50})  # due 2026-11-25: overdue
    add_application(session, "2026-10-20", (fee,))
    kinds = [i.kind for i in collect_alerts(session, today=TODAY, within=5).items]
    assert kinds == [DueKind.FEE_PAYMENT, DueKind.REPLY]
    save_alert_kinds(session, kinds=list(DueKind))
    kinds = [i.kind for i in collect_alerts(session, today=TODAY, within=5).items]
    assert kinds == [DueKind.CONSULTATION_REPLY, DueKind.FEE_PAYMENT, DueKind.REPLY]


def test_event_items_respect_the_threshold(session: Session) -> None:
    add_application(session, "2026-11-24")  # correction notice due 12-03: 4 working days
    only_reply_and_correction = [DueKind.CORRECTION_NOTICE]
    assert collect_alerts(session, today=TODAY, within=3, kinds=only_reply_and_correction).is_empty
    items = collect_alerts(session, today=TODAY, within=4, kinds=only_reply_and_correction).items
    assert [(i.kind, i.working_days_left) for i in items] == [(DueKind.CORRECTION_NOTICE, 4)]


def test_sheet_and_pdf(session: Session) -> None:
    open_with_due(session, "2026-11-26", name="李四")
    open_with_due(session, "2026-11-27")
    summary = collect_alerts(session, today=TODAY, within=5, kinds=[DueKind.REPLY])
    sheet = alert_sheet(summary, agency="某某局")
    assert [r.days_left for r in sheet.rows] == ["逾期 1 个工作日", "今日到期"]
    assert sheet.rows[0].applicant_name == "李四"
    assert sheet.rows[0].overdue
    assert export_alert_pdf(session, summary=summary).startswith(b"%PDF")


def test_late_correction_notice_is_flagged_in_the_alerts(session: Session) -> None:
    # Received 2026-11-02, notice due 11-11, sent 11-12 (late): the reply stays due 11-30,
    # one working day after today, instead of 12-14 after a restart.
    late = add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
    summary = collect_alerts(session, today=TODAY, within=5, kinds=[DueKind.REPLY])
    assert [(i.application_id, i.correction_notice_late) for i in summary.items] == [(late, True)]
    assert alert_sheet(summary, agency="某机关").rows[0].what == "答复（补正告知逾期）"
