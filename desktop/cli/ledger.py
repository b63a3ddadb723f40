"""``disclosure-desk import | export | template``: the ledger spreadsheet on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli.common import CliError, check_out_suffix, iso_date, open_db
from desktop.core.ledger import LedgerFormat, LedgerProblem
from desktop.core.roles import Permission


def register(sub: Any) -> None:
    importer = sub.add_parser("import", help="从 Excel/CSV 台账导入申请（全部通过检查才导入）")
    importer.add_argument("file", type=Path, metavar="FILE", help=".xlsx 或 .csv 文件")
    importer.add_argument("--dry-run", action="store_true", help="只检查，不导入")
    importer.add_argument("--today", type=iso_date, default=None, help="视为今天的日期 YYYY-MM-DD")
    importer.set_defaults(handler=run_import)

    exporter = sub.add_parser("export", help="导出台账（含答复期限、状态等计算列）")
    exporter.add_argument(
        "--format", choices=[f.value for f in LedgerFormat], default=None, help="默认按文件后缀"
    )
    exporter.add_argument("--out", type=Path, required=True, metavar="FILE", help="输出文件")
    exporter.add_argument("--today", type=iso_date, default=None, help="视为今天的日期 YYYY-MM-DD")
    exporter.set_defaults(handler=run_export)

    template = sub.add_parser("template", help="保存空白台账模板")
    template.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="输出文件（.xlsx）"
    )
    template.set_defaults(handler=run_template)


def format_problem(problem: LedgerProblem) -> str:
    """One problem as a line: row, column, value, message."""
    value = f"“{problem.value}”" if problem.value else "（空）"
    return f"第{problem.row_number}行 [{problem.column}] {value}：{problem.message}"


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.ledger import import_ledger
    from desktop.services.operations import run_operation
    from desktop.services.spreadsheets import SpreadsheetError

    today = args.today or dt.date.today()
    database = open_db(args, create=True)  # importing may start a new register
    try:
        result, _ = run_operation(
            database,
            args.actor,
            lambda session: import_ledger(
                session, path=args.file, today=today, dry_run=args.dry_run
            ),
            action="ledger.check" if args.dry_run else "ledger.import",
            permission=Permission.IMPORT,
            object_kind="file",
            object_ref=args.file.name,
            details=lambda r: {"imported": r.imported, "rows": r.row_count},
        )
    except SpreadsheetError as error:
        raise CliError(str(error)) from error
    finally:
        database.close()
    for warning in result.warnings:
        print(f"提示：{warning}")
    if result.problems:
        for problem in result.problems:
            print(format_problem(problem))
        raise CliError(f"发现 {len(result.problems)} 个问题，未导入任何申请", exit_code=1)
    if args.dry_run:
        print(f"已检查 {result.row_count} 行，没有问题（试运行，未导入）")
    else:
        print(f"已导入 {result.imported} 件申请")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.ledger import export_ledger
    from desktop.services.operations import run_operation

    today = args.today or dt.date.today()
    fmt = LedgerFormat(args.format) if args.format else None
    if fmt is not None:
        check_out_suffix(args.out, fmt.value)
    database = open_db(args)
    try:
        count, _ = run_operation(
            database,
            args.actor,
            lambda session: export_ledger(session, path=args.out, today=today, fmt=fmt),
            action="ledger.export",
            permission=Permission.EXPORT_PERSONAL,
            object_kind="file",
            object_ref=args.out.name,
            details=lambda rows: {"rows": rows},
        )
    except OSError as error:
        raise CliError(f"无法写入文件：{error}") from error
    finally:
        database.close()
    print(f"已导出 {count} 件申请到 {args.out}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from desktop.services.ledger import write_template

    try:
        write_template(args.out)
    except OSError as error:
        raise CliError(f"无法写入文件：{error}") from error
    print(f"已保存台账模板到 {args.out}")
    return 0
