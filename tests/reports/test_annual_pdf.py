"""The annual report tables PDF: national layout, both formats, checks first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from desktop.core.statistics import (
    TABLE3_NOTE,
    AppealRecord,
    StatRecord,
    Table3,
    Table4,
    table3,
    table4,
)
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome
from desktop.reports.annual_pdf import render_annual_pdf
from desktop.reports.layout import ReportCheckFailed

AGENCY = "某某市应急管理局"
GENERATED = dt.date(2026, 1, 20)


def _records(year: int) -> list[StatRecord]:
    """One closed application per outcome (applicant type cycling), plus two still open."""
    kinds = list(ApplicantType)
    records = [
        StatRecord(
            kinds[i % len(kinds)],
            Channel.ONLINE,
            "",
            dt.date(year, 3, 2),
            dt.date(year, 4, 1),
            outcome,
            True,
            True,
        )
        for i, outcome in enumerate(Outcome)
    ]
    open_ones = [
        StatRecord(
            ApplicantType.NATURAL_PERSON,
            Channel.POST,
            "",
            dt.date(year - 1, 12, 1),
            None,
            None,
            None,
            False,
        ),
        StatRecord(
            ApplicantType.LEGAL_SERVICE,
            Channel.POST,
            "",
            dt.date(year, 12, 20),
            None,
            None,
            None,
            False,
        ),
    ]
    return records + open_ones


def _tables(year: int) -> tuple[Table3, Table4]:
    appeals = [
        AppealRecord(
            AppealKind.RECONSIDERATION,
            AppealOutcome.UPHELD,
            dt.date(year, 5, 1),
            dt.date(year, 7, 1),
        ),
        AppealRecord(
            AppealKind.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.PENDING, dt.date(year, 9, 1)
        ),
    ]
    return table3(_records(year), year), table4(appeals, year)


def _render(tmp_path: Path, year: int) -> Path:
    t3, t4 = _tables(year)
    path = tmp_path / f"annual{year}.pdf"
    path.write_bytes(render_annual_pdf(t3, t4, agency=AGENCY, year=year, generated_on=GENERATED))
    return path


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _compact(path: Path) -> str:
    return re.sub(r"\s+", "", _run("pdftotext", str(path), "-"))


def test_2021_format_has_the_national_labels(tmp_path: Path) -> None:
    text = _compact(_render(tmp_path, 2025))
    assert f"{AGENCY}2025年政府信息公开工作年度报告（表格部分）" in text
    for label in (
        TABLE3_NOTE,
        "申请人情况",
        "法人或其他组织",
        "三、本年度办理结果",
        "（三）不予公开",
        "1.属于国家秘密",
        "3.危及“三安全一稳定”",
        "（六）其他处理",
        "3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
        "行政复议",
        "未经复议直接起诉",
        "复议后起诉",
        "尚未审结",
        "国办公开办函〔2021〕30号",
    ):
        assert label in text, label


def test_2019_format_has_one_other_row(tmp_path: Path) -> None:
    text = _compact(_render(tmp_path, 2020))
    assert "（六）其他处理" in text
    assert "1.申请人无正当理由" not in text
    assert "国办公开办函〔2019〕60号" in text


def test_figures_appear_in_the_layout_rows(tmp_path: Path) -> None:
    layout = _run("pdftotext", "-layout", str(_render(tmp_path, 2025)), "-").splitlines()

    def numbers(label: str) -> list[str]:
        (line,) = [line for line in layout if label in line]
        return line.split(label, 1)[1].split()

    # 21 closed (types cycling: 4, 4, 4, 3, 3, 3) + the law firm's December one
    assert numbers("一、本年新收政府信息公开申请数量") == ["4", "4", "4", "3", "4", "3", "22"]
    assert numbers("二、上年结转政府信息公开申请数量") == ["1", "0", "0", "0", "0", "0", "1"]
    assert numbers("四、结转下年度继续办理") == ["1", "0", "0", "0", "1", "0", "2"]


def test_landscape_pages_numbered_and_font_embedded(tmp_path: Path) -> None:
    path = _render(tmp_path, 2025)
    info = _run("pdfinfo", str(path))
    assert re.search(r"Page size:\s+841\.89 x 595\.27", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    text = _compact(path)
    for number in range(1, pages + 1):
        assert f"第{number}页共{pages}页" in text
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    assert all(re.search(r"\byes\s+yes\b", row) for row in fonts), fonts


def test_unbalanced_table3_is_refused() -> None:
    t3, t4 = _tables(2025)
    broken = dataclasses.replace(t3, carried_forward=(0,) * 7)
    with pytest.raises(ReportCheckFailed, match="第一项加第二项之和"):
        render_annual_pdf(broken, t4, agency=AGENCY, year=2025, generated_on=GENERATED)


def test_wrong_table4_total_is_refused() -> None:
    t3, t4 = _tables(2025)
    broken = Table4(2025, ((1, 0, 0, 0, 2), *t4.blocks[1:]))
    with pytest.raises(ReportCheckFailed, match="行政复议"):
        render_annual_pdf(t3, broken, agency=AGENCY, year=2025, generated_on=GENERATED)


def test_year_mismatch_is_refused() -> None:
    t3, t4 = _tables(2024)
    with pytest.raises(ReportCheckFailed, match="2025"):
        render_annual_pdf(t3, t4, agency=AGENCY, year=2025, generated_on=GENERATED)
