"""``disclosure-desk alerts``: output, JSON shape and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.cli import main
from tests.cli.conftest import run
from tests.services.test_dashboard import add_application, correction, open_with_due


def test_json_lists_overdue_and_due_soon_and_exits_1(
    session: Session, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_with_due(session, "2026-11-26", name="王五")
    open_with_due(session, "2026-12-04")
    open_with_due(session, "2026-12-07")
    session.commit()
    code, out, _ = run(
        capsys, "--db", url, "alerts", "--today", "2026-11-27", "--within", "5", "--json"
    )
    assert code == 1
    items = json.loads(out)
    assert [(i["due"], i["kind"], i["working_days_left"]) for i in items] == [
        ("2026-11-26", "reply", -1),
        ("2026-12-04", "reply", 5),
    ]
    assert items[0]["serial"]
    assert items[0]["department"] == "办公室"
    assert "王五" not in out


def test_text_output_and_exit_0_when_nothing_overdue(
    session: Session, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_with_due(session, "2026-11-30")
    session.commit()
    code, out, _ = run(capsys, "--db", url, "alerts", "--today", "2026-11-27", "--within", "1")
    assert code == 0
    lines = out.splitlines()
    assert "已逾期 0 项" in lines[0]
    assert "1 个工作日内到期 1 项" in lines[0]
    assert re.split(r"\s{2,}", lines[2]) == [
        "申请编号",
        "申请人类型",
        "承办部门",
        "期限",
        "剩余/逾期",
        "到期事项",
    ]
    assert re.split(r"\s{2,}", lines[3])[1:] == [
        "自然人",
        "办公室",
        "2026-11-30",
        "剩余 1 个工作日",
        "答复",
    ]


def test_within_defaults_to_the_setting_and_today_fixes_the_date(
    session: Session, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_with_due(session, "2026-12-04")
    session.commit()
    args = ("--db", url, "alerts", "--json", "--today")
    assert json.loads(run(capsys, *args, "2026-11-27")[1])[0]["working_days_left"] == 5
    code, out, _ = run(capsys, *args, "2026-12-07")
    assert code == 1
    assert json.loads(out)[0]["working_days_left"] == -1


def test_empty_database(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", url, "alerts", "--today", "2026-11-27", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "--db", url, "alerts", "--today", "2026-11-27")
    assert code == 0
    assert "没有逾期或即将到期的事项" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("alerts", "--today", "2026-13-01"),
        ("alerts", "--within", "-1"),
        ("alerts", "--within", "abc"),
    ],
)
def test_bad_arguments_exit_2(
    url: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, *argv])
    assert exit_info.value.code == 2
    assert "参数错误" in capsys.readouterr().err


def test_unusable_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "x.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    code, out, err = run(capsys, "--db", f"sqlite:///{garbage}", "alerts", "--today", "2026-11-27")
    assert code == 2
    assert out == ""
    assert err.startswith("disclosure-desk: ")
    assert "Traceback" not in err


def test_late_correction_notice_flag_in_json_and_text(
    session: Session, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Received 2026-11-02, notice due 11-11, sent late on 11-12: reply due 11-30 (no restart).
    add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
    open_with_due(session, "2026-12-01")
    session.commit()
    argv = ("--db", url, "alerts", "--today", "2026-11-27", "--within", "5")
    code, out, _ = run(capsys, *argv, "--json")
    items = json.loads(out)
    assert code == 0
    assert [(i["due"], i["correction_notice_late"]) for i in items] == [
        ("2026-11-30", True),
        ("2026-12-01", False),
    ]
    _, text, _ = run(capsys, *argv)
    assert text.count("答复（补正告知逾期）") == 1
