"""Tests for desktop.core.explanation: the day-by-day account and its Chinese lines."""

from __future__ import annotations

import datetime as dt

from desktop.core.calendar import DayKind, WorkCalendar
from desktop.core.deadlines import ClockEvent
from desktop.core.explanation import (
    CONVENTION_CONSULTATION,
    CONVENTION_FEE,
    CONVENTION_LATE_NOTICE,
    CONVENTION_PROVISIONAL,
    explain,
    explanation_lines,
)
from desktop.core.vocab import EventKind
from desktop.paths import resource
from desktop.services.calendar import parse_holiday_csv

D = dt.date
K = EventKind
DAYS = parse_holiday_csv(resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8"))
CAL = WorkCalendar(DAYS, {d.day.year for d in DAYS})


def test_example_a_day_by_day() -> None:
    explanation = explain(D(2026, 2, 10), [], CAL)
    by_day = {d.day: d for d in explanation.days}
    assert explanation.days[0].day == D(2026, 2, 10)
    assert explanation.days[-1].day == D(2026, 4, 14)
    assert by_day[D(2026, 2, 14)].kind is DayKind.MAKEUP_WORKDAY
    assert by_day[D(2026, 2, 14)].number == 4
    assert by_day[D(2026, 2, 17)].kind is DayKind.HOLIDAY
    assert by_day[D(2026, 2, 17)].festival == "春节"
    assert by_day[D(2026, 2, 17)].number is None
    assert by_day[D(2026, 3, 16)].number == 20
    assert any("答复期限届满" in m for m in by_day[D(2026, 3, 16)].marks)
    assert by_day[D(2026, 4, 14)].number == 40
    assert not explanation.provisional
    assert explanation.rule.limit == 20
    assert "条例" in explanation.rule_label


def test_counted_numbers_match_the_deadlines() -> None:
    events = [
        ClockEvent(K.CONSULTATION_SENT, D(2026, 3, 5), {}, 1),
        ClockEvent(K.CONSULTATION_REPLIED, D(2026, 3, 12), {"consultation": 1}),
        ClockEvent(K.FEE_NOTICE, D(2026, 3, 20)),
        ClockEvent(K.FEE_PAID, D(2026, 3, 25)),
    ]
    explanation = explain(D(2026, 3, 2), events, CAL)
    numbered = {d.number: d.day for d in explanation.days if d.number is not None}
    assert numbered[20] == explanation.deadlines.due
    assert numbered[40] == explanation.deadlines.extended_due
    excluded = [d for d in explanation.days if d.excluded]
    assert {d.excluded for d in excluded} == {"征求意见", "收费通知至缴费"}
    assert len(excluded) == sum(i.working_days for i in explanation.exclusions) == 5 + 3
    assert CONVENTION_CONSULTATION in explanation.conventions
    assert CONVENTION_FEE in explanation.conventions


def test_restart_marks_and_correction_notice() -> None:
    events = [
        ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 9), {"period_days": 10}),
        ClockEvent(K.CORRECTION_RECEIVED, D(2026, 3, 2)),
    ]
    explanation = explain(D(2026, 2, 5), events, CAL)
    assert explanation.restarts == (D(2026, 3, 2),)
    assert explanation.days[0].day == D(2026, 3, 2)
    assert "收到补正材料" in explanation.days[0].marks
    lines = explanation_lines(explanation)
    assert any("补正通知期限：2026-02-14" in line for line in lines)
    assert any("重新计算" in line for line in lines)


def test_clock_stopped_is_said() -> None:
    events = [ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 9), {"period_days": 10})]
    explanation = explain(D(2026, 2, 5), events, CAL)
    assert explanation.clock_stopped
    assert any("暂停计算" in line for line in explanation_lines(explanation))


def test_provisional_days_are_marked() -> None:
    explanation = explain(D(2027, 3, 15), [], CAL)
    assert explanation.provisional
    qingming = next(d for d in explanation.days if d.day == D(2027, 4, 5))
    assert qingming.kind is DayKind.PROVISIONAL_HOLIDAY
    assert qingming.provisional
    lines = explanation_lines(explanation)
    assert CONVENTION_PROVISIONAL in "".join(lines)
    assert any("2027-04-05 周一 法定节假日（临时推定）·清明节·临时" in line for line in lines)


def test_lines_are_readable_chinese() -> None:
    lines = explanation_lines(explain(D(2026, 2, 10), [], CAL))
    assert lines[0].startswith("适用规则：")
    assert "答复期限：2026-03-16（星期一）（第20个计入的工作日）" in lines
    assert any(line.strip().startswith("2026-02-14 周六 调休上班·春节 第4日") for line in lines)
    assert "计算说明：" in lines


def test_the_note_says_which_dates_are_provisional() -> None:
    """A deadline in a loaded year is not presented as provisional because of a later date."""
    only_2026 = WorkCalendar([], range(2004, 2027))
    early = explanation_lines(explain(dt.date(2026, 11, 20), [], only_2026))
    assert not any("答复期限涉及" in line for line in early)
    assert any("当前适用的答复期限不受影响" in line for line in early)
    late = explanation_lines(explain(dt.date(2026, 12, 18), [], only_2026))
    assert any("答复期限涉及尚未载入放假安排的年份" in line for line in late)


def test_late_correction_notice_is_explained() -> None:
    # Received 2026-02-05: notice due 02-14; sent 02-24 (late), corrected 03-02.
    events = [
        ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 24), {"period_days": 10}),
        ClockEvent(K.CORRECTION_RECEIVED, D(2026, 3, 2)),
    ]
    explanation = explain(D(2026, 2, 5), events, CAL)
    by_day = {d.day: d for d in explanation.days}
    assert explanation.correction_notice_late
    assert (explanation.restarts, explanation.ignored_restarts) == ((), (D(2026, 3, 2),))
    assert CONVENTION_LATE_NOTICE in explanation.conventions
    assert "发出补正通知（补正告知逾期）" in by_day[D(2026, 2, 24)].marks
    assert by_day[D(2026, 3, 11)].number == 20  # counted on from receipt
    lines = explanation_lines(explanation)
    assert "收到补正材料：2026-03-02（星期一），答复期限自此重新计算" not in lines
    assert any(
        line.startswith("收到补正材料：2026-03-02") and "不重新计算" in line for line in lines
    )


def test_notice_in_time_has_no_late_convention() -> None:
    events = [
        ClockEvent(K.CORRECTION_NOTICE, D(2026, 2, 14), {"period_days": 10}),
        ClockEvent(K.CORRECTION_RECEIVED, D(2026, 3, 2)),
    ]
    explanation = explain(D(2026, 2, 5), events, CAL)
    assert explanation.restarts == (D(2026, 3, 2),)
    assert CONVENTION_LATE_NOTICE not in explanation.conventions


def test_only_provisional_dates_are_marked() -> None:
    # Received 2026-12-01: due 2026-12-29 (loaded year), extended 2027-01-27 (not loaded).
    explanation = explain(D(2026, 12, 1), [], CAL)
    by_day = {d.day: d for d in explanation.days}
    assert "答复期限届满（第20个计入的工作日）" in by_day[D(2026, 12, 29)].marks
    assert "延长后答复期限届满（如延期）（临时）" in by_day[D(2027, 1, 27)].marks
    lines = explanation_lines(explanation)
    assert "补正通知期限：2026-12-10（星期四）（收到申请后第7个工作日，第三十条）" in lines
    assert "延长后答复期限：2027-01-27（星期三）（临时）" in lines
