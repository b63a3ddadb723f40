"""The dashboard for a supervisor: overdue first and red, the correction window as
information, departments compared and sortable, an axis that shows 94% vs 98%, PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from desktop.services.dashboard import ListKey
from desktop.services.database import Database
from desktop.ui.charts import BarChart, Series, rate_axis_floor
from desktop.ui.dashboard import TILES, DashboardWidget
from tests.conftest import TODAY
from tests.services.test_dashboard import add_application, open_with_due, reply
from tests.ui.conftest import make_ops


def _widget(qtbot: QtBot, database: Database) -> DashboardWidget:
    widget = DashboardWidget(make_ops(database), lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    return widget


def test_overdue_comes_first_and_is_red_when_there_is_any(qtbot: QtBot, database: Database) -> None:
    assert TILES[0][0] is ListKey.OVERDUE
    widget = _widget(qtbot, database)
    assert not widget.tiles[ListKey.OVERDUE].alarming
    with database.session() as session:
        open_with_due(session, "2026-11-20")
    widget.refresh()
    tile = widget.tiles[ListKey.OVERDUE]
    assert tile.alarming
    assert "#FDECEE" in tile.styleSheet()


def test_correction_window_tile_reads_as_information(qtbot: QtBot, database: Database) -> None:
    widget = _widget(qtbot, database)
    tile = widget.tiles[ListKey.CORRECTION]
    assert tile.caption_label.text() == "补正告知期内（供参考）"
    assert "不是待办" in tile.toolTip()
    assert TILES[6][0] is ListKey.CORRECTION  # last of the first row (7 tiles)


def test_departments_are_compared_and_sortable(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        open_with_due(session, "2026-11-20", department="财务科")
        open_with_due(session, "2026-12-20", department="财务科")
        add_application(session, "2026-03-02", (reply("2026-03-10"),), department="办公室")
        add_application(session, "2026-03-02", (reply("2026-06-30"),), department="规划发展科")
    widget = _widget(qtbot, database)
    table = widget.departments
    assert table.texts() == [
        ["财务科", "2", "1", "0", "—"],
        ["办公室", "0", "0", "1", "100.00%"],
        ["规划发展科", "0", "0", "1", "0.00%"],
    ]
    table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by rate, no replies first
    assert [row[0] for row in table.texts()] == ["财务科", "规划发展科", "办公室"]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert table.texts()[0][0] == "财务科"


def test_rate_axis_shows_the_difference_between_94_and_98_percent(qtbot: QtBot) -> None:
    assert rate_axis_floor([94.0, 98.0, None]) == 90.0
    assert rate_axis_floor([55.0, 100.0]) == 50.0
    assert rate_axis_floor([1.0]) == 0.0
    assert rate_axis_floor([None]) == 0.0
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(
        title="按时办结率",
        categories=["一季度", "二季度"],
        series=[Series("按时办结率", "#3366CC", (94.0, 98.0))],
        axis_max=100.0,
        axis_min=90.0,
    )
    plot = QRectF(0, 0, 100, 200)
    low, high = chart._y(plot, 94.0, 100.0), chart._y(plot, 98.0, 100.0)
    assert low - high == 80.0  # 4 of the 10 points shown: 40% of the height, not 4%


def test_dashboard_saves_as_a_one_page_landscape_pdf(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    widget = _widget(qtbot, database)
    widget.show()
    path = tmp_path / "board.pdf"
    widget.save_pdf(path)
    pages = PdfReader(path).pages
    assert len(pages) == 1
    assert pages[0].mediabox.width > pages[0].mediabox.height


def test_on_a_large_screen_the_lists_take_the_height_not_their_title(
    qtbot: QtBot, database: Database
) -> None:
    widget = _widget(qtbot, database)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitExposed(widget)
    line = widget.list_title.fontMetrics().height()
    assert widget.list_title.height() < 3 * line  # it was stretched, its text floating
    assert widget.table.height() > widget.list_title.height() * 5
