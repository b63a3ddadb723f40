"""Every CLI error is one Chinese line on stderr: no Python, SQL or library text, no
personal data; databases that do not exist are refused, never created by a reader."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import exc

import desktop.services.statistics as statistics_service
from desktop.cli import ARGPARSE_MESSAGES, _command_name
from desktop.cli.common import GLOBAL_OPTIONS
from tests.cli.conftest import run

NEXT_YEAR = dt.date.today().year + 1


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("DISCLOSURE_DESK_LOG_DIR", str(folder))
    return folder


def assert_one_chinese_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert err.endswith("\n"), err
    assert re.search(r"[\u4e00-\u9fff]", err), err
    for foreign in ("Traceback", "Error", "error:", "SELECT", "INSERT", "UNIQUE", "sqlalchemy"):
        assert foreign not in err, err


READING_COMMANDS = [
    ["alerts"],
    ["report", "annual", "--year", "2025", "--out", "-"],
    ["report", "quarterly", "--year", "2025", "--quarter", "1", "--out", "q.pdf"],
    ["export", "--out", "x.csv"],
    ["deadline", "--received", "2026-02-10"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_a_mistyped_path_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    missing = tmp_path / "typo" / "folder" / "register.sqlite3"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 2
    assert out == ""
    assert "数据库文件不存在" in err
    assert_one_chinese_line(err)
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_an_empty_file_is_refused_and_left_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    code, _, err = run(capsys, "--db", str(empty), *command)
    assert code == 2
    assert "0 字节" in err
    assert_one_chinese_line(err)
    assert empty.stat().st_size == 0


def test_a_foreign_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    code, _, err = run(capsys, "--db", str(other), "alerts")
    assert code == 2
    assert "尚未初始化" in err
    with closing(sqlite3.connect(other)) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]


def test_demo_never_writes_into_the_default_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLOSURE_DESK_DB", str(tmp_path / "default.sqlite3"))
    code, _, err = run(capsys, "demo", "--requests", "5")
    assert code == 2
    assert "--db" in err
    assert_one_chinese_line(err)
    assert not (tmp_path / "default.sqlite3").exists()


def test_demo_refuses_a_register_with_applications_unless_appending(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", url, "demo", "--requests", "5")[0] == 0
    code, _, err = run(capsys, "--db", url, "demo", "--requests", "5")
    assert code == 2
    assert "--append" in err
    assert_one_chinese_line(err)
    code, out, _ = run(capsys, "--db", url, "demo", "--requests", "5", "--append")
    assert code == 0
    assert out.startswith("已生成 5 件演示申请")


PERSONAL = ("张三丰", "13800138000", "110101199003071234", "人民路8号")


def _leaky(*_args: object, **_kwargs: object) -> None:
    raise exc.IntegrityError(
        "INSERT INTO application (applicant_name, phone, id_number, address) VALUES (?, ?, ?, ?)",
        PERSONAL,
        sqlite3.IntegrityError("UNIQUE constraint failed: application.serial " + PERSONAL[0]),
    )


def _crash(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("unexpected " + " ".join(PERSONAL))


@pytest.mark.parametrize(
    ("failure", "message"),
    [(_leaky, "数据与数据库的约束不符"), (_crash, "发生意外错误")],
)
def test_unexpected_failures_are_generic_and_the_log_holds_no_personal_data(
    url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    log_dir: Path,
    failure: object,
    message: str,
) -> None:
    monkeypatch.setattr(statistics_service, "annual_tables", failure)
    code, _, err = run(capsys, "--db", url, "report", "annual", "--year", "2025", "--out", "-")
    assert code == 2
    assert message in err
    assert_one_chinese_line(err)
    log = (log_dir / "errors.log").read_text(encoding="utf-8")
    assert "run_annual" in log
    for private in PERSONAL:
        assert private not in err
        assert private not in log


@pytest.mark.parametrize(
    ("argv", "chinese", "english"),
    [
        (["report", "annual", "--year", "2025", "--format", "doc", "--out", "-"],
         "无效的选项值 'doc'", "invalid choice"),
        (["frobnicate"], "无效的选项值 'frobnicate'", "invalid choice"),
        (["report", "annual", "--out", "-"], "缺少必需的参数：--year", "the following"),
        (["report"], "缺少必需的参数：报告", "the following"),
        (["alerts", "--bogus"], "无法识别的参数：--bogus", "unrecognized"),
        (["alerts", "--today"], "参数 --today：需要一个值", "expected one"),
        (["report", "quarterly", "--year", "2025", "--quarter", "x", "--out", "q.pdf"],
         "无效的值：'x'", "invalid int"),
        (["report", "quarterly", "--year", "2025", "--quarter", "5", "--out", "q.pdf"],
         "无效的选项值 5", "invalid choice"),
    ],
)  # fmt: skip
def test_argparse_speaks_chinese(
    capsys: pytest.CaptureFixture[str], argv: list[str], chinese: str, english: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert chinese in err
    assert english not in err
    assert err.count("\n") == 1


def test_help_headings_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "alerts", "--help")
    assert code == 0
    assert out.startswith("用法：disclosure-desk alerts")
    assert "选项:" in out
    assert "显示本帮助并退出" in out
    assert "usage:" not in out
    assert "options:" not in out
    code, out, _ = run(capsys, "--help")
    assert "位置参数:" in out
    assert "--version    显示版本号并退出" in out
    assert not re.search("[A-Za-z]{4,} [a-z]{2,}", out.replace("DisclosureDesk", "")), out


def test_argparse_is_english_again_outside_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    run(capsys, "alerts", "--bogus")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    assert ARGPARSE_MESSAGES["usage: "] == "用法："


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["alerts", "--today", "2026-02-30"], "日期不存在：2026-02-30"),
        (["alerts", "--today", "2026/02/03"], "日期格式应为 YYYY-MM-DD"),
        (["report", "annual", "--year", "2007", "--out", "-"], "年度须在 2008 到"),
        (["report", "annual", "--year", str(NEXT_YEAR + 1), "--out", "-"], "年度须在 2008 到"),
        (["report", "quarterly", "--year", str(NEXT_YEAR), "--quarter", "4", "--out", "q.pdf"],
         "尚未开始"),
        (["report", "range", "--from", "2007-12-01", "--to", "2008-01-31", "--out", "r.pdf"],
         "统计期间须在 2008 年至"),
        (["report", "range", "--from", f"{NEXT_YEAR}-12-01", "--to", f"{NEXT_YEAR}-12-31",
          "--out", "r.pdf"], "尚未开始"),
        (["report", "annual", "--year", "2025", "--format", "pdf", "--out", "t.csv"],
         "扩展名（.csv）与格式 pdf 不符"),
        (["report", "quarterly", "--year", "2025", "--quarter", "1", "--out", "q.xlsx"],
         "扩展名（.xlsx）与格式 pdf 不符"),
        (["export", "--format", "csv", "--out", "x.xlsx"], "扩展名（.xlsx）与格式 csv 不符"),
    ],
)  # fmt: skip
def test_impossible_dates_periods_and_outputs_are_refused(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    argv = [str(tmp_path / a) if re.fullmatch(r"[qtrx]\.\w+", a) else a for a in argv]
    code, _out, err = run(capsys, "--db", url, *argv)
    assert code == 2
    assert fragment in err
    assert_one_chinese_line(err)
    assert list(tmp_path.glob("[qtrx].*")) == []


def test_global_options_may_follow_the_command(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = run(capsys, "--db", url, "alerts", "--today", "2026-11-27", "--json")
    after = run(capsys, "alerts", "--today", "2026-11-27", "--json", "--db", url)
    assert after == before
    assert before[0] == 0
    nested = run(capsys, "report", "annual", "--year", "2025", "--out", "-", "--db", url)
    assert nested[0] == 0
    assert nested[1].startswith("项目,")
    assert _command_name(["--db", url, "alerts"]) == "alerts"
    assert {flag for flags, _ in GLOBAL_OPTIONS for flag in flags} >= {"--db"}


@pytest.fixture
def no_psycopg(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)
    return


def test_a_missing_postgres_driver_says_how_to_install_it(
    capsys: pytest.CaptureFixture[str], no_psycopg: None
) -> None:
    code, _, err = run(capsys, "--db", "postgresql+psycopg://clerk@127.0.0.1:1/register", "alerts")
    assert code == 2
    assert 'pip install "disclosure-desk[postgres]"' in err
    assert err.count("\n") == 1
