"""The whole annual report as .docx and PDF, and labels that never break inside a word."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from desktop.core.annual import (
    MISSING,
    AnnualDraft,
    AnnualReport,
    Chapter,
    FeeSummary,
    Part,
)
from desktop.core.statistics import (
    COLUMNS,
    TABLE3_NOTE,
    TABLE4_COLUMNS,
    AppealRecord,
    StatRecord,
    period_statistics,
    table3,
    table4,
)
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome
from desktop.reports.annual_docx import render_annual_report_docx
from desktop.reports.annual_pdf import BREAKS
from desktop.reports.annual_report_pdf import render_annual_report_pdf
from desktop.reports.quarterly import render_quarterly_pdf

D = dt.date
AGENCY = "某某市应急管理局"


def _records(year: int) -> list[StatRecord]:
    outcomes = list(Outcome)
    records = []
    for i, outcome in enumerate(outcomes):  # every result row has a figure
        kind = list(ApplicantType)[i % len(ApplicantType)]
        replied = not outcome.value.startswith("other_")
        received = D(year, 1 + i % 12, 3)
        records.append(
            StatRecord(
                kind,
                Channel.ONLINE,
                "",
                received,
                received + dt.timedelta(days=9),
                outcome,
                True,
                replied,
            )
        )
    records.append(
        StatRecord(
            ApplicantType.BUSINESS, Channel.POST, "", D(year, 12, 29), None, None, None, False
        )
    )
    return records


def _report(year: int, draft: AnnualDraft | None = None) -> AnnualReport:
    appeals = [
        AppealRecord(AppealKind.RECONSIDERATION, AppealOutcome.UPHELD, D(year, 3, 1), D(year, 5, 1))
    ]
    return AnnualReport(
        agency=AGENCY,
        year=year,
        draft=draft or AnnualDraft(year),
        table3=table3(_records(year), year),
        table4=table4(appeals, year),
        fees=FeeSummary(year, 2, Decimal(300), 1, Decimal(100)),
        applications_text="依申请公开方面，本年度本机关新收政府信息公开申请28件。",
        applications_drafted=True,
        published_on=D(year + 1, 1, 20),
    )


FULL = AnnualDraft(
    2025,
    {
        Part.OVERVIEW: "2025年，本机关坚持以公开为常态、不公开为例外。",
        Part.PROBLEMS: "政策解读形式还不够丰富。",
        Part.OTHER: "本机关无其他需要报告的事项。",
    },
    {("规章", "本年制发件数"): "2", ("行政事业性收费", "本年收费金额（单位：万元）"): "12.5"},
)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(data: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
    return True


# --- Word ----------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2020, 2025])
def test_docx_has_chapters_and_tables_in_national_order(year: int) -> None:
    document = Document(io.BytesIO(render_annual_report_docx(_report(year))))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == f"{AGENCY}{year}年政府信息公开工作年度报告"
    headings = [p for p in paragraphs if p in {c.value for c in Chapter}]
    assert headings == [c.value for c in Chapter]
    order = []
    for element in document.element.body:
        if element.tag == qn("w:tbl"):
            order.append("table")
        elif element.tag == qn("w:p") and Paragraph(element, document).text in headings:
            order.append("heading")
    assert order == [
        "heading",
        "heading",
        "table",
        "heading",
        "table",
        "heading",
        "table",
        "heading",
        "heading",
    ]
    assert len(document.tables) == 3
    assert MISSING in paragraphs  # chapters 一, 五, 六 are empty in this draft
    assert document.core_properties.author == AGENCY


def test_docx_tables_are_real_word_tables_with_merged_cells() -> None:
    document = Document(io.BytesIO(render_annual_report_docx(_report(2025, FULL))))
    table2, table3_, table4_ = document.tables
    assert table2.cell(0, 0).text == "第二十条第（一）项"
    assert table2.cell(2, 0).text == "规章"
    assert table2.cell(2, 1).text == "2"
    assert table3_.cell(0, 0).text == TABLE3_NOTE
    assert table3_.cell(0, 0) is not None
    assert table3_.cell(2, 2).text == TABLE3_NOTE
    assert table3_.cell(0, 3).text == "申请人情况"
    assert [table3_.cell(2, c).text for c in range(4, 9)] == list(COLUMNS[1:-1])
    xml = table3_._tbl.xml
    assert "w:gridSpan" in xml
    assert "w:vMerge" in xml
    labels = [table3_.cell(r, 2).text for r in range(3, len(table3_.rows))]
    assert "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" in labels
    assert table3_.cell(3, 0).text == "一、本年新收政府信息公开申请数量"
    assert table4_.cell(0, 0).text == "行政复议"
    assert [table4_.cell(2, c).text.replace("\n", "") for c in range(5)] == list(TABLE4_COLUMNS)
    assert table4_.cell(3, 0).text == "1"
    text = "\n".join(p.text for p in document.paragraphs)
    assert MISSING not in text
    assert "实际收取1件申请的信息处理费，共计100.00元" in text


def test_docx_2019_trial_format_tables() -> None:
    document = Document(io.BytesIO(render_annual_report_docx(_report(2020))))
    table2, table3_, _ = document.tables
    items = {table2.cell(r, 0).text for r in range(len(table2.rows))}
    assert {"政府集中采购", "规范性文件"} <= items
    labels = [table3_.cell(r, 1).text for r in range(3, len(table3_.rows))]
    assert "（六）其他处理" in labels
    assert "3.其他" not in [table3_.cell(r, 2).text for r in range(3, len(table3_.rows))]


# --- PDF -----------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2020, 2025])
def test_pdf_has_the_same_content_in_order(year: int, tmp_path: Path) -> None:
    text = _compact(_pdf_text(render_annual_report_pdf(_report(year)), tmp_path))
    assert text.startswith(f"{AGENCY}{year}年政府信息公开工作年度报告")
    assert _in_order(text, [c.value for c in Chapter])
    assert _in_order(
        text, [Chapter.PROACTIVE.value, "第二十条第（一）项", Chapter.APPLICATIONS.value]
    )
    assert _in_order(
        text, [Chapter.APPEALS.value, "行政复议", "结果", "维持", Chapter.PROBLEMS.value]
    )
    assert MISSING in text
    assert ("政府集中采购" in text) is (year < 2021)
    assert _in_order(text, [Chapter.OTHER.value, MISSING, "发出收费通知"])


def test_pdf_embeds_song_and_hei_and_names_the_agency(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(render_annual_report_pdf(_report(2025, FULL)))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    assert "UMingCN" in fonts.stdout
    assert "WenQuanYiZenHei" in fonts.stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(rf"^Author:\s+{AGENCY}$", info.stdout, re.MULTILINE)
    assert "2000" not in re.search(r"^CreationDate:.*$", info.stdout, re.MULTILINE).group(0)  # type: ignore[union-attr]


# --- labels on the text layer --------------------------------------------------------------

_NUMBER = re.compile(r"^[\d.,%—]+$")


def _labels(year: int) -> set[str]:
    rows = table3(_records(year), year).rows()
    quarterly = (
        "一、本期新收政府信息公开申请数量",
        "二、上期结转政府信息公开申请数量",
        "三、本期办理结果",
        "四、结转下期继续办理",
    )
    return (
        {r.label for r in rows}
        | set(COLUMNS)
        | set(TABLE4_COLUMNS)
        | set(quarterly)
        | {TABLE3_NOTE, "申请人情况", "法人或其他组织"}
    )


def _fragments(label: str) -> set[str]:
    pieces = BREAKS.get(label, (label,))
    return {"".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)}


_FOOTER = re.compile(r"第 \d+ 页 共 \d+ 页")


def _broken_inside_a_word(text: str, labels: set[str]) -> list[str]:
    """Tokens that are part of a label but not made of its whole words."""
    allowed = set().union(*(_fragments(label) for label in labels))
    bad = []
    for token in _FOOTER.sub("", text).split():
        if _NUMBER.match(token) or token in labels or token in allowed:
            continue
        if any(token in label for label in labels):
            bad.append(token)
    return bad


@pytest.mark.parametrize("year", [2020, 2025])
def test_no_label_breaks_inside_a_word_in_the_whole_report(year: int, tmp_path: Path) -> None:
    text = _pdf_text(render_annual_report_pdf(_report(year, FULL)), tmp_path, "-raw")
    assert _broken_inside_a_word(text, _labels(year)) == []


@pytest.mark.parametrize("year", [2020, 2025])
def test_no_label_breaks_inside_a_word_in_the_quarterly(year: int, tmp_path: Path) -> None:
    stats = period_statistics(_records(year), D(year, 1, 1), D(year, 3, 31), agency=AGENCY)
    text = _pdf_text(render_quarterly_pdf(stats), tmp_path, "-raw", "-l", "1")  # table 三
    assert _broken_inside_a_word(text, _labels(year)) == []
    for label in _labels(year) - set(TABLE4_COLUMNS) - {"其他"}:
        # every label is on the page, whole or in its own words
        assert "".join(BREAKS.get(label, (label,))) == label


def test_the_checker_catches_an_orphan_character() -> None:
    labels = {"（三）不予公开", "社会公益组织"}
    assert _broken_inside_a_word("（三）不予公 开 社会公 益组织", labels) == [
        "（三）不予公",
        "开",
        "社会公",
        "益组织",
    ]
    assert _broken_inside_a_word("（三）不予公开 社会公益 组织", labels) == []


def test_prose_is_justified_without_short_last_lines_or_split_numbers(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle

    from desktop.reports.layout import MIN_LAST_LINE, prose_lines, styles

    style = ParagraphStyle("t", parent=styles().body, fontSize=10.5, firstLineIndent=21)
    text = (
        "依申请公开方面，本年度本机关新收政府信息公开申请421件，上年结转37件，共办结431件，"
        "结转下年度继续办理27件。办结的申请中，予以公开165件，部分公开49件，不予公开34件，"
        "无法提供107件，不予处理47件，其他处理29件。按时办结率96.31%。"
    )
    for width in range(200, 480, 7):
        lines = prose_lines(text, style, width)
        assert "".join(lines) == text
        assert len(lines) == 1 or len(lines[-1]) >= MIN_LAST_LINE
        assert not any(line[0] in "，。、；：）”%" for line in lines), lines
        assert not any(a[-1].isdigit() and b[0].isdigit() for a, b in itertools.pairwise(lines))


def test_a_long_chapter_runs_over_pages_with_every_word(tmp_path: Path) -> None:
    sentence = "本机关将进一步加强政府信息公开工作，提升答复质量和效率。"
    long_text = "".join(f"第{i}条：{sentence}" for i in range(120))
    draft = AnnualDraft(2025, {Part.PROBLEMS: long_text})
    text = _compact(_pdf_text(render_annual_report_pdf(_report(2025, draft)), tmp_path))
    for i in range(120):
        assert f"第{i}条：{sentence}" in _FOOTER_COMPACT.sub("", text)


_FOOTER_COMPACT = re.compile(r"生成日期：\d+年\d+月\d+日第\d+页共\d+页")
