"""The settings dialog: generated editors, live serial example, lists, saving."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from db.models import Category, Department
from desktop.core.vocab import DueKind
from desktop.services import settings as settings_service
from desktop.services.alerts import get_alert_kinds
from desktop.services.database import Database
from desktop.services.settings import SETTINGS
from desktop.ui.operations import Operations
from desktop.ui.settings_dialog import ChoiceBoxes, SettingsDialog
from tests.conftest import TODAY


@pytest.fixture
def dialog(ops: Operations, database: Database, qtbot: QtBot) -> SettingsDialog:
    result = SettingsDialog(ops, TODAY)
    qtbot.addWidget(result)
    return result


def test_has_an_editor_per_declared_setting(dialog: SettingsDialog) -> None:
    assert set(dialog.editors) == {spec.key for spec in SETTINGS}
    assert isinstance(dialog.editors["due_soon_days"], QSpinBox)
    assert dialog.values()["alert_time"] == "09:00"


def test_serial_example_is_live(dialog: SettingsDialog) -> None:
    pattern = dialog.editors["serial_pattern"]
    assert isinstance(pattern, QLineEdit)
    pattern.setText("公开申〔{year}〕{number:3}号")
    assert dialog.serial_example.text() == "示例：公开申〔2026〕012号"
    pattern.setText("第号")
    assert "{number}" in dialog.serial_example.text()


def test_saves_settings_and_lists(dialog: SettingsDialog, database: Database) -> None:
    name = dialog.editors["agency_name"]
    assert isinstance(name, QLineEdit)
    name.setText("某某区应急管理局")
    days = dialog.editors["due_soon_days"]
    assert isinstance(days, QSpinBox)
    days.setValue(3)
    dialog.categories.add("安全生产许可")
    dialog.departments.list.setCurrentRow(0)
    dialog.departments.remove()
    dialog.departments.list.setCurrentRow(0)
    dialog.departments.move_item(1)
    assert dialog.try_save()
    with database.session() as session:
        values = settings_service.get_settings(session)
        assert (values["agency_name"], values["due_soon_days"]) == ("某某区应急管理局", 3)
        assert settings_service.list_names(session, Category)[-1] == "安全生产许可"
        departments = settings_service.list_names(session, Department)
    assert departments[:2] == ["综合业务科", "政策法规科"]
    assert "办公室" not in departments


def test_refuses_bad_values_and_keeps_them(dialog: SettingsDialog, database: Database) -> None:
    name = dialog.editors["agency_name"]
    assert isinstance(name, QLineEdit)
    name.setText("  ")
    assert not dialog.try_save()
    assert dialog.errors["agency_name"].text() == "不能为空"
    dialog.departments.add("财务科")  # already listed
    name.setText("某某局")
    assert not dialog.try_save()
    assert "重复" in dialog.general_error.text()
    with database.session() as session:
        assert settings_service.get_setting(session, "agency_name") != "某某局"


def test_alert_kinds_are_check_boxes(dialog: SettingsDialog, database: Database) -> None:
    boxes = dialog.editors["alert_kinds"]
    assert isinstance(boxes, ChoiceBoxes)
    assert [b.text() for b in boxes.boxes.values()] == [
        "答复",
        "补正通知",
        "征求意见答复",
        "缴纳费用",
    ]
    assert not boxes.boxes["correction_notice"].isChecked()
    boxes.boxes["correction_notice"].setChecked(True)
    boxes.boxes["fee_payment"].setChecked(False)
    assert dialog.try_save()
    with database.session() as session:
        assert get_alert_kinds(session) == {
            DueKind.REPLY,
            DueKind.CORRECTION_NOTICE,
            DueKind.CONSULTATION_REPLY,
        }
