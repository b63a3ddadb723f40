"""Tests for desktop.services.appeals: validation, recording, editing, listing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel
from desktop.services.appeals import (
    AppealInput,
    list_appeals,
    record_appeal,
    update_appeal,
    validate_appeal,
)
from desktop.services.applications import NotFound, StaleEdit, ValidationFailed
from tests.services.test_statistics import add_application

D = dt.date
TODAY = D(2025, 12, 1)
RECEIVED = D(2025, 3, 3)
PENDING, UPHELD = AppealOutcome.PENDING, AppealOutcome.UPHELD
REVIEW = AppealKind.RECONSIDERATION


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (AppealInput(REVIEW, D(2025, 4, 1)), []),
        (AppealInput(REVIEW, D(2025, 4, 1), UPHELD, D(2025, 6, 1)), []),
        (AppealInput(REVIEW, D(2025, 3, 3), UPHELD, D(2025, 3, 3)), []),
        (AppealInput(REVIEW, D(2025, 3, 2)), [("filed_on", "提起日期不能早于收到申请的日期")]),
        (AppealInput(REVIEW, D(2025, 12, 2)), [("filed_on", "提起日期不能晚于今天")]),
        (
            AppealInput(REVIEW, D(2025, 4, 1), UPHELD, D(2025, 3, 31)),
            [("decided_on", "审结日期不能早于提起日期")],
        ),
        (
            AppealInput(REVIEW, D(2025, 4, 1), PENDING, D(2025, 5, 1)),
            [("decided_on", "尚未审结的不应填写审结日期")],
        ),
        (AppealInput(REVIEW, D(2025, 4, 1), UPHELD), [("decided_on", "已审结的须填写审结日期")]),
        (
            AppealInput(REVIEW, D(2025, 4, 1), UPHELD, D(2025, 12, 2)),
            [("decided_on", "审结日期不能晚于今天")],
        ),
        (
            AppealInput(REVIEW, D(2025, 1, 1), PENDING, D(2024, 12, 1)),
            [
                ("filed_on", "提起日期不能早于收到申请的日期"),
                ("decided_on", "尚未审结的不应填写审结日期"),
                ("decided_on", "审结日期不能早于提起日期"),
            ],
        ),
    ],
)
def test_validate_appeal(data: AppealInput, expected: list[tuple[str, str]]) -> None:
    errors = validate_appeal(data, received_on=RECEIVED, today=TODAY)
    assert [(e.field, e.message) for e in errors] == expected


def test_record_edit_and_list(session: Session) -> None:
    app = add_application(session, RECEIVED, applicant=ApplicantType.BUSINESS, channel=Channel.POST)
    other = add_application(session, RECEIVED)
    later = AppealInput(AppealKind.LITIGATION_DIRECT, D(2025, 6, 1), notes=" 一审 ")
    first = AppealInput(REVIEW, D(2025, 4, 1))
    record_appeal(session, application_id=app.id, data=later, today=TODAY)
    recorded = record_appeal(session, application_id=app.id, data=first, today=TODAY)
    record_appeal(session, application_id=other.id, data=first, today=TODAY)
    listed = list_appeals(session, application_id=app.id)
    assert [a.kind for a in listed] == [REVIEW, AppealKind.LITIGATION_DIRECT]  # by filing date
    assert listed[1].notes == "一审"
    decided = AppealInput(REVIEW, D(2025, 4, 1), AppealOutcome.CORRECTED, D(2025, 7, 1))
    updated = update_appeal(
        session, appeal_id=recorded.id, version=recorded.version, data=decided, today=TODAY
    )
    assert updated.outcome is AppealOutcome.CORRECTED
    assert updated.decided_on == D(2025, 7, 1)
    assert updated.version == recorded.version + 1
    assert updated.input() == decided


def test_invalid_appeal_is_refused_and_not_stored(session: Session) -> None:
    app = add_application(session, RECEIVED)
    with pytest.raises(ValidationFailed, match="提起日期不能早于收到申请的日期"):
        record_appeal(
            session, application_id=app.id, data=AppealInput(REVIEW, D(2025, 1, 1)), today=TODAY
        )
    assert list_appeals(session, application_id=app.id) == []


def test_stale_edit_and_missing_rows(session: Session) -> None:
    app = add_application(session, RECEIVED)
    data = AppealInput(REVIEW, D(2025, 4, 1))
    view = record_appeal(session, application_id=app.id, data=data, today=TODAY)
    with pytest.raises(StaleEdit):
        update_appeal(session, appeal_id=view.id, version=view.version + 1, data=data, today=TODAY)
    with pytest.raises(NotFound):
        update_appeal(session, appeal_id=9999, version=1, data=data, today=TODAY)
    with pytest.raises(NotFound):
        record_appeal(session, application_id=9999, data=data, today=TODAY)
