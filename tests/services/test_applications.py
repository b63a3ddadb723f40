"""Registering and editing applications: serials, validation, optimistic locking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel, EventKind
from desktop.services.applications import (
    StaleEdit,
    ValidationFailed,
    get_application_row,
    register_application,
    update_application,
)
from desktop.services.database import Database
from tests.conftest import TODAY

VALID = ApplicationInput(
    channel=Channel.IN_PERSON,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="王小明",
    content="申请公开本市2025年度财政预算",
)


def test_serials_are_consecutive_per_year(session: Session) -> None:
    first = register_application(session, data=VALID, today=TODAY)
    second = register_application(session, data=VALID, today=TODAY)
    older = register_application(
        session, data=replace(VALID, received_on=dt.date(2025, 12, 30)), today=TODAY
    )
    assert (first.serial, second.serial) == ("〔2026〕第1号", "〔2026〕第2号")
    assert older.serial == "〔2025〕第1号"


def test_registration_records_the_received_event_and_deadline(session: Session) -> None:
    registered = register_application(session, data=VALID, today=TODAY)
    row = get_application_row(session, registered.id)
    assert [e.kind for e in row.events] == [EventKind.RECEIVED.value]
    assert row.state == "open"
    assert row.due_on is not None
    assert row.due_on > TODAY


def test_invalid_input_is_refused_with_every_error(session: Session) -> None:
    bad = replace(VALID, applicant_name=" ", content="", received_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationFailed) as caught:
        register_application(session, data=bad, today=TODAY)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"applicant_name", "content", "received_on"}


def test_edit_with_the_current_version(database: Database) -> None:
    with database.session() as session:
        registered = register_application(session, data=VALID, today=TODAY)
    with database.session() as session:
        version = get_application_row(session, registered.id).version
    earlier = TODAY - dt.timedelta(days=3)
    with database.session() as session:
        update_application(
            session,
            application_id=registered.id,
            version=version,
            data=replace(VALID, applicant_name="王大明", received_on=earlier),
            today=TODAY,
        )
    with database.session() as session:
        row = get_application_row(session, registered.id)
        assert row.applicant_name == "王大明"
        assert row.events[0].occurred_on == earlier
        assert row.version > version


def test_edit_with_an_old_version_is_stale(database: Database) -> None:
    with database.session() as session:
        registered = register_application(session, data=VALID, today=TODAY)
    with database.session() as session:
        version = get_application_row(session, registered.id).version
    with database.session() as session:
        update_application(
            session,
            application_id=registered.id,
            version=version,
            data=replace(VALID, phone="13800138000"),
            today=TODAY,
        )
    with pytest.raises(StaleEdit), database.session() as session:
        update_application(
            session,
            application_id=registered.id,
            version=version,
            data=replace(VALID, applicant_name="李四"),
            today=TODAY,
        )
