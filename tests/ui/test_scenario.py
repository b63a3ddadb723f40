"""A clerk's first day, end to end through the real widgets: log an application in
Chinese, find it, edit it, restart the app and see it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.database import Database, open_database
from desktop.ui.application_form import NewApplicationDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import assemble
from tests.ui.conftest import make_ops

TODAY = dt.date(2026, 11, 27)


def _window(qtbot: QtBot, url: str) -> tuple[MainWindow, Database]:
    database = open_database(url)
    window = MainWindow(make_ops(database), lambda: TODAY)
    qtbot.addWidget(window)
    assemble(window, lambda: TODAY)
    window.show()
    return window, database


def _find(window: MainWindow, text: str) -> int:
    window.register_tab.filters.text.setText(text)
    window.register_tab.filters.changed_now()
    return window.model.total


def test_log_find_edit_restart(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clerk.sqlite3'}"
    window, database = _window(qtbot, url)

    dialog = NewApplicationDialog(window.ops, TODAY, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.applicant_name.setText("欧阳明月")
    form.content.setPlainText("请求公开城南片区旧城改造项目的征收补偿方案")
    form.phone.setText("电话号码")
    assert not dialog.try_save()  # refused: the phone is not a phone number
    assert form.applicant_name.text() == "欧阳明月"  # and nothing typed is lost
    assert "请求公开城南片区" in form.content.toPlainText()
    form.phone.setText("13912345678")
    assert dialog.try_save()
    assert dialog.registered is not None
    serial = dialog.registered.serial

    assert _find(window, "欧阳明月") == 1
    detail = window.open_detail(window.model.row_at(0).id)
    detail.form.address.setText("城南区解放路18号")
    assert detail.save()
    detail.close()
    window.ops.wait()
    database.close()
    window.close()

    restarted, database = _window(qtbot, url)
    assert _find(restarted, "城南片区旧城改造") == 1
    row = restarted.model.row_at(0)
    assert (row.serial, row.applicant_name) == (serial, "欧阳明月")
    reopened = restarted.open_detail(row.id)
    assert reopened.form.address.text() == "城南区解放路18号"
    reopened.close()
    restarted.ops.wait()
    database.close()
