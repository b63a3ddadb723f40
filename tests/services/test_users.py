"""Accounts: Argon2 hashes, login, five failures lock for 15 minutes (time passed in)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select

from db.models import AuditEntry, UserAccount
from desktop.core.roles import Role
from desktop.services import users
from desktop.services.database import Database
from desktop.services.users import UserRefused
from tests.conftest import fresh_python

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
PASSWORD = "正确的密码-2026"


@pytest.fixture
def clerk(database: Database) -> str:
    with database.session() as session:
        users.add_user(session, name="李登记", role=Role.CLERK, password=PASSWORD)
        stored = session.scalar(
            select(UserAccount.password_hash).where(UserAccount.name == "李登记")
        )
        assert stored is not None
        assert stored.startswith("$argon2id$")
        assert PASSWORD not in stored
    return "李登记"


def test_the_program_hashes_with_argon2s_recommended_cost() -> None:
    """(The tests themselves hash cheaply: tests/conftest.py.)"""
    code = (
        "from desktop.services.users import _hasher as h; "
        "print(h.time_cost, h.memory_cost, h.parallelism)"
    )
    out = fresh_python(code)
    time_cost, memory_kib, parallelism = map(int, out.split())
    assert time_cost >= 3  # RFC 9106's second recommendation: t=3, 64 MiB
    assert memory_kib >= 65536
    assert parallelism >= 1


def _login(database: Database, password: str, at: dt.datetime) -> users.Actor:
    return users.login(database, name="李登记", password=password, workstation="ws", now=at)


def _require_login(database: Database) -> None:
    from desktop.services import settings

    with database.session() as session:
        settings.save_settings(session, {"require_login": True})


def test_five_failures_lock_for_fifteen_minutes(
    database: Database, clerk: str, caplog: pytest.LogCaptureFixture
) -> None:
    _require_login(database)
    with caplog.at_level(logging.DEBUG):
        for attempt in range(4):
            with pytest.raises(UserRefused, match="用户名或密码不正确"):
                _login(database, "错的", NOW + dt.timedelta(seconds=attempt))
        with pytest.raises(UserRefused, match="锁定 15 分钟"):
            _login(database, "错的", NOW + dt.timedelta(seconds=5))
        with pytest.raises(UserRefused, match="锁定"):  # even the right password, meanwhile
            _login(database, PASSWORD, NOW + dt.timedelta(minutes=14))
    assert PASSWORD not in caplog.text
    actor = _login(database, PASSWORD, NOW + dt.timedelta(minutes=16))
    assert (actor.name, actor.role) == ("李登记", Role.CLERK)
    with database.session() as session:
        outcomes = [e.outcome for e in session.scalars(select(AuditEntry))]
    assert outcomes == ["refused"] * 6 + ["ok"]


def test_without_required_login_the_name_is_enough(database: Database, clerk: str) -> None:
    actor = users.login(database, name=clerk, password=None, workstation="ws", now=NOW)
    assert actor.role is Role.CLERK
    with pytest.raises(UserRefused, match="没有名为"):
        users.login(database, name="无此人", password=None, workstation="ws", now=NOW)


def test_login_required_needs_a_password(database: Database, clerk: str) -> None:
    _require_login(database)
    with pytest.raises(UserRefused, match="请输入密码"):
        users.login(database, name=clerk, password=None, workstation="ws", now=NOW)


def test_the_last_admin_cannot_be_disabled_or_demoted(database: Database) -> None:
    with database.session() as session:
        (admin,) = users.list_users(session)
        with pytest.raises(UserRefused, match="至少要保留"):
            users.disable_user(session, name=admin.name)
        with pytest.raises(UserRefused, match="至少要保留"):
            users.set_role(session, name=admin.name, role=Role.CLERK)


def test_bad_names_and_short_passwords_are_refused(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(UserRefused, match="不能为空"):
            users.add_user(session, name="  ", role=Role.CLERK)
        with pytest.raises(UserRefused, match="至少 8 个字符"):
            users.add_user(session, name="王五", role=Role.CLERK, password="short")
        users.add_user(session, name="王五", role=Role.CLERK)
        with pytest.raises(UserRefused, match="已存在"):
            users.add_user(session, name="王五", role=Role.VIEWER)
