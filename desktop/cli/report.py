"""``disclosure-desk report``: the annual report tables and period statistics as files.

- ``report annual --year 2025 --format csv|xlsx|pdf --out FILE`` (``--out -``
  writes to standard output; CSV then has no byte-order mark);
- ``report quarterly --year 2025 --quarter 1 --out FILE.pdf``;
- ``report range --from 2025-01-01 --to 2025-06-30 --out FILE.pdf``.

Nothing is written when the figures do not balance: the command names the
figure and column that disagree and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import CliError, iso_date, open_db, warn_if_placeholder
from desktop.core.statistics import PeriodStatistics, check_period
from desktop.services import statistics as statistics_service
from desktop.services.statistics import AnnualTables

FORMATS = ("csv", "xlsx", "pdf")
STDOUT = "-"
CHECK_FAILED = 1


def register(sub: Any) -> None:
    parser = sub.add_parser("report", help="导出年度报告表格或期间统计")
    kinds = parser.add_subparsers(dest="report_kind", metavar="报告", required=True)
    annual = kinds.add_parser("annual", help="年度报告表三、表四（CSV/XLSX/PDF）")
    annual.add_argument("--year", type=int, required=True, help="报告年度")
    annual.add_argument("--format", choices=FORMATS, help="文件格式（默认按 --out 的扩展名）")
    _out_argument(annual, "；CSV 文件带 UTF-8 BOM 以便 Excel 正确显示中文，输出到标准输出时不带")
    annual.set_defaults(handler=run_annual)
    quarterly = kinds.add_parser("quarterly", help="季度统计（PDF）")
    quarterly.add_argument("--year", type=int, required=True, help="年度")
    quarterly.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True, help="季度")
    _out_argument(quarterly)
    quarterly.set_defaults(handler=run_quarterly)
    period = kinds.add_parser("range", help="任意期间的统计（PDF）")
    period.add_argument("--from", dest="start", type=iso_date, required=True, help="开始日期")
    period.add_argument("--to", dest="end", type=iso_date, required=True, help="结束日期")
    _out_argument(period)
    period.set_defaults(handler=run_range)


def _out_argument(parser: argparse.ArgumentParser, note: str = "") -> None:
    parser.add_argument("--out", required=True, help=f"输出文件（- 表示标准输出）{note}")


def _annual_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if args.out == STDOUT:
        return "csv"
    if suffix not in FORMATS:
        raise CliError("无法从输出文件名判断格式，请用 --format 指定 csv、xlsx 或 pdf")
    return suffix


def _write(out: str, data: bytes) -> None:
    if out == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(out).write_bytes(data)
    except OSError as error:
        raise CliError(f"无法写入文件 {out}：{error.strerror or error}") from error


def _refuse_if_unbalanced(problems: list[str]) -> None:
    if problems:
        raise CliError("统计数据勾稽关系不成立，未导出：" + "；".join(problems), CHECK_FAILED)


def _annual_bytes(tables: AnnualTables, fmt: str, out: str) -> bytes:
    if fmt == "csv":
        from desktop.reports.tables import table3_csv_bytes

        return table3_csv_bytes(tables.table3, bom=out != STDOUT)
    if fmt == "xlsx":
        from desktop.reports.tables import annual_xlsx

        return annual_xlsx(tables.table3, tables.table4)
    from desktop.reports.annual_pdf import render_annual_pdf

    return render_annual_pdf(tables.table3, tables.table4, agency=tables.agency, year=tables.year)


def run_annual(args: argparse.Namespace) -> int:
    fmt = _annual_format(args)
    database = open_db(args)
    try:
        with database.session() as session:
            tables = statistics_service.annual_tables(session, year=args.year)
    finally:
        database.close()
    _refuse_if_unbalanced(tables.problems())
    warn_if_placeholder(tables.agency)
    _write(args.out, _annual_bytes(tables, fmt, args.out))
    return 0


def _write_period_pdf(stats: PeriodStatistics, out: str) -> int:
    _refuse_if_unbalanced(check_period(stats))
    warn_if_placeholder(stats.agency)
    from desktop.reports.quarterly import render_quarterly_pdf

    _write(out, render_quarterly_pdf(stats))
    return 0


def run_quarterly(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.session() as session:
            stats = statistics_service.quarterly_statistics(
                session, year=args.year, quarter=args.quarter
            )
    finally:
        database.close()
    return _write_period_pdf(stats, args.out)


def run_range(args: argparse.Namespace) -> int:
    if args.end < args.start:
        raise CliError("结束日期不能早于开始日期")
    database = open_db(args)
    try:
        with database.session() as session:
            stats = statistics_service.range_statistics(session, start=args.start, end=args.end)
    finally:
        database.close()
    return _write_period_pdf(stats, args.out)
