"""Small widgets shared by the forms and the filter bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from desktop.core.status import TimeWords
from desktop.core.vocab import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)

#: Date format of every date shown or edited in the UI.
DATE_FORMAT = "yyyy-MM-dd"

#: Item-data roles shared by the table models: the raw value of a cell (date, int,
#: enum value …) for sorting, and the application id of the row.
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2


def vocab_label(member: LabelledEnum) -> str:
    """A vocabulary member's Chinese label, through the translator."""
    return QCoreApplication.translate("vocab", member.label)


def translate_vocab_text(text: str) -> str:
    """A Chinese text of the vocabulary module (not a member label), through the translator."""
    return QCoreApplication.translate("vocab", text)


def words_text(words: TimeWords) -> str:
    """A time in the one vocabulary (剩余 3 个工作日 …), through the translator."""
    text = QCoreApplication.translate("vocab", words.template)
    return text if words.days is None else text.replace("%1", str(words.days))


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


class DateEdit(QDateEdit):
    """A date edit with a calendar pop-up and ISO display."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2060, 12, 31))

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateEdit moves Tab through year/month/day; one stop per field instead
        # (the arrow keys and the pop-up still edit each part).
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, day: dt.date) -> None:
        self.setDate(to_qdate(day))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date edit on."""

    #: Emitted with no argument whenever the value (or its presence) changes.
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = DateEdit(self)
        self.edit.setDate(QDate.currentDate())  # only what the edit shows while unchecked
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)  # Tab enters at the check box, then the date

    def value(self) -> dt.date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, day: dt.date | None, default: dt.date | None = None) -> None:
        """Set the date, or clear it (the edit then shows ``default`` greyed out)."""
        shown = day or default
        if shown is not None:
            self.edit.set_value(shown)
        self.check.setChecked(day is not None)


class FieldError(QLabel):
    """The red message shown right under a form field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class EnumCombo(QComboBox, Generic[E]):
    """A combo over vocabulary members; an optional first entry stands for "none"."""

    def __init__(
        self,
        members: Iterable[E],
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members: list[E | None] = []
        if none_text is not None:
            self.addItem(none_text)
            self._members.append(None)
        for member in members:
            self.addItem(vocab_label(member))
            self._members.append(member)

    def value(self) -> E | None:
        index = self.currentIndex()
        return self._members[index] if 0 <= index < len(self._members) else None

    def set_value(self, member: E | None) -> None:
        if member in self._members:
            self.setCurrentIndex(self._members.index(member))


class NameCombo(QComboBox):
    """A combo over a configurable list of names, optionally with a "none" entry."""

    def __init__(
        self, none_text: str | None = None, editable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def set_names(self, names: Iterable[str]) -> None:
        """Replace the list, keeping the current choice (added back if no longer listed)."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, "")
        for name in names:
            self.addItem(name, name)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        if self.isEditable():
            text = self.currentText().strip()
            return "" if text == self._none_text else text
        data = self.currentData()
        return str(data) if data else ""

    def set_value(self, name: str) -> None:
        index = self.findData(name) if name else (0 if self._none_text is not None else -1)
        if index < 0 and name:
            self.addItem(name, name)
            index = self.count() - 1
        if self.isEditable() and not name and self._none_text is None:
            self.setEditText("")
        elif index >= 0:
            self.setCurrentIndex(index)
