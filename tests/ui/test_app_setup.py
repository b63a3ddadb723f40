"""The application's icon (every shipped size, found through the resources module) and
the garbage collector around start-up."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from desktop.paths import resource
from desktop.ui.app_setup import application_icon, collect_garbage_once_shown


def test_icon_has_every_size_from_16_to_256(qtbot: QtBot) -> None:
    icon = application_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not icon.pixmap(QSize(64, 64)).toImage().isNull()
    assert resource("icons", "disclosure-desk.svg").is_file()  # the source the PNGs come from


def test_garbage_collection_resumes_once_the_window_is_up(qtbot: QtBot) -> None:
    """``desktop/__main__.py`` starts without the collector; the first event-loop turn
    turns it on and freezes what start-up built."""
    gc.disable()
    try:
        collect_garbage_once_shown()
        assert not gc.isenabled()  # not before the event loop runs
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
