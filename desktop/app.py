"""The desktop application's entry point: open the database, show the register window.

Qt lives under ``desktop.ui``; this module only wires it to the database.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from desktop.cli.common import CliError
from desktop.services.database import open_database


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

    app = create_application(sys.argv[:1])
    try:
        database = open_database(db_url)
    except Exception as error:
        raise CliError(f"无法打开数据库：{error}") from error
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
