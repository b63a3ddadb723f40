"""统计发布 → 年度报告: editing parts, who saved them, export with empty parts listed, publishing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.annual import MISSING, Part
from desktop.services import publication
from desktop.services.database import Database
from desktop.services.demo import generate_demo
from desktop.services.users import os_login as login_name
from desktop.ui.annual_report import AnnualReportWindow
from tests.conftest import TODAY
from tests.ui.conftest import make_ops


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        generate_demo(session, requests=120, seed=3, today=TODAY, years=2)
    return database


def _cell(grid: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = grid.item(row, column)
    assert item is not None
    return item


def _window(qtbot: QtBot, database: Database) -> AnnualReportWindow:
    window = AnnualReportWindow(make_ops(database), today=TODAY)
    qtbot.addWidget(window)
    return window


def test_opens_on_last_year_with_the_computed_tables(qtbot: QtBot, filled: Database) -> None:
    window = _window(qtbot, filled)
    assert window.year() == 2025
    assert window.table3_grid.rowCount() == 30  # every row of the 2021 format
    assert _cell(window.table3_grid, 0, 0).text() == "一、本年新收政府信息公开申请数量"
    assert window.table4_grid.rowCount() == 3
    assert window.applications.toPlainText().startswith("依申请公开方面，本年度本机关新收")
    assert "尚未填写" in window.status.text()
    assert "信息处理费" in window.fee_label.text()


def test_edits_are_saved_with_who_and_kept_across_windows(qtbot: QtBot, filled: Database) -> None:
    window = _window(qtbot, filled)
    window.overview.editor.setPlainText("本机关坚持以公开为常态。")
    _cell(window.table2_grid, 0, 3).setText("4")
    assert window.has_changes()
    with qtbot.waitSignal(window.done_message):
        assert window.save()
    assert not window.has_changes()
    assert login_name() in window.overview.stamp.text()
    assert window.problems.stamp.text() == "尚未保存"
    again = _window(qtbot, filled)
    assert again.overview.editor.toPlainText() == "本机关坚持以公开为常态。"
    assert _cell(again.table2_grid, 0, 3).text() == "4"
    assert again.report is not None
    assert again.report.applications_drafted


def test_a_bad_number_in_table2_is_refused_and_nothing_saved(
    qtbot: QtBot, filled: Database
) -> None:
    window = _window(qtbot, filled)
    window.overview.editor.setPlainText("不应保存")
    _cell(window.table2_grid, 0, 3).setText("三")
    with qtbot.waitSignal(window.failed) as blocker:
        assert not window.save()
    assert "不是数字" in blocker.args[0]
    assert _window(qtbot, filled).overview.editor.toPlainText() == ""


def test_export_lists_empty_parts_first_and_prints_them_as_missing(
    qtbot: QtBot, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, filled)
    asked: list[list[str]] = []

    def confirm(names: list[str]) -> bool:
        asked.append(names)
        return True

    monkeypatch.setattr(window, "confirm_missing", confirm)
    monkeypatch.setattr(window, "ask_path", lambda name, _filter: tmp_path / name)
    path = window.export("docx")
    assert asked == [[p.label for p in (Part.OVERVIEW, Part.TABLE2, Part.PROBLEMS, Part.OTHER)]]
    assert path is not None
    assert path.name == "2025年政府信息公开工作年度报告.docx"
    assert [p.text for p in Document(str(path)).paragraphs].count(MISSING) == 3
    monkeypatch.setattr(window, "confirm_missing", lambda names: False)
    assert window.export("pdf") is None  # the office chose to finish the parts first


def test_publish_stores_the_figures(qtbot: QtBot, filled: Database) -> None:
    window = _window(qtbot, filled)
    with qtbot.waitSignal(window.done_message):
        window.publish()
    with filled.session() as session:
        (info,) = publication.list_snapshots(session)
    assert (info.kind, info.start, info.end) == (
        publication.ReportKind.ANNUAL,
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert info.published_by == login_name()
