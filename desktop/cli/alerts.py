"""``disclosure-desk alerts``: overdue and due-soon applications, for scheduled jobs.

Exit code 0 when nothing is overdue, 1 when something is, 2 on errors, so a
scheduler can act on it. The output never names applicants.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CliError, iso_date, open_db
from desktop.core.status import days_words

if TYPE_CHECKING:  # the services (SQLAlchemy) are imported when the command runs
    from desktop.services.alerts import AlertItem, AlertSummary

HEADERS = ("申请编号", "申请人类型", "承办部门", "期限", "剩余/逾期", "到期事项")


def _within(text: str) -> int:
    from desktop.services.alerts import MAX_WITHIN

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"须为整数：{text!r}") from None
    if not 0 <= value <= MAX_WITHIN:
        raise argparse.ArgumentTypeError(f"须在 0 到 {MAX_WITHIN} 之间：{value}")
    return value


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "alerts",
        help="列出已逾期和即将到期的申请（有逾期时退出码为 1）",
        description="列出已逾期和即将到期的申请。退出码：0 无逾期，1 有逾期，2 出错。",
    )
    parser.add_argument("--today", type=iso_date, default=None, help="视为今天的日期 YYYY-MM-DD")
    parser.add_argument(
        "--within", type=_within, default=None, metavar="N", help="提醒范围（工作日，默认取设置）"
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services.alerts import AlertSettingError, collect_alerts

    today: dt.date = args.today or dt.date.today()
    database = open_db(args)
    try:
        with database.session() as session:
            summary = collect_alerts(session, today=today, within=args.within)
    except CliError:
        raise
    except AlertSettingError as error:
        raise CliError(str(error)) from error
    except Exception as error:  # exit code 1 means "overdue": errors must say 2
        from desktop.services.database import describe_error

        raise CliError(f"无法生成提醒：{describe_error(error)}") from error
    finally:
        database.close()
    print(to_json(summary) if args.json else to_text(summary))
    return 1 if summary.overdue else 0


def item_json(item: AlertItem) -> dict[str, Any]:
    """One alert as a JSON object (no applicant name: scripts may pass it on)."""
    return {
        "serial": item.serial,
        "applicant_type": item.applicant_type.value,
        "department": item.department,
        "kind": item.kind.value if item.kind else None,
        "due": item.due.isoformat() if item.due else None,
        "working_days_left": item.working_days_left,
        "provisional": item.provisional,
        "correction_notice_late": item.correction_notice_late,
    }


def to_json(summary: AlertSummary) -> str:
    return json.dumps([item_json(i) for i in summary.items], ensure_ascii=False, indent=2)


def to_text(summary: AlertSummary) -> str:
    head = (
        f"截至 {summary.today.isoformat()}：已逾期 {summary.overdue} 项，"
        f"今日到期 {summary.due_today} 项，{summary.within} 个工作日内到期 {summary.due_soon} 项"
    )
    if summary.is_empty:
        return f"{head}。\n没有逾期或即将到期的事项。"
    rows = [HEADERS, *(_text_row(i) for i in summary.items)]
    return "\n".join([head + "：", "", *_aligned(rows)])


def _text_row(item: AlertItem) -> tuple[str, ...]:
    days = days_words(item.working_days_left).text
    due = item.due.isoformat() if item.due else ""
    return (
        item.serial,
        item.applicant_type.label,
        item.department or "—",
        due + ("（临时）" if item.provisional else ""),
        days,
        what_text(item),
    )


def what_text(item: AlertItem) -> str:
    """What is due, flagged when a correction notice went out late (补正告知逾期)."""
    what = item.kind.label if item.kind else ""
    return what + ("（补正告知逾期）" if item.correction_notice_late else "")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _aligned(rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in rows
    ]
