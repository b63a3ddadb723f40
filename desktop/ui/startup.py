"""Questions the window asks before it opens a register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_create_database(path: Path, parent: QWidget | None = None) -> bool:
    """Ask before creating a new register file other than the default one.

    A mistyped ``--db`` would otherwise open an empty register that looks as if
    nothing were pending. "No" is the default button.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Startup", "新建台账数据库"))
    box.setText(QCoreApplication.translate("Startup", "数据库文件不存在，是否新建一个空台账？"))
    box.setInformativeText(str(path))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Startup", "新建")
    )
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Startup", "取消"))
    return box.exec() == QMessageBox.StandardButton.Yes
