"""Helpers shared by the sub-commands: errors, date arguments, opening the database."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.database import Database


class CliError(Exception):
    """A user error: printed as one line, exit code ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def iso_date(text: str) -> dt.date:
    """argparse type for ``YYYY-MM-DD`` dates, with a Chinese message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text!r}") from None


def open_db(args: argparse.Namespace) -> Database:
    # Imported here: SQLAlchemy and Alembic are not needed to print help or a deadline.
    from desktop.services.database import open_database

    try:
        return open_database(args.db)
    except Exception as error:
        raise CliError(f"无法打开数据库：{error}") from error


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
