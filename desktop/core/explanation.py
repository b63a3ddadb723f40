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
)
from desktop.core.vocab import EventKind

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
EXCLUSION_REASONS = {"consultation": "征求意见", "fee": "收费通知至缴费"}

CONVENTION_COUNTING = (
    "期限自起算日的次日开始计算：第1日为起算日之后的第一个工作日，"
    "因此期限总是落在工作日；节假日、休息日收到的申请从其后第一个工作日开始计数。"
)
CONVENTION_RESTART = "收到补正后的申请，答复期限自收到之日起重新计算，此前已经过的期间不计入。"
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
    restarts: tuple[dt.date, ...]
    exclusions: tuple[ExcludedInterval, ...]
    days: tuple[ExplainedDay, ...]
    clock_stopped: bool
    provisional: bool
    conventions: tuple[str, ...]

    @property
    def rule_label(self) -> str:
        return self.rule.label


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

    def add(day: dt.date | None, text: str) -> None:
        if day is not None:
            marks.setdefault(day, []).append(text)

    rule = deadlines.rule
    add(deadlines.start, "起算日（当日不计入）")
    add(deadlines.due, f"答复期限届满（第{rule.limit}个计入的工作日）")
    add(deadlines.extended_due, "延长后答复期限届满" + ("" if deadlines.extended else "（如延期）"))
    add(deadlines.manual_due, "另行确定的答复期限（第三十五条）")
    for c in deadlines.consultation_dues:
        add(c.due, f"征求意见答复期限届满（{c.sent_on.isoformat()}发出）")
    add(deadlines.fee_payment_due, "缴费期限届满")
    return marks


def _event_marks(events: Sequence[ClockEvent]) -> dict[dt.date, list[str]]:
    marks: dict[dt.date, list[str]] = {}
    for event in ordered(events):
        if event.kind is not EventKind.RECEIVED:
            marks.setdefault(event.on, []).append(event.kind.label)
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
    deadline_marks, event_marks = _deadline_marks(deadlines), _event_marks(events)
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


def _conventions(explanation_intervals: Sequence[ExcludedInterval], provisional: bool) -> list[str]:
    conventions = [CONVENTION_COUNTING, CONVENTION_RESTART]
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
    provisional = deadlines.provisional or any(d.provisional for d in days)
    restarts = tuple(e.on for e in ordered(events) if e.kind is EventKind.CORRECTION_RECEIVED)
    return Explanation(
        rule=deadlines.rule,
        received_on=received_on,
        deadlines=deadlines,
        restarts=restarts,
        exclusions=intervals,
        days=days,
        clock_stopped=deadlines.effective_due is None,
        provisional=provisional,
        conventions=tuple(_conventions(intervals, provisional)),
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


def _summary_lines(explanation: Explanation) -> list[str]:
    d = explanation.deadlines
    lines = [
        f"适用规则：{explanation.rule_label}",
        f"收到申请：{format_day(explanation.received_on)}",
        f"补正通知期限：{format_day(d.correction_notice_due)}"
        f"（收到申请后第{CORRECTION_NOTICE_DAYS}个工作日，第三十条）",
    ]
    for restart in explanation.restarts:
        lines.append(f"收到补正材料：{format_day(restart)}，答复期限自此重新计算")
    lines += [
        f"答复期限：{format_day(d.due)}（第{d.rule.limit}个计入的工作日）",
        f"延长后答复期限：{format_day(d.extended_due)}" + ("（已延期）" if d.extended else ""),
    ]
    if d.manual_due is not None:
        lines.append(f"另行确定的答复期限（第三十五条）：{format_day(d.manual_due)}")
    return lines


def _detail_lines(explanation: Explanation) -> list[str]:
    d, lines = explanation.deadlines, []
    for c in d.consultation_dues:
        replied = f"，{c.replied_on.isoformat()}收到答复" if c.replied_on else "，尚未答复"
        lines.append(f"征求意见：{c.sent_on.isoformat()}发出，答复期限{c.due.isoformat()}{replied}")
    for i in explanation.exclusions:
        lines.append(
            f"不计入期间（{i.reason}）：{i.after.isoformat()}之后至{i.until.isoformat()}，"
            f"共{i.working_days}个工作日"
        )
    if d.fee_payment_due is not None:
        lines.append(f"缴费期限：{format_day(d.fee_payment_due)}")
    if explanation.clock_stopped:
        lines.append("当前状态：已发出补正通知，等待补正，期限暂停计算")
    elif d.effective_due is not None:
        lines.append(f"当前适用的答复期限：{format_day(d.effective_due)}")
    if d.provisional:
        lines.append("注意：答复期限涉及尚未载入放假安排的年份，为临时推算")
    elif explanation.provisional:
        lines.append(
            "注意：表中部分日期（如延长后期限）所在年份尚未载入放假安排，为临时推算；"
            "当前适用的答复期限不受影响"
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
