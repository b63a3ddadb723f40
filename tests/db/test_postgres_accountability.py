"""Users and the audit trail on a shared PostgreSQL database (several workstations).

Runs when ``DISCLOSURE_DESK_TEST_PG_URL`` names a server (scripts/test.sh starts one).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.models import ApplicationEvent
from desktop.core.applications import ApplicationInput
from desktop.core.roles import Permission, Role
from desktop.core.vocab import ApplicantType, Channel, EventKind
from desktop.services import audit, users
from desktop.services.applications import register_application
from desktop.services.database import Database, open_database
from desktop.services.events import record_event
from desktop.services.operations import Actor, run_operation
from desktop.services.register import RegisterQuery, fetch_register
from tests.conftest import PG_URL

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DISCLOSURE_DESK_TEST_PG_URL not set"),
]

TODAY = dt.date(2026, 11, 27)
DATA = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="张三",
    content="某文件",
)


def _add(database: Database, name: str, role: Role) -> Actor:
    with database.session() as session:
        users.add_user(session, name=name, role=role)
    return Actor(name, role, f"ws-{name}")


def test_the_trail_refuses_update_and_delete(pg_database: Database) -> None:
    clerk = _add(pg_database, "李登记", Role.CLERK)
    run_operation(
        pg_database,
        clerk,
        lambda session: register_application(session, data=DATA, today=TODAY),
        action="application.register",
        permission=Permission.HANDLE,
    )
    for statement in ("UPDATE audit_entry SET user_name = 'x'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"), pg_database.session() as session:
            session.execute(text(statement))
    with pg_database.session() as session:
        assert audit.verify_chain(session).length == 1


def test_concurrent_writers_do_not_fork_the_chain(pg_database: Database) -> None:
    clerk = _add(pg_database, "李登记", Role.CLERK)

    def register(_: int) -> None:
        run_operation(
            pg_database,
            clerk,
            lambda session: register_application(session, data=DATA, today=TODAY),
            action="application.register",
            permission=Permission.HANDLE,
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(register, range(24)))
    with pg_database.session() as session:
        check = audit.verify_chain(session)
    assert (check.intact, check.length) == (True, 24)


def test_two_workstations_see_each_others_changes_with_the_user(pg_database: Database) -> None:
    url = pg_database.engine.url.render_as_string(hide_password=False)
    second = open_database(url)  # another workstation on the same database
    try:
        clerk = _add(pg_database, "李登记", Role.CLERK)
        supervisor = _add(pg_database, "王审核", Role.SUPERVISOR)
        registered, _ = run_operation(
            pg_database,
            clerk,
            lambda session: register_application(
                session, data=DATA, today=TODAY, recorded_by=clerk.name
            ),
            action="application.register",
            permission=Permission.HANDLE,
        )
        with second.session() as session:  # the supervisor's workstation sees it
            rows = fetch_register(session, RegisterQuery(), today=TODAY, offset=0, limit=10)
        assert [r.serial for r in rows] == [registered.serial]
        run_operation(
            second,
            supervisor,
            lambda session: record_event(
                session,
                application_id=registered.id,
                kind=EventKind.REPLY,
                on=TODAY,
                data={"outcome": "disclosed", "delivery": "post"},
                today=TODAY,
                recorded_by=supervisor.name,
            ),
            action="event.record.reply",
            permission=Permission.HANDLE,
        )
        with pg_database.session() as session:  # and the clerk's sees the reply, by whom
            recorded = session.scalars(
                select(ApplicationEvent.recorded_by)
                .where(ApplicationEvent.application_id == registered.id)
                .order_by(ApplicationEvent.id)
            ).all()
            trail = audit.list_entries(session)
        assert recorded == ["李登记", "王审核"]
        assert [(e.user_name, e.workstation, e.object_ref) for e in trail][:2] == [
            ("王审核", "ws-王审核", registered.serial),
            ("李登记", "ws-李登记", registered.serial),
        ]
    finally:
        second.close()
