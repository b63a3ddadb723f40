"""Tests for desktop.reports.tables: CSV text and the XLSX workbook read back."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from desktop.core.statistics import AppealRecord, StatRecord, Table3, table3, table4
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome
from desktop.reports.tables import annual_xlsx, table3_csv, table3_csv_bytes

D = dt.date
NP, BUS = ApplicantType.NATURAL_PERSON, ApplicantType.BUSINESS


def _rec(
    applicant: ApplicantType, received: dt.date, closed: dt.date | None, outcome: Outcome | None
) -> StatRecord:
    replied = outcome is not None and not outcome.value.startswith("other_")
    return StatRecord(applicant, Channel.ONLINE, "", received, closed, outcome, True, replied)


def _table(year: int) -> Table3:
    records = [
        _rec(NP, D(year - 1, 12, 28), D(year, 1, 8), Outcome.DISCLOSED),
        _rec(NP, D(year, 3, 1), D(year, 3, 9), Outcome.DISCLOSED),
        _rec(BUS, D(year, 3, 1), D(year, 3, 9), Outcome.REFUSED_THREE_SAFETIES),
        _rec(BUS, D(year, 5, 1), D(year, 5, 9), Outcome.OTHER_UNPAID),
        _rec(NP, D(year, 6, 1), D(year, 6, 9), Outcome.OTHER_OTHER),
        _rec(ApplicantType.OTHER, D(year, 12, 30), None, None),
    ]
    return table3(records, year)


EXPECTED_2020 = (
    "项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\r\n"
    "一、本年新收政府信息公开申请数量,2,2,0,0,0,1,5\r\n"
    "二、上年结转政府信息公开申请数量,1,0,0,0,0,0,1\r\n"
    "（一）予以公开,2,0,0,0,0,0,2\r\n"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）,0,0,0,0,0,0,0\r\n"
    "1.属于国家秘密,0,0,0,0,0,0,0\r\n"
    "2.其他法律行政法规禁止公开,0,0,0,0,0,0,0\r\n"
    "3.危及“三安全一稳定”,0,1,0,0,0,0,1\r\n"
    "4.保护第三方合法权益,0,0,0,0,0,0,0\r\n"
    "5.属于三类内部事务信息,0,0,0,0,0,0,0\r\n"
    "6.属于四类过程性信息,0,0,0,0,0,0,0\r\n"
    "7.属于行政执法案卷,0,0,0,0,0,0,0\r\n"
    "8.属于行政查询事项,0,0,0,0,0,0,0\r\n"
    "1.本机关不掌握相关政府信息,0,0,0,0,0,0,0\r\n"
    "2.没有现成信息需要另行制作,0,0,0,0,0,0,0\r\n"
    "3.补正后申请内容仍不明确,0,0,0,0,0,0,0\r\n"
    "1.信访举报投诉类申请,0,0,0,0,0,0,0\r\n"
    "2.重复申请,0,0,0,0,0,0,0\r\n"
    "3.要求提供公开出版物,0,0,0,0,0,0,0\r\n"
    "4.无正当理由大量反复申请,0,0,0,0,0,0,0\r\n"
    "5.要求行政机关确认或重新出具已获取信息,0,0,0,0,0,0,0\r\n"
    "（六）其他处理,1,1,0,0,0,0,2\r\n"
    "（七）总计,3,2,0,0,0,0,5\r\n"
    "四、结转下年度继续办理,0,0,0,0,0,1,1\r\n"
)


def test_csv_2020_exact_text() -> None:
    assert table3_csv(_table(2020)) == EXPECTED_2020


def test_csv_2021_splits_other_processing() -> None:
    lines = table3_csv(_table(2021)).split("\r\n")
    assert lines[0] == "项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计"
    assert lines[21:27] == [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,0,0,0,0,0,0,0",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,0,1,0,0,0,0,1",
        "3.其他,1,0,0,0,0,0,1",
        "（七）总计,3,2,0,0,0,0,5",
        "四、结转下年度继续办理,0,0,0,0,0,1,1",
        "",
    ]
    assert len(lines) == 1 + 25 + 1


def test_csv_bytes_have_a_bom_for_excel_unless_asked_not_to() -> None:
    table = _table(2020)
    assert table3_csv_bytes(table) == b"\xef\xbb\xbf" + EXPECTED_2020.encode("utf-8")
    assert table3_csv_bytes(table, bom=False) == EXPECTED_2020.encode("utf-8")


def test_xlsx_table3_read_back() -> None:
    table = _table(2021)
    book = load_workbook(io.BytesIO(annual_xlsx(table, table4([], 2021))))
    assert book.sheetnames == ["表三", "表四"]
    sheet = book["表三"]
    assert sheet["A1"].value == "三、收到和处理政府信息公开申请情况"
    assert (
        sheet["A2"].value == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    )
    assert sheet["B2"].value == "申请人情况"
    assert sheet["B3"].value == "自然人"
    assert sheet["C3"].value == "法人或其他组织"
    assert sheet["H3"].value == "总计"
    assert [sheet.cell(4, c).value for c in range(3, 8)] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:H1", "A2:A4", "B2:H2", "B3:B4", "C3:G3", "H3:H4"} <= merged
    rows = table.rows()
    for r, row in enumerate(rows, start=5):
        assert sheet.cell(r, 1).value == row.label
        if row.is_data:
            values = [sheet.cell(r, c).value for c in range(2, 9)]
            assert values == list(row.values)
            assert all(type(v) is int for v in values)
        else:
            assert f"B{r}:H{r}" in merged
    assert sheet.max_row == 4 + len(rows)
    label_cell = sheet.cell(5 + 26, 1)  # the longest label: （六）2
    assert label_cell.value.startswith("2.申请人逾期未按收费通知")
    assert label_cell.alignment.wrap_text
    assert sheet.row_dimensions[31].height >= 30  # two lines, not clipped
    assert sheet.column_dimensions["A"].width >= 40
    assert sheet["B5"].font.name == "宋体"
    assert sheet["B5"].border.left.style == "thin"


def test_xlsx_table4_read_back() -> None:
    appeals = [
        AppealRecord(
            AppealKind.RECONSIDERATION, AppealOutcome.UPHELD, D(2025, 2, 1), D(2025, 3, 1)
        ),
        AppealRecord(
            AppealKind.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.PENDING, D(2025, 9, 1)
        ),
    ]
    book = load_workbook(io.BytesIO(annual_xlsx(_table(2025), table4(appeals, 2025))))
    sheet = book["表四"]
    assert sheet["A1"].value == "四、政府信息公开行政复议、行政诉讼情况"
    assert sheet["A2"].value == "行政复议"
    assert sheet["F2"].value == "行政诉讼"
    assert (sheet["F3"].value, sheet["K3"].value) == ("未经复议直接起诉", "复议后起诉")
    headings = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert [sheet.cell(4, c).value for c in range(1, 16)] == headings * 3
    assert [sheet.cell(5, c).value for c in range(1, 16)] == [
        1,
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
    ]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:O1", "A2:E3", "F2:O2", "F3:J3", "K3:O3"} <= merged
