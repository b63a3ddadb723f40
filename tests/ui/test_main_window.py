"""The main window: opens on the register, filters, opens details, takes extensions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.roles import Permission
from desktop.core.vocab import ApplicantType, Channel, DeadlineStatus
from desktop.services.applications import Registered, register_application
from desktop.services.database import Database
from desktop.services.operations import ALL, Changes
from desktop.services.users import os_login
from desktop.ui import application_form, main_window
from desktop.ui.main_window import MENU_TITLES, MainWindow
from desktop.ui.operations import Operations
from desktop.ui.widgets import ID_ROLE
from tests.conftest import TODAY

BASE = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="申请人",
    content="申请公开某文件",
)


@pytest.fixture
def window(ops: Operations, database: Database, qtbot: QtBot) -> MainWindow:
    with database.session() as session:
        for i in range(12):
            data = replace(
                BASE,
                applicant_name="周杰" if i == 5 else f"申请人{i}",
                channel=Channel.POST if i % 3 == 0 else Channel.ONLINE,
                received_on=TODAY - dt.timedelta(days=7 * i),
            )
            register_application(session, data=data, today=TODAY)
    result = MainWindow(ops, lambda: TODAY)
    qtbot.addWidget(result)
    result.show()
    return result


def test_opens_on_the_register_with_a_count(window: MainWindow) -> None:
    assert window.tabs.tabText(0) == "台账"
    assert window.model.rowCount() == 12
    assert window.count_label.text() == "共 12 件申请"
    assert window.user_label.text() == f"当前用户：{os_login()}（管理员）"
    titles = [m.title() for m in window.menus.values()][: len(MENU_TITLES)]
    assert titles == ["文件(&F)", "办理(&B)", "统计发布(&S)", "工具(&T)", "帮助(&H)"]
    assert list(window.menus)[: len(MENU_TITLES)] == list(MENU_TITLES)


def test_free_text_filter_is_debounced(window: MainWindow, qtbot: QtBot) -> None:
    filters = window.register_tab.filters
    filters.text.setText("周杰")
    assert window.model.rowCount() == 12  # not yet: waits for a typing pause
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.count_label.text() == "共 1 件申请"


def test_combo_filters_and_clear(window: MainWindow) -> None:
    filters = window.register_tab.filters
    filters.channel.set_value(Channel.POST)
    assert window.model.total == 4
    filters.deadline_status.set_value(DeadlineStatus.OVERDUE)
    assert 0 < window.model.total < 4
    filters.clear()
    assert window.model.total == 12


def test_received_date_range(window: MainWindow) -> None:
    filters = window.register_tab.filters
    filters.received_from.set_value(TODAY - dt.timedelta(days=14))
    assert window.model.total == 3


def test_enter_opens_the_detail(window: MainWindow, qtbot: QtBot) -> None:
    table = window.register_tab.table
    table.setFocus()
    table.setCurrentIndex(window.model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]  # untyped
    application_id = window.model.index(2, 0).data(ID_ROLE)
    qtbot.waitUntil(lambda: application_id in window.details)
    assert window.details[application_id].isVisible()


def test_bus_opens_the_detail_once(window: MainWindow) -> None:
    application_id = window.model.row_at(0).id
    window.bus.open_application.emit(application_id)
    window.bus.open_application.emit(application_id)
    assert list(window.details) == [application_id]
    window.details[application_id].close()


def test_refreshes_and_keeps_the_selection(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    selected = window.model.row_at(3).id
    window.register_tab.select_id(selected)
    with database.session() as session:
        register_application(session, data=BASE, today=TODAY)
    with qtbot.waitSignal(window.model.count_changed):
        window.bus.changed.emit(Changes(applications=ALL))
    assert window.model.total == 13
    assert window.register_tab.selected_id() == selected


def test_new_application_selects_and_announces_it(
    window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_ask(parent: object, ops: Operations, today: dt.date) -> Registered:
        return ops.call(  # as the dialog does: the runner announces the new application
            lambda session: register_application(
                session, data=replace(BASE, applicant_name="新申请人"), today=today
            ),
            action="application.register",
            permission=Permission.HANDLE,
            changes=lambda registered: Changes.of_applications([registered.id]),
        )

    monkeypatch.setattr(application_form.NewApplicationDialog, "ask", staticmethod(fake_ask))
    registered = window.new_application()
    assert registered is not None
    assert window.register_tab.selected_id() == registered.id
    assert registered.serial in window.statusBar().currentMessage()


def test_extension_points(window: MainWindow) -> None:
    index = window.add_tab(QLabel("仪表盘"), "概览")
    assert window.tabs.tabText(index) == "概览"
    action = QAction("导出台账", window)
    window.add_menu_action("文件", action)
    assert action in window.menus["文件"].actions()
    window.add_menu_action("新菜单", QAction("试", window))
    assert "新菜单" in window.menus


def test_settings_change_refreshes_the_lists(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    from db.models import Department
    from desktop.services import settings as settings_service

    with database.session() as session:
        settings_service.save_names(session, Department, ["信息公开科"])
    window.bus.changed.emit(Changes(settings=True))
    combo = window.register_tab.filters.department
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部部门", "信息公开科"]
    assert main_window.TEXT_DEBOUNCE_MS > 0


def test_the_register_is_queried_once_when_the_window_opens(
    ops: Operations, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import register_model

    calls: list[str] = []

    def counting(name: str) -> Any:
        real = getattr(register_model, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return call

    for name in ("first_page", "fetch_register"):
        monkeypatch.setattr(register_model, name, counting(name))
    with database.session() as session:
        register_application(session, data=BASE, today=TODAY)
    window = MainWindow(ops, lambda: TODAY)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    assert window.count_label.text() == "共 1 件申请"
    assert len(calls) == 1  # start-up speed: one query for the first page, not two
