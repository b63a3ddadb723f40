"""Deadline alerts: what is overdue or due within the threshold, and what is alerted.

The threshold is the ``due_soon_days`` setting; *what* is alerted (the kinds of
item) is the ``alert_kinds`` setting, a list of ``DueKind`` values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.core.status import days_words
from desktop.core.vocab import DueKind
from desktop.errors import UserError
from desktop.services import settings as settings_service
from desktop.services.calendar import load_calendar
from desktop.services.dashboard import (
    DashboardItem,
    event_items,
    reply_items_due,
    urgency_key,
)

if TYPE_CHECKING:  # ReportLab loads when a sheet is made, not with the alert check
    from desktop.reports.alerts_pdf import AlertSheet

MAX_WITHIN = 20

#: An alert item is a dashboard item: id, serial, applicant type and name,
#: department, kind, due date, working days left, provisional.
AlertItem = DashboardItem


class AlertSettingError(UserError, ValueError):
    """An alert setting that cannot be stored (message in Chinese)."""


def get_alert_kinds(session: Session) -> frozenset[DueKind]:
    """The kinds of item that are alerted (all but correction notices unless changed)."""
    return frozenset(DueKind(v) for v in settings_service.get_setting(session, "alert_kinds"))


def save_alert_kinds(session: Session, *, kinds: Iterable[DueKind]) -> None:
    """Store which kinds of item are alerted (in ``DueKind`` order)."""
    chosen = set(kinds)
    settings_service.save_settings(
        session, {"alert_kinds": [k.value for k in DueKind if k in chosen]}
    )


@dataclass(frozen=True)
class AlertSummary:
    """The alert list of one day, most urgent first."""

    today: dt.date
    within: int
    kinds: frozenset[DueKind]
    items: tuple[AlertItem, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.overdue)

    @property
    def due_today(self) -> int:
        return sum(1 for i in self.items if i.working_days_left == 0)

    @property
    def due_soon(self) -> int:
        return sum(1 for i in self.items if (i.working_days_left or 0) > 0)

    @property
    def is_empty(self) -> bool:
        return not self.items

    def count_of(self, kind: DueKind) -> int:
        return sum(1 for i in self.items if i.kind is kind)


def collect_alerts(
    session: Session,
    *,
    today: dt.date,
    within: int | None = None,
    kinds: Iterable[DueKind] | None = None,
    department_id: int | None = None,
) -> AlertSummary:
    """Everything overdue or due within ``within`` working days (default: the setting)."""
    if within is None:
        within = int(settings_service.get_setting(session, "due_soon_days"))
    if not 0 <= within <= MAX_WITHIN:
        raise AlertSettingError(f"提醒天数须为 0 到 {MAX_WITHIN} 之间的整数")
    chosen = get_alert_kinds(session) if kinds is None else frozenset(kinds)
    items: list[AlertItem] = []
    if DueKind.REPLY in chosen:
        items += reply_items_due(session, today=today, within=within, department_id=department_id)
    if chosen - {DueKind.REPLY}:
        calendar = load_calendar(session)
        pending = event_items(session, calendar=calendar, today=today, department_id=department_id)
        items += (i for i in pending if i.kind in chosen and _within(i, within))
    return AlertSummary(today, within, chosen, tuple(sorted(items, key=urgency_key)))


def _within(item: AlertItem, within: int) -> bool:
    return item.working_days_left is not None and item.working_days_left <= within


def alert_sheet(summary: AlertSummary, *, agency: str) -> AlertSheet:
    """The summary as the PDF's value object (internal: names the applicants)."""
    from desktop.reports.alerts_pdf import AlertSheet, AlertSheetRow

    rows = tuple(
        AlertSheetRow(
            serial=i.serial,
            applicant_type=i.applicant_type.label,
            applicant_name=i.applicant_name,
            department=i.department,
            what=(i.kind.label if i.kind else "")
            + ("（补正告知逾期）" if i.correction_notice_late else ""),
            due=i.due.isoformat() + ("（临时）" if i.provisional else "") if i.due else "",
            days_left=_days_left_text(i.working_days_left),
            overdue=i.overdue,
        )
        for i in summary.items
    )
    return AlertSheet(
        agency=agency,
        today=summary.today,
        within=summary.within,
        overdue=summary.overdue,
        due_today=summary.due_today,
        due_soon=summary.due_soon,
        rows=rows,
    )


def _days_left_text(left: int | None) -> str:
    return days_words(left).text


def export_alert_pdf(session: Session, *, summary: AlertSummary) -> bytes:
    """The alert list as a PDF marked 内部 on every page."""
    from desktop.reports.alerts_pdf import render_alert_pdf

    agency = str(settings_service.get_setting(session, "agency_name"))
    return render_alert_pdf(alert_sheet(summary, agency=agency))
