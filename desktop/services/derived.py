"""Keep the cached, derived columns of an application in step with its events.

The truth is the event list; ``state``, ``due_on``, ``closed_on``, ``outcome``
and ``on_time`` are derived by ``desktop.core`` and stored so that the register
and the dashboard can filter, sort and count in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent
from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent, Deadlines, compute_deadlines
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


def refresh_derived(
    session: Session, row: Application, calendar: WorkCalendar | None = None
) -> tuple[Deadlines, Progress]:
    """Recompute and store the derived columns of ``row``; returns what was derived."""
    deadlines, progress = derive(row, calendar or load_calendar(session))
    row.state = progress.state.value
    row.closed_on = progress.closed_on
    row.outcome = progress.outcome.value if progress.outcome else None
    row.archived = progress.archived
    row.due_on = deadlines.effective_due
    row.due_provisional = deadlines.provisional
    row.on_time = is_on_time(deadlines, progress)
    return deadlines, progress
