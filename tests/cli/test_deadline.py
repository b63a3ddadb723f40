"""Tests for ``disclosure-desk deadline`` (calls ``desktop.cli.main`` in-process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.database import open_database
from tests.cli.conftest import run


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


# --- late correction notice (rules.md §4) ------------------------------------------------


def test_late_correction_notice_does_not_restart(capsys: pytest.CaptureFixture[str]) -> None:
    # Received 2026-02-05, notice due 2026-02-14 (example C); sent 02-24: late. The reply
    # deadline stays the 20th working day from receipt, 2026-03-11, not 03-30.
    code, out, _ = run(capsys, "deadline", "--received", "2026-02-05", "--correction-notice",
                       "2026-02-24", "--corrected", "2026-03-02", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["correction_notice_late"] is True
    assert (data["due"], data["effective_due"], data["start"]) == (
        "2026-03-11", "2026-03-11", "2026-02-05"
    )  # fmt: skip
    assert any("补正告知逾期" in line and "不重新计算" in line for line in data["explanation"])


def test_correction_notice_in_time_restarts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "2026-02-05", "--correction-notice",
                       "2026-02-14", "--corrected", "2026-03-02", "--json")  # fmt: skip
    data = json.loads(out)
    assert (code, data["correction_notice_late"]) == (0, False)
    assert (data["due"], data["extended_due"]) == ("2026-03-30", "2026-04-28")


def test_correction_notice_waiting_stops_only_when_in_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "deadline", "--received", "2026-02-05",
                    "--correction-notice", "2026-02-13", "--json")  # fmt: skip
    assert json.loads(out)["effective_due"] is None
    code, out, _ = run(capsys, "deadline", "--received", "2026-02-05",
                       "--correction-notice", "2026-02-24")  # fmt: skip
    assert code == 0
    assert "补正通知期限：2026-02-14；2026-02-24发出（补正告知逾期）" in out
    assert "当前适用的答复期限：2026-03-11" in out


def test_correction_notice_without_one_is_not_late(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "deadline", "--received", "2026-02-05", "--json")
    assert json.loads(out)["correction_notice_late"] is False


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--correction-notice", "2026-02-04"], "发出补正通知之日不能早于收到申请之日"),
        (
            ["--correction-notice", "2026-02-24", "--corrected", "2026-02-20"],
            "收到补正材料之日不能早于发出补正通知之日",
        ),
    ],
)
def test_correction_notice_dates_in_order(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "deadline", "--received", "2026-02-05", *argv)
    assert (code, out) == (2, "")
    assert message in err


# --- provisional marks per date (rules.md §1, §5) ----------------------------------------


@pytest.mark.parametrize(
    ("received", "marked"),
    [
        ("2026-12-01", ["extended_due"]),  # due 2026-12-29 stays in 2026; 40th day 2027-01-27
        ("2026-12-18", ["due", "extended_due"]),  # notice 2026-12-29; due 2027-01-18
        ("2026-12-28", ["due", "extended_due", "correction_notice_due"]),  # notice 2027-01-07
        ("2026-06-01", []),
    ],
)
def test_provisional_dates_json(
    capsys: pytest.CaptureFixture[str], received: str, marked: list[str]
) -> None:
    code, out, _ = run(capsys, "deadline", "--received", received, "--json")
    assert code == 0
    assert json.loads(out)["provisional_dates"] == marked


def test_text_marks_exactly_the_provisional_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--received", "2026-12-01")
    lines = out.splitlines()
    assert code == 0
    assert lines[:3] == [
        "答复期限：2026-12-29",
        "延长后答复期限：2027-01-27（临时）",
        "补正通知期限：2026-12-10",
    ]
    assert "答复期限：2026-12-29（星期二）（第20个计入的工作日）" in lines
    assert "延长后答复期限：2027-01-27（星期三）（临时）" in lines
    assert "当前适用的答复期限：2026-12-29（星期二）" in lines


def test_consultation_due_marked_on_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    # Sent 2026-12-21: its 15th working day is 2027-01-12 (after 元旦, statutory fallback);
    # the reply deadline, pushed past it, is provisional too; the notice (12-10) is not.
    code, out, _ = run(capsys, "deadline", "--received", "2026-12-01",
                       "--consult", "2026-12-21", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["provisional_dates"] == ["due", "extended_due", "consultation_dues"]
    assert data["consultation_dues"][0] == {
        "sent_on": "2026-12-21", "due": "2027-01-12", "replied_on": None, "provisional": True
    }  # fmt: skip
