"""Tests for desktop.core.statistics: table 三/四 and period figures, cell by cell."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.statistics import (
    COLUMNS,
    OUTCOMES,
    ZERO,
    AppealRecord,
    Counts,
    StatRecord,
    Table3,
    check_period,
    check_table3,
    period_label,
    period_statistics,
    quarter_bounds,
    table3,
    table4,
)
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome

D = dt.date
NP, BUS, RES, PUB, LAW, OTH = tuple(ApplicantType)

#: The 2021 format's rows, copied character for character from report-format.md.
ROWS_2021 = [
    ("一、本年新收政府信息公开申请数量", True),
    ("二、上年结转政府信息公开申请数量", True),
    ("三、本年度办理结果", False),
    ("（一）予以公开", True),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", True),
    ("（三）不予公开", False),
    ("1.属于国家秘密", True),
    ("2.其他法律行政法规禁止公开", True),
    ("3.危及“三安全一稳定”", True),
    ("4.保护第三方合法权益", True),
    ("5.属于三类内部事务信息", True),
    ("6.属于四类过程性信息", True),
    ("7.属于行政执法案卷", True),
    ("8.属于行政查询事项", True),
    ("（四）无法提供", False),
    ("1.本机关不掌握相关政府信息", True),
    ("2.没有现成信息需要另行制作", True),
    ("3.补正后申请内容仍不明确", True),
    ("（五）不予处理", False),
    ("1.信访举报投诉类申请", True),
    ("2.重复申请", True),
    ("3.要求提供公开出版物", True),
    ("4.无正当理由大量反复申请", True),
    ("5.要求行政机关确认或重新出具已获取信息", True),
    ("（六）其他处理", False),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", True),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", True),
    ("3.其他", True),
    ("（七）总计", True),
    ("四、结转下年度继续办理", True),
]
#: The 2019 trial format: （六）其他处理 is one data row without sub-rows.
ROWS_2019 = [*ROWS_2021[:24], ("（六）其他处理", True), *ROWS_2021[28:]]


def rec(
    applicant: ApplicantType,
    received: dt.date,
    closed: dt.date | None = None,
    outcome: Outcome | None = None,
    *,
    replied: bool | None = None,
    on_time: bool | None = None,
    channel: Channel = Channel.ONLINE,
    category: str = "行政许可",
) -> StatRecord:
    is_reply = outcome is not None and not outcome.value.startswith("other_")
    replied = is_reply if replied is None else replied
    if replied and on_time is None:
        on_time = True
    return StatRecord(applicant, channel, category, received, closed, outcome, on_time, replied)


def counts(**by_column: int) -> Counts:
    """Seven counts from keyword columns np/bus/res/pub/law/oth; total is computed."""
    order = ("np", "bus", "res", "pub", "law", "oth")
    values = [by_column.get(name, 0) for name in order]
    return (*values, sum(values))


def cells(table: Table3) -> dict[str, Counts]:
    return {row.key: row.values for row in table.data_rows()}


# --- table 三 ------------------------------------------------------------------------------

CROSS_YEAR = [
    rec(NP, D(2024, 12, 20), D(2025, 1, 10), Outcome.DISCLOSED),  # carried over, closed
    rec(BUS, D(2024, 11, 1), D(2024, 12, 1), Outcome.DISCLOSED),  # outside 2025
    rec(RES, D(2024, 12, 30)),  # carried over and forward
    rec(NP, D(2025, 3, 1), D(2025, 3, 20), Outcome.REFUSED_STATE_SECRET),
    rec(LAW, D(2025, 12, 20), D(2026, 1, 5), Outcome.DISCLOSED),  # closed next year
    rec(PUB, D(2025, 5, 5), D(2025, 5, 6), Outcome.OTHER_ABANDONED),
    rec(OTH, D(2026, 1, 2)),  # received after the year
    rec(NP, D(2024, 12, 31), D(2025, 1, 1), Outcome.OTHER_OTHER),  # closed on 1 January
    rec(BUS, D(2025, 7, 1), D(2025, 12, 31), Outcome.UNAVAILABLE_NOT_HELD),
    rec(BUS, D(2025, 2, 1), D(2025, 2, 3), Outcome.OTHER_UNPAID),
]


def test_table3_every_cell_with_carry_over_across_years() -> None:
    table = table3(CROSS_YEAR, 2025)
    expected = {row.key: ZERO for row in table.data_rows()}
    expected |= {
        "received": counts(np=1, bus=2, pub=1, law=1),
        "carried_over": counts(np=2, res=1),
        Outcome.DISCLOSED.value: counts(np=1),
        Outcome.REFUSED_STATE_SECRET.value: counts(np=1),
        Outcome.UNAVAILABLE_NOT_HELD.value: counts(bus=1),
        Outcome.OTHER_ABANDONED.value: counts(pub=1),
        Outcome.OTHER_UNPAID.value: counts(bus=1),
        Outcome.OTHER_OTHER.value: counts(np=1),
        "total_closed": counts(np=3, bus=2, pub=1),
        "carried_forward": counts(res=1, law=1),
    }
    assert cells(table) == expected
    assert check_table3(table) == []


def test_table3_next_year_carries_over_what_this_year_carried_forward() -> None:
    this_year, next_year = table3(CROSS_YEAR, 2025), table3(CROSS_YEAR, 2026)
    assert next_year.carried_over == this_year.carried_forward
    assert next_year.received == counts(oth=1)
    assert next_year.result(Outcome.DISCLOSED) == counts(law=1)
    assert next_year.carried_forward == counts(res=1, oth=1)


@pytest.mark.parametrize("outcome", OUTCOMES)
@pytest.mark.parametrize("applicant", list(ApplicantType))
def test_each_result_row_and_column(outcome: Outcome, applicant: ApplicantType) -> None:
    table = table3([rec(applicant, D(2023, 6, 1), D(2023, 6, 20), outcome)], 2023)
    column = list(ApplicantType).index(applicant)
    one = tuple(1 if i in (column, 6) else 0 for i in range(7))
    expected = {row.key: ZERO for row in table.data_rows()}
    expected |= {"received": one, outcome.value: one, "total_closed": one}
    assert cells(table) == expected
    assert check_table3(table) == []


def test_2020_uses_the_2019_trial_format() -> None:
    rows = table3([], 2020).rows()
    assert [(r.label, r.is_data) for r in rows] == ROWS_2019
    assert table3([], 2020).format_name == "国办公开办函〔2019〕60号"


def test_2021_uses_the_2021_format() -> None:
    rows = table3([], 2021).rows()
    assert [(r.label, r.is_data) for r in rows] == ROWS_2021
    assert all(r.values == () for r in rows if not r.is_data)
    assert all(len(r.values) == 7 for r in rows if r.is_data)


def test_2019_other_processing_row_merges_its_three_outcomes() -> None:
    records = [
        rec(NP, D(2020, 3, 2), D(2020, 4, 1), Outcome.OTHER_ABANDONED),
        rec(BUS, D(2020, 3, 2), D(2020, 4, 1), Outcome.OTHER_UNPAID),
        rec(NP, D(2020, 3, 2), D(2020, 4, 1), Outcome.OTHER_OTHER),
        rec(NP, D(2020, 3, 2), D(2020, 4, 1), Outcome.DISCLOSED),
    ]
    table = table3(records, 2020)
    assert cells(table)["other"] == counts(np=2, bus=1)
    assert table.result(Outcome.OTHER_ABANDONED) == counts(np=1)
    assert check_table3(table) == []


def test_check_table3_names_the_broken_balance() -> None:
    table = table3(CROSS_YEAR, 2025)
    broken = dataclasses.replace(table, carried_forward=counts(res=1, law=2))
    problems = check_table3(broken)
    assert len(problems) == 2  # the 法律服务机构 and 总计 columns
    assert problems[0].startswith("“法律服务机构”列：第一项加第二项之和为 1")
    assert "第三项（七）总计加第四项之和为 2" in problems[0]
    assert problems[1].startswith("“总计”列")


def test_check_table3_catches_a_total_that_is_not_the_sum_of_results() -> None:
    table = table3(CROSS_YEAR, 2025)
    results = list(table.results)
    results[0] = counts(np=2)
    problems = check_table3(dataclasses.replace(table, results=tuple(results)))
    assert problems == [
        "“自然人”列：（七）总计为 3，各项办理结果之和为 4，两者应相等",
        "“总计”列：（七）总计为 6，各项办理结果之和为 7，两者应相等",
    ]


def test_check_table3_catches_a_row_total_that_is_not_the_sum_of_columns() -> None:
    table = table3(CROSS_YEAR, 2025)
    wrong = (*table.received[:6], table.received[6] + 1)
    problems = check_table3(dataclasses.replace(table, received=wrong))
    assert (
        "“一、本年新收政府信息公开申请数量”：总计为 6，"
        "自然人与法人或其他组织各列之和为 5，两者应相等" in problems
    )


def test_closed_record_without_outcome_fails_the_check() -> None:
    bad = StatRecord(NP, Channel.POST, "", D(2025, 1, 5), D(2025, 2, 1), None, None, False)
    assert check_table3(table3([bad], 2025)) == [
        "“自然人”列：（七）总计为 1，各项办理结果之和为 0，两者应相等",
        "“总计”列：（七）总计为 1，各项办理结果之和为 0，两者应相等",
    ]


# --- table 四 ------------------------------------------------------------------------------


def test_table4_counts_by_kind_and_outcome_with_pending_cases() -> None:
    appeals = [
        AppealRecord(
            AppealKind.RECONSIDERATION, AppealOutcome.UPHELD, D(2025, 2, 1), D(2025, 5, 1)
        ),
        AppealRecord(
            AppealKind.RECONSIDERATION, AppealOutcome.CORRECTED, D(2025, 2, 1), D(2025, 5, 1)
        ),
        AppealRecord(AppealKind.RECONSIDERATION, AppealOutcome.PENDING, D(2025, 11, 1)),
        # decided next year: still pending at the end of 2025
        AppealRecord(
            AppealKind.LITIGATION_DIRECT, AppealOutcome.OTHER, D(2025, 6, 1), D(2026, 2, 1)
        ),
        # filed last year, decided this year
        AppealRecord(
            AppealKind.LITIGATION_AFTER_RECONSIDERATION,
            AppealOutcome.CORRECTED,
            D(2024, 10, 1),
            D(2025, 3, 1),
        ),
        # decided last year: not in 2025
        AppealRecord(
            AppealKind.LITIGATION_DIRECT, AppealOutcome.UPHELD, D(2024, 1, 1), D(2024, 6, 1)
        ),
        # filed next year
        AppealRecord(AppealKind.RECONSIDERATION, AppealOutcome.PENDING, D(2026, 1, 5)),
    ]
    table = table4(appeals, 2025)
    assert table.values() == (1, 1, 0, 1, 3, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1)
    # the 2025-11-01 case is still pending in 2026, beside the new one
    assert table4(appeals, 2026).values() == (0, 0, 0, 2, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0)
    assert table.block(AppealKind.LITIGATION_DIRECT) == (0, 0, 0, 1, 1)


# --- periods -------------------------------------------------------------------------------


def test_quarters_carry_over_and_add_up_to_the_year() -> None:
    records = [
        rec(NP, D(2024, 12, 30), D(2025, 1, 3), Outcome.DISCLOSED),
        rec(BUS, D(2025, 3, 28), D(2025, 4, 2), Outcome.PARTLY_DISCLOSED),
        rec(RES, D(2025, 3, 31)),
        rec(NP, D(2025, 6, 30), D(2025, 7, 1), Outcome.NOT_PROCESSED_REPEATED),
        rec(NP, D(2025, 9, 30), D(2025, 9, 30), Outcome.OTHER_OTHER),
        rec(OTH, D(2025, 10, 1), D(2025, 12, 31), Outcome.REFUSED_PROCESS_INFO),
    ]
    quarters = [
        period_statistics(records, *quarter_bounds(2025, q), agency="某局") for q in range(1, 5)
    ]
    q1, q2, q3, q4 = quarters
    assert q1.received == counts(bus=1, res=1)
    assert q1.carried_over == counts(np=1)
    assert q1.closed == counts(np=1)
    assert q1.carried_forward == counts(bus=1, res=1)
    assert q2.carried_over == q1.carried_forward
    assert q2.received == counts(np=1)
    assert q2.closed == counts(bus=1)
    assert q2.carried_forward == counts(res=1, np=1)
    assert q3.carried_over == q2.carried_forward
    assert q3.received == counts(np=1)
    assert q3.result(Outcome.NOT_PROCESSED_REPEATED) == counts(np=1)
    assert q3.result(Outcome.OTHER_OTHER) == counts(np=1)
    assert q3.carried_forward == counts(res=1)
    assert q4.carried_over == q3.carried_forward
    assert q4.carried_forward == counts(res=1)
    year = table3(records, 2025)
    for i in range(len(OUTCOMES)):
        summed = tuple(sum(q.results[i][c] for q in quarters) for c in range(7))
        assert summed == year.results[i]
    assert tuple(sum(q.received[c] for q in quarters) for c in range(7)) == year.received
    assert all(check_period(q) == [] for q in quarters)


def test_period_channels_groups_and_categories() -> None:
    records = [
        rec(NP, D(2025, 1, 6), channel=Channel.POST, category="事故调查"),
        rec(NP, D(2025, 1, 7), channel=Channel.POST, category="安全生产执法"),
        rec(BUS, D(2025, 1, 8), D(2025, 1, 9), Outcome.REFUSED_THIRD_PARTY, category="事故调查"),
        rec(BUS, D(2025, 1, 8), D(2025, 1, 9), Outcome.REFUSED_STATE_SECRET, category=""),
        rec(NP, D(2024, 1, 8), channel=Channel.FAX, category="不计入"),  # carried over only
    ]
    stats = period_statistics(records, D(2025, 1, 1), D(2025, 1, 31), agency="某局")
    assert dict(stats.received_by_channel) == {
        Channel.IN_PERSON: 0,
        Channel.POST: 2,
        Channel.ONLINE: 2,
        Channel.EMAIL: 0,
        Channel.FAX: 0,
        Channel.OTHER: 0,
    }
    assert [c for c, _ in stats.received_by_channel] == list(Channel)
    assert stats.categories == (("事故调查", 2), ("安全生产执法", 1), ("未分类", 1))
    groups = {g.value: v for g, v in stats.closed_by_group}
    assert groups["refused"] == counts(bus=2)
    assert groups["disclosed"] == ZERO
    assert stats.label == "2025年1月1日至2025年1月31日"
    assert stats.agency == "某局"


def on_time_records(on_time: int, late: int, *, unknown: int = 0) -> list[StatRecord]:
    day, closed = D(2025, 4, 1), D(2025, 4, 20)
    return [
        *(rec(NP, day, closed, Outcome.DISCLOSED, on_time=True) for _ in range(on_time)),
        *(rec(NP, day, closed, Outcome.DISCLOSED, on_time=False) for _ in range(late)),
        *(
            StatRecord(NP, Channel.EMAIL, "", day, closed, Outcome.DISCLOSED, None, True)
            for _ in range(unknown)
        ),
        rec(NP, day, closed, Outcome.OTHER_ABANDONED),  # outside the denominator
        rec(NP, day, closed, Outcome.OTHER_OTHER),  # withdrawal: outside too
    ]


@pytest.mark.parametrize(
    ("on_time", "late", "unknown", "text"),
    [
        (1, 6, 0, "14.29%"),
        (0, 0, 0, "—"),
        (1, 31, 0, "3.13%"),  # 3.125 rounds half up
        (2, 1, 0, "66.67%"),
        (3, 0, 0, "100.00%"),
        (0, 2, 0, "0.00%"),
        (1, 0, 1, "50.00%"),  # a reply without an on-time judgement counts as not on time
    ],
)
def test_on_time_rate(on_time: int, late: int, unknown: int, text: str) -> None:
    records = on_time_records(on_time, late, unknown=unknown)
    stats = period_statistics(records, *quarter_bounds(2025, 2), agency="")
    assert stats.rate_text == text
    assert stats.replies == on_time + late + unknown
    assert (stats.on_time_rate is None) == (text == "—")


def test_replies_outside_the_period_do_not_count_towards_the_rate() -> None:
    records = [rec(NP, D(2025, 3, 1), D(2025, 3, 10), Outcome.DISCLOSED, on_time=False)]
    assert period_statistics(records, *quarter_bounds(2025, 2), agency="").rate_text == "—"


def test_check_period_catches_a_broken_balance() -> None:
    stats = period_statistics(CROSS_YEAR, D(2025, 1, 1), D(2025, 12, 31), agency="")
    assert check_period(stats) == []
    broken = dataclasses.replace(stats, closed=counts(np=3, bus=2, pub=2))
    problems = check_period(broken)
    assert (
        problems[0]
        == "“社会公益组织”列：本期新收加上期结转之和为 1，本期办结加结转下期之和为 2，两者应相等"
    )


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (D(2025, 1, 1), D(2025, 3, 31), "2025年第一季度"),
        (D(2024, 4, 1), D(2024, 6, 30), "2024年第二季度"),
        (D(2025, 7, 1), D(2025, 9, 30), "2025年第三季度"),
        (D(2025, 10, 1), D(2025, 12, 31), "2025年第四季度"),
        (D(2025, 1, 1), D(2025, 12, 31), "2025年度"),
        (D(2025, 1, 1), D(2025, 6, 30), "2025年1月1日至2025年6月30日"),
        (D(2024, 12, 1), D(2025, 1, 31), "2024年12月1日至2025年1月31日"),
    ],
)
def test_period_label(start: dt.date, end: dt.date, label: str) -> None:
    assert period_label(start, end) == label


def test_quarter_bounds_refuses_a_fifth_quarter() -> None:
    with pytest.raises(ValueError, match="季度"):
        quarter_bounds(2025, 5)


def test_period_refuses_an_end_before_its_start() -> None:
    with pytest.raises(ValueError, match="结束日期"):
        period_statistics([], D(2025, 2, 1), D(2025, 1, 1), agency="")


def test_columns_are_the_national_headings() -> None:
    assert COLUMNS == (
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    )
