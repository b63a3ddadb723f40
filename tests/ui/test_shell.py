"""The assembled application: dashboard tab, menus that open every window, alerts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services import publication
from desktop.services.applications import register_application
from desktop.services.dashboard import ListKey
from desktop.services.database import Database
from desktop.services.demo import generate_demo
from desktop.services.operations import Changes
from desktop.ui.calendar_view import CalendarWindow
from desktop.ui.deadline_tools import DeadlineCalculatorDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.publications import PublicationsDialog
from desktop.ui.shell import Shell, assemble
from tests.conftest import TODAY


@pytest.fixture
def shell(ops: Operations, qtbot: QtBot, database: Database) -> Shell:
    with database.session() as session:
        generate_demo(session, requests=300, seed=5, today=TODAY)
        register_application(  # never replied: overdue since October
            session,
            data=ApplicationInput(
                channel=Channel.ONLINE,
                received_on=dt.date(2026, 9, 1),
                applicant_type=ApplicantType.NATURAL_PERSON,
                applicant_name="王五",
                content="某小区规划许可证及附图",
            ),
            today=TODAY,
        )
    window = MainWindow(ops, lambda: TODAY)
    qtbot.addWidget(window)
    result = assemble(window, lambda: TODAY)
    result.alerts.tray_available = lambda: False
    return result


def _trigger(shell: Shell, menu: str, text: str) -> None:
    actions = {a.text(): a for a in shell.window.menus[menu].actions()}
    actions[text].trigger()


@pytest.mark.parametrize(
    ("menu", "text", "dialog_class"),
    [
        ("文件", "导入台账…", ImportDialog),
        ("统计发布", "季度统计与年度报告…", ExportDialog),
        ("统计发布", "已发布报告…", PublicationsDialog),
        ("工具", "节假日日历…", CalendarWindow),
        ("工具", "期限计算器…", DeadlineCalculatorDialog),
    ],
)
def test_menus_open_each_window(
    shell: Shell, menu: str, text: str, dialog_class: type[QDialog]
) -> None:
    _trigger(shell, menu, text)
    opened = [d for d in shell.window.findChildren(dialog_class) if d.isVisible()]
    assert len(opened) == 1
    opened[0].close()


def test_dashboard_tab_and_alerts_lead_to_the_overdue_list(shell: Shell) -> None:
    tabs = shell.window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["台账", "统计看板"]
    summary = shell.alerts.check()
    assert summary is not None
    assert summary.overdue >= 1
    assert shell.alerts.dialog is not None
    shell.alerts.dialog.show_list_requested.emit()
    assert tabs.currentWidget() is shell.dashboard
    assert shell.dashboard.current_key is ListKey.OVERDUE
    shell.alerts.dialog.close()
    shell.alerts.stop()


def test_a_change_to_published_figures_is_flagged(
    qtbot: QtBot, shell: Shell, database: Database
) -> None:
    with database.session() as session:
        publication.publish_report(
            session,
            kind=publication.ReportKind.QUARTERLY,
            start=dt.date(2026, 7, 1),
            end=dt.date(2026, 9, 30),
        )
        late = register_application(  # a late entry into the published quarter
            session,
            data=ApplicationInput(
                channel=Channel.POST,
                received_on=dt.date(2026, 8, 3),
                applicant_type=ApplicantType.BUSINESS,
                applicant_name="甲公司",
                content="企业安全生产标准化评审结果",
            ),
            today=TODAY,
        )
    shell.window.bus.changed.emit(Changes.of_applications([late.id]))
    status = shell.window.statusBar()
    qtbot.waitUntil(lambda: "已发布报告的数据已变化" in status.currentMessage(), timeout=5000)
