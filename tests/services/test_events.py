"""Recording, voiding and correcting application events; the derived columns follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import (
    ApplicantType,
    Channel,
    ConsultedParty,
    DeadlineStatus,
    DeliveryMethod,
    EventKind,
    Outcome,
    State,
)
from desktop.services import events
from desktop.services.applications import register_application
from desktop.services.events import EventRefused, summarize
from tests.conftest import TODAY

D = dt.date


def register(session: Session, received_on: D) -> int:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=received_on,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="某项目的环评批复",
    )
    return register_application(session, data=data, today=TODAY, recorded_by="李四").id


def row(session: Session, application_id: int) -> Application:
    result = session.get(Application, application_id)
    assert result is not None
    return result


@pytest.fixture
def app_a(session: Session) -> int:
    """Example A of deadline-examples.md: received 2026-02-10, due 03-16, extended 04-14."""
    return register(session, D(2026, 2, 10))


def test_registration_derives_the_due_date(session: Session, app_a: int) -> None:
    assert row(session, app_a).due_on == D(2026, 3, 16)
    assert row(session, app_a).state == State.OPEN.value


def test_correction_notice_stops_the_clock_and_the_corrected_application_restarts_it(
    session: Session,
) -> None:
    app = register(session, D(2026, 2, 5))  # example C
    events.send_correction_notice(
        session,
        application_id=app,
        on=D(2026, 2, 10),
        period_days=15,
        today=TODAY,
        recorded_by="王五",
    )
    assert row(session, app).state == State.AWAITING_CORRECTION.value
    assert row(session, app).due_on is None
    events.record_corrected_application(session, application_id=app, on=D(2026, 3, 2), today=TODAY)
    assert row(session, app).state == State.OPEN.value
    assert row(session, app).due_on == D(2026, 3, 30)
    recorded = [e for e in events.timeline(session, app) if e.kind is EventKind.CORRECTION_NOTICE]
    assert recorded[0].recorded_by == "王五"
    assert "15" in recorded[0].summary


@pytest.mark.parametrize("period", [0, 61, "十"])
def test_correction_period_must_be_reasonable(session: Session, app_a: int, period: Any) -> None:
    with pytest.raises(EventRefused, match="补正期限应为1至60个工作日"):
        events.record_event(
            session,
            application_id=app_a,
            kind=EventKind.CORRECTION_NOTICE,
            on=D(2026, 2, 12),
            data={"period_days": period},
            today=TODAY,
        )


def test_correction_notice_is_sent_only_once(session: Session, app_a: int) -> None:
    events.send_correction_notice(
        session, application_id=app_a, on=D(2026, 2, 12), period_days=10, today=TODAY
    )
    events.record_corrected_application(
        session, application_id=app_a, on=D(2026, 2, 26), today=TODAY
    )
    with pytest.raises(EventRefused, match="一次性告知"):
        events.send_correction_notice(
            session, application_id=app_a, on=D(2026, 3, 2), period_days=10, today=TODAY
        )


def test_abandonment_only_after_the_correction_period(session: Session, app_a: int) -> None:
    events.send_correction_notice(
        session, application_id=app_a, on=D(2026, 2, 12), period_days=5, today=TODAY
    )
    with pytest.raises(EventRefused, match="届满后才能视为放弃"):
        events.mark_abandoned(session, application_id=app_a, on=D(2026, 2, 14), today=TODAY)
    events.mark_abandoned(session, application_id=app_a, on=D(2026, 3, 10), today=TODAY)
    assert row(session, app_a).state == State.ABANDONED.value
    assert row(session, app_a).outcome == Outcome.OTHER_ABANDONED.value
    assert row(session, app_a).closed_on == D(2026, 3, 10)


def test_consultation_is_excluded_and_replies_pair_with_the_letter(
    session: Session, app_a: int
) -> None:
    with pytest.raises(EventRefused, match="被征求意见方的名称"):
        events.send_consultation(
            session,
            application_id=app_a,
            on=D(2026, 2, 24),
            party=ConsultedParty.THIRD_PARTY,
            party_name="  ",
            today=TODAY,
        )
    sent = events.send_consultation(
        session,
        application_id=app_a,
        on=D(2026, 2, 24),
        party=ConsultedParty.THIRD_PARTY,
        party_name="某某公司",
        today=TODAY,
    )
    assert row(session, app_a).state == State.CONSULTING.value
    with pytest.raises(EventRefused, match="不存在或已收到答复"):
        events.record_consultation_reply(
            session,
            application_id=app_a,
            on=D(2026, 3, 3),
            consultation_id=sent.id + 99,
            today=TODAY,
        )
    events.record_consultation_reply(
        session, application_id=app_a, on=D(2026, 3, 3), consultation_id=sent.id, today=TODAY
    )
    assert row(session, app_a).state == State.OPEN.value
    # 02-25 … 03-03 are 6 working days (02-28 is a make-up Saturday), not counted.
    assert row(session, app_a).due_on == D(2026, 3, 24)


def test_extension_once_within_the_deadline(session: Session, app_a: int) -> None:
    def extend(on: D, notified_on: D, days: int = 20) -> None:
        events.approve_extension(
            session,
            application_id=app_a,
            on=on,
            approver="赵主任",
            notified_on=notified_on,
            days=days,
            today=TODAY,
        )

    with pytest.raises(EventRefused, match="延期天数应为1至20个工作日"):
        extend(D(2026, 3, 10), D(2026, 3, 10), days=21)
    with pytest.raises(EventRefused, match="不能早于批准日期"):
        extend(D(2026, 3, 10), D(2026, 3, 9))
    with pytest.raises(EventRefused, match="届满前批准"):
        extend(D(2026, 3, 17), D(2026, 3, 17))
    extend(D(2026, 3, 10), D(2026, 3, 11))
    assert row(session, app_a).due_on == D(2026, 4, 14)
    with pytest.raises(EventRefused, match="只能延期一次"):
        extend(D(2026, 3, 12), D(2026, 3, 12))


def test_manual_deadline_needs_a_reason(session: Session, app_a: int) -> None:
    with pytest.raises(EventRefused, match="须填写理由"):
        events.set_manual_deadline(
            session,
            application_id=app_a,
            on=D(2026, 2, 20),
            due=D(2026, 6, 30),
            reason="",
            today=TODAY,
        )
    events.set_manual_deadline(
        session,
        application_id=app_a,
        on=D(2026, 2, 20),
        due=D(2026, 6, 30),
        reason="申请数量明显超过合理范围",
        today=TODAY,
    )
    assert row(session, app_a).due_on == D(2026, 6, 30)


def test_fee_notice_paid_and_unpaid(session: Session, app_a: int) -> None:
    with pytest.raises(EventRefused, match="收费金额应大于0"):
        events.send_fee_notice(
            session, application_id=app_a, on=D(2026, 2, 24), amount=Decimal(0), today=TODAY
        )
    events.send_fee_notice(
        session, application_id=app_a, on=D(2026, 2, 24), amount=Decimal("300"), today=TODAY
    )
    assert row(session, app_a).state == State.AWAITING_FEE.value
    with pytest.raises(EventRefused, match="届满后才能记为逾期未缴费"):
        events.record_fee_unpaid(session, application_id=app_a, on=D(2026, 3, 10), today=TODAY)
    events.record_fee_unpaid(session, application_id=app_a, on=D(2026, 3, 30), today=TODAY)
    assert row(session, app_a).state == State.UNPAID.value


def test_fee_paid_resumes_the_clock(session: Session, app_a: int) -> None:
    events.send_fee_notice(
        session, application_id=app_a, on=D(2026, 2, 24), amount=Decimal("100"), today=TODAY
    )
    events.record_fee_paid(session, application_id=app_a, on=D(2026, 2, 26), today=TODAY)
    assert row(session, app_a).state == State.OPEN.value
    assert row(session, app_a).due_on == D(2026, 3, 18)  # 02-25, 02-26 not counted


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"outcome": "other_abandoned", "delivery": "post"}, "有效的办理结果"),
        ({"outcome": "disclosed", "delivery": "pigeon"}, "请选择送达方式"),
    ],
)
def test_reply_data_is_checked(
    session: Session, app_a: int, data: dict[str, str], message: str
) -> None:
    with pytest.raises(EventRefused, match=message):
        events.record_event(
            session,
            application_id=app_a,
            kind=EventKind.REPLY,
            on=D(2026, 3, 2),
            data=data,
            today=TODAY,
        )


def test_reply_closes_on_time_then_delivery_and_archive(session: Session, app_a: int) -> None:
    with pytest.raises(EventRefused, match="不能晚于今天"):
        events.record_reply(
            session,
            application_id=app_a,
            on=TODAY + dt.timedelta(1),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        )
    events.record_reply(
        session,
        application_id=app_a,
        on=D(2026, 3, 16),
        outcome=Outcome.DISCLOSED,
        delivery=DeliveryMethod.POST,
        today=TODAY,
    )
    application = row(session, app_a)
    assert (application.state, application.on_time) == (State.REPLIED.value, True)
    assert application.outcome == Outcome.DISCLOSED.value
    events.record_delivery(
        session,
        application_id=app_a,
        on=D(2026, 3, 18),
        method=DeliveryMethod.POST,
        today=TODAY,
    )
    events.archive(session, application_id=app_a, on=D(2026, 3, 20), today=TODAY)
    assert row(session, app_a).archived
    assert events.application_deadlines(session, app_a, today=TODAY).allowed == ()


def test_withdrawal_closes(session: Session, app_a: int) -> None:
    events.record_withdrawal(session, application_id=app_a, on=D(2026, 2, 20), today=TODAY)
    assert row(session, app_a).state == State.WITHDRAWN.value
    with pytest.raises(EventRefused, match="不能记录"):
        events.record_reply(
            session,
            application_id=app_a,
            on=D(2026, 2, 21),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        )


def test_received_event_cannot_be_recorded_voided_or_corrected(
    session: Session, app_a: int
) -> None:
    received = events.timeline(session, app_a)[0]
    assert received.kind is EventKind.RECEIVED
    with pytest.raises(EventRefused, match="收到日期"):
        events.void_event(session, event_id=received.id, reason="录错", today=TODAY)
    with pytest.raises(EventRefused, match="收到日期"):
        events.record_event(
            session,
            application_id=app_a,
            kind=EventKind.RECEIVED,
            on=D(2026, 2, 11),
            data={},
            today=TODAY,
        )


def test_void_keeps_the_history_and_recomputes(session: Session, app_a: int) -> None:
    reply = events.record_reply(
        session,
        application_id=app_a,
        on=D(2026, 3, 20),
        outcome=Outcome.DISCLOSED,
        delivery=DeliveryMethod.POST,
        today=TODAY,
    )
    assert row(session, app_a).on_time is False
    with pytest.raises(EventRefused, match="原因"):
        events.void_event(session, event_id=reply.id, reason=" ", today=TODAY)
    events.void_event(session, event_id=reply.id, reason="误录", today=TODAY)
    application = row(session, app_a)
    assert (application.state, application.on_time, application.outcome) == ("open", None, None)
    voided = [e for e in events.timeline(session, app_a) if e.id == reply.id]
    assert voided[0].voided
    assert voided[0].void_reason == "误录"
    with pytest.raises(EventRefused, match="已作废"):
        events.void_event(session, event_id=reply.id, reason="again", today=TODAY)


def test_void_refused_when_the_rest_of_the_history_would_break(
    session: Session, app_a: int
) -> None:
    notice = events.send_correction_notice(
        session, application_id=app_a, on=D(2026, 2, 12), period_days=10, today=TODAY
    )
    events.record_corrected_application(
        session, application_id=app_a, on=D(2026, 2, 26), today=TODAY
    )
    with pytest.raises(EventRefused, match="前后矛盾"):
        events.void_event(session, event_id=notice.id, reason="误录", today=TODAY)
    assert not events.timeline(session, app_a)[1].voided


def test_correct_event_supersedes_and_recomputes(session: Session, app_a: int) -> None:
    extension = events.approve_extension(
        session,
        application_id=app_a,
        on=D(2026, 3, 10),
        approver="赵主任",
        notified_on=D(2026, 3, 10),
        days=10,
        today=TODAY,
    )
    assert row(session, app_a).due_on == D(2026, 3, 30)
    data = {"approver": "赵主任", "notified_on": D(2026, 3, 11), "days": 20}
    new = events.correct_event(
        session,
        event_id=extension.id,
        on=D(2026, 3, 10),
        data=data,
        reason="天数录错",
        today=TODAY,
        recorded_by="王五",
    )
    assert row(session, app_a).due_on == D(2026, 4, 14)
    timeline = {e.id: e for e in events.timeline(session, app_a)}
    assert timeline[extension.id].voided
    assert timeline[new.id].supersedes_id == extension.id
    assert timeline[new.id].data["notified_on"] == "2026-03-11"
    with pytest.raises(EventRefused, match="延期天数"):
        events.correct_event(
            session,
            event_id=new.id,
            on=D(2026, 3, 10),
            data={**data, "days": 40},
            reason="x",
            today=TODAY,
        )


def test_deadline_view_lists_allowed_actions_and_status(session: Session, app_a: int) -> None:
    view = events.application_deadlines(session, app_a, today=D(2026, 3, 10))
    assert view.deadlines.due == D(2026, 3, 16)
    assert view.status.status is DeadlineStatus.DUE_SOON
    assert view.status.working_days_left == 4
    assert EventKind.REPLY in view.allowed
    assert EventKind.FEE_PAID not in view.allowed
    explanation = events.application_explanation(session, app_a)
    assert explanation.deadlines.due == D(2026, 3, 16)


def test_summaries_skip_missing_fields() -> None:
    """Imported events carry only dates: their summaries show no empty labels."""
    assert summarize(EventKind.CONSULTATION_SENT, {}) == ""
    assert summarize(EventKind.CORRECTION_NOTICE, {"note": "（导入）"}) == "备注：（导入）"
    assert (
        summarize(EventKind.CONSULTATION_SENT, {"party": "third_party", "party_name": "甲公司"})
        == "第三方；甲公司"
    )
    assert summarize(EventKind.REPLY, {"outcome": "disclosed"}) == "予以公开"


def test_in_person_service_on_another_day_is_questioned(session: Session, app_a: int) -> None:
    """rules.md §5: in person, the reply date is the day the applicant signs."""
    events.record_reply(
        session,
        application_id=app_a,
        on=D(2026, 3, 16),
        outcome=Outcome.DISCLOSED,
        delivery=DeliveryMethod.IN_PERSON,
        today=TODAY,
    )
    with pytest.raises(EventRefused, match="答复日期即申请人签收之日") as refused:
        events.record_delivery(
            session,
            application_id=app_a,
            on=D(2026, 3, 17),
            method=DeliveryMethod.IN_PERSON,
            today=TODAY,
        )
    assert "2026-03-17" in str(refused.value)
    assert "2026-03-16" in str(refused.value)
    recorded = events.record_delivery(
        session,
        application_id=app_a,
        on=D(2026, 3, 17),
        method=DeliveryMethod.IN_PERSON,
        today=TODAY,
        date_confirmed=True,
    )
    shown = next(e for e in events.timeline(session, app_a) if e.id == recorded.id)
    assert "已核对" in shown.summary


@pytest.mark.parametrize("method", [DeliveryMethod.POST, DeliveryMethod.IN_PERSON])
def test_service_that_needs_no_question(
    session: Session, app_a: int, method: DeliveryMethod
) -> None:
    """By post the delivery comes later (kept for the record); in person on the same day."""
    events.record_reply(
        session,
        application_id=app_a,
        on=D(2026, 3, 16),
        outcome=Outcome.DISCLOSED,
        delivery=method,
        today=TODAY,
    )
    on = D(2026, 3, 18) if method is DeliveryMethod.POST else D(2026, 3, 16)
    events.record_delivery(session, application_id=app_a, on=on, method=method, today=TODAY)
    assert row(session, app_a).on_time is True


def test_older_in_person_service_does_not_block_other_corrections(
    session: Session, app_a: int
) -> None:
    """A service recorded before the rule (or confirmed) is not questioned again on a replay."""
    events.record_reply(
        session,
        application_id=app_a,
        on=D(2026, 3, 16),
        outcome=Outcome.DISCLOSED,
        delivery=DeliveryMethod.IN_PERSON,
        today=TODAY,
    )
    application = row(session, app_a)
    application.events.append(
        ApplicationEvent(kind="delivery", occurred_on=D(2026, 3, 18), data={"method": "in_person"})
    )
    session.flush()
    archived = events.archive(session, application_id=app_a, on=D(2026, 3, 20), today=TODAY)
    events.void_event(session, event_id=archived.id, reason="误登记", today=TODAY)
    assert not row(session, app_a).archived
