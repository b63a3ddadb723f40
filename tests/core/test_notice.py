"""Tests for desktop.core.notice: notices of four styles reproduce the shipped calendar exactly.

The 2026 notice is the published text. 2015, 2020 and 2023 were written for these
tests from the shipped calendar in the styles of their years: 2015 has
``放假，X月X日（星期一）补休`` / ``与周末连休`` / a one-off commemoration day; 2020
is the schedule as amended by 国办发明电〔2020〕1号 (Spring Festival extended to
02-02 across the month, the 02-01 make-up day cancelled), as the calendar ships it;
2023 has a range crossing the year (``12月31日（周六）至1月2日（周一）``) and a
lunar note without a weekday.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.notice import NoticeError, parse_notice
from desktop.paths import resource
from desktop.services.calendar import parse_holiday_csv

NOTICES = Path(__file__).parent / "notices"
D = dt.date


def _shipped(first: dt.date, last: dt.date) -> tuple[list[dt.date], list[dt.date]]:
    days = parse_holiday_csv(resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8"))
    wanted = [d for d in days if first <= d.day <= last]
    return (
        [d.day for d in wanted if d.kind == "holiday"],
        [d.day for d in wanted if d.kind == "workday"],
    )


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [
        (2026, D(2026, 1, 1), D(2026, 12, 31)),
        (2015, D(2015, 1, 1), D(2015, 12, 31)),
        (2020, D(2020, 1, 1), D(2020, 12, 31)),
        # 元旦 2023 starts on 2022-12-31; 2023-12-30/31 belong to the 2024 notice.
        (2023, D(2022, 12, 31), D(2023, 12, 29)),
    ],
)
def test_notice_gives_every_day_of_the_shipped_calendar(
    year: int, first: dt.date, last: dt.date
) -> None:
    parsed = parse_notice((NOTICES / f"{year}.txt").read_text(encoding="utf-8"), year)
    days_off, workdays = _shipped(first, last)
    assert list(parsed.days_off) == days_off
    assert list(parsed.make_up_workdays) == workdays


def test_blocks_keep_the_festival_names() -> None:
    parsed = parse_notice((NOTICES / "2026.txt").read_text(encoding="utf-8"), 2026)
    assert [b.festival for b in parsed.blocks] == [
        "元旦",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "中秋节",
        "国庆节",
    ]
    spring = parsed.blocks[1]
    assert spring.days_off == tuple(D(2026, 2, 15) + dt.timedelta(n) for n in range(9))
    assert spring.make_up_workdays == (D(2026, 2, 14), D(2026, 2, 28))


def test_json_shape_uses_iso_dates() -> None:
    parsed = parse_notice(
        "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", 2026
    )
    assert parsed.as_json() == {
        "year": 2026,
        "days_off": ["2026-01-01", "2026-01-02", "2026-01-03"],
        "make_up_workdays": ["2026-01-04"],
    }


def test_full_width_digits_and_half_width_colon_are_read() -> None:
    parsed = parse_notice("一、元旦:１月１日放假，与周末连休。", 2016)
    assert parsed.days_off == (D(2016, 1, 1),)


@pytest.mark.parametrize(
    ("text", "line_number", "reason"),
    [
        ("一、元旦：1月1日（周五）至3日放假调休，共3天。", 1, "星期"),  # 2026-01-01 is a Thursday
        ("标题\n\n一、元旦：1月1日至3日放假调休，共4天。", 3, "共4天"),
        ("一、元旦：1月1日至3日放假。\n二、春节：2月15日至2月17日休息。", 2, "不能理解"),
        ("一、元旦：1月1日放假。1月4日（周一）上班。", 1, "星期"),
        ("一、元旦：1月1日放假。1月5日上班。", 1, "不是周六或周日"),
        ("一、元旦：2月30日放假。", 1, "不是有效日期"),
        ("一、元旦：1月1日放假。\n二、春节：1月1日放假。", 2, "已经出现"),
        ("元旦放假1月1日至3日", 1, "格式"),
        ("通知\n各部门：\n请做好值班。", 3, "没有找到"),
        ("一、元旦：5日放假。", 1, "缺少月份"),
        ("一、元旦：另行通知。", 1, "没有日期"),
    ],
)
def test_unreadable_text_is_refused_with_the_line(text: str, line_number: int, reason: str) -> None:
    with pytest.raises(NoticeError) as refused:
        parse_notice(text, 2026)
    assert refused.value.line_number == line_number
    assert reason in str(refused.value)
    assert str(refused.value).startswith(f"第{line_number}行")
