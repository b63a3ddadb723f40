"""First run: the placeholder agency name is never kept; the names letters need are asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import AuditEntry
from desktop.core.roles import Role
from desktop.services import settings as settings_service
from desktop.services.database import Database
from desktop.ui import setup_dialog
from desktop.ui.operations import Operations
from desktop.ui.setup_dialog import SetupDialog, ask_on_first_start
from tests.ui.conftest import make_ops


def _needs_setup(database: Database) -> bool:
    with database.session() as session:
        return settings_service.needs_setup(session)


def test_first_start_needs_setup_and_the_placeholder_is_refused(
    database: Database, ops: Operations, qtbot: QtBot
) -> None:
    assert _needs_setup(database)
    dialog = SetupDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.editors["agency_name"].text() == ""  # the placeholder is not offered
    assert list(dialog.editors) == ["agency_name", "review_body", "superior_body", "court"]
    assert all(editor.text() == "" for editor in dialog.editors.values())  # only examples
    dialog.editors["agency_name"].setText("某某市人民政府办公室")
    dialog.accept()
    assert dialog.error.text() == "请填写本机关的实际名称（不能使用示例名称）。"
    assert _needs_setup(database)


def test_names_are_saved_through_the_runner_and_audited(
    database: Database, ops: Operations, qtbot: QtBot
) -> None:
    dialog = SetupDialog(ops)
    qtbot.addWidget(dialog)
    dialog.editors["agency_name"].setText("某某区应急管理局")
    dialog.editors["review_body"].setText("某某区人民政府")
    dialog.editors["court"].setText("某某区人民法院")
    with qtbot.waitSignal(ops.bus.changed) as changed:
        dialog.accept()
    assert changed.args is not None
    assert changed.args[0].settings
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    with database.session() as session:
        values = settings_service.get_settings(session)
        actions = list(session.scalars(select(AuditEntry.action)))
    assert (values["agency_name"], values["review_body"]) == ("某某区应急管理局", "某某区人民政府")
    # left empty: kept as it was (to be filled in later), never saved as an empty name
    assert values["superior_body"] == settings_service.SETTINGS_BY_KEY["superior_body"].default
    assert values["court"] == "某某区人民法院"
    assert not _needs_setup(database)
    assert actions[-1] == "settings.save"


def test_asked_on_first_start_only(
    database: Database, ops: Operations, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def fake_ask(parent: QWidget | None, runner: Operations) -> bool:
        asked.append(True)
        with database.session() as session:
            settings_service.save_settings(session, {"agency_name": "某某区应急管理局"})
        return True

    monkeypatch.setattr(setup_dialog.SetupDialog, "ask", staticmethod(fake_ask))
    window = QWidget()
    qtbot.addWidget(window)
    ask_on_first_start(window, ops)
    qtbot.waitUntil(lambda: asked == [True])
    ask_on_first_start(window, ops)
    qtbot.wait(20)
    assert asked == [True]  # set: not asked again


def test_a_clerk_is_not_asked(
    database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        setup_dialog.SetupDialog, "ask", staticmethod(lambda *_args: asked.append(True))
    )
    clerk = make_ops(database, Role.CLERK, "clerk")
    window = QWidget()
    qtbot.addWidget(window)
    ask_on_first_start(window, clerk)
    qtbot.wait(20)
    assert asked == []  # the names are the administrator's to set
    clerk.wait()
