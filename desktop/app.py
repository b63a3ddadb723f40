"""The desktop application's entry point: open the database, show the register window.

Qt lives under ``desktop.ui``; this module only wires it to the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from db.engine import default_url, sqlite_path
from desktop.cli.common import CliError
from desktop.core.roles import Role
from desktop.errors import UserError
from desktop.services.database import (
    Database,
    DatabaseError,
    default_location,
    describe_error,
    is_new_file,
    open_database,
)
from desktop.services.users import Actor


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
    db_url: str | None,
    quit_after_ready: bool = False,
    started: float | None = None,
    user: str | None = None,
) -> int:
    """Run the GUI until the main window closes; returns the exit code.

    With ``quit_after_ready`` it prints ``ready in <N> ms`` (from ``started``, a
    ``time.perf_counter`` value taken as early as possible) once the main window
    is shown, and exits 0.
    """
    started = time.perf_counter() if started is None else started
    from desktop.ui.app_setup import (
        collect_garbage_once_shown,
        create_application,
        run_until_ready,
        run_window,
    )
    from desktop.ui.bus import DataBus
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations
    from desktop.ui.setup_dialog import ask_on_first_start
    from desktop.ui.shell import assemble, start_background_checks
    from desktop.ui.startup import ask_create_database

    app = create_application(sys.argv[:1])
    database = open_for_window(db_url, ask_create_database)
    if database is None:
        raise CliError("未新建数据库，窗口未打开")
    try:
        actor = _who_acts(database, user)
        if actor is None:  # the login dialog was left
            return 0
        if not quit_after_ready:  # the start-up measurement is not a day's first start
            _daily_backup(database)
        ops = Operations(database, actor, DataBus())
        window = MainWindow(ops)
        shell = assemble(window)
        collect_garbage_once_shown()
        if quit_after_ready:
            code = run_until_ready(app, window, started)
        else:
            start_background_checks(shell, dt.date.today())
            ask_on_first_start(window, ops)
            code = run_window(app, window)
        ops.wait()
        window.deleteLater()
        return code
    finally:
        database.close()


def _who_acts(database: Database, user: str | None) -> Actor | None:
    """The OS login (or ``user``) when login is optional, else whoever logs in."""
    from desktop.services import users
    from desktop.ui.login_dialog import LoginDialog

    name = user or os.environ.get("DISCLOSURE_DESK_USER") or users.os_login()
    if not users.is_login_required(database):
        try:
            return workstation_actor(database, name)
        except UserError as error:  # this OS login has no (enabled) account
            raise CliError(str(error)) from error

    def login(login_name: str, password: str) -> Actor:
        return users.login(
            database,
            name=login_name,
            password=password,
            workstation=users.workstation_name(),
            now=dt.datetime.now(dt.UTC),
        )

    return LoginDialog.ask(login, name)


def _daily_backup(database: Database) -> None:
    """Once a day at start-up; a failure is logged, never stops the clerk's work."""
    from desktop.services import backup

    try:
        backup.automatic_backup(database, today=dt.date.today())
    except UserError:
        logging.getLogger(__name__).exception("automatic backup failed")
