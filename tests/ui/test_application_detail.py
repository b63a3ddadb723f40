"""The detail dialog: edits are validated and saved; a concurrent save is a conflict."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import (
    Registered,
    get_application_row,
    register_application,
    update_application,
)
from desktop.services.database import Database
from desktop.services.operations import Changes
from desktop.services.register import application_detail, detail_input
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.operations import Operations
from tests.conftest import TODAY

DATA = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="陈静",
    content="申请公开某街道拆迁补偿标准",
)


@pytest.fixture
def registered(database: Database) -> Registered:
    with database.session() as session:
        return register_application(session, data=DATA, today=TODAY)


@pytest.fixture
def dialog(
    ops: Operations, database: Database, registered: Registered, qtbot: QtBot
) -> ApplicationDetailDialog:
    result = ApplicationDetailDialog(ops, registered.id, lambda: TODAY)
    qtbot.addWidget(result)
    return result


def test_shows_the_application(dialog: ApplicationDetailDialog, registered: Registered) -> None:
    assert dialog.form.applicant_name.text() == "陈静"
    assert registered.serial in dialog.header.text()
    assert registered.serial in dialog.windowTitle()
    assert not dialog.dirty


def test_saves_an_edit_and_tells_the_bus(
    dialog: ApplicationDetailDialog, database: Database, registered: Registered, qtbot: QtBot
) -> None:
    dialog.form.applicant_name.setText("陈静怡")
    dialog.form.address.setText("上海市黄浦区某路8号")
    with qtbot.waitSignal(dialog.bus.changed) as signal:
        assert dialog.save()
    assert signal.args == [Changes.of_applications([registered.id])]
    with database.session() as session:
        row = get_application_row(session, registered.id)
        assert (row.applicant_name, row.address) == ("陈静怡", "上海市黄浦区某路8号")
    assert dialog.version == row.version  # reloaded: a second save works too
    dialog.form.phone.setText("13900139000")
    assert dialog.save()


def test_invalid_edit_shows_the_error(dialog: ApplicationDetailDialog) -> None:
    dialog.form.applicant_name.setText("")
    assert not dialog.save()
    assert dialog.form.error_text("applicant_name") == "请填写申请人姓名或名称"


def test_concurrent_edit_is_a_conflict_and_keeps_the_input(
    dialog: ApplicationDetailDialog, database: Database, registered: Registered
) -> None:
    with database.session() as session:  # another workstation saves first
        row = get_application_row(session, registered.id)
        update_application(
            session,
            application_id=registered.id,
            version=row.version,
            data=replace(detail_input(application_detail(session, row.id)), phone="13700137000"),
            today=TODAY,
        )
    dialog.form.applicant_name.setText("陈静（改）")
    assert not dialog.save()
    assert not dialog.conflict.isHidden()
    assert "已被他人修改" in dialog.conflict_label.text()
    assert dialog.form.applicant_name.text() == "陈静（改）"
    dialog.reload()
    assert dialog.conflict.isHidden()
    assert dialog.form.phone.text() == "13700137000"
    dialog.form.applicant_name.setText("陈静（改）")
    assert dialog.save()


def test_add_tab(dialog: ApplicationDetailDialog) -> None:
    before = dialog.tabs.count()
    index = dialog.add_tab(QWidget(), "附件")
    assert (index, dialog.tabs.count(), dialog.tabs.tabText(index)) == (before, before + 1, "附件")


def test_handling_and_appeal_tabs(dialog: ApplicationDetailDialog) -> None:
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:3] == ["登记信息", "办理", "复议诉讼"]
