"""The dashboard widget: tiles, lists, opening an application, live refresh, charts."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop.services.dashboard import ListKey, list_items
from desktop.services.database import Database
from desktop.services.operations import ALL, Changes
from desktop.ui.charts import BarChart, Series
from desktop.ui.dashboard import DashboardItemModel, DashboardWidget
from desktop.ui.operations import Operations
from desktop.ui.widgets import ID_ROLE
from tests.conftest import TODAY
from tests.services.test_dashboard import add_application, correction, open_with_due, reply


def make_widget(qtbot: QtBot, ops: Operations) -> DashboardWidget:
    widget = DashboardWidget(ops, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


@pytest.fixture
def seeded(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            "overdue": open_with_due(session, "2026-11-20", name="甲"),
            "today": open_with_due(session, "2026-11-27", name="乙"),
            "soon": open_with_due(session, "2026-12-02", department="财务科", name="丙"),
            "later": open_with_due(session, "2026-12-31", name="丁"),
        }


def tile_value(widget: DashboardWidget, key: ListKey) -> str:
    return widget.tiles[key].value_label.text()


def listed_ids(widget: DashboardWidget) -> list[int]:
    proxy = widget.table.proxy
    return [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount())]


def test_tiles_show_the_counts(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    widget = make_widget(qtbot, ops)
    expected = {
        ListKey.OPEN: "4",
        ListKey.OVERDUE: "1",
        ListKey.DUE_TODAY: "1",
        ListKey.DUE_SOON: "1",
        ListKey.FEE: "0",
    }
    assert {key: tile_value(widget, key) for key in expected} == expected
    assert tile_value(widget, ListKey.REPLIED_QUARTER) == "—"  # no replies: never 100 %
    assert "按时办结率" in widget.rate_definition.text()
    assert listed_ids(widget) == [seeded["overdue"]]  # the overdue list opens first


def test_clicking_a_tile_shows_its_list_by_urgency(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    widget = make_widget(qtbot, ops)
    QTest.mouseClick(widget.tiles[ListKey.OPEN], Qt.MouseButton.LeftButton)
    assert listed_ids(widget) == [seeded[k] for k in ("overdue", "today", "soon", "later")]
    assert widget.list_title.text().startswith("办理中：4 件")
    assert widget.table.proxy.index(0, 6).data() == "逾期 5 个工作日"


def test_double_click_opens_the_application(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    bus = ops.bus
    widget = make_widget(qtbot, ops)
    widget.show()
    view = widget.table
    rect = view.visualRect(view.proxy.index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(bus.open_application) as blocker:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [seeded["overdue"]]


def test_refreshes_when_an_application_changes(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    bus = ops.bus
    widget = make_widget(qtbot, ops)
    with database.session() as session:
        add_application(session, "2026-10-08", (reply("2026-10-20"),))
        open_with_due(session, "2026-11-25")
    bus.changed.emit(Changes(applications=ALL))
    qtbot.waitUntil(lambda: tile_value(widget, ListKey.OVERDUE) == "2")
    assert tile_value(widget, ListKey.REPLIED_QUARTER) == "100.00%"
    assert len(listed_ids(widget)) == 2


def test_department_filter(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    widget = make_widget(qtbot, ops)
    widget.department_combo.setCurrentIndex(widget.department_combo.findText("财务科"))
    assert tile_value(widget, ListKey.OPEN) == "1"
    assert tile_value(widget, ListKey.OVERDUE) == "0"
    widget.set_department_scope(None, locked=False)
    assert tile_value(widget, ListKey.OPEN) == "4"
    finance = widget.department_combo.itemData(widget.department_combo.findText("财务科"))
    widget.set_department_scope(finance, locked=True)
    assert not widget.department_combo.isEnabled()
    assert tile_value(widget, ListKey.OPEN) == "1"


def test_period_selector(ops: Operations, qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        add_application(session, "2026-05-08", (reply("2026-05-12"),))
    widget = make_widget(qtbot, ops)
    assert tile_value(widget, ListKey.RECEIVED_QUARTER) == "0"
    widget.set_period(2026, 2)
    assert tile_value(widget, ListKey.RECEIVED_QUARTER) == "1"
    assert tile_value(widget, ListKey.REPLIED_QUARTER) == "100.00%"
    assert "2026年第二季度" in widget.tiles[ListKey.RECEIVED_QUARTER].caption_label.text()


def test_item_model(qtmodeltester: Any, session: Session) -> None:
    open_with_due(session, "2026-11-20")
    model = DashboardItemModel()
    model.set_items(list_items(session, key=ListKey.OPEN, today=TODAY))
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "答复"
    assert model.data(QModelIndex()) is None


def _disjoint(chart: BarChart) -> bool:
    return not any(a.intersects(b) for a, b in itertools.combinations(chart.label_rects, 2))


@pytest.mark.parametrize("width", [260, 420, 900])
def test_chart_labels_never_overlap(qtbot: QtBot, width: int) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(width, 240)
    labels = ["已逾期", "今日到期", "1–5日", "6–10日", "11–20日", "20日以上", "暂停计时"]
    chart.set_data(
        title="办理中申请（按剩余工作日）",
        categories=labels,
        series=[Series("件数", "#3366CC", tuple(float(n) for n in range(7)))],
        bar_labels=["100.00%"] * 7,
    )
    chart.grab()
    assert chart.label_rects
    assert _disjoint(chart)
    assert all(chart.rect().contains(r.toRect()) for r in chart.label_rects)


def test_dashboard_charts_are_legible(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    widget = make_widget(qtbot, ops)
    widget.show()
    widget.grab()
    charts: list[QWidget] = [widget.monthly_chart, widget.rate_chart, widget.remaining_chart]
    for chart in charts:
        assert isinstance(chart, BarChart)
        assert chart.label_rects
        assert _disjoint(chart)
    assert widget.remaining_chart.totals()[0] == 1.0  # one overdue
    assert widget.rate_chart.bar_labels[-1] == "—"
    assert dt.date(2026, 11, 27) == TODAY


def test_a_workstation_can_be_fixed_to_one_department(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int], tmp_path: Path
) -> None:
    preferences = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
    widget = DashboardWidget(ops, lambda: TODAY, preferences=preferences)
    qtbot.addWidget(widget)
    assert not widget.scope_lock.isEnabled()  # 全部部门: nothing to fix
    widget.department_combo.setCurrentIndex(widget.department_combo.findText("财务科"))
    widget.scope_lock.setChecked(True)
    assert not widget.department_combo.isEnabled()

    restarted = DashboardWidget(ops, lambda: TODAY, preferences=preferences)
    qtbot.addWidget(restarted)
    assert restarted.department_combo.currentText() == "财务科"
    assert not restarted.department_combo.isEnabled()
    assert restarted.scope_lock.isChecked()

    restarted.scope_lock.setChecked(False)  # the head of the office sees everything again
    head = DashboardWidget(ops, lambda: TODAY, preferences=preferences)
    qtbot.addWidget(head)
    assert head.department_combo.currentData() is None
    assert head.department_combo.isEnabled()


def test_shows_the_agency_name_the_publications_print(
    ops: Operations, qtbot: QtBot, database: Database, seeded: dict[str, int]
) -> None:
    from desktop.services import settings as settings_service
    from desktop.services.statistics import quarterly_statistics

    with database.session() as session:
        settings_service.save_settings(session, {"agency_name": "某某县应急管理局"})
        published = quarterly_statistics(session, year=2026, quarter=3).agency
    widget = make_widget(qtbot, ops)
    assert widget.agency_label.text() == published == "某某县应急管理局"


def test_late_correction_notices_have_a_tile_and_a_flag(
    ops: Operations, qtbot: QtBot, database: Database
) -> None:
    # Received 2026-11-02: notice due 11-11; sent late on 11-12 (no restart, due 11-30).
    with database.session() as session:
        late = add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
        add_application(session, "2026-11-02", correction("2026-11-11", "2026-11-16"))
    widget = make_widget(qtbot, ops)
    assert tile_value(widget, ListKey.LATE_NOTICE_YEAR) == "1"
    assert "补正告知逾期" in widget.tiles[ListKey.LATE_NOTICE_YEAR].caption_label.text()
    QTest.mouseClick(widget.tiles[ListKey.LATE_NOTICE_YEAR], Qt.MouseButton.LeftButton)
    assert listed_ids(widget) == [late]
    assert widget.table.proxy.index(0, 4).data() == "答复（补正告知逾期）"
