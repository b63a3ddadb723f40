"""Helpers shared by the sub-commands: errors, arguments, opening the database."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.services.users import Actor

#: Who acts and their password, when not given on the command line.
USER_VAR = "DISCLOSURE_DESK_USER"
PASSWORD_VAR = "DISCLOSURE_DESK_PASSWORD"

#: The first year of the regulations' reports (the 2008 regulations) and of any period.
FIRST_YEAR = 2008
STDOUT = "-"


class CliError(UserError):
    """A user error: printed as one line, exit code ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


#: Options every command accepts, before or after its name: (flags, argparse keywords).
#: Add one here and it works in both places (``disclosure-desk --db X alerts`` and
#: ``disclosure-desk alerts --db X``). Each takes one value.
GLOBAL_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (
        ("--db",),
        {
            "metavar": "URL",
            "help": "数据库：SQLAlchemy URL 或 SQLite 文件路径"
            "（默认：环境变量 DISCLOSURE_DESK_DB 或用户数据目录）",
        },
    ),
    (
        ("--user",),
        {
            "metavar": "NAME",
            "help": "以该用户身份执行（默认：环境变量 DISCLOSURE_DESK_USER 或操作系统登录名）",
        },
    ),
)


def add_global_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """Declare :data:`GLOBAL_OPTIONS` on ``parser``.

    On a sub-command's parser the default is ``SUPPRESS``: an option given before the
    command name is then not overwritten by the sub-command's absent one.
    """
    for flags, options in GLOBAL_OPTIONS:
        keywords = dict(options) if top_level else {**options, "default": argparse.SUPPRESS}
        parser.add_argument(*flags, **keywords)


_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> dt.date:
    """argparse type for ``YYYY-MM-DD`` dates; tells a wrong format from a day that never was."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        if _ISO_SHAPE.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(f"日期不存在：{text}") from None
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def report_year(text: str) -> int:
    """argparse type for a report year: 2008 (the regulations) to next year."""
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"年度须为整数：{text}") from None
    last = dt.date.today().year + 1
    if not FIRST_YEAR <= year <= last:
        raise argparse.ArgumentTypeError(f"年度须在 {FIRST_YEAR} 到 {last} 之间：{year}")
    return year


def check_out_suffix(out: str | Path, fmt: str) -> None:
    """Refuse an output file whose extension says another format than ``fmt``."""
    if str(out) == STDOUT:
        return
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix != fmt:
        shown = f".{suffix}" if suffix else "无扩展名"
        raise CliError(f"输出文件的扩展名（{shown}）与格式 {fmt} 不符，请使用 .{fmt}")


#: The permission (``desktop.core.roles.Permission`` value) each command needs.
COMMAND_PERMISSIONS = {
    "gui": "read",
    "deadline": "read",
    "report": "read",
    "alerts": "read_personal",  # lists applicants by name
    "export": "export_personal",
    "import": "import",
    "demo": "settings",  # fills the database with synthetic applications
    "user": "users",
    "audit": "audit",
    "backup": "backup",
    "restore": "restore",
    "letter": "handle",  # issues numbered documents (letter list only reads, but names citizens)
    "calendar": "calendar",  # import-notice stores a year (parse-notice needs no database)
    "settings": "settings",
}


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database named by ``--db`` and establish who acts (``args.actor``).

    Reading commands (the default) refuse a database that does not exist yet and create
    nothing; only commands that make a register (``demo``, ``import``) pass ``create=True``.
    The user is ``--user``, else ``DISCLOSURE_DESK_USER``, else the OS login; when
    login is required the password comes from ``DISCLOSURE_DESK_PASSWORD`` or a
    prompt. An unknown or disabled user, a wrong password or a role that may not
    run the command is refused, and the refusal is audited.
    """
    # Imported here: SQLAlchemy and Alembic are not needed to print help or a deadline.
    from desktop.services.database import DatabaseError, describe_error, open_database

    try:
        database = open_database(getattr(args, "db", None), create=create)
    except DatabaseError as error:
        raise CliError(str(error)) from error
    except Exception as error:
        raise CliError(f"无法打开数据库：{describe_error(error)}") from error
    try:
        args.actor = _authorise(database, args)
    except BaseException:
        database.close()
        raise
    return database


def _authorise(database: Database, args: argparse.Namespace) -> Actor:
    from desktop.core.roles import Permission, may
    from desktop.services import users
    from desktop.services.operations import audit_refusal

    name = getattr(args, "user", None) or os.environ.get(USER_VAR) or users.os_login()
    workstation = users.workstation_name()
    now = dt.datetime.now(dt.UTC)
    try:
        actor = users.login(
            database,
            name=name,
            password=_password(database, name),
            workstation=workstation,
            now=now,
        )
    except UserError as error:
        raise CliError(str(error)) from error
    permission = Permission(COMMAND_PERMISSIONS.get(args.command, "read"))
    if not may(actor.role, permission):
        reason = f"role {actor.role.value}"
        audit_refusal(database, actor, f"cli.{args.command}", reason, lambda: now)
        raise CliError(f"用户“{actor.name}”（{actor.role.label}）无权执行 {args.command} 命令")
    return actor


def _password(database: Database, name: str) -> str | None:
    from desktop.services import users

    if password := os.environ.get(PASSWORD_VAR):
        return password
    if not users.is_login_required(database):
        return None
    if not sys.stdin.isatty():
        raise CliError(f"需要登录：请用环境变量 {PASSWORD_VAR} 提供“{name}”的密码")
    return str(getpass.getpass(f"“{name}”的密码："))


def warn_if_placeholder(agency: str) -> None:
    """Say on stderr that a report carries the shipped placeholder instead of the agency's name."""
    import sys

    from desktop.services.settings import PLACEHOLDER_AGENCY

    if agency.strip() == PLACEHOLDER_AGENCY:
        print(
            f"disclosure-desk: 警告：机关名称仍是示例“{PLACEHOLDER_AGENCY}”，"
            "请先用 settings set agency_name 名称 设置本机关名称",
            file=sys.stderr,
        )
