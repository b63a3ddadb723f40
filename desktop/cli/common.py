"""Helpers shared by the sub-commands: errors, arguments, opening the database."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.database import Database

#: The first year of the regulations' reports (the 2008 regulations) and of any period.
FIRST_YEAR = 2008
STDOUT = "-"


class CliError(Exception):
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


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database named by ``--db``.

    Reading commands (the default) refuse a database that does not exist yet and create
    nothing; only commands that make a register (``demo``) pass ``create=True``.
    """
    # Imported here: SQLAlchemy and Alembic are not needed to print help or a deadline.
    from desktop.services.database import DatabaseError, describe_error, open_database

    try:
        return open_database(getattr(args, "db", None), create=create)
    except DatabaseError as error:
        raise CliError(str(error)) from error
    except Exception as error:
        raise CliError(f"无法打开数据库：{describe_error(error)}") from error
