"""The deadline status of an application on a given day (separate from its workflow state)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent, Deadlines
from desktop.core.lifecycle import Progress
from desktop.core.vocab import DeadlineStatus, EventKind, State


class StatusInfo(NamedTuple):
    """An application's deadline status on a day (a NamedTuple: built 100,000 times at once)."""

    status: DeadlineStatus
    #: Working days from today to the effective due date (0 = due today,
    #: negative = overdue); None when closed or while the clock is stopped.
    working_days_left: int | None


def final_deadline(deadlines: Deadlines) -> dt.date:
    """The deadline that applies, even while the clock is stopped (the one valid then)."""
    if deadlines.effective_due is not None:
        return deadlines.effective_due
    if deadlines.manual_due is not None:
        return deadlines.manual_due
    return deadlines.extended_due if deadlines.extended else deadlines.due


def is_on_time(deadlines: Deadlines, progress: Progress) -> bool | None:
    """Whether the reply came on or before the final deadline; None if not closed by a reply."""
    if progress.state is not State.REPLIED or progress.closed_on is None:
        return None
    return progress.closed_on <= final_deadline(deadlines)


def _closed_status(deadlines: Deadlines, progress: Progress) -> StatusInfo:
    on_time = is_on_time(deadlines, progress)
    if on_time is None:
        return StatusInfo(DeadlineStatus.CLOSED, None)
    status = DeadlineStatus.CLOSED_ON_TIME if on_time else DeadlineStatus.CLOSED_LATE
    return StatusInfo(status, None)


def working_days_left(calendar: WorkCalendar, today: dt.date, due: dt.date) -> int:
    """Working days after today up to the due date: 0 = due today, negative = overdue.

    A due date in the past is at least one working day overdue, even when today
    is a weekend or holiday (Saturday after a Friday deadline: -1, not 0).
    """
    if due >= today:
        return calendar.workdays_between(today, due)
    return -max(1, calendar.workdays_between(due, today))


def deadline_status(
    deadlines: Deadlines,
    progress: Progress,
    *,
    today: dt.date,
    calendar: WorkCalendar,
    due_soon_days: int,
) -> StatusInfo:
    """The status shown in the register and on the dashboard on ``today``."""
    if progress.state.is_closed:
        return _closed_status(deadlines, progress)
    due = deadlines.effective_due
    if due is None:  # clock stopped, awaiting a correction
        return StatusInfo(DeadlineStatus.ON_TRACK, None)
    left = working_days_left(calendar, today, due)
    if today > due:
        return StatusInfo(DeadlineStatus.OVERDUE, left)
    if today == due:
        return StatusInfo(DeadlineStatus.DUE_TODAY, 0)
    status = DeadlineStatus.DUE_SOON if left <= due_soon_days else DeadlineStatus.ON_TRACK
    return StatusInfo(status, left)


# --- the one vocabulary for time -----------------------------------------------------------

#: The words for time, everywhere (register, detail, dashboard, alerts, PDFs). ``%1`` is
#: the number of working days; the UI translates the template in context ``vocab``.
DAYS_LEFT = "剩余 %1 个工作日"
DUE_TODAY_WORDS = "今日到期"
DAYS_OVERDUE = "逾期 %1 个工作日"
CLOCK_STOPPED = "暂停计时（待补正）"
LIMIT_PASSED = "（已过）"
TIME_TEMPLATES = (DAYS_LEFT, DUE_TODAY_WORDS, DAYS_OVERDUE, CLOCK_STOPPED, LIMIT_PASSED)


class TimeWords(NamedTuple):
    """A time in the one vocabulary: a template and the number of working days it names."""

    template: str
    days: int | None = None

    @property
    def text(self) -> str:
        return self.template if self.days is None else self.template.replace("%1", str(self.days))


def days_words(working_days_left: int | None) -> TimeWords:
    """剩余 3 个工作日 / 今日到期 / 逾期 21 个工作日; None (clock stopped): 暂停计时（待补正）."""
    if working_days_left is None:
        return TimeWords(CLOCK_STOPPED)
    if working_days_left < 0:
        return TimeWords(DAYS_OVERDUE, -working_days_left)
    if working_days_left == 0:
        return TimeWords(DUE_TODAY_WORDS)
    return TimeWords(DAYS_LEFT, working_days_left)


def time_words(*, state: State, status: DeadlineStatus, working_days_left: int | None) -> TimeWords:
    """An application's time on a day: closed ones say how they closed (按时办结 …)."""
    if state.is_closed:
        return TimeWords(status.label)
    return days_words(working_days_left)


def correction_period_end(events: Sequence[ClockEvent], calendar: WorkCalendar) -> dt.date | None:
    """补正期限: the last day the applicant has to correct, while a correction is awaited.

    The notice's ``period_days`` are working days counted from the day after the
    notice; None when no notice is pending or it named no period.
    """
    pending: ClockEvent | None = None
    for event in events:
        if event.kind is EventKind.CORRECTION_NOTICE:
            pending = event
        elif event.kind is EventKind.CORRECTION_RECEIVED:
            pending = None
    if pending is None:
        return None
    days = pending.data.get("period_days")
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        return None
    return calendar.add_workdays(pending.on, days)
