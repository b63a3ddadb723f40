"""Tests for ``disclosure-desk report``: files written, stdout, exit codes."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.core.vocab import ApplicantType, Outcome, State
from desktop.services.database import Database
from tests.services.test_statistics import add_application

D = dt.date


@pytest.fixture
def db_file(database: Database, tmp_path: Path) -> str:
    with database.session() as session:
        add_application(session, D(2024, 12, 30), D(2025, 1, 6), Outcome.DISCLOSED, on_time=True)
        add_application(
            session,
            D(2025, 4, 1),
            D(2025, 4, 20),
            Outcome.REFUSED_THIRD_PARTY,
            applicant=ApplicantType.LEGAL_SERVICE,
            on_time=False,
        )
        add_application(session, D(2025, 12, 29))
    return str(tmp_path / "test.sqlite3")


def _unbalance(database: Database) -> None:
    with database.session() as session:
        add_application(session, D(2025, 5, 6), D(2025, 5, 9), None, state=State.REPLIED)


def test_annual_csv_to_stdout_has_no_bom(
    db_file: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code = main(
        ["--db", db_file, "report", "annual", "--year", "2025", "--format", "csv", "--out", "-"]
    )
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert code == 0
    lines = out.split("\r\n")
    assert lines[0] == "项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计"
    assert lines[1] == "一、本年新收政府信息公开申请数量,1,0,0,0,1,0,2"
    assert lines[2] == "二、上年结转政府信息公开申请数量,1,0,0,0,0,0,1"
    assert "4.保护第三方合法权益,0,0,0,0,1,0,1" in lines
    assert "四、结转下年度继续办理,1,0,0,0,0,0,1" in lines
    assert lines[-2] == "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"  # table 四 comes last


def test_annual_csv_file_has_a_bom(db_file: str, tmp_path: Path) -> None:
    out = tmp_path / "t3.csv"
    assert main(["--db", db_file, "report", "annual", "--year", "2025", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf\xe9\xa1\xb9\xe7\x9b\xae,")  # BOM, then 项目


def test_annual_xlsx_format_from_the_file_name(db_file: str, tmp_path: Path) -> None:
    out = tmp_path / "annual.xlsx"
    assert main(["--db", db_file, "report", "annual", "--year", "2025", "--out", str(out)]) == 0
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book["表三"]["H6"].value == 2


def test_annual_pdf(db_file: str, tmp_path: Path) -> None:
    out = tmp_path / "annual.pdf"
    args = ["--db", db_file, "report", "annual", "--year", "2025", "--format", "pdf"]
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_quarterly_and_range_pdf(db_file: str, tmp_path: Path) -> None:
    quarter, period = tmp_path / "q.pdf", tmp_path / "r.pdf"
    args = ["--db", db_file, "report"]
    assert (
        main([*args, "quarterly", "--year", "2025", "--quarter", "2", "--out", str(quarter)]) == 0
    )
    assert quarter.read_bytes().startswith(b"%PDF")
    assert (
        main([*args, "range", "--from", "2025-03-01", "--to", "2025-04-30", "--out", str(period)])
        == 0
    )
    assert period.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "command",
    [
        ["annual", "--year", "2025", "--format", "csv"],
        ["quarterly", "--year", "2025", "--quarter", "2"],
        ["range", "--from", "2025-05-01", "--to", "2025-05-31"],
    ],
)
def test_unbalanced_figures_exit_1_naming_the_figure(
    command: list[str],
    database: Database,
    db_file: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _unbalance(database)
    out = tmp_path / ("out.csv" if command[0] == "annual" else "out.pdf")
    assert main(["--db", db_file, "report", *command, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("disclosure-desk: 统计数据勾稽关系不成立，未导出：")
    assert "“自然人”列：" in err
    assert "各项办理结果之和为" in err
    assert not out.exists()


def test_unknown_format_and_bad_dates_exit_2(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "t3.txt")
    assert main(["--db", db_file, "report", "annual", "--year", "2025", "--out", out]) == 2
    assert "请用 --format 指定" in capsys.readouterr().err
    args = ["--db", db_file, "report", "range", "--from", "2025-05-02", "--to", "2025-05-01"]
    assert main([*args, "--out", out]) == 2
    assert "结束日期不能早于开始日期" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--db",
                db_file,
                "report",
                "quarterly",
                "--year",
                "2025",
                "--quarter",
                "5",
                "--out",
                out,
            ]
        )
    assert exit_info.value.code == 2


def test_unwritable_output_exits_2(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = "/nonexistent-dir/t3.csv"
    assert main(["--db", db_file, "report", "annual", "--year", "2025", "--out", out]) == 2
    assert "无法写入文件 /nonexistent-dir/t3.csv" in capsys.readouterr().err


def test_report_with_the_placeholder_agency_warns_on_stderr(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q.pdf"
    assert (
        main(
            [
                "--db",
                db_file,
                "report",
                "quarterly",
                "--year",
                "2026",
                "--quarter",
                "3",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "警告：机关名称仍是示例“某某市人民政府办公室”" in err
    assert main(["--db", db_file, "settings", "set", "agency_name", "某某区应急管理局"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                db_file,
                "report",
                "quarterly",
                "--year",
                "2026",
                "--quarter",
                "3",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert capsys.readouterr().err == ""
