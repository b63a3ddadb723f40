"""``disclosure-desk gui``: open the register window (the default command)."""

from __future__ import annotations

import argparse
import time
from typing import Any

#: Captured when the CLI is first imported, as close to process start as this
#: package gets; ``--quit-after-ready`` reports the start-up time from here.
STARTED = time.perf_counter()


def register(sub: Any) -> None:
    parser = sub.add_parser("gui", help="打开台账窗口（默认命令）")
    parser.add_argument(
        "--quit-after-ready",
        action="store_true",
        help="主窗口显示后打印启动耗时并退出（用于测量启动速度）",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only when the window is really wanted, so that the other
    # commands start fast and run where no display exists.
    from desktop.app import run_gui

    return run_gui(args.db, quit_after_ready=args.quit_after_ready, started=STARTED, user=args.user)
