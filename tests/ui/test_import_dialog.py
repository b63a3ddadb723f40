"""The import dialog, the template action and the register export, driven without file dialogs."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import Application
from desktop.core.ledger import LEDGER_HEADERS
from desktop.services.database import Database
from desktop.services.ledger import read_table
from desktop.services.register import RegisterQuery
from desktop.ui.bus import DataBus
from desktop.ui.export_register import start_export
from desktop.ui.import_dialog import ImportDialog, ProblemModel, save_template
from desktop.ui.operations import Operations
from tests.conftest import TODAY

HEADER = "编号,收到日期,申请渠道,申请人类型,申请人,申请内容,备用列,答复日期,办理结果\n"
GOOD = (
    HEADER + "A-1,2026-02-10,网络,自然人,张三,某文件,x,2026-02-20,予以公开\n"
    ",2026/2/11,当面,企业,某公司,某决定,y,,\n"
)
BAD = (
    HEADER + "A-1,2026-02-30,网络,自然人,张三,某文件,,,\n"
    "A-2,2026-02-10,飞鸽,自然人,,某文件,,2026-02-20,\n"
)


def _dialog(qtbot: QtBot, ops: Operations) -> tuple[ImportDialog, DataBus]:
    bus = ops.bus
    dialog = ImportDialog(ops, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog, bus


def _count(database: Database) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count(Application.id))) or 0)


def _load(qtbot: QtBot, dialog: ImportDialog, path: Path) -> Any:
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as blocker:
        dialog.load(path)
    return blocker.args[0]


def test_good_file_previews_and_imports(
    ops: Operations, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog, bus = _dialog(qtbot, ops)
    result = _load(qtbot, dialog, path)
    assert result.ok
    assert dialog.import_button.isEnabled()
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.preview.recognised[6] is False  # 备用列 is ignored
    assert "备用列" in dialog.summary_label.text()
    with qtbot.waitSignals([dialog.imported, bus.changed], timeout=10_000):
        dialog.import_button.click()
    assert _count(database) == 2
    assert "已导入 2 件申请" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()  # not twice


def test_bad_file_lists_problems_and_saves_them(
    ops: Operations, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    dialog, _ = _dialog(qtbot, ops)
    result = _load(qtbot, dialog, path)
    assert not result.ok
    assert not dialog.import_button.isEnabled()
    model = dialog.problem_model
    rows = [[model.index(r, c).data() for c in range(2)] for r in range(model.rowCount())]
    assert rows == [["2", "收到日期"], ["3", "申请渠道"], ["3", "申请人"], ["3", "办理结果"]]
    out = tmp_path / "problems.csv"
    dialog.save_problems(out)
    with out.open(encoding="utf-8-sig") as handle:
        saved = list(csv.reader(handle))
    assert saved[0] == ["行", "列", "内容", "问题"]
    assert len(saved) == 5
    assert _count(database) == 0


def test_unreadable_file_reports_failure(
    ops: Operations, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"nope")
    dialog, _ = _dialog(qtbot, ops)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.load(path)
    assert "无法读取" in dialog.summary_label.text()


def test_problem_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from desktop.core.ledger import LedgerProblem

    model = ProblemModel()
    model.set_problems([LedgerProblem(2, "收到日期", "x", "日期无法识别")])
    qtmodeltester.check(model)


def test_save_template(tmp_path: Path) -> None:
    path = save_template(None, tmp_path / "t.xlsx")
    assert path is not None
    assert read_table(path).header == LEDGER_HEADERS


def test_register_exporter_exports_the_filter(
    ops: Operations, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from desktop.services.demo import generate_demo

    with database.session() as s:
        generate_demo(s, requests=30, seed=4, today=TODAY)
    counts: list[int] = []
    out = tmp_path / "all.xlsx"
    with qtbot.waitSignal(ops.finished, timeout=10_000):
        start_export(ops, out, today=TODAY, on_done=counts.append)
    assert counts == [30]
    assert len(read_table(out).rows) == 30
    query = RegisterQuery(text="不存在的词")
    with qtbot.waitSignal(ops.finished, timeout=10_000):
        start_export(ops, tmp_path / "none.csv", today=TODAY, query=query, on_done=counts.append)
    assert counts == [30, 0]
