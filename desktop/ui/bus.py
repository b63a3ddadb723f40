"""Application-wide signals, so every view updates when data changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """The operation runner publishes here what each operation changed; views connect."""

    #: a ``desktop.services.operations.Changes``: what the last operation changed.
    changed = Signal(object)
    #: ask the main window to open an application's detail (by id).
    open_application = Signal(int)
    #: ask the main window to show the register searched for these words.
    search_register = Signal(str)
