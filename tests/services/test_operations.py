"""The one door for every write: permission, work and audit entry in one transaction."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Application, AuditEntry
from desktop.core.applications import ApplicationInput
from desktop.core.roles import GRANTS, Permission, Role, may
from desktop.core.vocab import ApplicantType, Channel
from desktop.errors import UserError
from desktop.services import audit, users
from desktop.services.applications import (
    NotFound,
    StaleEdit,
    ValidationFailed,
    register_application,
)
from desktop.services.calendar_admin import ScheduleRefused
from desktop.services.database import Database
from desktop.services.events import EventRefused
from desktop.services.operations import (
    ALL,
    Actor,
    Changes,
    PermissionRefused,
    read_operation,
    run_operation,
)
from desktop.services.publication import PublicationError
from desktop.services.settings import SettingError
from desktop.services.spreadsheets import SpreadsheetError
from desktop.services.users import UserRefused
from tests.conftest import TODAY

DATA = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="张三",
    content="某路段改造工程的招标文件",
)
NOW = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)


def actor_of(database: Database, role: Role, name: str) -> Actor:
    with database.session() as session:
        users.add_user(session, name=name, role=role)
    return Actor(name, role, "ws-1")


def entries(database: Database) -> list[AuditEntry]:
    with database.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)))


def count_applications(session: Session) -> int:
    return int(session.scalar(select(func.count(Application.id))) or 0)


@pytest.mark.parametrize(
    "error",
    [
        ValidationFailed,
        StaleEdit,
        NotFound,
        EventRefused,
        ScheduleRefused,
        SettingError,
        SpreadsheetError,
        PublicationError,
        UserRefused,
        PermissionRefused,
    ],
)
def test_every_domain_error_is_a_user_error(error: type[Exception]) -> None:
    assert issubclass(error, UserError)


def test_a_write_is_audited_in_its_transaction(database: Database) -> None:
    clerk = actor_of(database, Role.CLERK, "李登记")
    registered, changes = run_operation(
        database,
        clerk,
        lambda session: register_application(session, data=DATA, today=TODAY),
        action="application.register",
        permission=Permission.HANDLE,
        changes=lambda r: Changes.of_applications([r.id]),
        now=lambda: NOW,
    )
    assert changes == Changes(applications=frozenset({registered.id}))
    (entry,) = entries(database)
    assert (entry.user_name, entry.workstation, entry.action, entry.outcome) == (
        "李登记",
        "ws-1",
        "application.register",
        "ok",
    )
    assert (entry.object_kind, entry.object_ref) == ("application", registered.serial)
    assert entry.at == NOW
    after = json.loads(entry.after)["rows"]
    assert {"table": "application"}.items() <= after[0].items()
    assert after[0]["applicant_name"] == "张三"
    assert entry.before == ""


def test_an_update_records_before_and_after(database: Database) -> None:
    clerk = actor_of(database, Role.CLERK, "李登记")
    registered, _ = run_operation(
        database,
        clerk,
        lambda session: register_application(session, data=DATA, today=TODAY),
        action="application.register",
        permission=Permission.HANDLE,
    )

    def rename(session: Session) -> None:
        application = session.get(Application, registered.id)
        assert application is not None
        application.notes = "补充说明"

    run_operation(
        database, clerk, rename, action="application.update", permission=Permission.HANDLE
    )
    entry = entries(database)[-1]
    assert json.loads(entry.before) == {"rows": [{"table": "application", "notes": ""}]}
    assert json.loads(entry.after) == {"rows": [{"table": "application", "notes": "补充说明"}]}


def test_a_refused_op_writes_nothing_not_even_the_entry(database: Database) -> None:
    clerk = actor_of(database, Role.CLERK, "李登记")

    def half_then_refuse(session: Session) -> None:
        register_application(session, data=DATA, today=TODAY)
        raise EventRefused(["不能这样办理"])

    with pytest.raises(EventRefused):
        run_operation(database, clerk, half_then_refuse, action="x", permission=Permission.HANDLE)
    assert entries(database) == []
    with database.session() as session:
        assert count_applications(session) == 0


ROLE_REFUSALS = [
    (role, permission)
    for role in Role
    for permission in Permission
    if permission not in GRANTS[role]
]


@pytest.mark.parametrize(("role", "permission"), ROLE_REFUSALS)
def test_each_role_is_refused_what_it_may_not_do_and_the_refusal_is_audited(
    database: Database, role: Role, permission: Permission
) -> None:
    actor = actor_of(database, role, "某人")
    with pytest.raises(PermissionRefused, match=role.label):
        run_operation(
            database,
            actor,
            lambda session: register_application(session, data=DATA, today=TODAY),
            action="some.action",
            permission=permission,
        )
    (entry,) = entries(database)
    assert (entry.user_name, entry.action, entry.outcome) == ("某人", "some.action", "refused")
    with database.session() as session:
        assert count_applications(session) == 0


def test_the_roles_in_short() -> None:
    assert not may(Role.VIEWER, Permission.EXPORT_PERSONAL)
    assert not may(Role.VIEWER, Permission.READ_PERSONAL)
    assert may(Role.CLERK, Permission.HANDLE)
    assert not may(Role.CLERK, Permission.APPROVE_EXTENSION)
    assert may(Role.SUPERVISOR, Permission.APPROVE_EXTENSION)
    assert not may(Role.SUPERVISOR, Permission.USERS)
    assert all(may(Role.ADMIN, p) for p in Permission)


@pytest.mark.parametrize("name", ["无此人", "停用者"])
def test_unknown_or_disabled_users_are_refused_and_audited(database: Database, name: str) -> None:
    actor_of(database, Role.CLERK, "停用者")
    with database.session() as session:
        users.disable_user(session, name="停用者")
    with pytest.raises(UserRefused):
        run_operation(
            database,
            Actor(name, Role.ADMIN, "ws"),  # the role claimed by the caller is not trusted
            lambda session: None,
            action="anything",
            permission=Permission.READ,
        )
    assert [(e.user_name, e.outcome) for e in entries(database)] == [(name, "refused")]
    with pytest.raises(UserRefused):
        read_operation(database, Actor(name, Role.ADMIN, "ws"), count_applications)


def test_the_role_comes_from_the_database_not_the_caller(database: Database) -> None:
    actor_of(database, Role.VIEWER, "只看")
    with pytest.raises(PermissionRefused):
        run_operation(
            database,
            Actor("只看", Role.ADMIN, "ws"),
            lambda session: None,
            action="settings.save",
            permission=Permission.SETTINGS,
        )


def test_changes_merge() -> None:
    one = Changes.of_applications([1])
    assert (one | Changes.of_applications([2])).applications == frozenset({1, 2})
    assert (one | Changes(applications=ALL, calendar=True)) == Changes(
        applications=ALL, calendar=True
    )
    assert Changes(applications=ALL).touches(99)
    assert not one.touches(2)
    assert Changes().empty
    assert not one.empty


def test_bulk_writes_are_summarised(database: Database) -> None:
    clerk = actor_of(database, Role.CLERK, "李登记")

    def many(session: Session) -> None:
        for _ in range(60):
            register_application(session, data=DATA, today=TODAY)

    run_operation(database, clerk, many, action="ledger.import", permission=Permission.IMPORT)
    entry = entries(database)[-1]
    assert json.loads(entry.after)["rows"]["application.new"] == 60
    with database.session() as session:
        assert audit.verify_chain(session).intact
