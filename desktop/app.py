"""The desktop application's entry point: open the database, show the register window.

Qt lives under ``desktop.ui``; this module only wires it to the database.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

from db.engine import default_url, sqlite_path
from desktop.cli.common import CliError
from desktop.services.database import (
    Database,
    DatabaseError,
    default_location,
    describe_error,
    is_new_file,
    open_database,
)


def open_for_window(db_url: str | None, ask: Callable[[Path], bool]) -> Database | None:
    """The register for the window; None when the user declines to create a new file.

    The default register is created silently on first start; any other file that does
    not exist yet is created only after ``ask(path)`` agrees (a mistyped ``--db``).
    """
    path = sqlite_path(db_url or default_url())
    asking = path is not None and not default_location(db_url) and is_new_file(db_url)
    if asking and path is not None and not ask(path):
        return None
    try:
        return open_database(db_url)
    except DatabaseError as error:
        raise CliError(str(error)) from error
    except Exception as error:
        raise CliError(f"无法打开数据库：{describe_error(error)}") from error


def run_gui(
    db_url: str | None, quit_after_ready: bool = False, started: float | None = None
) -> int:
    """Run the GUI until the main window closes; returns the exit code.

    With ``quit_after_ready`` it prints ``ready in <N> ms`` (from ``started``, a
    ``time.perf_counter`` value taken as early as possible) once the main window
    is shown, and exits 0.
    """
    started = time.perf_counter() if started is None else started
    from desktop.ui.app_setup import create_application, run_until_ready, run_window
    from desktop.ui.bus import DataBus
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell import assemble, start_background_checks
    from desktop.ui.startup import ask_create_database

    app = create_application(sys.argv[:1])
    database = open_for_window(db_url, ask_create_database)
    if database is None:
        raise CliError("未新建数据库，窗口未打开")
    try:
        bus = DataBus()
        window = MainWindow(database, bus)
        shell = assemble(window, database, bus)
        if quit_after_ready:
            code = run_until_ready(app, window, started)
        else:
            start_background_checks(shell, database, dt.date.today())
            code = run_window(app, window)
        window.deleteLater()
        return code
    finally:
        database.close()
