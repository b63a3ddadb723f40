"""The whole annual report's pure parts: table 二, fees, the drafted summary, the outline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.core.annual import (
    MISSING,
    AnnualDraft,
    AnnualReport,
    BlockKind,
    CellKind,
    Chapter,
    FeeEvent,
    FeeSummary,
    Part,
    applications_draft,
    fee_statement,
    fee_summary,
    parse_cell,
    parse_table2_csv,
    report_outline,
    table2_cells,
    table2_csv,
    validate_table2,
)
from desktop.core.statistics import AppealRecord, StatRecord, table3, table4
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome

D = dt.date


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (CellKind.COUNT, " 12 ", "12"),
        (CellKind.COUNT, "1,200", "1200"),
        (CellKind.COUNT, "", ""),
        (CellKind.DELTA, "-3", "-3"),
        (CellKind.AMOUNT, "12.5", "12.5"),
        (CellKind.AMOUNT, "0", "0"),
    ],
)
def test_cells_are_normalised(kind: CellKind, text: str, expected: str) -> None:
    assert parse_cell(kind, text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (CellKind.COUNT, "abc", "不是数字"),
        (CellKind.COUNT, "-1", "不能为负数"),
        (CellKind.COUNT, "1.5", "应为整数"),
        (CellKind.AMOUNT, "-2", "不能为负数"),
        (CellKind.AMOUNT, "1.23456", "四位小数"),
    ],
)
def test_bad_cells_are_refused_in_chinese(kind: CellKind, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_cell(kind, text)


def test_table2_layouts_follow_the_report_year() -> None:
    cells_2021 = [key for key, _ in table2_cells(2021)]
    cells_2020 = [key for key, _ in table2_cells(2020)]
    assert cells_2021[0] == ("规章", "本年制发件数")
    assert ("行政事业性收费", "本年收费金额（单位：万元）") in cells_2021
    assert len(cells_2021) == 10
    assert ("规范性文件", "本年新制作数量") in cells_2020
    assert ("政府集中采购", "采购总金额") in cells_2020
    assert ("政府集中采购", "采购总金额") not in cells_2021


def test_unknown_cells_are_problems() -> None:
    values, problems = validate_table2(2025, {("规章", "本年制发件数"): "2", ("x", "y"): "1"})
    assert values == {("规章", "本年制发件数"): "2"}
    assert problems == ["表二没有“x／y”一格"]


def test_table2_csv_round_trips() -> None:
    cells = {("规章", "本年制发件数"): "2", ("行政事业性收费", "本年收费金额（单位：万元）"): "3.5"}
    text = table2_csv(2025, cells)
    assert text.splitlines()[0] == "条款,信息内容,栏目,数值"
    assert len(text.splitlines()) == 1 + 10
    assert parse_table2_csv(2025, "\ufeff" + text) == (cells, [])


def test_table2_csv_with_a_wrong_heading_is_refused() -> None:
    assert parse_table2_csv(2025, "a,b,c,d\r\n")[1] == [
        "表二文件的第一行应为：条款,信息内容,栏目,数值"
    ]


def test_fee_summary_counts_notices_and_payments_of_the_year() -> None:
    events = [
        FeeEvent(1, D(2024, 12, 20), paid=False, amount=Decimal(100)),
        FeeEvent(1, D(2025, 1, 6), paid=True),  # paid in 2025 for a 2024 notice
        FeeEvent(2, D(2025, 3, 1), paid=False, amount=Decimal("200.50")),
        FeeEvent(2, D(2025, 3, 10), paid=True),
        FeeEvent(3, D(2025, 11, 1), paid=False, amount=Decimal(400)),  # never paid
        FeeEvent(4, D(2026, 1, 2), paid=False, amount=Decimal(999)),  # next year
    ]
    assert fee_summary(events, 2025) == FeeSummary(2025, 2, Decimal("600.50"), 2, Decimal("300.50"))


def test_fee_statement_states_counts_and_amounts_or_none() -> None:
    charged = fee_statement(FeeSummary(2025, 2, Decimal(600), 1, Decimal(200)))
    assert "共对2件政府信息公开申请发出收费通知" in charged
    assert "共计600.00元" in charged
    assert "实际收取1件申请的信息处理费，共计200.00元" in charged
    none = fee_statement(FeeSummary(2025, 0, Decimal(0), 0, Decimal(0)))
    assert none == "本年度本机关未向申请人发出收费通知，未收取信息处理费。"
    unpaid = fee_statement(FeeSummary(2025, 1, Decimal(100), 0, Decimal(0)))
    assert unpaid.endswith("本年度实际未收取信息处理费。")


def _records(year: int) -> list[StatRecord]:
    def rec(received: dt.date, closed: dt.date | None, outcome: Outcome | None) -> StatRecord:
        replied = outcome is not None and not outcome.value.startswith("other_")
        return StatRecord(
            ApplicantType.NATURAL_PERSON,
            Channel.ONLINE,
            "",
            received,
            closed,
            outcome,
            True,
            replied,
        )

    return [
        rec(D(year - 1, 12, 20), D(year, 1, 10), Outcome.DISCLOSED),
        rec(D(year, 2, 1), D(year, 2, 20), Outcome.DISCLOSED),
        rec(D(year, 3, 1), D(year, 3, 20), Outcome.UNAVAILABLE_NOT_HELD),
        rec(D(year, 12, 28), None, None),
    ]


def test_applications_draft_reads_the_figures() -> None:
    t3 = table3(_records(2025), 2025)
    appeal = AppealRecord(AppealKind.RECONSIDERATION, AppealOutcome.PENDING, D(2025, 5, 1))
    text = applications_draft(t3, table4([appeal], 2025), on_time=2, replies=3)
    assert text == (
        "依申请公开方面，本年度本机关新收政府信息公开申请3件，上年结转1件，共办结3件，"
        "结转下年度继续办理1件。办结的申请中，予以公开2件，无法提供1件。"
        "以答复方式办结的3件申请中，在法定期限内答复2件，按时办结率66.67%。"
        "因政府信息公开引发行政复议1件、行政诉讼0件。"
    )


def _report(year: int, draft: AnnualDraft) -> AnnualReport:
    return AnnualReport(
        agency="某某局",
        year=year,
        draft=draft,
        table3=table3(_records(year), year),
        table4=table4([], year),
        fees=FeeSummary(year, 0, Decimal(0), 0, Decimal(0)),
        applications_text="依申请公开方面……",
        applications_drafted=True,
        published_on=D(year + 1, 1, 20),
    )


@pytest.mark.parametrize("year", [2020, 2025])
def test_outline_has_the_six_chapters_in_national_order(year: int) -> None:
    blocks = report_outline(_report(year, AnnualDraft(year)))
    headings = [b.text for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [c.value for c in Chapter]
    kinds = [b.kind for b in blocks if b.kind.value.startswith("table")]
    assert kinds == [BlockKind.TABLE2, BlockKind.TABLE3, BlockKind.TABLE4]
    assert blocks[0].text == f"某某局{year}年政府信息公开工作年度报告"
    intro = blocks[2].text
    assert ("国办公开办函〔2021〕30号" in intro) is (year >= 2021)
    assert ("年度报告格式（试行）》" in intro) is (year < 2021)


def test_empty_parts_print_as_missing_and_are_listed() -> None:
    draft = AnnualDraft(2025, {Part.PROBLEMS: "问题一\n\n问题二"})
    blocks = report_outline(_report(2025, draft))
    missing = [b for b in blocks if b.missing]
    assert [b.text for b in missing] == [MISSING, MISSING]  # chapters 一 and 六
    assert [b.text for b in blocks if b.text.startswith("问题")] == ["问题一", "问题二"]
    assert draft.missing_parts() == [Part.OVERVIEW, Part.TABLE2, Part.OTHER]
    assert blocks[-1].text == "本年度本机关未向申请人发出收费通知，未收取信息处理费。"
