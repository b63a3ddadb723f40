"""How a deadline was counted, day by day, in words the clerk and the applicant can check.

``explain`` builds a value object (used by the UI and printouts);
``explanation_lines`` renders it as readable Chinese lines (used by the CLI).
The product's conventions (rules.md, marked **Convention**) are always stated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.calendar import DayKind, WorkCalendar
from desktop.core.deadlines import (
    CONSULTATION_DAYS,
    CORRECTION_NOTICE_DAYS,
    FEE_PAYMENT_DAYS,
    ClockEvent,
    Deadlines,
    Exclusion,
    Rule,
    compute_deadlines,
    exclusions,
    ordered,
    restarts,
)
from desktop.core.vocab import EventKind

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
EXCLUSION_REASONS = {"consultation": "征求意见", "fee": "收费通知至缴费"}

CONVENTION_COUNTING = (
    "期限自起算日的次日开始计算：第1日为起算日之后的第一个工作日，"
    "因此期限总是落在工作日；节假日、休息日收到的申请从其后第一个工作日开始计数。"
)
CONVENTION_RESTART = "收到补正后的申请，答复期限自收到之日起重新计算，此前已经过的期间不计入。"
CONVENTION_LATE_NOTICE = (
    f"【本软件约定】补正告知逾期：超过收到申请后{CORRECTION_NOTICE_DAYS}个工作日才发出的补正通知照常记录并标注"
    "“补正告知逾期”，但不中止、也不重新计算答复期限：期限仍自原收到申请之日起连续计算，"
    "以免逾期告知使已经逾期的申请变为按时。"
)
CONVENTION_CONSULTATION = (
    "【本软件约定】征求意见期间：发出征求意见之日计入期限，自其次日起至收到答复之日"
    f"（或{CONSULTATION_DAYS}个工作日届满之日，以先到者为准）止的工作日不计入；"
    "多项征求意见期间重叠的，只扣除一次。"
)
CONVENTION_FEE = (
    "【本软件约定】收费期间（相关条款未经核实）：自发出收费通知次日起至缴费之日止的工作日不计入；"
    f"申请人应在{FEE_PAYMENT_DAYS}个工作日内缴费，尚未缴费的暂按缴费期限届满之日扣除。"
)
CONVENTION_PROVISIONAL = (
    "标有“临时”的日期所在年份尚未载入国务院办公厅放假安排，暂按《全国年节及纪念日放假办法》"
    "（2024年修订）的法定节假日推算（不含调休），放假安排公布并录入后应重新核对。"
)
#: The mark after a deadline whose own date depends on a year without a loaded schedule.
PROVISIONAL_MARK = "（临时）"
LATE_NOTICE_MARK = "（补正告知逾期）"


def provisional_mark(provisional: bool) -> str:
    return PROVISIONAL_MARK if provisional else ""


@dataclass(frozen=True)
class ExplainedDay:
    """One calendar day of the count."""

    day: dt.date
    kind: DayKind
    festival: str
    number: int | None  # its number if counted (1 = first counted working day)
    excluded: str  # why a working day is not counted ("" if it is, or is no working day)
    provisional: bool
    marks: tuple[str, ...]


@dataclass(frozen=True)
class ExcludedInterval:
    """Working days strictly after ``after`` up to and including ``until`` are not counted."""

    after: dt.date
    until: dt.date
    reason: str  # Chinese
    working_days: int  # working days in the interval


@dataclass(frozen=True)
class Explanation:
    rule: Rule
    received_on: dt.date
    deadlines: Deadlines
    #: Corrected applications that restarted the clock.
    restarts: tuple[dt.date, ...]
    exclusions: tuple[ExcludedInterval, ...]
    days: tuple[ExplainedDay, ...]
    clock_stopped: bool
    provisional: bool
    conventions: tuple[str, ...]
    #: Corrected applications that answered a late notice and restarted nothing.
    ignored_restarts: tuple[dt.date, ...] = ()

    @property
    def rule_label(self) -> str:
        return self.rule.label

    @property
    def correction_notice_late(self) -> bool:
        return self.deadlines.correction_notice_late


def _intervals(found: Sequence[Exclusion], calendar: WorkCalendar) -> tuple[ExcludedInterval, ...]:
    return tuple(
        ExcludedInterval(
            e.after,
            e.until,
            EXCLUSION_REASONS.get(e.reason, e.reason),
            calendar.workdays_between(e.after, e.until),
        )
        for e in sorted(found, key=lambda e: (e.after, e.until))
    )


def _deadline_marks(deadlines: Deadlines) -> dict[dt.date, list[str]]:
    marks: dict[dt.date, list[str]] = {}

    def add(day: dt.date | None, text: str, field: str = "") -> None:
        if day is not None:
            marks.setdefault(day, []).append(
                text + provisional_mark(deadlines.is_provisional(field))
            )

    rule = deadlines.rule
    add(deadlines.start, "起算日（当日不计入）")
    add(deadlines.due, f"答复期限届满（第{rule.limit}个计入的工作日）", "due")
    extended = "延长后答复期限届满" + ("" if deadlines.extended else "（如延期）")
    add(deadlines.extended_due, extended, "extended_due")
    add(deadlines.manual_due, "另行确定的答复期限（第三十五条）")
    for c in deadlines.consultation_dues:
        text = f"征求意见答复期限届满（{c.sent_on.isoformat()}发出）"
        marks.setdefault(c.due, []).append(text + provisional_mark(c.provisional))
    add(deadlines.fee_payment_due, "缴费期限届满", "fee_payment_due")
    return marks


def _event_marks(events: Sequence[ClockEvent], deadlines: Deadlines) -> dict[dt.date, list[str]]:
    marks: dict[dt.date, list[str]] = {}
    late = set(deadlines.late_correction_notices)
    for event in ordered(events):
        if event.kind is not EventKind.RECEIVED:
            text = event.kind.label
            if event.kind is EventKind.CORRECTION_NOTICE and event.on in late:
                text += LATE_NOTICE_MARK
            marks.setdefault(event.on, []).append(text)
    return marks


def _excluded_reason(day: dt.date, intervals: Sequence[ExcludedInterval]) -> str:
    reasons = [i.reason for i in intervals if i.after < day <= i.until]
    return "、".join(dict.fromkeys(reasons))


def _last_day(deadlines: Deadlines) -> dt.date:
    candidates = [deadlines.extended_due, deadlines.due, deadlines.manual_due]
    candidates += [c.due for c in deadlines.consultation_dues]
    candidates.append(deadlines.fee_payment_due)
    return max(d for d in candidates if d is not None)


def _days(
    deadlines: Deadlines,
    events: Sequence[ClockEvent],
    intervals: Sequence[ExcludedInterval],
    calendar: WorkCalendar,
) -> tuple[ExplainedDay, ...]:
    deadline_marks, event_marks = _deadline_marks(deadlines), _event_marks(events, deadlines)
    result: list[ExplainedDay] = []
    number = 0
    day, last = deadlines.start, _last_day(deadlines)
    while day <= last:
        working = day > deadlines.start and calendar.is_workday(day)
        excluded = _excluded_reason(day, intervals) if working else ""
        if working and not excluded:
            number += 1
        marks = (*event_marks.get(day, ()), *deadline_marks.get(day, ()))
        result.append(
            ExplainedDay(
                day,
                calendar.day_kind(day),
                calendar.festival(day),
                number if working and not excluded else None,
                excluded,
                calendar.is_provisional(day),
                marks,
            )
        )
        day += dt.timedelta(days=1)
    return tuple(result)


def _conventions(
    explanation_intervals: Sequence[ExcludedInterval], provisional: bool, late_notice: bool
) -> list[str]:
    conventions = [CONVENTION_COUNTING, CONVENTION_RESTART]
    if late_notice:
        conventions.append(CONVENTION_LATE_NOTICE)
    reasons = {i.reason for i in explanation_intervals}
    if EXCLUSION_REASONS["consultation"] in reasons:
        conventions.append(CONVENTION_CONSULTATION)
    if EXCLUSION_REASONS["fee"] in reasons:
        conventions.append(CONVENTION_FEE)
    if provisional:
        conventions.append(CONVENTION_PROVISIONAL)
    return conventions


def explain(
    received_on: dt.date, events: Sequence[ClockEvent], calendar: WorkCalendar
) -> Explanation:
    """The full account of how the deadlines of this application were counted."""
    deadlines = compute_deadlines(received_on, events, calendar)
    intervals = _intervals(exclusions(events, calendar), calendar)
    days = _days(deadlines, events, intervals, calendar)
    provisional = bool(deadlines.provisional_dates) or any(d.provisional for d in days)
    effective, ignored = restarts(received_on, events, calendar)
    return Explanation(
        rule=deadlines.rule,
        received_on=received_on,
        deadlines=deadlines,
        restarts=effective,
        exclusions=intervals,
        days=days,
        clock_stopped=deadlines.effective_due is None,
        provisional=provisional,
        conventions=tuple(_conventions(intervals, provisional, deadlines.correction_notice_late)),
        ignored_restarts=ignored,
    )


def format_day(day: dt.date) -> str:
    """``2026-03-16（星期一）``."""
    return f"{day.isoformat()}（星期{WEEKDAYS[day.weekday()]}）"


def _day_line(day: ExplainedDay) -> str:
    kind = day.kind.label + (f"·{day.festival}" if day.festival else "")
    if day.provisional:
        kind += "·临时"
    if day.number is not None:
        count = f"第{day.number}日"
    elif day.excluded:
        count = f"不计入（{day.excluded}）"
    else:
        count = "—"
    marks = f"  ← {'；'.join(day.marks)}" if day.marks else ""
    return f"  {day.day.isoformat()} 周{WEEKDAYS[day.day.weekday()]} {kind} {count}{marks}"


def _dated(day: dt.date, provisional: bool) -> str:
    return format_day(day) + provisional_mark(provisional)


def _summary_lines(explanation: Explanation) -> list[str]:
    d = explanation.deadlines
    lines = [
        f"适用规则：{explanation.rule_label}",
        f"收到申请：{format_day(explanation.received_on)}",
        f"补正通知期限：{_dated(d.correction_notice_due, d.is_provisional('correction_notice_due'))}"
        f"（收到申请后第{CORRECTION_NOTICE_DAYS}个工作日，第三十条）",
    ]
    for late in d.late_correction_notices:
        lines.append(
            f"补正通知：{format_day(late)}发出，已超过补正通知期限{LATE_NOTICE_MARK}，"
            "答复期限不中止、不重新计算"
        )
    for restart in explanation.restarts:
        lines.append(f"收到补正材料：{format_day(restart)}，答复期限自此重新计算")
    for ignored in explanation.ignored_restarts:
        lines.append(
            f"收到补正材料：{format_day(ignored)}，因补正告知逾期，答复期限不重新计算，"
            "仍自收到申请之日起算"
        )
    lines += [
        f"答复期限：{_dated(d.due, d.is_provisional('due'))}（第{d.rule.limit}个计入的工作日）",
        f"延长后答复期限：{_dated(d.extended_due, d.is_provisional('extended_due'))}"
        + ("（已延期）" if d.extended else ""),
    ]
    if d.manual_due is not None:
        lines.append(f"另行确定的答复期限（第三十五条）：{format_day(d.manual_due)}")
    return lines


def _detail_lines(explanation: Explanation) -> list[str]:
    d, lines = explanation.deadlines, []
    for c in d.consultation_dues:
        replied = f"，{c.replied_on.isoformat()}收到答复" if c.replied_on else "，尚未答复"
        due = c.due.isoformat() + provisional_mark(c.provisional)
        lines.append(f"征求意见：{c.sent_on.isoformat()}发出，答复期限{due}{replied}")
    for i in explanation.exclusions:
        lines.append(
            f"不计入期间（{i.reason}）：{i.after.isoformat()}之后至{i.until.isoformat()}，"
            f"共{i.working_days}个工作日"
        )
    if d.fee_payment_due is not None:
        lines.append(f"缴费期限：{_dated(d.fee_payment_due, d.is_provisional('fee_payment_due'))}")
    if explanation.clock_stopped:
        lines.append("当前状态：已发出补正通知，等待补正，期限暂停计算")
    elif d.effective_due is not None:
        lines.append(f"当前适用的答复期限：{_dated(d.effective_due, d.effective_provisional)}")
    if d.effective_provisional:
        lines.append("注意：答复期限涉及尚未载入放假安排的年份，为临时推算")
    elif explanation.provisional:
        lines.append(
            "注意：标有“临时”的日期所在年份尚未载入放假安排，为临时推算；当前适用的答复期限不受影响"
        )
    return lines


def explanation_lines(explanation: Explanation) -> list[str]:
    """The explanation as readable Chinese lines: summary, day by day, conventions."""
    lines = _summary_lines(explanation) + _detail_lines(explanation)
    lines.append("逐日计算：")
    lines += [_day_line(day) for day in explanation.days]
    lines.append("计算说明：")
    lines += [f"  · {text}" for text in explanation.conventions]
    return lines
