"""``disclosure-desk settings``: list, read and change the agency settings.

Values are checked exactly as in the settings dialog (the declared checks of
``desktop.services.settings``); a bad value is one Chinese line and exit code 2.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import CliError, open_db


def register(sub: Any) -> None:
    parser = sub.add_parser("settings", help="查看或修改本机关的设置")
    commands = parser.add_subparsers(dest="settings_command", metavar="操作", required=True)
    commands.add_parser("list", help="列出全部设置").set_defaults(handler=run_list)
    get = commands.add_parser("get", help="显示一项设置的值")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(handler=run_get)
    put = commands.add_parser(
        "set", help="修改一项设置（列表用逗号分隔，例如 reply,consultation_reply）"
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=run_set)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.settings import SETTINGS, get_settings

    database = open_db(args)
    try:
        with database.session() as session:
            values = get_settings(session)
    finally:
        database.close()
    for spec in SETTINGS:
        print(f"{spec.key}\t{_text(values[spec.key])}\t{spec.label}")
    return 0


def run_get(args: argparse.Namespace) -> int:
    from desktop.services.settings import SETTINGS_BY_KEY, get_setting

    if args.key not in SETTINGS_BY_KEY:
        raise CliError(f"没有名为“{args.key}”的设置项（可用 settings list 查看）")
    database = open_db(args)
    try:
        with database.session() as session:
            value = get_setting(session, args.key)
    finally:
        database.close()
    print(_text(value) if not isinstance(value, dict) else json.dumps(value, ensure_ascii=False))
    return 0


def run_set(args: argparse.Namespace) -> int:
    from desktop.core.roles import Permission
    from desktop.services.operations import Changes, run_operation
    from desktop.services.settings import SettingError, parse_setting_text, save_settings

    try:
        value = parse_setting_text(args.key, args.value)
    except SettingError as error:
        raise CliError(str(error)) from None
    database = open_db(args)
    try:
        run_operation(
            database,
            args.actor,
            lambda session: save_settings(session, {args.key: value}),
            action="settings.save",
            permission=Permission.SETTINGS,
            changes=Changes(settings=True),
            object_kind="setting",
            object_ref=args.key,
        )
    except SettingError as error:
        raise CliError(str(error)) from None
    finally:
        database.close()
    print(f"已保存：{args.key} = {_text(value)}")
    return 0
