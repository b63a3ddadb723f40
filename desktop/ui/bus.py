"""Application-wide signals, so every view updates when data changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Emitted after a service call changed data; views connect and refresh."""

    #: ids of the applications that changed (empty list: many or unknown).
    applications_changed = Signal(list)
    #: the holiday calendar or a year schedule changed (deadlines moved).
    calendar_changed = Signal()
    #: agency settings or the category/department lists changed.
    settings_changed = Signal()
    #: ask the main window to open an application's detail (by id).
    open_application = Signal(int)
