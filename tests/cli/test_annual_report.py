"""``report annual-text``, ``annual-table2`` and ``annual-report``: the whole annual report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from desktop.cli import main
from desktop.core.annual import MISSING, Part
from desktop.core.vocab import Outcome
from desktop.services.annual_report import load_draft
from desktop.services.database import Database, open_database
from tests.services.test_statistics import add_application

D = dt.date

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def db_file(database: Database, tmp_path: Path) -> str:
    with database.session() as session:
        add_application(session, D(2024, 12, 30), D(2025, 1, 6), Outcome.DISCLOSED, on_time=True)
        add_application(session, D(2025, 4, 1), D(2025, 4, 20), Outcome.DISCLOSED, on_time=True)
        add_application(session, D(2025, 12, 29))
    return str(tmp_path / "test.sqlite3")


def _run(db: str, *words: str) -> int:
    return main(["--db", db, "report", *words])


def test_chapter_text_is_stored_and_printed(db_file: str, tmp_path: Path, capsys: Capture) -> None:
    text = tmp_path / "ch5.txt"
    text.write_text("宣传解读还不够。\n下一步加强培训。\n", encoding="utf-8")
    assert (
        _run(db_file, "annual-text", "--year", "2025", "--chapter", "五", "--file", str(text)) == 0
    )
    assert "已保存" in capsys.readouterr().out
    database = open_database(db_file)
    with database.session() as session:
        draft = load_draft(session, year=2025)
    database.close()
    assert draft.text(Part.PROBLEMS) == "宣传解读还不够。\n下一步加强培训。"
    assert Part.PROBLEMS in draft.edits


def test_table2_template_round_trip_and_refusal(
    db_file: str, tmp_path: Path, capsys: Capture
) -> None:
    template = tmp_path / "t2.csv"
    assert (
        _run(db_file, "annual-table2", "--year", "2025", "--template", "--out", str(template)) == 0
    )
    raw = template.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "条款,信息内容,栏目,数值"
    filled = [lines[0], *(line + str(i) for i, line in enumerate(lines[1:]))]
    template.write_text("\r\n".join(filled), encoding="utf-8")
    assert _run(db_file, "annual-table2", "--year", "2025", "--file", str(template)) == 0
    assert "10 格有数字" in capsys.readouterr().out
    template.write_text("\r\n".join([lines[0], lines[1] + "三件"]), encoding="utf-8")
    assert _run(db_file, "annual-table2", "--year", "2025", "--file", str(template)) == 2
    error = capsys.readouterr().err
    assert "表二未保存" in error
    assert "不是数字" in error
    database = open_database(db_file)
    with database.session() as session:
        assert load_draft(session, year=2025).table2[("规章", "本年制发件数")] == "0"
    database.close()


def test_annual_report_docx_warns_about_empty_parts(
    db_file: str, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "report.docx"
    assert _run(db_file, "annual-report", "--year", "2025", "--out", str(out)) == 0
    error = capsys.readouterr().err
    assert "尚未填写" in error
    for part in (Part.OVERVIEW, Part.TABLE2, Part.PROBLEMS, Part.OTHER):
        assert part.label in error
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert paragraphs.count(MISSING) == 3
    assert any(
        p.startswith("依申请公开方面，本年度本机关新收政府信息公开申请2件") for p in paragraphs
    )


def test_annual_report_pdf_and_refusals(db_file: str, tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "report.pdf"
    assert (
        _run(db_file, "annual-report", "--year", "2025", "--format", "pdf", "--out", str(out)) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    this_year = str(dt.date.today().year)
    assert (
        _run(db_file, "annual-report", "--year", this_year, "--out", str(tmp_path / "x.pdf")) == 2
    )
    assert "尚未结束" in capsys.readouterr().err
    assert _run(db_file, "annual-report", "--year", "2025", "--out", str(tmp_path / "x.txt")) == 2
    assert "docx 或 pdf" in capsys.readouterr().err


def test_a_quarter_not_started_is_refused_in_one_line(
    db_file: str, tmp_path: Path, capsys: Capture
) -> None:
    year = str(dt.date.today().year + 1)
    out = tmp_path / "q.pdf"
    assert _run(db_file, "quarterly", "--year", year, "--quarter", "1", "--out", str(out)) == 2
    error = capsys.readouterr().err
    assert "尚未开始" in error
    assert "Error" not in error
    assert not out.exists()
