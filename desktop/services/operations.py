"""One door for every write: permission, the work, the audit entry, one transaction.

``run_operation`` is the service side of the operation runner (Anki's
``CollectionOp``): it opens one session, checks that the acting user exists, is
enabled and holds the permission the action needs, runs ``op(session)``, writes
the audit entry with the before/after values of every row the op changed in
the *same* transaction, commits, and returns the op's result with a
:class:`Changes` value telling the views what to refresh. A refused permission
is audited too (in its own transaction, since nothing else is written).

``UserError`` (re-exported here) is the base of every error a user may read;
anything else is a programming error that callers log and never show as text.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from db.models import Application, AuditChain, AuditEntry, Base
from desktop.core.roles import Permission, Role, may
from desktop.errors import UserError
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.users import Actor, UserRefused, active_account

__all__ = [
    "ALL",
    "Actor",
    "Changes",
    "PermissionRefused",
    "Progress",
    "ProgressWork",
    "UserError",
    "Work",
    "audit_refusal",
    "read_operation",
    "run_operation",
]

T = TypeVar("T")
#: ``progress(done, total)``: what a long operation reports while it runs.
Progress = Callable[[int, int], None]
#: The work of an operation: a service call over the session the runner opened.
Work = Callable[[Session], T]
#: The same, for long work that reports its progress.
ProgressWork = Callable[[Session, Progress], T]

#: Above this many changed rows an entry lists counts per table, not every value.
MAX_DETAILED_ROWS = 50
#: Columns that change on every write and say nothing about what the user did.
_NOISE = frozenset({"updated_at", "version"})


class Everything(enum.Enum):
    """ "All applications" (an import, a calendar change) in :attr:`Changes.applications`."""

    ALL = "all"


ALL = Everything.ALL


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so that each view refreshes only what it shows."""

    applications: frozenset[int] | Everything = frozenset()
    calendar: bool = False
    settings: bool = False
    publications: bool = False
    documents: bool = False
    users: bool = False

    @classmethod
    def of_applications(cls, ids: Iterable[int]) -> Changes:
        return cls(applications=frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        if self.applications is ALL or other.applications is ALL:
            applications: frozenset[int] | Everything = ALL
        else:
            applications = self.applications | other.applications
        return Changes(
            applications=applications,
            calendar=self.calendar or other.calendar,
            settings=self.settings or other.settings,
            publications=self.publications or other.publications,
            documents=self.documents or other.documents,
            users=self.users or other.users,
        )

    def touches(self, application_id: int) -> bool:
        """Whether the application with ``application_id`` may look different now."""
        return self.applications is ALL or application_id in self.applications

    @property
    def any_application(self) -> bool:
        return self.applications is ALL or bool(self.applications)

    @property
    def empty(self) -> bool:
        return self == Changes()


class PermissionRefused(UserError):
    """The acting user's role may not do this action."""


@dataclass
class _Capture:
    """Before/after values of every ORM row a session flushes (``after_flush``).

    A row flushed several times in one operation (inserted, then its derived
    columns updated) is one row: its first "before" and its last "after".
    """

    rows: dict[tuple[str, object], dict[str, Any]] = field(default_factory=dict)
    bulk: dict[tuple[str, object], str] = field(default_factory=dict)
    application_ids: set[int] = field(default_factory=set)

    def listen(self, session: Session) -> None:
        event.listen(session, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, _context: object) -> None:
        for change, objects in (
            ("new", session.new),
            ("dirty", session.dirty),
            ("deleted", session.deleted),
        ):
            for obj in objects:
                if isinstance(obj, Base) and not isinstance(obj, AuditEntry | AuditChain):
                    self._record(change, obj)

    def _record(self, change: str, obj: Base) -> None:
        state = inspect(obj)
        row_key = (obj.__tablename__, tuple(state.mapper.primary_key_from_instance(obj)))
        if len(self.rows) >= MAX_DETAILED_ROWS and row_key not in self.rows:
            # A bulk operation: only counted (reading every value of 100,000 rows is slow).
            self.bulk.setdefault(row_key, change)
            return
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for column in state.mapper.column_attrs:
            key = column.key
            if key in _NOISE:
                continue
            if key == "password_hash":  # never in the trail, not even hashed
                continue
            attribute = state.attrs[key]
            if change == "new":
                after[key] = attribute.value
            elif change == "deleted":
                before[key] = attribute.value
            elif attribute.history.has_changes():
                history = attribute.history
                before[key] = history.deleted[0] if history.deleted else None
                after[key] = history.added[0] if history.added else None
        if change == "dirty" and not after:
            return
        application_id = (
            obj.id if isinstance(obj, Application) else getattr(obj, "application_id", None)
        )
        if isinstance(application_id, int):
            self.application_ids.add(application_id)
        row = self.rows.setdefault(
            row_key,
            {"table": obj.__tablename__, "change": change, "before": {}, "after": {}},
        )
        if row["change"] != "new":  # a row inserted by this op had no "before"
            for key, value in before.items():
                row["before"].setdefault(key, value)
        row["after"].update(after)
        if change == "deleted":
            row["change"], row["after"] = "deleted", {}

    def before_after(self) -> tuple[dict[str, Any], dict[str, Any]]:
        rows = list(self.rows.values())
        if self.bulk:
            counts: dict[str, int] = {}
            changes = [(r["table"], r["change"]) for r in rows]
            changes += [(table, change) for (table, _), change in self.bulk.items()]
            for table, change in changes:
                counts[f"{table}.{change}"] = counts.get(f"{table}.{change}", 0) + 1
            return {}, {"rows": counts}
        before = [{"table": r["table"], **r["before"]} for r in rows if r["before"]]
        after = [{"table": r["table"], **r["after"]} for r in rows if r["after"]]
        return ({"rows": before} if before else {}), ({"rows": after} if after else {})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _derive(value: Any, result: Any) -> Any:
    return value(result) if callable(value) else value


def _check(session: Session, actor: Actor, permission: Permission) -> Role:
    role = Role(active_account(session, actor.name).role)
    if not may(role, permission):
        raise PermissionRefused(f"“{role.label}”角色无权进行此操作")
    return role


def audit_refusal(
    database: Database,
    actor: Actor,
    action: str,
    reason: str,
    now: Callable[[], dt.datetime] = _now,
) -> None:
    """Record that ``actor`` was refused ``action`` (in its own transaction)."""
    with database.session() as session:
        audit.append(
            session,
            audit.AuditRecord(
                user_name=actor.name,
                workstation=actor.workstation,
                action=action,
                outcome="refused",
                after={"reason": reason},
            ),
            at=now(),
        )


def _serial_of(session: Session, application_ids: set[int]) -> str:
    if len(application_ids) != 1:
        return ""
    (only,) = application_ids
    return session.scalar(select(Application.serial).where(Application.id == only)) or ""


def run_operation(
    database: Database,
    actor: Actor,
    op: Work[T],
    *,
    action: str,
    permission: Permission,
    changes: Changes | Callable[[T], Changes] = Changes(),
    object_kind: str = "",
    object_ref: str | Callable[[T], str] = "",
    details: dict[str, Any] | Callable[[T], dict[str, Any]] | None = None,
    now: Callable[[], dt.datetime] = _now,
) -> tuple[T, Changes]:
    """Run ``op`` as ``actor`` in one audited transaction; ``(result, changes)``.

    ``details`` adds values to the entry's "after" side (what was exported, to which
    file…); the rows the op wrote are recorded whatever it returns. ``object_ref``
    defaults to the serial of the one application the op touched, if it touched one.
    Raises the op's ``UserError`` (nothing written), or ``PermissionRefused`` /
    ``UserRefused`` after auditing the refusal.
    """
    try:
        with database.session() as session:
            _check(session, actor, permission)
            capture = _Capture()
            capture.listen(session)
            result = op(session)
            session.flush()
            before, after = capture.before_after()
            extra = _derive(details, result)
            if extra:
                after = {**after, **extra}
            ref = _derive(object_ref, result) or _serial_of(session, capture.application_ids)
            kind = object_kind or ("application" if ref else "")
            audit.append(
                session,
                audit.AuditRecord(
                    user_name=actor.name,
                    workstation=actor.workstation,
                    action=action,
                    object_kind=kind,
                    object_ref=ref,
                    before=before,
                    after=after,
                ),
                at=now(),
            )
    except (PermissionRefused, UserRefused) as refusal:
        audit_refusal(database, actor, action, str(refusal), now)
        raise
    return result, _derive(changes, result)


def read_operation(
    database: Database,
    actor: Actor,
    op: Work[T],
    *,
    permission: Permission = Permission.READ,
) -> T:
    """Run a read ``op`` as ``actor`` (permission checked, nothing audited or committed)."""
    with database.session() as session:
        _check(session, actor, permission)
        return op(session)


def run_maintenance(
    database: Database,
    actor: Actor,
    work: Callable[[Database], T],
    *,
    action: str,
    permission: Permission,
    details: dict[str, Any] | Callable[[T], dict[str, Any]] | None = None,
    now: Callable[[], dt.datetime] = _now,
) -> T:
    """Work on the whole database outside a transaction (a backup, a restore), audited.

    The permission is checked first (a refusal is audited); the entry is written
    after the work, in the database as it then is (a restored one, after a restore).
    """
    try:
        read_operation(database, actor, lambda _session: None, permission=permission)
    except (PermissionRefused, UserRefused) as refusal:
        audit_refusal(database, actor, action, str(refusal), now)
        raise
    result = work(database)
    run_operation(
        database,
        actor,
        lambda _session: None,
        action=action,
        permission=permission,
        object_kind="database",
        details=lambda _none: _derive(details, result) or {},
        now=now,
    )
    return result
