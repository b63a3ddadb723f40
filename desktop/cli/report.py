"""``disclosure-desk report``: the annual report tables and period statistics as files.

- ``report annual --year 2025 --format csv|xlsx|pdf --out FILE`` (``--out -``
  writes to standard output; CSV then has no byte-order mark);
- ``report quarterly --year 2025 --quarter 1 --out FILE.pdf``;
- ``report range --from 2025-01-01 --to 2025-06-30 --out FILE.pdf``;
- the whole annual report: ``report annual-text --year 2025 --chapter 一|五|六 --file F``
  stores a chapter's text, ``report annual-table2 --year 2025 --file F.csv`` stores
  table 二 (``--template --out F.csv`` writes the CSV to fill in), ``report
  annual-report --year 2025 --format docx|pdf --out F`` writes the document.

Nothing is written when the figures do not balance: the command names the
figure and column that disagree and exits with status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    FIRST_YEAR,
    CliError,
    check_out_suffix,
    iso_date,
    open_db,
    report_year,
    warn_if_placeholder,
)
from desktop.core.statistics import PeriodNotStarted, PeriodStatistics, check_period

if TYPE_CHECKING:  # the services (SQLAlchemy) are imported when a command runs
    from desktop.services.statistics import AnnualTables

FORMATS = ("csv", "xlsx", "pdf")
STDOUT = "-"
CHECK_FAILED = 1


def register(sub: Any) -> None:
    parser = sub.add_parser("report", help="导出年度报告表格或期间统计")
    kinds = parser.add_subparsers(dest="report_kind", metavar="报告", required=True)
    annual = kinds.add_parser("annual", help="年度报告表三、表四（CSV/XLSX/PDF）")
    annual.add_argument("--year", type=report_year, required=True, help="报告年度")
    annual.add_argument("--format", choices=FORMATS, help="文件格式（默认按 --out 的扩展名）")
    _out_argument(annual, "；CSV 文件带 UTF-8 BOM 以便 Excel 正确显示中文，输出到标准输出时不带")
    annual.set_defaults(handler=run_annual)
    quarterly = kinds.add_parser("quarterly", help="季度统计（PDF）")
    quarterly.add_argument("--year", type=report_year, required=True, help="年度")
    quarterly.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True, help="季度")
    _out_argument(quarterly)
    quarterly.set_defaults(handler=run_quarterly)
    period = kinds.add_parser("range", help="任意期间的统计（PDF）")
    period.add_argument("--from", dest="start", type=iso_date, required=True, help="开始日期")
    period.add_argument("--to", dest="end", type=iso_date, required=True, help="结束日期")
    _out_argument(period)
    period.set_defaults(handler=run_range)
    register_annual_report(kinds)


# --- the whole annual report (chapters 一–六) -------------------------------------------------

REPORT_FORMATS = ("docx", "pdf")


def register_annual_report(kinds: Any) -> None:
    """``annual-text``, ``annual-table2`` and ``annual-report``."""
    text = kinds.add_parser("annual-text", help="保存年度报告第一、五、六部分的文字")
    text.add_argument("--year", type=report_year, required=True, help="报告年度")
    text.add_argument("--chapter", choices=("一", "五", "六"), required=True, help="部分")
    text.add_argument("--file", required=True, help="UTF-8 文本文件（每段一行；空文件清空该部分）")
    text.set_defaults(handler=run_annual_text)
    table2 = kinds.add_parser("annual-table2", help="保存或导出年度报告表二（主动公开情况）")
    table2.add_argument("--year", type=report_year, required=True, help="报告年度")
    table2.add_argument("--file", help="填好的表二 CSV（UTF-8 或 GB18030）")
    table2.add_argument("--template", action="store_true", help="导出表二 CSV（含已填数字）")
    table2.add_argument("--out", help="--template 的输出文件（- 表示标准输出）")
    table2.set_defaults(handler=run_annual_table2)
    report = kinds.add_parser("annual-report", help="整份年度报告（Word 或 PDF）")
    report.add_argument("--year", type=report_year, required=True, help="报告年度")
    report.add_argument("--format", choices=REPORT_FORMATS, help="格式（默认按 --out 的扩展名）")
    _out_argument(report)
    report.set_defaults(handler=run_annual_report)


def _login() -> str:
    """Who is saving: the operating-system login until the application has its own users."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _read_text(path: str) -> str:
    from desktop.services.spreadsheets import SpreadsheetError, _decode

    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise CliError(f"无法读取文件 {path}：{error.strerror or error}") from error
    try:
        return _decode(raw)
    except SpreadsheetError as error:
        raise CliError(str(error)) from error


def _save(work: Any, args: argparse.Namespace) -> Any:
    from desktop.services.annual_report import AnnualReportError

    database = open_db(args)
    try:
        with database.session() as session:
            return work(session)
    except AnnualReportError as error:
        raise CliError(f"未保存：{error}") from error
    finally:
        database.close()


def run_annual_text(args: argparse.Namespace) -> int:
    from desktop.core.annual import CHAPTER_PARTS
    from desktop.services.annual_report import save_text

    part = CHAPTER_PARTS[args.chapter]
    text = _read_text(args.file)
    _save(lambda s: save_text(s, year=args.year, part=part, text=text, updated_by=_login()), args)
    state = "已保存" if text.strip() else "已清空"
    print(f"{args.year}年度报告“{part.label}”{state}")
    return 0


def run_annual_table2(args: argparse.Namespace) -> int:
    from desktop.core.annual import parse_table2_csv, table2_csv
    from desktop.services.annual_report import load_draft, save_table2

    if args.template:
        if not args.out:
            raise CliError("请用 --out 指定表二 CSV 的输出文件")
        draft = _save(lambda s: load_draft(s, year=args.year), args)
        body = table2_csv(args.year, draft.table2)
        _write(args.out, (body if args.out == STDOUT else "\ufeff" + body).encode("utf-8"))
        return 0
    if not args.file:
        raise CliError("请用 --file 指定填好的表二 CSV，或用 --template --out 导出模板")
    cells, problems = parse_table2_csv(args.year, _read_text(args.file))
    if problems:
        raise CliError("表二未保存：" + "；".join(problems))
    _save(lambda s: save_table2(s, year=args.year, cells=cells, updated_by=_login()), args)
    print(f"{args.year}年度报告表二已保存（{len(cells)} 格有数字）")
    return 0


def _report_format(args: argparse.Namespace) -> str:
    if args.format:
        check_out_suffix(args.out, args.format)
        return str(args.format)
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix not in REPORT_FORMATS:
        raise CliError("无法从输出文件名判断格式，请用 --format 指定 docx 或 pdf")
    return suffix


def run_annual_report(args: argparse.Namespace) -> int:
    from desktop.core.annual import missing_note
    from desktop.reports.layout import ReportCheckFailed
    from desktop.services.annual_report import annual_report

    fmt = _report_format(args)
    today = dt.date.today()
    if args.year >= today.year:
        raise CliError(f"{args.year}年尚未结束，年度报告只能就已结束的年度生成")
    report = _save(lambda s: annual_report(s, year=args.year, published_on=today), args)
    try:
        if fmt == "docx":
            from desktop.reports.annual_docx import render_annual_report_docx

            data = render_annual_report_docx(report)
        else:
            from desktop.reports.annual_report_pdf import render_annual_report_pdf

            data = render_annual_report_pdf(report)
    except ReportCheckFailed as error:
        raise CliError(f"统计数据勾稽关系不成立，未导出：{error}", CHECK_FAILED) from error
    _write(args.out, data)
    if note := missing_note(report.draft.missing_parts()):
        print(f"disclosure-desk: 注意：{note}", file=sys.stderr)
    if report.applications_drafted:
        print(
            "disclosure-desk: 注意：第一部分的依申请公开情况为按统计数字生成的草稿，尚未经人工修改",
            file=sys.stderr,
        )
    return 0


def _out_argument(parser: argparse.ArgumentParser, note: str = "") -> None:
    parser.add_argument("--out", required=True, help=f"输出文件（- 表示标准输出）{note}")


def _annual_format(args: argparse.Namespace) -> str:
    if args.format:
        check_out_suffix(args.out, args.format)
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
        from desktop.reports.tables import annual_csv_bytes

        return annual_csv_bytes(tables.table3, tables.table4, bom=out != STDOUT)
    if fmt == "xlsx":
        from desktop.reports.tables import annual_xlsx

        return annual_xlsx(tables.table3, tables.table4, agency=tables.agency)
    from desktop.reports.annual_pdf import render_annual_pdf

    return render_annual_pdf(tables.table3, tables.table4, agency=tables.agency, year=tables.year)


def run_annual(args: argparse.Namespace) -> int:
    from desktop.services import statistics as statistics_service

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


def _today() -> dt.date:
    return dt.date.today()


def _check_period(start: dt.date, end: dt.date) -> None:
    """Refuse a period before the regulations' reports or one that has not begun."""
    today = _today()
    if start.year < FIRST_YEAR or end.year > today.year + 1:
        raise CliError(f"统计期间须在 {FIRST_YEAR} 年至 {today.year + 1} 年之间")
    if start > today:
        raise CliError(f"统计期间尚未开始（{start.isoformat()} 起）")


def run_quarterly(args: argparse.Namespace) -> int:
    from desktop.services import statistics as statistics_service

    check_out_suffix(args.out, "pdf")
    first_month = 3 * args.quarter - 2
    _check_period(dt.date(args.year, first_month, 1), dt.date(args.year, first_month, 1))
    database = open_db(args)
    try:
        with database.session() as session:
            stats = statistics_service.quarterly_statistics(
                session, year=args.year, quarter=args.quarter, today=_today()
            )
    except PeriodNotStarted as error:
        raise CliError(str(error)) from error
    finally:
        database.close()
    return _write_period_pdf(stats, args.out)


def run_range(args: argparse.Namespace) -> int:
    from desktop.services import statistics as statistics_service

    if args.end < args.start:
        raise CliError("结束日期不能早于开始日期")
    check_out_suffix(args.out, "pdf")
    _check_period(args.start, args.end)
    database = open_db(args)
    try:
        with database.session() as session:
            stats = statistics_service.range_statistics(
                session, start=args.start, end=args.end, today=_today()
            )
    except PeriodNotStarted as error:
        raise CliError(str(error)) from error
    finally:
        database.close()
    return _write_period_pdf(stats, args.out)
