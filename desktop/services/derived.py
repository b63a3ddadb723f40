"""Keep the cached, derived columns of an application in step with its events.

The truth is the event list; ``state``, ``due_on``, ``closed_on``, ``outcome``
and ``on_time`` are derived by ``desktop.core`` and stored so that the register
and the dashboard can filter, sort and count in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, bindparam, or_, select, true, update
from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent, Setting
from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import RULES_VERSION, ClockEvent, Deadlines, compute_deadlines
from desktop.core.lifecycle import Progress, derive_progress
from desktop.core.status import is_on_time
from desktop.core.vocab import EventKind
from desktop.services.calendar import load_calendar


def clock_events(rows: Iterable[ApplicationEvent]) -> list[ClockEvent]:
    """The valid (not voided) events as core values, in date order."""
    live = [r for r in rows if r.voided_at is None]
    live.sort(key=lambda r: (r.occurred_on, r.id or 0))
    return [ClockEvent(EventKind(r.kind), r.occurred_on, dict(r.data or {}), r.id) for r in live]


def derive(row: Application, calendar: WorkCalendar) -> tuple[Deadlines, Progress]:
    events = clock_events(row.events)
    return compute_deadlines(row.received_on, events, calendar), derive_progress(events)


def derived_values(deadlines: Deadlines, progress: Progress) -> dict[str, Any]:
    """The cached columns of ``application`` for these deadlines and this progress.

    The one mapping from the core's results to the stored columns: typed, imported
    and demo applications are all stored through it.
    """
    return {
        "state": progress.state.value,
        "closed_on": progress.closed_on,
        "outcome": progress.outcome.value if progress.outcome else None,
        "archived": progress.archived,
        "due_on": deadlines.effective_due,
        "due_provisional": deadlines.effective_provisional,
        "on_time": is_on_time(deadlines, progress),
    }


def refresh_derived(
    session: Session, row: Application, calendar: WorkCalendar | None = None
) -> tuple[Deadlines, Progress]:
    """Recompute and store the derived columns of ``row``; returns what was derived."""
    deadlines, progress = derive(row, calendar or load_calendar(session))
    for name, value in derived_values(deadlines, progress).items():
        setattr(row, name, value)
    return deadlines, progress


@dataclass(frozen=True)
class Refreshed:
    """An application whose derived columns changed in a bulk refresh."""

    id: int
    serial: str
    state: str
    old_due: dt.date | None
    new_due: dt.date | None


_DERIVED = ("state", "closed_on", "outcome", "archived", "due_on", "due_provisional", "on_time")


def refresh_where(
    session: Session, condition: ColumnElement[bool], calendar: WorkCalendar
) -> list[Refreshed]:
    """Recompute the derived columns of every application matching ``condition``, in bulk.

    Reads plain rows (no ORM objects) and writes only the rows that changed, in
    one executemany; fast enough for every open application after a calendar
    edit. The ``version`` is not bumped: no field a clerk edits has changed.
    """
    session.flush()  # pending ORM changes first: the rest reads and writes plain rows
    columns = [Application.id, Application.serial, Application.received_on]
    columns += [getattr(Application, name) for name in _DERIVED]
    apps = {row.id: row for row in session.execute(select(*columns).where(condition))}
    events: dict[int, list[ClockEvent]] = {i: [] for i in apps}
    event_query = (
        select(
            ApplicationEvent.application_id,
            ApplicationEvent.id,
            ApplicationEvent.kind,
            ApplicationEvent.occurred_on,
            ApplicationEvent.data,
        )
        .join(Application, Application.id == ApplicationEvent.application_id)
        .where(condition, ApplicationEvent.voided_at.is_(None))
        .order_by(ApplicationEvent.occurred_on, ApplicationEvent.id)
    )
    for app_id, event_id, kind, on, data in session.execute(event_query):
        events[app_id].append(ClockEvent(EventKind(kind), on, dict(data or {}), event_id))
    changes: list[dict[str, object]] = []
    refreshed: list[Refreshed] = []
    for app_id, row in apps.items():
        deadlines = compute_deadlines(row.received_on, events[app_id], calendar)
        progress = derive_progress(events[app_id])
        new = derived_values(deadlines, progress)
        if any(getattr(row, name) != new[name] for name in _DERIVED):
            changes.append({"b_id": app_id, **new})
            refreshed.append(Refreshed(app_id, row.serial, row.state, row.due_on, new["due_on"]))
    if changes:
        table = Application.__table__
        statement = (
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in _DERIVED})
        )
        session.execute(statement, changes)
        ids = {r.id for r in refreshed}
        for obj in list(session.identity_map.values()):  # loaded objects read the new values
            if isinstance(obj, Application) and obj.id in ids:
                session.expire(obj, list(_DERIVED))
    return refreshed


# --- the rules version of the cache ---------------------------------------------------------

#: The key in the ``setting`` table that records which rules the cache was computed with.
#: Not a user setting (it is not in ``settings.SETTINGS``): the settings table is used
#: because it needs no migration, and it is read once at start-up.
RULES_VERSION_KEY = "rules_version"


def _with_event(kind: EventKind) -> ColumnElement[bool]:
    return Application.id.in_(
        select(ApplicationEvent.application_id).where(ApplicationEvent.kind == kind.value)
    )


#: For each rules version, the applications whose cached columns it may change (a
#: version without an entry affects every application).
RULE_CHANGES: dict[int, Callable[[], ColumnElement[bool]]] = {
    # Late correction notices no longer restart the clock; the provisional mark of the
    # due date is its own (it could only go from marked to unmarked).
    2: lambda: or_(_with_event(EventKind.CORRECTION_NOTICE), Application.due_provisional.is_(True)),
}


def stored_rules_version(session: Session) -> int:
    """The rules version the cache was computed with (1: before versions were recorded)."""
    row = session.get(Setting, RULES_VERSION_KEY)
    return int(row.value) if row is not None and isinstance(row.value, int) else 1


def refresh_for_rules(session: Session, calendar: WorkCalendar | None = None) -> int | None:
    """Bring the cached columns up to :data:`RULES_VERSION`; at start-up.

    Returns how many applications changed, or None when the cache was already current
    (then only the stored version is read). A database written by a newer release is
    left alone.
    """
    stored = stored_rules_version(session)
    if stored >= RULES_VERSION:
        return None
    versions = range(stored + 1, RULES_VERSION + 1)
    if all(v in RULE_CHANGES for v in versions):
        condition = or_(*(RULE_CHANGES[v]() for v in versions))
    else:
        condition = true()
    changed = refresh_where(session, condition, calendar or load_calendar(session))
    row = session.get(Setting, RULES_VERSION_KEY)
    if row is None:
        session.add(Setting(key=RULES_VERSION_KEY, value=RULES_VERSION))
    else:
        row.value = RULES_VERSION
    return len(changed)
