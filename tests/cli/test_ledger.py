"""``disclosure-desk import | export | template``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.ledger import LEDGER_HEADERS
from desktop.services.ledger import read_table

GOOD = (
    "编号,收到日期,申请渠道,申请人类型,申请人,申请内容,答复日期,办理结果\n"
    "A-1,2026-02-10,网络,自然人,张三,某文件,2026-02-20,予以公开\n"
    ",2026/2/11,当面,企业,某公司,某决定,,\n"
)
BAD = (
    "收到日期,申请渠道,申请人类型,申请人,申请内容\n"
    "2026-02-30,网络,自然人,张三,某文件\n"
    "2026-02-10,飞鸽,自然人,,某文件\n"
)


def _file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "ledger.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _db(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite3")]


def test_import_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, GOOD, "gb18030")
    assert main([*_db(tmp_path), "import", str(path), "--today", "2026-11-27"]) == 0
    assert capsys.readouterr().out.strip() == "已导入 2 件申请"
    assert main([*_db(tmp_path), "import", str(path), "--today", "2026-11-27"]) == 1
    out = capsys.readouterr()
    assert "第2行 [编号] “A-1”" in out.out
    assert "未导入任何申请" in out.err


def test_import_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, BAD)
    assert main([*_db(tmp_path), "import", str(path), "--today", "2026-11-27"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[:2] for line in lines] == [
        ["第2行", "[收到日期]"],
        ["第3行", "[申请渠道]"],
        ["第3行", "[申请人]"],
    ]


def test_dry_run_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, GOOD)
    args = [*_db(tmp_path), "import", str(path), "--today", "2026-11-27"]
    assert main([*args, "--dry-run"]) == 0
    assert "未导入" in capsys.readouterr().out
    assert main(args) == 0  # the dry run left nothing behind to collide with


def test_export_and_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([*_db(tmp_path), "import", str(_file(tmp_path, GOOD)), "--today", "2026-11-27"])
    out = tmp_path / "out.xlsx"
    assert main([*_db(tmp_path), "export", "--format", "xlsx", "--out", str(out)]) == 0
    assert len(read_table(out).rows) == 2
    template = tmp_path / "template.xlsx"
    assert main(["template", "--out", str(template)]) == 0
    assert read_table(template).header == LEDGER_HEADERS
    out_text = capsys.readouterr().out
    assert f"已导出 2 件申请到 {out}" in out_text
    assert f"已保存台账模板到 {template}" in out_text


def test_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*_db(tmp_path), "import", str(tmp_path / "none.xlsx")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
