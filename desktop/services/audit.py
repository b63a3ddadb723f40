"""The audit trail: append an entry in the caller's transaction, read it, verify the chain.

Each entry's hash is sha256 over its canonical content and the previous entry's
hash. Appending first takes the chain head (``audit_chain`` row 1) with an
``UPDATE … RETURNING``: on PostgreSQL that row lock makes concurrent writers
append one after the other; on SQLite it takes the write lock. Either way the
chain never forks, and its length gives away a deleted last entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import AuditChain, AuditEntry

#: The "previous hash" of the first entry.
GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    """What one entry says, before it is chained."""

    user_name: str
    workstation: str
    action: str
    outcome: str = "ok"
    object_kind: str = ""
    object_ref: str = ""
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class AuditView:
    """One entry as shown in the 操作日志 window and by ``audit --json``."""

    sequence: int
    at: dt.datetime
    user_name: str
    workstation: str
    action: str
    outcome: str
    object_kind: str
    object_ref: str
    before: str
    after: str
    entry_hash: str


@dataclass(frozen=True)
class ChainCheck:
    """The verdict of :func:`verify_chain`: ``broken_at`` is the first bad sequence, if any."""

    length: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def canonical_json(value: Mapping[str, Any] | None) -> str:
    """Stable JSON (sorted keys, no spaces); dates and other values by ``str``."""
    if not value:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _hash(sequence: int, at: dt.datetime, fields: Sequence[str], previous: str) -> str:
    content = json.dumps(
        [sequence, at.astimezone(dt.UTC).isoformat(), *fields, previous],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _fields(entry: AuditEntry) -> list[str]:
    return [
        entry.user_name,
        entry.workstation,
        entry.action,
        entry.outcome,
        entry.object_kind,
        entry.object_ref,
        entry.before,
        entry.after,
    ]


def append(session: Session, record: AuditRecord, *, at: dt.datetime) -> AuditEntry:
    """Append ``record`` to the trail in ``session``'s transaction (locks the chain head)."""
    # Microseconds are dropped: every database stores seconds alike, so the hash re-computes.
    at = at.astimezone(dt.UTC).replace(microsecond=0)
    sequence, previous = session.execute(
        update(AuditChain)
        .where(AuditChain.id == 1)
        .values(length=AuditChain.length + 1)
        .returning(AuditChain.length, AuditChain.last_hash)
    ).one()
    entry = AuditEntry(
        sequence=sequence,
        at=at,
        user_name=record.user_name,
        workstation=record.workstation,
        action=record.action,
        outcome=record.outcome,
        object_kind=record.object_kind,
        object_ref=record.object_ref[:200],
        before=canonical_json(record.before),
        after=canonical_json(record.after),
        previous_hash=previous,
    )
    entry.entry_hash = _hash(sequence, at, _fields(entry), previous)
    session.add(entry)
    session.execute(update(AuditChain).where(AuditChain.id == 1).values(last_hash=entry.entry_hash))
    session.flush()
    return entry


def verify_chain(session: Session) -> ChainCheck:
    """Re-compute every hash in order; the first entry that does not match, if any."""
    previous, expected = GENESIS, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)):
        if entry.sequence != expected:
            return ChainCheck(expected - 1, expected, f"缺少第 {expected} 条记录（已被删除）")
        if entry.previous_hash != previous:
            return ChainCheck(expected - 1, entry.sequence, "与前一条记录的链接不符")
        if _hash(entry.sequence, entry.at, _fields(entry), previous) != entry.entry_hash:
            return ChainCheck(expected - 1, entry.sequence, "内容已被修改")
        previous, expected = entry.entry_hash, expected + 1
    head = session.get(AuditChain, 1)
    count = expected - 1
    if head is None or head.length != count or head.last_hash != previous:
        return ChainCheck(count, count + 1, "最后的记录已被删除或链头被改动")
    return ChainCheck(count)


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the 操作日志 window and ``audit``: all optional."""

    user_name: str = ""
    action: str = ""
    object_ref: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = None


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def list_entries(session: Session, query: AuditQuery = AuditQuery()) -> list[AuditView]:
    """The entries that match ``query``, newest first."""
    statement = select(AuditEntry).order_by(AuditEntry.sequence.desc())
    if query.user_name:
        statement = statement.where(AuditEntry.user_name == query.user_name)
    if query.action:
        statement = statement.where(AuditEntry.action == query.action)
    if query.object_ref:
        statement = statement.where(AuditEntry.object_ref == query.object_ref)
    if query.since:
        statement = statement.where(AuditEntry.at >= _start_of(query.since))
    if query.until:
        statement = statement.where(AuditEntry.at < _start_of(query.until + dt.timedelta(days=1)))
    if query.limit:
        statement = statement.limit(query.limit)
    return [
        AuditView(
            sequence=e.sequence,
            at=e.at,
            user_name=e.user_name,
            workstation=e.workstation,
            action=e.action,
            outcome=e.outcome,
            object_kind=e.object_kind,
            object_ref=e.object_ref,
            before=e.before,
            after=e.after,
            entry_hash=e.entry_hash,
        )
        for e in session.scalars(statement)
    ]
