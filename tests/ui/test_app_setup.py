"""The application's icon: every shipped size, found through the resources module."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from desktop.paths import resource
from desktop.ui.app_setup import application_icon


def test_icon_has_every_size_from_16_to_256(qtbot: QtBot) -> None:
    icon = application_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not icon.pixmap(QSize(64, 64)).toImage().isNull()
    assert resource("icons", "disclosure-desk.svg").is_file()  # the source the PNGs come from
