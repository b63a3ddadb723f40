"""``disclosure-desk letter issue | list``: the documents of an application (文书)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import CliError, iso_date, open_db
from desktop.core.letters import DocumentKind


def register(sub: Any) -> None:
    letter = sub.add_parser("letter", help="出具、列出申请的文书（回执、告知书、答复书等）")
    actions = letter.add_subparsers(dest="letter_command", metavar="操作", required=True)

    issue = actions.add_parser("issue", help="出具一份文书（编号自动分配）")
    issue.add_argument("--application", required=True, metavar="SERIAL", help="申请编号")
    issue.add_argument(
        "--kind", required=True, choices=[k.value for k in DocumentKind], help="文书种类"
    )
    issue.add_argument("--date", type=iso_date, default=None, help="成文日期 YYYY-MM-DD")
    issue.add_argument("--variant", default=None, help="答复书样式（默认按办理结果）")
    issue.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="文书中由承办人填写的内容，如 correction_items=…",
    )
    issue.add_argument("--format", choices=["docx", "pdf"], default=None, help="默认按文件后缀")
    issue.add_argument("--out", type=Path, required=True, metavar="FILE", help="输出文件")
    issue.set_defaults(handler=run_issue)

    listing = actions.add_parser("list", help="列出申请的全部文书")
    listing.add_argument("--application", required=True, metavar="SERIAL", help="申请编号")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=run_list)


def _texts(pairs: list[str]) -> dict[str, str]:
    texts = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise CliError(f"--text 的格式应为 KEY=VALUE：{pair}")
        texts[key.strip()] = value.replace("\\n", "\n")
    return texts


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix: str = args.out.suffix.lower().lstrip(".")
    if suffix not in ("docx", "pdf"):
        raise CliError("请用 --format docx|pdf 指定格式，或使用 .docx/.pdf 文件名")
    return suffix


def run_issue(args: argparse.Namespace) -> int:
    from desktop.core.roles import Permission
    from desktop.services import letters
    from desktop.services.applications import find_by_serial
    from desktop.services.operations import run_operation

    fmt = _format(args)
    texts = _texts(args.text)
    database = open_db(args)

    def issue(session: Any) -> tuple[letters.DocumentView, bytes]:
        application_id = find_by_serial(session, args.application)
        if application_id is None:
            raise CliError(f"没有编号为 {args.application} 的申请")
        document = letters.issue_letter(
            session,
            application_id=application_id,
            kind=DocumentKind(args.kind),
            on=args.date,
            variant=args.variant,
            texts=texts,
            issued_by=args.actor.name,
        )
        render = letters.document_pdf if fmt == "pdf" else letters.document_docx
        return document, render(session, document.id)

    try:
        (document, data), _ = run_operation(
            database,
            args.actor,
            issue,
            action="letter.issue",
            permission=Permission.HANDLE,
            details=lambda result: {"number": result[0].number},
        )
        args.out.write_bytes(data)
    except OSError as error:
        raise CliError(f"无法写入文件：{error.strerror or error}") from error
    finally:
        database.close()
    print(f"{document.number} {document.title} → {args.out}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import letters
    from desktop.services.applications import find_by_serial
    from desktop.services.operations import read_operation

    database = open_db(args)

    def listing(session: Any) -> list[letters.DocumentView]:
        application_id = find_by_serial(session, args.application)
        if application_id is None:
            raise CliError(f"没有编号为 {args.application} 的申请")
        return letters.documents_of(session, application_id)

    try:
        documents = read_operation(database, args.actor, listing)
    finally:
        database.close()
    rows = [
        {
            "kind": d.kind.value,
            "title": d.title,
            "number": d.number,
            "date": d.issued_on.isoformat(),
            "status": d.status.value,
            "sha256": d.sha256,
        }
        for d in documents
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("该申请尚未出具文书")
    for d in documents:
        mark = "" if d.status.value == "valid" else f"（{d.status.label}）"
        print(f"{d.issued_on.isoformat()}  {d.number}  {d.title}{mark}  {d.sha256}")
    return 0
