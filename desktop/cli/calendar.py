"""``disclosure-desk calendar``: read the State Council's holiday notice, check it, store it.

``parse-notice`` prints what was read without saving (no database needed);
``import-notice`` stores the year and says how many open deadlines moved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import CliError, open_db
from desktop.core.notice import NoticeError, ParsedNotice, parse_notice


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"年份须为四位数字：{text!r}")
    return int(text)


def register(sub: Any) -> None:
    parser = sub.add_parser("calendar", help="节假日日历：读取、导入国务院办公厅的放假通知")
    commands = parser.add_subparsers(dest="calendar_command", metavar="操作", required=True)
    parse = commands.add_parser(
        "parse-notice", help="读取通知文本并列出放假日和调休上班日（不保存）"
    )
    parse.add_argument("file", metavar="FILE", type=Path, help="通知全文（UTF-8 文本文件）")
    parse.add_argument("--year", type=_year, required=True, help="通知所安排的年份")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出")
    parse.set_defaults(handler=run_parse)
    store = commands.add_parser("import-notice", help="读取通知并保存为该年的节假日安排")
    store.add_argument("file", metavar="FILE", type=Path, help="通知全文（UTF-8 文本文件）")
    store.add_argument("--year", type=_year, required=True, help="通知所安排的年份")
    store.add_argument("--today", type=dt.date.fromisoformat, default=None, help=argparse.SUPPRESS)
    store.set_defaults(handler=run_import)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"找不到文件：{path}") from None
    except (OSError, UnicodeDecodeError):
        raise CliError(f"无法读取文件（须为 UTF-8 文本）：{path}") from None


def _parse(path: Path, year: int) -> ParsedNotice:
    try:
        return parse_notice(_read(path), year)
    except NoticeError as error:
        raise CliError(f"通知无法识别，{error}") from None


def run_parse(args: argparse.Namespace) -> int:
    parsed = _parse(args.file, args.year)
    if args.json:
        print(json.dumps(parsed.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{parsed.year}年节假日安排：")
    for block in parsed.blocks:
        off = "、".join(d.isoformat() for d in block.days_off) or "无"
        print(f"  {block.festival}：放假 {off}")
        if block.make_up_workdays:
            work = "、".join(d.isoformat() for d in block.make_up_workdays)
            print(f"  {block.festival}：调休上班 {work}")
    print(f"共放假 {len(parsed.days_off)} 天，调休上班 {len(parsed.make_up_workdays)} 天。")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.core.roles import Permission
    from desktop.services.calendar_admin import ScheduleRefused, import_notice
    from desktop.services.operations import ALL, Changes, run_operation

    text = _read(args.file)
    _parse(args.file, args.year)  # refuse unreadable text before opening the database
    database = open_db(args)
    try:
        today = args.today or dt.date.today()
        result, _ = run_operation(
            database,
            args.actor,
            lambda session: import_notice(session, text=text, year=args.year, today=today),
            action="calendar.import_notice",
            permission=Permission.CALENDAR,
            changes=Changes(applications=ALL, calendar=True),
            object_kind="calendar",
            object_ref=str(args.year),
        )
    except ScheduleRefused as refused:
        raise CliError("；".join(refused.errors)) from None
    finally:
        database.close()
    print(
        f"已保存{result.year}年节假日安排：放假 {len(result.days_off)} 天，"
        f"调休上班 {len(result.make_up_workdays)} 天；"
        f"{len(result.moved)} 件办理中申请的答复期限因此变化。"
    )
    for day in result.other_years:
        print(f"注意：{day.isoformat()} 属于{day.year}年，未随本年保存，请在该年日历中核对。")
    return 0
