"""Tab follows the visual order of the form, one stop per field (a date is one stop)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.vocab import Channel
from desktop.services.database import Database
from desktop.ui.application_form import NewApplicationDialog
from tests.conftest import TODAY
from tests.ui.conftest import make_ops


def _walk(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        seen.append(QApplication.focusWidget())
    return [w for w in seen if w is not None]


def _owner(widget: QWidget, fields: list[QWidget]) -> QWidget:
    """The field a focused widget belongs to (an editable combo focuses its line edit)."""
    current: QWidget | None = widget
    while current is not None and current not in fields:
        current = current.parentWidget()
    return current if current is not None else widget


def _active_dialog(database: Database, qtbot: QtBot) -> NewApplicationDialog:
    """The 新建申请 dialog, shown and active (Tab needs an active window)."""
    dialog = NewApplicationDialog(make_ops(database), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_tab_goes_down_each_column_one_stop_per_field(database: Database, qtbot: QtBot) -> None:
    dialog = _active_dialog(database, qtbot)  # kept: the form lives as long as its dialog
    form = dialog.form
    form.channel.set_value(Channel.POST)  # the letter kind is enabled for post
    form.arrived_on.check.setChecked(True)  # and the arrival date edit
    chain = [w for w in form.tab_chain() if w.isVisibleTo(form) and w.isEnabled()]
    assert form.receipt_reason not in chain  # hidden until the dates need a reason
    visited = [_owner(w, chain) for w in _walk(qtbot, form.channel, len(chain) - 1)]
    assert visited == chain


def test_a_date_is_one_tab_stop(database: Database, qtbot: QtBot) -> None:
    dialog = _active_dialog(database, qtbot)  # kept: the form lives as long as its dialog
    form = dialog.form
    visited = _walk(qtbot, form.received_on, 1)
    assert visited[-1] is form.content
