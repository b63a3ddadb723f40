"""The ``disclosure-desk`` command line.

Each sub-command lives in its own module with ``register(subparsers)``; the
handler it sets returns the exit code. Errors are one Chinese line on stderr and
exit code 2, never a traceback, never Python, SQL or library text, never a
citizen's personal data: an unexpected failure is described generically and its
place in the code (no message, no values) goes to a log file in the user's data
directory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli.common import GLOBAL_OPTIONS, CliError, add_global_options
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
#: Where the last-resort handler logs (overridable, e.g. by the tests).
LOG_DIR_VAR = "DISCLOSURE_DESK_LOG_DIR"
ERROR_EXIT = 2

_GLOBAL_FLAGS = {flag for flags, _ in GLOBAL_OPTIONS for flag in flags}

#: argparse's own messages (Python 3.11–3.13), in Chinese.
ARGPARSE_MESSAGES = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：参数错误：%(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项值 %(value)r（可选：%(choices)s）",
    "invalid choice: %(value)s (choose from %(choices)s)": "无效的选项值 %(value)s（可选：%(choices)s）",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "须提供以下参数之一：%s",
    "ignored explicit argument %r": "多余的参数值 %r",
    "unexpected option string: %s": "意外的选项：%s",
    "can't open '%(filename)s': %(error)s": "无法打开文件 %(filename)s",
}
_PLURAL_MESSAGES = {"expected %s argument": "需要 %s 个值", "expected %s arguments": "需要 %s 个值"}


def _gettext(message: str) -> str:
    return ARGPARSE_MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    message = singular if n == 1 else plural
    return _PLURAL_MESSAGES.get(message, message)


@contextmanager
def _chinese_argparse() -> Iterator[None]:
    """argparse speaks Chinese while our parser is built and used.

    argparse looks its messages up through its module's ``_``/``ngettext`` at the
    moment it formats them; they are replaced for the duration only, so other
    argparse users in the same process (pytest) are not affected.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _command_name(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (after the global options), if any."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_FLAGS:
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif word.split("=", 1)[0] not in _GLOBAL_FLAGS:
            return None  # --help and the like: every command is wanted
    return None


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese one-line errors, exit code 2, and the global options.

    Every sub-command's parser (this class is their ``parser_class``) accepts the
    global options too, so they may follow the command name.
    """

    def __init__(self, *args: Any, top_level: bool = False, **kwargs: Any) -> None:
        if not top_level:  # a command's own option of the same name wins (audit --user)
            kwargs.setdefault("conflict_handler", "resolve")
        super().__init__(*args, **kwargs)
        add_global_options(self, top_level=top_level)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(ERROR_EXIT, f"{self.prog}: 参数错误：{message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only ``command``'s module when it is known."""
    parser = _Parser(
        prog="disclosure-desk",
        description="政府信息公开申请办理台账 DisclosureDesk",
        top_level=True,
    )
    parser.add_argument(  # argparse's own help of --version is not looked up by its gettext
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_gettext("show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    module = COMMAND_OF.get(command or "")
    for name in (module,) if module else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse(words: Sequence[str]) -> argparse.Namespace:
    command = _command_name(words)
    with _chinese_argparse():
        return build_parser(command).parse_args(words)


def log_dir() -> Path:
    if folder := os.environ.get(LOG_DIR_VAR):
        return Path(folder)
    from db.engine import default_folder

    return default_folder() / "logs"


def log_failure(error: BaseException) -> Path | None:
    """Append where ``error`` happened to the error log; returns the log file.

    Only the exception's type and the code locations are written: never its message,
    which may quote SQL parameters (names, phones, ID numbers, addresses).
    """
    from db.engine import create_private_file

    path = log_dir() / "errors.log"
    try:
        create_private_file(path)
        frames = traceback.extract_tb(error.__traceback__)
        lines = [
            f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} {type(error).__qualname__}",
            *(f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames),
        ]
        with path.open("a", encoding="utf-8") as log:
            log.write("\n".join(lines) + "\n")
    except OSError:
        return None
    return path


def _no_command_means_gui(words: list[str]) -> list[str]:
    """No command (only global options): open the window."""
    rest = iter(words)
    for word in rest:
        if word in _GLOBAL_FLAGS:
            next(rest, None)
        elif word.split("=", 1)[0] not in _GLOBAL_FLAGS:
            return words
    return [*words, "gui"]


def main(argv: Sequence[str] | None = None) -> int:
    words = _no_command_means_gui(list(sys.argv[1:] if argv is None else argv))
    args = parse(words)
    if args.command != "gui":  # the window turns it on once shown (desktop/__main__.py)
        gc.enable()
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
    except Exception as error:  # last resort: one generic line, never the error's text
        from desktop.services.database import describe_error

        logged = log_failure(error)
        where = f"（记录见 {logged}）" if logged else ""
        print(f"disclosure-desk: 出错：{describe_error(error)}{where}", file=sys.stderr)
        return ERROR_EXIT
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
