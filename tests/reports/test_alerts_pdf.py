"""The alert PDF: 内部 and page numbers on every page, Chinese text embedded."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.reports.alerts_pdf import AlertSheet, AlertSheetRow, render_alert_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def sheet(rows: int) -> AlertSheet:
    return AlertSheet(
        agency="某某市人民政府办公室",
        today=dt.date(2026, 11, 27),
        within=5,
        overdue=1,
        due_today=0,
        due_soon=rows - 1,
        rows=tuple(
            AlertSheetRow(
                serial=f"〔2026〕第{n}号",
                applicant_type="自然人",
                applicant_name=f"申请人{n}",
                department="政策法规科",
                what="答复",
                due="2026-12-01",
                days_left="逾期2日" if n == 1 else "2日",
                overdue=n == 1,
            )
            for n in range(1, rows + 1)
        ),
    )


def pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "alerts.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    # pdftotext puts spaces between CJK glyphs inconsistently: compare without spaces.
    return [page.replace(" ", "") for page in text.split("\f") if page.strip()]


@needs_poppler
def test_every_page_is_marked_internal_and_numbered(tmp_path: Path) -> None:
    pages = pages_text(render_alert_pdf(sheet(60)), tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "内部" in page
        assert f"第{number}页共{len(pages)}页" in page
        assert "2026-11-27" in page
    whole = "".join(pages)
    assert "〔2026〕第60号" in whole
    assert "申请人60" in whole


@needs_poppler
def test_empty_list_and_embedded_font(tmp_path: Path) -> None:
    pdf = render_alert_pdf(sheet(0))
    pages = pages_text(pdf, tmp_path)
    assert len(pages) == 1
    assert "没有逾期或即将到期的事项" in pages[0]
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "alerts.pdf")], capture_output=True, check=True, text=True
    ).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    assert all(" yes " in row for row in rows)
