"""``disclosure-desk demo``: fills a database, refuses bad arguments with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main


def test_demo_fills_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--requests", "50", "--today", "2026-11-27"]) == 0
    assert capsys.readouterr().out.startswith("已生成 50 件演示申请")


@pytest.mark.parametrize("count", ["0", "-3", "abc", "99999999"])
def test_bad_counts_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], count: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.sqlite3"), "demo", "--requests", count])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "参数错误" in err
    assert "Traceback" not in err
