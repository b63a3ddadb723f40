"""Asking before typed work is lost: 保存 / 放弃 / 取消."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def ask_unsaved(parent: QWidget | None, question: str) -> UnsavedChoice:
    """Ask what to do with unsaved input (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("尚未保存"), question, parent=parent)
    save = box.addButton(_tr("保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("放弃(&D)"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    return UnsavedChoice.DISCARD if clicked is discard else UnsavedChoice.CANCEL


def may_close(parent: QWidget, dirty: bool, save: Callable[[], bool], question: str) -> bool:
    """Whether a window with (possibly) unsaved input may close now.

    Saving that is refused keeps the window open with the errors shown.
    """
    if not dirty:
        return True
    choice = ask_unsaved(parent, question)
    if choice is UnsavedChoice.SAVE:
        return save()
    return choice is UnsavedChoice.DISCARD
