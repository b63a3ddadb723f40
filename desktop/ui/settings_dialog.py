"""The settings dialog, generated from ``settings.SETTINGS``, plus the two editable lists.

Each declared setting gets an editor chosen by its default's type (text, whole
number, time of day); the serial pattern also shows a live example.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.core.serials import check_pattern, format_serial
from desktop.services import settings as settings_service
from desktop.services.operations import Changes
from desktop.services.settings import LETTERS, SETTINGS, NameList, SettingError, SettingSpec
from desktop.ui.letter_templates import LetterTemplatesDialog
from desktop.ui.operations import Operations
from desktop.ui.widgets import FieldError as FieldErrorLabel

#: The serial number used in the pattern's live example.
EXAMPLE_NUMBER = 12


class NameListEditor(QWidget):
    """A list of names one can add to, rename (double-click), remove and reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        buttons = QVBoxLayout()
        actions = (
            (self.tr("添加"), self.add),
            (self.tr("重命名"), self.rename),
            (self.tr("删除"), self.remove),
            (self.tr("上移"), lambda: self.move_item(-1)),
            (self.tr("下移"), lambda: self.move_item(1)),
        )
        for text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_names(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self._append(name)

    def names(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add(self, name: str = "") -> None:
        item = self._append(name or self.tr("新项目"))
        self.list.setCurrentItem(item)
        if not name:
            self.list.editItem(item)

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)


class ChoiceBoxes(QWidget):
    """Check boxes for a setting that is a list of codes (``SettingSpec.choices``)."""

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices:
            box = QCheckBox(QCoreApplication.translate("vocab", label), self)
            self.boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


def _editor_for(spec: SettingSpec, parent: QWidget) -> QWidget:
    """The editor matching a setting's type (decided by its default)."""
    if spec.choices:
        return ChoiceBoxes(spec.choices, parent)
    if isinstance(spec.default, bool):
        return QCheckBox(parent)
    if isinstance(spec.default, int):
        spin = QSpinBox(parent)
        spin.setRange(0, spec.maximum)
        return spin
    if spec.key.endswith("_time"):
        edit = QTimeEdit(parent)
        edit.setDisplayFormat("HH:mm")
        return edit
    return QLineEdit(parent)


def _set_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, ChoiceBoxes):
        editor.set_codes(list(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QTimeEdit):
        editor.setTime(QTime.fromString(str(value), "HH:mm"))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


def _get_value(editor: QWidget) -> Any:
    if isinstance(editor, ChoiceBoxes):
        return editor.codes()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QTimeEdit):
        return editor.time().toString("HH:mm")
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    raise TypeError(type(editor))


class SettingsDialog(QDialog):
    """Agency settings and the category/department lists; saved together on OK."""

    def __init__(self, ops: Operations, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.ops = ops
        self.today = today
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self.serial_example = QLabel(self)
        self.categories = NameListEditor(self)
        self.departments = NameListEditor(self)
        self.general_error = FieldErrorLabel(self)
        self._build()
        self._load()

    def _build(self) -> None:
        general = QGroupBox(self.tr("机关与提醒"), self)
        letters_box = QGroupBox(self.tr("文书"), self)
        forms = {"": QFormLayout(general), LETTERS: QFormLayout(letters_box)}
        for spec in SETTINGS:
            form = forms[spec.group]
            editor = _editor_for(spec, self)
            error = FieldErrorLabel(self)
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            if spec.key == "serial_pattern":
                column.addWidget(self.serial_example)
                assert isinstance(editor, QLineEdit)
                editor.textChanged.connect(self._update_example)
            column.addWidget(error)
            form.addRow(QCoreApplication.translate("settings", spec.label), box)
            self.editors[spec.key] = editor
            self.errors[spec.key] = error
        self.templates_button = QPushButton(self.tr("文书模板…"), letters_box)
        self.templates_button.clicked.connect(self.edit_templates)
        forms[LETTERS].addRow("", self.templates_button)
        lists = QHBoxLayout()
        for title, _model, editor in self._lists():
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(editor)
            lists.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(general, 1)
        top.addWidget(letters_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _load(self) -> None:
        values, categories, departments = self.ops.read(
            lambda session: (
                settings_service.get_settings(session),
                settings_service.names_of(session, NameList.CATEGORY),
                settings_service.names_of(session, NameList.DEPARTMENT),
            )
        )
        for key, editor in self.editors.items():
            _set_value(editor, values[key])
        self.categories.set_names(categories)
        self.departments.set_names(departments)
        self._update_example()

    def _update_example(self) -> None:
        pattern = str(_get_value(self.editors["serial_pattern"]))
        problem = check_pattern(pattern)
        if problem:
            self.serial_example.setStyleSheet("color: #c62828;")
            self.serial_example.setText(QCoreApplication.translate("settings", problem))
        else:
            example = format_serial(pattern, self.today.year, EXAMPLE_NUMBER)
            self.serial_example.setStyleSheet("color: #555;")
            self.serial_example.setText(self.tr("示例：%1").replace("%1", example))

    def values(self) -> dict[str, Any]:
        return {key: _get_value(editor) for key, editor in self.editors.items()}

    def _check(self, values: dict[str, Any]) -> bool:
        ok = True
        for spec in SETTINGS:
            message = spec.check(values[spec.key])
            self.errors[spec.key].show_message(QCoreApplication.translate("settings", message))
            ok = ok and not message
        return ok

    def try_save(self) -> bool:
        """Check, then save everything in one transaction; errors stay on screen."""
        values = self.values()
        self.general_error.show_message("")
        if not self._check(values):
            return False
        lists = [(title, which, editor.names()) for title, which, editor in self._lists()]
        try:
            self.ops.call(
                lambda session: settings_service.save_settings_and_lists(session, values, lists),
                action="settings.save",
                permission=Permission.SETTINGS,
                changes=Changes(settings=True),
                object_kind="setting",
            )
        except SettingError as error:
            self.general_error.show_message(str(error))
            return False
        self.accept()
        return True

    def edit_templates(self) -> None:
        LetterTemplatesDialog.run(self, self.ops)

    def _lists(self) -> tuple[tuple[str, NameList, NameListEditor], ...]:
        return (
            (self.tr("内容分类"), NameList.CATEGORY, self.categories),
            (self.tr("承办部门"), NameList.DEPARTMENT, self.departments),
        )

    @staticmethod
    def ask(parent: QWidget | None, ops: Operations, today: dt.date) -> bool:
        """Run the dialog; True when the settings were saved."""
        dialog = SettingsDialog(ops, today, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
