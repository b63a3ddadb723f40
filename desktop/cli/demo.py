"""``disclosure-desk demo``: fill the database with realistic synthetic applications."""

from __future__ import annotations

import argparse
import datetime as dt
import time
from typing import Any

from desktop.cli.common import CliError, iso_date, open_db

MAX_REQUESTS = 2_000_000


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"须为正整数：{text!r}") from None
    if not 1 <= value <= MAX_REQUESTS:
        raise argparse.ArgumentTypeError(f"须在 1 到 {MAX_REQUESTS} 之间：{value}")
    return value


def register(sub: Any) -> None:
    parser = sub.add_parser("demo", help="生成演示数据（合成的申请及其办理过程）")
    parser.add_argument("--requests", type=_positive, required=True, help="申请数量")
    parser.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    parser.add_argument("--today", type=iso_date, default=None, help="视为今天的日期 YYYY-MM-DD")
    parser.add_argument(
        "--append", action="store_true", help="数据库已有申请时仍追加演示数据（默认拒绝）"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.demo import DemoRefused, generate_demo  # pypinyin: only when used

    if getattr(args, "db", None) is None:
        raise CliError("演示数据不写入默认台账：请用 --db 指定一个数据库文件")
    database = open_db(args, create=True)
    today = args.today or dt.date.today()
    started = time.perf_counter()
    try:
        # Committed chunk by chunk: other workstations can write while a large demo runs.
        with database.sessions() as session:
            summary = generate_demo(
                session,
                requests=args.requests,
                seed=args.seed,
                today=today,
                append=args.append,
                commit_chunks=True,
            )
    except DemoRefused as error:
        raise CliError(str(error)) from error
    finally:
        database.close()
    seconds = time.perf_counter() - started
    print(
        f"已生成 {summary.applications} 件演示申请（{summary.events} 个办理事项，收到日期 "
        f"{summary.first_received} 至 {summary.last_received}），用时 {seconds:.1f} 秒"
    )
    return 0
