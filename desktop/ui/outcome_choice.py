"""The 办理结果 chooser: table 三's national grouping, full labels, searchable by typing.

The list shows the group headings (（三）不予公开 …) as bold rows that cannot be
chosen, with their numbered rows under them. The chosen row is shown with its
group (``（三）不予公开 · 1.属于国家秘密``), and typing any part of a label
(``国家秘密``, ``重复``) offers the matching rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.vocab import Outcome, OutcomeGroup

#: The row's own label (``1.属于国家秘密``), shown indented in the open list.
SHORT_ROLE = int(Qt.ItemDataRole.UserRole) + 10
VALUE_ROLE = int(Qt.ItemDataRole.UserRole)


def _vocab(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


def has_sub_rows(group: OutcomeGroup) -> bool:
    return group not in (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED)


def full_label(outcome: Outcome) -> str:
    """The outcome with its group, as table 三 prints them: ``（三）不予公开 · 1.属于国家秘密``."""
    if not has_sub_rows(outcome.group):
        return _vocab(outcome.group.label)
    return f"{_vocab(outcome.group.label)} · {_vocab(outcome.row_label)}"


class _IndentedRows(QStyledItemDelegate):
    """The open list shows a row's own label, indented under its heading."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        short = index.data(SHORT_ROLE)
        if short:
            option.text = "\u3000\u3000" + str(short)


class OutcomeCombo(QComboBox):
    """Choose one of ``outcomes``; ``currentData()`` is the outcome's stored value."""

    def __init__(self, outcomes: Sequence[Outcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(40)
        self.setModel(self._build_model(outcomes))
        self.setItemDelegate(_IndentedRows(self))
        self.setCurrentIndex(self._first_choice())
        texts = [full_label(o) for o in outcomes]
        completer = QCompleter(texts, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._choose_text)
        self.setCompleter(completer)
        self._completer = completer
        edit = self.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(self.tr("输入文字查找，例如：国家秘密"))

    def _build_model(self, outcomes: Sequence[Outcome]) -> QStandardItemModel:
        model = QStandardItemModel(self)
        bold = QFont(self.font())
        bold.setBold(True)
        group: OutcomeGroup | None = None
        for outcome in outcomes:
            if outcome.group is not group and has_sub_rows(outcome.group):
                header = QStandardItem(_vocab(outcome.group.label))
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the arrow keys skip it
                header.setForeground(QBrush(QColor("#1F3A5F")))  # dark, not the disabled grey
                header.setFont(bold)
                model.appendRow(header)
            group = outcome.group
            item = QStandardItem(full_label(outcome))
            item.setData(outcome.value, VALUE_ROLE)
            if has_sub_rows(outcome.group):
                item.setData(_vocab(outcome.row_label), SHORT_ROLE)
            model.appendRow(item)
        return model

    def _first_choice(self) -> int:
        return next(i for i in range(self.count()) if self.itemData(i) is not None)

    def search(self) -> QCompleter:
        """The completer that finds rows by any part of their label."""
        return self._completer

    def is_heading(self, row: int) -> bool:
        return self.itemData(row) is None

    def _choose_text(self, text: str) -> None:
        row = self.findText(text, Qt.MatchFlag.MatchExactly)
        if row >= 0 and not self.is_heading(row):
            self.setCurrentIndex(row)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A half-typed search never stands for a choice: show the chosen row again.
        popup = self._completer.popup()
        if popup is None or not popup.isVisible():
            self.setEditText(self.itemText(self.currentIndex()))
        super().focusOutEvent(event)
