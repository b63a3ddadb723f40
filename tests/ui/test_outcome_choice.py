"""The 办理结果 chooser shows table 三's grouping, full labels, and finds rows by typing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.vocab import REPLY_OUTCOMES, EventKind, Outcome
from desktop.ui.lifecycle import EventDialog
from desktop.ui.outcome_choice import SHORT_ROLE, OutcomeCombo


def _reply_dialog(qtbot: QtBot) -> tuple[EventDialog, QComboBox]:
    dialog = EventDialog(EventKind.REPLY, lambda _: "", today=dt.date(2026, 3, 20))
    qtbot.addWidget(dialog)
    combo = next(f.widget for f in dialog.fields if f.key == "outcome")
    assert isinstance(combo, QComboBox)
    return dialog, combo


def test_reply_dialog_lists_the_national_groups_as_headings(qtbot: QtBot) -> None:
    _, combo = _reply_dialog(qtbot)
    assert isinstance(combo, OutcomeCombo)
    headings = [combo.itemText(i) for i in range(combo.count()) if combo.is_heading(i)]
    assert headings == ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    model = combo.model()
    for row in range(combo.count()):
        flags = model.flags(model.index(row, 0))
        assert bool(flags & Qt.ItemFlag.ItemIsSelectable) != combo.is_heading(row)
    # every reply outcome once, with its full label (nothing cut at the first "（")
    choices = [combo.itemData(i) for i in range(combo.count()) if not combo.is_heading(i)]
    assert choices == [o.value for o in REPLY_OUTCOMES]
    index = combo.findData(Outcome.REFUSED_STATE_SECRET.value)
    assert combo.itemText(index) == "（三）不予公开 · 1.属于国家秘密"
    assert combo.itemData(index, SHORT_ROLE) == "1.属于国家秘密"
    partly = combo.itemText(combo.findData(Outcome.PARTLY_DISCLOSED.value))
    assert partly == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    # the heading row sits right above its rows
    assert combo.is_heading(index - 1)
    assert combo.itemText(index - 1) == "（三）不予公开"


def test_typing_part_of_a_label_finds_and_chooses_it(qtbot: QtBot) -> None:
    dialog, combo = _reply_dialog(qtbot)
    dialog.show()
    assert isinstance(combo, OutcomeCombo)
    completer = combo.search()
    completer.setCompletionPrefix("重复")
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["（五）不予处理 · 2.重复申请"]
    completer.activated.emit(found[0])
    assert combo.currentData() == Outcome.NOT_PROCESSED_REPEATED.value
    assert dialog.value().data["outcome"] == "not_processed_repeated"


def test_half_typed_search_leaves_the_choice_shown(qtbot: QtBot) -> None:
    dialog, combo = _reply_dialog(qtbot)
    dialog.show()
    combo.setCurrentIndex(combo.findData(Outcome.UNAVAILABLE_NOT_HELD.value))
    combo.setEditText("国家")
    combo.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert combo.currentText() == "（四）无法提供 · 1.本机关不掌握相关政府信息"
    assert dialog.value().data["outcome"] == "unavailable_not_held"


def test_arrow_keys_skip_the_headings(qtbot: QtBot) -> None:
    dialog, combo = _reply_dialog(qtbot)
    dialog.show()
    combo.setCurrentIndex(combo.findData(Outcome.PARTLY_DISCLOSED.value))
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert combo.currentData() == Outcome.REFUSED_STATE_SECRET.value
