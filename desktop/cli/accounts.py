"""``disclosure-desk user | audit | backup | restore``: accounts, the audit trail, backups.

Every change goes through the operation runner's service side, so it is checked
against the acting user's role and audited like a change made in the window.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CliError, iso_date, open_db
from desktop.core.roles import Permission, Role

if TYPE_CHECKING:  # the services (SQLAlchemy, Argon2) are imported when a command runs
    from desktop.services import audit
    from desktop.services.database import Database

#: A new password for ``user add`` / ``user passwd`` when not typed at a prompt.
NEW_PASSWORD_VAR = "DISCLOSURE_DESK_NEW_PASSWORD"


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="用户管理（管理员）")
    actions = user.add_subparsers(dest="user_command", metavar="操作", required=True)
    add = actions.add_parser("add", help="新增用户")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.set_defaults(handler=run_user_add)
    listing = actions.add_parser("list", help="列出用户")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_user_list)
    disable = actions.add_parser("disable", help="停用用户")
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(handler=run_user_disable)
    passwd = actions.add_parser("passwd", help=f"设置密码（或环境变量 {NEW_PASSWORD_VAR}）")
    passwd.add_argument("name", metavar="NAME")
    passwd.set_defaults(handler=run_user_passwd)

    trail = sub.add_parser("audit", help="操作日志（审核人、管理员）")
    trail.add_argument("what", nargs="?", choices=["verify"], help="verify：校验日志链")
    trail.add_argument("--json", action="store_true")
    trail.add_argument("--since", type=iso_date, help="起始日期 YYYY-MM-DD（UTC）")
    trail.add_argument("--user", dest="of_user", metavar="NAME", help="只看该用户")
    trail.add_argument("--application", metavar="SERIAL", help="只看该申请编号")
    trail.set_defaults(handler=run_audit)

    backup = sub.add_parser("backup", help="备份数据库（SQLite 在线备份 / pg_dump）")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", help="从备份恢复（管理员；先保留当前数据库的副本）")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)


def _write(
    database: Database, args: argparse.Namespace, work: Any, *, action: str, ref: str
) -> Any:
    from desktop.services.operations import Changes, run_operation

    result, _ = run_operation(
        database,
        args.actor,
        work,
        action=action,
        permission=Permission.USERS,
        changes=Changes(users=True),
        object_kind="user",
        object_ref=ref,
    )
    return result


def _new_password(name: str, *, required: bool) -> str:
    if password := os.environ.get(NEW_PASSWORD_VAR):
        return password
    if not sys.stdin.isatty():
        if required:
            raise CliError(f"请用环境变量 {NEW_PASSWORD_VAR} 提供新密码")
        return ""
    first = getpass.getpass(f"“{name}”的新密码：")
    if first != getpass.getpass("再输入一次："):
        raise CliError("两次输入的密码不一致")
    return first


def run_user_add(args: argparse.Namespace) -> int:
    from desktop.services import users

    database = open_db(args, create=True)  # adding the first users may start a register
    try:
        password = _new_password(args.name, required=False)
        info = _write(
            database,
            args,
            lambda s: users.add_user(s, name=args.name, role=Role(args.role), password=password),
            action="user.add",
            ref=args.name,
        )
    finally:
        database.close()
    print(f"已新增用户 {info.name}（{info.role.label}）")
    return 0


def run_user_list(args: argparse.Namespace) -> int:
    from desktop.services import users

    database = open_db(args)
    try:
        with database.session() as session:
            found = users.list_users(session)
    finally:
        database.close()
    if args.json:
        rows = [
            {"name": u.name, "role": u.role.value, "active": u.active, "password": u.has_password}
            for u in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for u in found:
        state = "启用" if u.active else "停用"
        print(f"{u.name}\t{u.role.label}\t{state}\t{'已设密码' if u.has_password else '无密码'}")
    return 0


def run_user_disable(args: argparse.Namespace) -> int:
    from desktop.services import users

    database = open_db(args)
    try:
        _write(
            database,
            args,
            lambda s: users.disable_user(s, name=args.name),
            action="user.disable",
            ref=args.name,
        )
    finally:
        database.close()
    print(f"已停用用户 {args.name}")
    return 0


def run_user_passwd(args: argparse.Namespace) -> int:
    from desktop.services import users

    database = open_db(args)
    try:
        password = _new_password(args.name, required=True)
        _write(
            database,
            args,
            lambda s: users.set_password(s, name=args.name, password=password),
            action="user.passwd",
            ref=args.name,
        )
    finally:
        database.close()
    print(f"已设置用户 {args.name} 的密码")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from desktop.services import audit

    database = open_db(args)
    try:
        with database.session() as session:
            if args.what == "verify":
                return _verify(audit.verify_chain(session))
            query = audit.AuditQuery(
                user_name=args.of_user or "",
                object_ref=args.application or "",
                since=args.since,
            )
            entries = audit.list_entries(session, query)
    finally:
        database.close()
    if args.json:
        print(json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for e in entries:
        writer.writerow(
            [
                e.sequence,
                e.at.isoformat(),
                e.user_name,
                e.workstation,
                e.action,
                e.outcome,
                e.object_ref,
            ]
        )
    return 0


def _as_json(entry: audit.AuditView) -> dict[str, Any]:
    return {
        "sequence": entry.sequence,
        "at": entry.at.isoformat(),
        "user": entry.user_name,
        "workstation": entry.workstation,
        "action": entry.action,
        "outcome": entry.outcome,
        "object_kind": entry.object_kind,
        "object": entry.object_ref,
        "before": json.loads(entry.before) if entry.before else None,
        "after": json.loads(entry.after) if entry.after else None,
        "hash": entry.entry_hash,
    }


def _verify(check: audit.ChainCheck) -> int:
    if check.intact:
        print(f"操作日志完整：共 {check.length} 条，链条校验通过")
        return 0
    print(f"操作日志被改动：第 {check.broken_at} 条 {check.reason}", file=sys.stderr)
    return 1


def _audit_only(database: Database, args: argparse.Namespace, action: str, **after: Any) -> None:
    from desktop.services.operations import run_operation

    run_operation(
        database,
        args.actor,
        lambda _session: None,
        action=action,
        permission=Permission.BACKUP if action == "backup" else Permission.RESTORE,
        object_kind="file",
        object_ref=str(after.get("file", "")),
        details=after,
    )


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup

    database = open_db(args)
    try:
        out = backup.backup(database.engine, args.out)
        _audit_only(database, args, "backup", file=out.name)
    finally:
        database.close()
    print(f"已备份到 {out}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from db.migrate import known_revisions
    from desktop.services import backup
    from desktop.services.database import open_database

    database = open_db(args, create=True)  # a backup may be restored to a new place
    try:
        kept = backup.restore(database.engine, args.file, known_revisions())
    finally:
        database.close()
    restored = open_database(args.db)  # migrates an older backup up to date
    try:
        _audit_only(restored, args, "restore", file=args.file.name, kept=kept.name)
    finally:
        restored.close()
    print(f"已从 {args.file} 恢复；原数据库已另存为 {kept}")
    return 0
