"""The desktop application's entry point: open the database, show the register window.

Qt lives under ``desktop.ui``; this module only wires it to the database.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from desktop.cli.common import CliError
from desktop.core.roles import Role
from desktop.errors import UserError
from desktop.services.database import Database, open_database
from desktop.services.users import Actor


def workstation_actor(database: Database, name: str | None = None) -> Actor:
    """Who uses this window: ``name`` (default: the OS login) as recorded in the database."""
    from desktop.services import users

    name = name or users.os_login()
    with database.session() as session:
        account = users.active_account(session, name)
        return Actor(
            name=account.name, role=Role(account.role), workstation=users.workstation_name()
        )


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
    from desktop.ui.operations import Operations
    from desktop.ui.shell import assemble, start_background_checks

    app = create_application(sys.argv[:1])
    try:
        database = open_database(db_url)
    except Exception as error:
        raise CliError(f"无法打开数据库：{error}") from error
    try:
        try:
            actor = workstation_actor(database)
        except UserError as error:  # this OS login has no (enabled) account
            raise CliError(str(error)) from error
        ops = Operations(database, actor, DataBus())
        window = MainWindow(ops)
        shell = assemble(window)
        if quit_after_ready:
            code = run_until_ready(app, window, started)
        else:
            start_background_checks(shell, dt.date.today())
            code = run_window(app, window)
        ops.wait()
        window.deleteLater()
        return code
    finally:
        database.close()
