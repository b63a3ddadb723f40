"""``disclosure-desk deadline``: the statutory deadline calculator, with or without a database.

Without ``--db`` the shipped holiday calendar is read directly (the years in
the file count as loaded); with ``--db`` the calendar stored there is used,
including the clerk's corrections.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop.cli.common import CliError, iso_date, open_db
from desktop.core.calendar import CalendarRangeError, WorkCalendar
from desktop.core.deadlines import ClockEvent
from desktop.core.explanation import (
    LATE_NOTICE_MARK,
    Explanation,
    explain,
    explanation_lines,
    provisional_mark,
)
from desktop.core.vocab import EventKind
from desktop.paths import resource
from desktop.services.calendar import SHIPPED_CSV, load_calendar, parse_holiday_csv


@dataclass(frozen=True)
class Consultation:
    sent_on: dt.date
    replied_on: dt.date | None


def consultation(text: str) -> Consultation:
    """argparse type for ``SENT[:REPLIED]`` (ISO dates; no reply = not answered yet)."""
    sent, _, replied = text.partition(":")
    try:
        return Consultation(
            dt.date.fromisoformat(sent.strip()),
            dt.date.fromisoformat(replied.strip()) if replied.strip() else None,
        )
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"征求意见应写作 发出日期:答复日期（YYYY-MM-DD:YYYY-MM-DD）：{text!r}"
        ) from None


def register(sub: Any) -> None:
    parser = sub.add_parser("deadline", help="计算法定答复期限（含补正、征求意见、延期）")
    parser.add_argument("--received", type=iso_date, required=True, help="收到申请之日 YYYY-MM-DD")
    parser.add_argument(
        "--correction-notice",
        type=iso_date,
        metavar="D",
        help="发出补正通知之日（超过7个工作日的记为补正告知逾期，期限不重新计算）",
    )
    parser.add_argument("--corrected", type=iso_date, help="收到补正材料之日（期限重新计算）")
    parser.add_argument(
        "--consult",
        type=consultation,
        action="append",
        default=[],
        metavar="SENT:REPLIED",
        help="征求意见：发出日期:收到答复日期（未答复的只写发出日期），可重复",
    )
    parser.add_argument("--extended", action="store_true", help="已批准延期")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.set_defaults(handler=run)


def shipped_calendar() -> WorkCalendar:
    """The calendar of the shipped holiday file; its years count as loaded."""
    days = parse_holiday_csv(resource(*SHIPPED_CSV).read_text(encoding="utf-8"))
    return WorkCalendar(days, {d.day.year for d in days})


def _calendar(args: argparse.Namespace) -> WorkCalendar:
    if not args.db:
        return shipped_calendar()
    database = open_db(args)
    try:
        with database.session() as session:
            return load_calendar(session)
    finally:
        database.close()


def build_events(args: argparse.Namespace) -> list[ClockEvent]:
    """The clock events the options describe; refuses impossible combinations."""
    received: dt.date = args.received
    events: list[ClockEvent] = []
    notice: dt.date | None = args.correction_notice
    if notice is not None and notice < received:
        raise CliError("发出补正通知之日不能早于收到申请之日")
    if args.corrected is not None:
        if args.corrected < received:
            raise CliError("收到补正材料之日不能早于收到申请之日")
        if notice is not None and args.corrected < notice:
            raise CliError("收到补正材料之日不能早于发出补正通知之日")
    if notice is not None or args.corrected is not None:
        # Without --correction-notice the notice counts as sent on the day of receipt.
        events.append(ClockEvent(EventKind.CORRECTION_NOTICE, notice or received))
    if args.corrected is not None:
        events.append(ClockEvent(EventKind.CORRECTION_RECEIVED, args.corrected))
    for number, item in enumerate(args.consult, start=1):
        if item.sent_on < received:
            raise CliError(f"第{number}项征求意见的发出日期不能早于收到申请之日")
        if item.replied_on is not None and item.replied_on < item.sent_on:
            raise CliError(f"第{number}项征求意见的答复日期不能早于发出日期")
        events.append(ClockEvent(EventKind.CONSULTATION_SENT, item.sent_on, id=number))
        if item.replied_on is not None:
            data = {"consultation": number}
            events.append(ClockEvent(EventKind.CONSULTATION_REPLIED, item.replied_on, data))
    if args.extended:
        events.append(ClockEvent(EventKind.EXTENSION, args.corrected or notice or received))
    return sorted(events, key=lambda e: e.on)


#: The dates of the JSON output that can be provisional, by their JSON name.
JSON_DATES = ("due", "extended_due", "correction_notice_due", "consultation_dues")


def as_json(explanation: Explanation) -> dict[str, Any]:
    d = explanation.deadlines
    return {
        "received": explanation.received_on.isoformat(),
        "start": d.start.isoformat(),
        "rule": {
            "code": d.rule.code,
            "limit": d.rule.limit,
            "extension": d.rule.extension,
            "label": d.rule.label,
        },
        "due": d.due.isoformat(),
        "extended_due": d.extended_due.isoformat(),
        "extended": d.extended,
        "effective_due": d.effective_due.isoformat() if d.effective_due else None,
        "correction_notice_due": d.correction_notice_due.isoformat(),
        "consultation_dues": [
            {
                "sent_on": c.sent_on.isoformat(),
                "due": c.due.isoformat(),
                "replied_on": c.replied_on.isoformat() if c.replied_on else None,
                "provisional": c.provisional,
            }
            for c in d.consultation_dues
        ],
        "excluded": [
            {
                "after": i.after.isoformat(),
                "until": i.until.isoformat(),
                "reason": i.reason,
                "working_days": i.working_days,
            }
            for i in explanation.exclusions
        ],
        "provisional": d.provisional,
        "provisional_dates": [name for name in JSON_DATES if d.is_provisional(name)],
        "correction_notice_late": d.correction_notice_late,
        "late_correction_notices": [day.isoformat() for day in d.late_correction_notices],
        "explanation": explanation_lines(explanation),
    }


def _print_text(explanation: Explanation) -> None:
    d = explanation.deadlines

    def mark(name: str) -> str:
        return provisional_mark(d.is_provisional(name))

    print(f"答复期限：{d.due.isoformat()}{mark('due')}")
    print(f"延长后答复期限：{d.extended_due.isoformat()}{mark('extended_due')}")
    late = "".join(
        f"；{day.isoformat()}发出{LATE_NOTICE_MARK}" for day in d.late_correction_notices
    )
    print(
        f"补正通知期限：{d.correction_notice_due.isoformat()}{mark('correction_notice_due')}{late}"
    )
    for c in d.consultation_dues:
        due = c.due.isoformat() + provisional_mark(c.provisional)
        print(f"征求意见答复期限：{due}（{c.sent_on.isoformat()}发出）")
    print()
    for line in explanation_lines(explanation):
        print(line)


def run(args: argparse.Namespace) -> int:
    events = build_events(args)
    calendar = _calendar(args)
    try:
        explanation = explain(args.received, events, calendar)
    except CalendarRangeError as error:
        raise CliError(str(error)) from error
    if args.json:
        print(json.dumps(as_json(explanation), ensure_ascii=False, indent=2))
    else:
        _print_text(explanation)
    return 0
