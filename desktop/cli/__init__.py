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
from desktop.errors import UserError

#: Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "desktop.cli.gui",
    "desktop.cli.demo",
    "desktop.cli.alerts",
    "desktop.cli.deadline",
    "desktop.cli.report",
    "desktop.cli.ledger",
    "desktop.cli.letters",
    "desktop.cli.accounts",
    "desktop.cli.calendar",
    "desktop.cli.settings",
)
#: Which module defines each command: a run imports only its own (start-up time of
#: scripted commands), ``--help`` and unknown commands import them all.
COMMAND_OF = {
    "gui": "desktop.cli.gui",
    "demo": "desktop.cli.demo",
    "alerts": "desktop.cli.alerts",
    "deadline": "desktop.cli.deadline",
    "report": "desktop.cli.report",
    "import": "desktop.cli.ledger",
    "export": "desktop.cli.ledger",
    "template": "desktop.cli.ledger",
    "letter": "desktop.cli.letters",
    "user": "desktop.cli.accounts",
    "audit": "desktop.cli.accounts",
    "backup": "desktop.cli.accounts",
    "restore": "desktop.cli.accounts",
    "calendar": "desktop.cli.calendar",
    "settings": "desktop.cli.settings",
}
#: Global options that take a value (skipped when looking for the command's name).
_VALUED_OPTIONS = ("--db", "--user")


def _command_name(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (after the global ``--db URL``), if any."""
    words = iter(argv)
    for word in words:
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif not word.startswith(tuple(f"{o}=" for o in _VALUED_OPTIONS)):
            return None  # --help and the like: every command is wanted
    return None


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese one-line errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: 参数错误：{message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only ``command``'s module when it is known."""
    parser = _Parser(
        prog="disclosure-desk",
        description="政府信息公开申请办理台账 DisclosureDesk",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="数据库：SQLAlchemy URL 或 SQLite 文件路径（默认：环境变量 DISCLOSURE_DESK_DB 或用户数据目录）",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="以该用户身份执行（默认：环境变量 DISCLOSURE_DESK_USER 或操作系统登录名）",
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    module = COMMAND_OF.get(command or "")
    for name in (module,) if module else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = _command_name(words)
    if command is None and not any(
        w.startswith("-") and not w.startswith(_VALUED_OPTIONS) for w in words
    ):
        words, command = [*words, "gui"], "gui"  # no command: open the window
    args = build_parser(command).parse_args(words)
    try:
        code: int = args.handler(args)
    except CliError as error:
        print(f"disclosure-desk: {error}", file=sys.stderr)
        return error.exit_code
    except UserError as error:  # a refusal from a service: one Chinese line
        print(f"disclosure-desk: {error}", file=sys.stderr)
        return 2
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
