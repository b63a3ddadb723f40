"""The form and the detail say how many earlier applications the same applicant has, and
the link shows them in the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import Registered, register_application
from desktop.services.database import Database
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.application_form import NewApplicationDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import make_ops

PERSON = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY - dt.timedelta(days=40),
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="陈静",
    content="申请公开某街道拆迁补偿标准",
    phone="13900139000",
)


def _register(database: Database, data: ApplicationInput) -> Registered:
    with database.session() as session:
        return register_application(session, data=data, today=TODAY)


def test_new_form_counts_earlier_applications_and_links_to_them(
    database: Database, qtbot: QtBot
) -> None:
    first = _register(database, PERSON)
    second = _register(database, replace(PERSON, received_on=TODAY - dt.timedelta(days=10)))
    ops = make_ops(database)
    window = MainWindow(ops, lambda: TODAY)
    qtbot.addWidget(window)
    dialog = NewApplicationDialog(ops, TODAY, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.applicant_name.setText("陈静")
    assert form.repeat_text() == ""
    form.phone.setText("13900139000")
    qtbot.waitUntil(lambda: form.repeat_text() != "")
    assert "该申请人此前已有 2 件申请" in form.repeat_text()
    assert second.serial in form.repeat_text()
    assert first.serial in form.repeat_text()
    form.repeat_label.linkActivated.emit("#")
    assert window.register_tab.filters.text.text() == "陈静 13900139000"
    assert window.model.total == 2
    form.phone.setText("13800138000")
    qtbot.waitUntil(lambda: form.repeat_text() == "")


def test_detail_counts_only_earlier_ones(database: Database, qtbot: QtBot) -> None:
    first = _register(database, PERSON)
    second = _register(database, replace(PERSON, received_on=TODAY))
    ops = make_ops(database)
    bus = ops.bus
    later = ApplicationDetailDialog(ops, second.id, lambda: TODAY)
    qtbot.addWidget(later)
    assert "此前已有 1 件申请（" + first.serial in later.form.repeat_text()
    earliest = ApplicationDetailDialog(ops, first.id, lambda: TODAY)
    qtbot.addWidget(earliest)
    assert earliest.form.repeat_text() == ""
    with qtbot.waitSignal(bus.search_register) as signal:
        later.form.repeat_label.linkActivated.emit("#")
    assert signal.args == ["陈静 13900139000"]
