"""Tests for desktop.reports.tables: CSV text and the XLSX workbook read back."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from desktop.core.statistics import AppealRecord, StatRecord, Table3, table3, table4
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome
from desktop.reports.tables import annual_csv, annual_csv_bytes, annual_xlsx

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
    "三、本年度办理结果,,,,,,,\r\n"
    "（一）予以公开,2,0,0,0,0,0,2\r\n"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）,0,0,0,0,0,0,0\r\n"
    "（三）不予公开,,,,,,,\r\n"
    "1.属于国家秘密,0,0,0,0,0,0,0\r\n"
    "2.其他法律行政法规禁止公开,0,0,0,0,0,0,0\r\n"
    "3.危及“三安全一稳定”,0,1,0,0,0,0,1\r\n"
    "4.保护第三方合法权益,0,0,0,0,0,0,0\r\n"
    "5.属于三类内部事务信息,0,0,0,0,0,0,0\r\n"
    "6.属于四类过程性信息,0,0,0,0,0,0,0\r\n"
    "7.属于行政执法案卷,0,0,0,0,0,0,0\r\n"
    "8.属于行政查询事项,0,0,0,0,0,0,0\r\n"
    "（四）无法提供,,,,,,,\r\n"
    "1.本机关不掌握相关政府信息,0,0,0,0,0,0,0\r\n"
    "2.没有现成信息需要另行制作,0,0,0,0,0,0,0\r\n"
    "3.补正后申请内容仍不明确,0,0,0,0,0,0,0\r\n"
    "（五）不予处理,,,,,,,\r\n"
    "1.信访举报投诉类申请,0,0,0,0,0,0,0\r\n"
    "2.重复申请,0,0,0,0,0,0,0\r\n"
    "3.要求提供公开出版物,0,0,0,0,0,0,0\r\n"
    "4.无正当理由大量反复申请,0,0,0,0,0,0,0\r\n"
    "5.要求行政机关确认或重新出具已获取信息,0,0,0,0,0,0,0\r\n"
    "（六）其他处理,1,1,0,0,0,0,2\r\n"
    "（七）总计,3,2,0,0,0,0,5\r\n"
    "四、结转下年度继续办理,0,0,0,0,0,1,1\r\n"
    "\r\n"
    "四、政府信息公开行政复议、行政诉讼情况\r\n"
    "行政复议,,,,,行政诉讼,,,,,,,,,\r\n"
    ",,,,,未经复议直接起诉,,,,,复议后起诉,,,,\r\n"
    + ",".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
    + "\r\n"
    "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
)


def test_csv_2020_exact_text() -> None:
    assert annual_csv(_table(2020), table4([], 2020)) == EXPECTED_2020


def test_csv_2021_has_every_row_of_the_national_layout_then_table4() -> None:
    table = _table(2021)
    lines = annual_csv(table, table4([], 2021)).split("\r\n")
    assert lines[0] == "项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计"
    assert [line.split(",")[0] for line in lines[1:31]] == [row.label for row in table.rows()]
    assert lines[3] == "三、本年度办理结果,,,,,,,"
    assert lines[25:32] == [
        "（六）其他处理,,,,,,,",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,0,0,0,0,0,0,0",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,0,1,0,0,0,0,1",
        "3.其他,1,0,0,0,0,0,1",
        "（七）总计,3,2,0,0,0,0,5",
        "四、结转下年度继续办理,0,0,0,0,0,1,1",
        "",
    ]
    assert lines[32] == "四、政府信息公开行政复议、行政诉讼情况"
    assert len(lines) == 1 + 30 + 1 + 1 + 3 + 1 + 1


def test_csv_bytes_have_a_bom_for_excel_unless_asked_not_to() -> None:
    table = _table(2020)
    expected = EXPECTED_2020.encode("utf-8")
    assert annual_csv_bytes(table, table4([], 2020)) == b"\xef\xbb\xbf" + expected
    assert annual_csv_bytes(table, table4([], 2020), bom=False) == expected


def test_xlsx_table3_read_back() -> None:
    table = _table(2021)
    book = load_workbook(io.BytesIO(annual_xlsx(table, table4([], 2021), agency="某某局")))
    assert book.sheetnames == ["表三", "表四"]
    sheet = book["表三"]
    assert sheet["A2"].value == "三、收到和处理政府信息公开申请情况"
    assert (
        sheet["A3"].value == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    )
    assert sheet["B3"].value == "申请人情况"
    assert sheet["B4"].value == "自然人"
    assert sheet["C4"].value == "法人或其他组织"
    assert sheet["H4"].value == "总计"
    assert [sheet.cell(5, c).value for c in range(3, 8)] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:H1", "A2:H2", "A3:A5", "B3:H3", "B4:B5", "C4:G4", "H4:H5"} <= merged
    rows = table.rows()
    for r, row in enumerate(rows, start=6):
        assert sheet.cell(r, 1).value == row.label
        if row.is_data:
            values = [sheet.cell(r, c).value for c in range(2, 9)]
            assert values == list(row.values)
            assert all(type(v) is int for v in values)
        else:
            assert f"B{r}:H{r}" in merged
    assert sheet.max_row == 5 + len(rows)
    label_cell = sheet.cell(6 + 26, 1)  # the longest label: （六）2
    assert label_cell.value.startswith("2.申请人逾期未按收费通知")
    assert label_cell.alignment.wrap_text
    assert sheet.row_dimensions[32].height >= 30  # two lines, not clipped
    assert sheet.column_dimensions["A"].width >= 40
    assert sheet["B6"].font.name == "宋体"
    assert sheet["B6"].border.left.style == "thin"


def test_xlsx_table4_read_back() -> None:
    appeals = [
        AppealRecord(
            AppealKind.RECONSIDERATION, AppealOutcome.UPHELD, D(2025, 2, 1), D(2025, 3, 1)
        ),
        AppealRecord(
            AppealKind.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.PENDING, D(2025, 9, 1)
        ),
    ]
    book = load_workbook(
        io.BytesIO(annual_xlsx(_table(2025), table4(appeals, 2025), agency="某某局"))
    )
    sheet = book["表四"]
    assert sheet["A2"].value == "四、政府信息公开行政复议、行政诉讼情况"
    assert sheet["A3"].value == "行政复议"
    assert sheet["F3"].value == "行政诉讼"
    assert (sheet["F4"].value, sheet["K4"].value) == ("未经复议直接起诉", "复议后起诉")
    headings = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert [sheet.cell(5, c).value for c in range(1, 16)] == headings * 3
    assert [sheet.cell(6, c).value for c in range(1, 16)] == [
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
    assert {"A1:O1", "A2:O2", "A3:E4", "F3:O3", "F4:J4", "K4:O4"} <= merged


def test_xlsx_names_agency_and_year_and_prints_landscape_one_page_wide() -> None:
    table = _table(2021)
    book = load_workbook(io.BytesIO(annual_xlsx(table, table4([], 2021), agency="某某局")))
    for sheet in (book["表三"], book["表四"]):
        assert sheet["A1"].value == "某某局2021年政府信息公开工作年度报告"
        setup = sheet.page_setup
        assert setup.orientation == "landscape"
        assert int(setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$3:$5"  # the three heading rows
