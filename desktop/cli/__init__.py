"""The ``disclosure-desk`` command line.

Each sub-command lives in its own module with ``register(subparsers)``; the
handler it sets returns the exit code. Errors are one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop.cli.common import CliError

#: Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "desktop.cli.gui",
    "desktop.cli.demo",
    "desktop.cli.alerts",
    "desktop.cli.deadline",
    "desktop.cli.report",
    "desktop.cli.ledger",
)


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese one-line errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: 参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="disclosure-desk",
        description="政府信息公开申请办理台账 DisclosureDesk",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="数据库：SQLAlchemy URL 或 SQLite 文件路径（默认：环境变量 DISCLOSURE_DESK_DB 或用户数据目录）",
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        code: int = args.handler(args)
    except CliError as error:
        print(f"disclosure-desk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second complaint when Python exits
        return 0
    except Exception as error:  # last resort: one line, never a traceback
        print(f"disclosure-desk: 出错：{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
