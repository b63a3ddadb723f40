"""The audit trail's hash chain: an edited or deleted entry is found."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, text, update

from db.models import AuditEntry
from desktop.services import audit
from desktop.services.audit import AuditQuery, AuditRecord
from desktop.services.database import Database

T0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


def fill(database: Database, count: int = 5) -> None:
    with database.session() as session:
        for i in range(count):
            audit.append(
                session,
                AuditRecord(
                    user_name="王审核" if i % 2 else "李登记",
                    workstation="ws",
                    action="application.update",
                    object_kind="application",
                    object_ref=f"2026-{i:04d}",
                    before={"notes": ""},
                    after={"notes": f"第{i}次"},
                ),
                at=T0 + dt.timedelta(hours=i * 20),
            )


def verdict(database: Database) -> audit.ChainCheck:
    with database.session() as session:
        return audit.verify_chain(session)


def test_an_untouched_chain_is_intact(database: Database) -> None:
    assert verdict(database) == audit.ChainCheck(0)
    fill(database)
    assert verdict(database) == audit.ChainCheck(5)


def test_an_edited_entry_is_found(database: Database) -> None:
    fill(database)
    with database.session() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.sequence == 3).values(after='{"notes":"改过"}')
        )
    check = verdict(database)
    assert (check.intact, check.broken_at, check.reason) == (False, 3, "内容已被修改")


def test_an_edit_that_recomputes_the_hash_breaks_the_next_link(database: Database) -> None:
    fill(database)
    with database.session() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.sequence == 2).values(entry_hash="f" * 64)
        )
    assert verdict(database).broken_at == 2


@pytest.mark.parametrize(("deleted", "broken_at"), [(3, 3), (1, 1), (5, 5)])
def test_a_deleted_entry_is_found(database: Database, deleted: int, broken_at: int) -> None:
    fill(database)
    with database.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.sequence == deleted))
    check = verdict(database)
    assert not check.intact
    assert check.broken_at == broken_at


def test_filters(database: Database) -> None:
    fill(database)
    with database.session() as session:
        everything = audit.list_entries(session)
        assert [e.sequence for e in everything] == [5, 4, 3, 2, 1]  # newest first
        by_user = audit.list_entries(session, AuditQuery(user_name="王审核"))
        assert [e.sequence for e in by_user] == [4, 2]
        one = audit.list_entries(session, AuditQuery(object_ref="2026-0002"))
        assert [e.sequence for e in one] == [3]
        since = audit.list_entries(session, AuditQuery(since=dt.date(2026, 11, 29)))
        assert [e.sequence for e in since] == [5, 4, 3]
        until = audit.list_entries(session, AuditQuery(until=dt.date(2026, 11, 27)))
        assert [e.sequence for e in until] == [1]  # UTC days: the second is on the 28th


def test_sqlite_keeps_the_chain_head_in_one_row(database: Database) -> None:
    fill(database, 2)
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, length FROM audit_chain")).all()
    assert [tuple(r) for r in rows] == [(1, 2)]
