"""Tests for ``disclosure-desk deadline`` (calls ``desktop.cli.main`` in-process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of the command (argparse errors exit via SystemExit)."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_example_a_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "deadline", "--received", "2026-02-10")
    assert (code, err) == (0, "")
    assert "答复期限：2026-03-16" in out
    assert "延长后答复期限：2026-04-14" in out
    assert "补正通知期限：2026-02-26" in out
    assert "逐日计算：" in out


def test_example_c_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "deadline", "--received", "2026-02-05", "--corrected", "2026-03-02", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["due"], data["extended_due"]) == ("2026-03-30", "2026-04-28")
    assert data["correction_notice_due"] == "2026-02-14"
    assert data["provisional"] is False
    assert data["rule"]["limit"] == 20
    assert isinstance(data["explanation"], list)
    assert data["explanation"]


def test_consultations_and_extension_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "deadline",
        "--received", "2026-03-02",
        "--consult", "2026-03-05:2026-03-12",
        "--consult", "2026-03-10:2026-03-17",
        "--extended",
        "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["due"] == "2026-04-10"  # 8 working days excluded (03-06…03-17), 清明 off
    assert data["effective_due"] == data["extended_due"]
    assert [c["replied_on"] for c in data["consultation_dues"]] == ["2026-03-12", "2026-03-17"]


def test_unanswered_consultation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "2026-03-02", "--consult", "2026-03-05",
                       "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["consultation_dues"][0]["replied_on"] is None
    assert data["excluded"][0]["until"] == data["consultation_dues"][0]["due"]


def test_provisional_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "2027-03-15", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["provisional"] is True
    assert data["due"] == "2027-04-13"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--received", "2026-02-30"], "日期不存在：2026-02-30"),
        (["--received", "2026-2-3"], "日期格式应为 YYYY-MM-DD"),
        (["--received", "2026-03-02", "--corrected", "2026-03-01"], "补正"),
        (["--received", "2026-03-02", "--consult", "2026-03-10:2026-03-05"], "答复日期"),
        (["--received", "2026-03-02", "--consult", "2026-03-01:2026-03-05"], "发出日期"),
        (["--received", "2026-03-02", "--consult", "soon"], "征求意见"),
        (["--received", "1999-05-01"], "超出日历范围"),
        (["--received", "2060-12-30"], "超出日历范围"),
        ([], "--received"),
    ],
)
def test_errors_are_one_chinese_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, "deadline", *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert fragment in err


def test_uses_the_database_calendar(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_database(url).close()
    code, out, _ = run(capsys, "--db", url, "deadline", "--received", "2026-02-10", "--json")
    assert code == 0
    assert json.loads(out)["due"] == "2026-03-16"
