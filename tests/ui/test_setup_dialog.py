"""First run: the placeholder agency name is never kept; the names letters need are asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services import settings as settings_service
from desktop.services.database import Database
from desktop.ui import setup_dialog
from desktop.ui.bus import DataBus
from desktop.ui.setup_dialog import SetupDialog, ask_on_first_start, needs_setup


def test_first_start_needs_setup_and_the_placeholder_is_refused(
    database: Database, qtbot: QtBot
) -> None:
    assert needs_setup(database)
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.editors["agency_name"].text() == ""  # the placeholder is not offered
    assert list(dialog.editors) == ["agency_name", "review_body", "superior_body", "court"]
    dialog.editors["agency_name"].setText("某某市人民政府办公室")
    dialog.accept()
    assert dialog.error.text() == "请填写本机关的实际名称（不能使用示例名称）。"
    assert needs_setup(database)


def test_names_are_saved(database: Database, qtbot: QtBot) -> None:
    dialog = SetupDialog(database)
    qtbot.addWidget(dialog)
    dialog.editors["agency_name"].setText("某某区应急管理局")
    dialog.editors["review_body"].setText("某某区人民政府")
    dialog.editors["court"].setText("某某区人民法院")
    dialog.accept()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    with database.session() as session:
        values = settings_service.get_settings(session)
    assert (values["agency_name"], values["review_body"], values["superior_body"]) == (
        "某某区应急管理局",
        "某某区人民政府",
        "",
    )
    assert values["court"] == "某某区人民法院"
    assert not needs_setup(database)


def test_asked_on_first_start_only(
    database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def fake_ask(parent: QWidget | None, db: Database) -> bool:
        asked.append(True)
        with db.session() as session:
            settings_service.save_settings(session, {"agency_name": "某某区应急管理局"})
        return True

    monkeypatch.setattr(setup_dialog.SetupDialog, "ask", staticmethod(fake_ask))
    window = QWidget()
    qtbot.addWidget(window)
    bus = DataBus()
    with qtbot.waitSignal(bus.settings_changed):
        ask_on_first_start(window, database, bus)
    assert asked == [True]
    ask_on_first_start(window, database, bus)
    qtbot.wait(20)
    assert asked == [True]  # set: not asked again
