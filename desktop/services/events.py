"""Recording the steps of an application (补正, 征求意见, 延期, 收费, 答复 …), voiding, correcting.

Every action goes through ``record_event``: the kind-specific data is checked
here, the history rules by ``desktop.core.lifecycle.check_event``; then the
event row is added and the derived columns refreshed. Events are never
deleted: a wrong one is voided, and a correction voids it and adds a
replacement pointing to it (``supersedes_id``). Both re-check the whole
remaining history first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent, utcnow
from desktop.core.calendar import WorkCalendar
from desktop.core.deadlines import ClockEvent, Deadlines, as_date, compute_deadlines
from desktop.core.explanation import Explanation, explain
from desktop.core.lifecycle import (
    Progress,
    allowed_actions,
    check_event,
    derive_progress,
    service_question,
)
from desktop.core.status import StatusInfo, correction_period_end, deadline_status
from desktop.core.vocab import (
    REPLY_OUTCOMES,
    ConsultedParty,
    DeliveryMethod,
    EventKind,
    LabelledEnum,
    Outcome,
)
from desktop.errors import UserError
from desktop.services import settings as settings_service
from desktop.services.applications import NotFound, get_application_row
from desktop.services.calendar import load_calendar
from desktop.services.derived import clock_events, refresh_derived

#: The longest correction period a clerk may give the applicant (working days).
MAX_CORRECTION_PERIOD = 60


class EventRefused(UserError, ValueError):
    """The event cannot be recorded; ``errors`` says why, in Chinese."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("；".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class RecordedEvent:
    id: int
    application_id: int


@dataclass(frozen=True)
class EventView:
    """One row of an application's timeline (voided events included)."""

    id: int
    kind: EventKind
    on: dt.date
    summary: str
    data: Mapping[str, Any]
    recorded_by: str
    recorded_at: dt.datetime
    voided: bool
    void_reason: str
    supersedes_id: int | None


@dataclass(frozen=True)
class OpenConsultation:
    event_id: int
    sent_on: dt.date
    party_name: str


@dataclass(frozen=True)
class DeadlineView:
    """Everything the lifecycle panel shows about an application's deadlines."""

    application_id: int
    serial: str
    received_on: dt.date
    progress: Progress
    deadlines: Deadlines
    status: StatusInfo
    allowed: tuple[EventKind, ...]
    open_consultations: tuple[OpenConsultation, ...]
    #: 补正期限: the applicant's last day to correct, while a correction is awaited.
    correction_period_due: dt.date | None = None


# --- checking the data of each kind ---------------------------------------------------------


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _int_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_correction_notice(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    problems = []
    if not _int_in(data.get("period_days"), 1, MAX_CORRECTION_PERIOD):
        problems.append(f"补正期限应为1至{MAX_CORRECTION_PERIOD}个工作日")
    if any(e.kind is EventKind.CORRECTION_NOTICE for e in ctx.prior):
        problems.append("补正通知应一次性告知，本申请已发出过补正通知")
    return problems


def _check_consultation_sent(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    problems = []
    if data.get("party") not in {p.value for p in ConsultedParty}:
        problems.append("请选择征求意见的对象（第三方或其他机关）")
    if not _text(data, "party_name"):
        problems.append("请填写被征求意见方的名称")
    return problems


def _check_consultation_replied(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    wanted = data.get("consultation")
    if wanted is None:
        return []
    open_ids = {c.event_id for c in open_consultations(ctx.prior)}
    return [] if wanted in open_ids else ["所选征求意见不存在或已收到答复"]


def _check_extension(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    problems = []
    if not _text(data, "approver"):
        problems.append("请填写批准延期的负责人")
    try:
        told = as_date(data.get("notified_on", ""))
    except ValueError:
        return [*problems, "请填写告知申请人的日期"]
    if told < ctx.new.on:
        problems.append("告知申请人的日期不能早于批准日期")
    if told > ctx.today:
        problems.append("告知申请人的日期不能晚于今天")
    due = ctx.deadlines().due
    if ctx.new.on > due:
        problems.append(f"延期须在答复期限（{due.isoformat()}）届满前批准")
    return problems


def _check_fee_notice(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    try:
        amount = Decimal(str(data.get("amount", "")))
    except InvalidOperation:
        return ["请填写收费金额"]
    return [] if amount.is_finite() and amount > 0 else ["收费金额应大于0"]


def _check_fee_unpaid(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    due = ctx.deadlines().fee_payment_due
    if due is not None and ctx.new.on <= due:
        return [f"缴费期限（{due.isoformat()}）届满后才能记为逾期未缴费"]
    return []


def _check_reply(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    problems = []
    if data.get("outcome") not in {o.value for o in REPLY_OUTCOMES}:
        problems.append("答复须选择有效的办理结果")
    if data.get("delivery") not in {m.value for m in DeliveryMethod}:
        problems.append("请选择送达方式")
    return problems


def _check_delivery(data: Mapping[str, Any], ctx: _Context) -> list[str]:
    if data.get("method") not in {m.value for m in DeliveryMethod}:
        return ["请选择送达方式"]
    if ctx.new.id is not None:  # recorded before: replaying a history questions nothing
        return []
    question = service_question(derive_progress(ctx.prior).closed_on, data["method"], ctx.new.on)
    if question and data.get("date_confirmed") is not True:
        return [question]
    return []


@dataclass(frozen=True)
class _Context:
    """What a kind-specific check may look at: the history before the new event."""

    received_on: dt.date
    prior: Sequence[ClockEvent]
    new: ClockEvent
    today: dt.date
    calendar: WorkCalendar

    def deadlines(self) -> Deadlines:
        return compute_deadlines(self.received_on, self.prior, self.calendar)


_DATA_CHECKS: dict[EventKind, Callable[[Mapping[str, Any], _Context], list[str]]] = {
    EventKind.CORRECTION_NOTICE: _check_correction_notice,
    EventKind.CONSULTATION_SENT: _check_consultation_sent,
    EventKind.CONSULTATION_REPLIED: _check_consultation_replied,
    EventKind.EXTENSION: _check_extension,
    EventKind.FEE_NOTICE: _check_fee_notice,
    EventKind.FEE_UNPAID: _check_fee_unpaid,
    EventKind.REPLY: _check_reply,
    EventKind.DELIVERY: _check_delivery,
}


def event_problems(
    received_on: dt.date,
    prior: Sequence[ClockEvent],
    new: ClockEvent,
    *,
    today: dt.date,
    calendar: WorkCalendar,
) -> list[str]:
    """Every reason ``new`` cannot follow ``prior`` (history rules first, then its data)."""
    if new.kind is EventKind.RECEIVED:
        return ["“收到申请”在登记时自动记录，请修改申请的收到日期"]
    problems = check_event(received_on, prior, new, today=today, calendar=calendar)
    if problems:
        return problems
    check = _DATA_CHECKS.get(new.kind)
    if check is None:
        return []
    return check(new.data, _Context(received_on, prior, new, today, calendar))


def history_problems(
    received_on: dt.date, events: Sequence[ClockEvent], *, today: dt.date, calendar: WorkCalendar
) -> list[str]:
    """Replay a whole history: the problems of each event given the ones before it."""
    ordered_events = sorted(events, key=lambda e: (e.on, e.id is None, e.id or 0))
    problems: list[str] = []
    for index, event in enumerate(ordered_events):
        if event.kind is EventKind.RECEIVED:
            continue
        found = event_problems(
            received_on, ordered_events[:index], event, today=today, calendar=calendar
        )
        label = f"{event.on.isoformat()} {event.kind.label}"
        problems.extend(f"{label}：{p}" for p in found)
    return problems


# --- recording ------------------------------------------------------------------------------


def record_event(
    session: Session,
    *,
    application_id: int,
    kind: EventKind,
    on: dt.date,
    data: Mapping[str, Any],
    today: dt.date,
    recorded_by: str = "",
) -> RecordedEvent:
    """Add one event after checking it; the derived columns follow."""
    row = get_application_row(session, application_id)
    calendar = load_calendar(session)
    clean = _clean(data)
    new = ClockEvent(kind, on, clean)
    problems = event_problems(
        row.received_on, clock_events(row.events), new, today=today, calendar=calendar
    )
    if problems:
        raise EventRefused(problems)
    event = ApplicationEvent(
        kind=kind.value, occurred_on=on, data=clean, recorded_by=recorded_by.strip()
    )
    row.events.append(event)
    session.flush()
    refresh_derived(session, row, calendar)
    return RecordedEvent(event.id, row.id)


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON-ready data: dates as ISO text, enums as their values, text stripped."""
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, str):
            value = str(value).strip()
        if key == "note" and not value:
            continue
        clean[key] = value
    return clean


def _note(note: str) -> dict[str, Any]:
    return {"note": note} if note.strip() else {}


def send_correction_notice(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    period_days: int,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """补正通知 (Art. 30), giving the applicant ``period_days`` working days."""
    data = {"period_days": period_days, **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.CORRECTION_NOTICE,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def send_consultation(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    party: ConsultedParty,
    party_name: str,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """征求意见 of a third party (Art. 32) or another agency (Art. 34)."""
    data = {"party": party.value, "party_name": party_name, **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.CONSULTATION_SENT,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def record_consultation_reply(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    today: dt.date,
    consultation_id: int | None = None,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """征求意见答复 received (for ``consultation_id``, else the oldest open one)."""
    data: dict[str, Any] = _note(note)
    if consultation_id is not None:
        data["consultation"] = consultation_id
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.CONSULTATION_REPLIED,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def approve_extension(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    approver: str,
    notified_on: dt.date,
    today: dt.date,
    days: int = 20,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """延期 approved by ``approver`` on ``on``; the applicant told on ``notified_on``."""
    data = {"approver": approver, "notified_on": notified_on, "days": days, **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.EXTENSION,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def set_manual_deadline(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    due: dt.date,
    reason: str,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """Art. 35: the agency sets its own later deadline, with a reason."""
    data = {"due": due, "reason": reason, **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.MANUAL_DEADLINE,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def send_fee_notice(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    amount: Decimal,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """收费通知 for ``amount`` 元."""
    data = {"amount": str(amount), **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.FEE_NOTICE,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def record_reply(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    outcome: Outcome,
    delivery: DeliveryMethod,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
) -> RecordedEvent:
    """答复 given on ``on`` (the day it counts as given, rules.md §5)."""
    data = {"outcome": outcome.value, "delivery": delivery.value, **_note(note)}
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.REPLY,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


def record_delivery(
    session: Session,
    *,
    application_id: int,
    on: dt.date,
    method: DeliveryMethod,
    today: dt.date,
    recorded_by: str = "",
    note: str = "",
    date_confirmed: bool = False,
) -> RecordedEvent:
    """送达 on ``on``. In person it falls on the reply day (rules.md §5): another day is
    refused unless the clerk has checked it (``date_confirmed``)."""
    data: dict[str, Any] = {"method": method.value, **_note(note)}
    if date_confirmed:
        data["date_confirmed"] = True
    return record_event(
        session,
        application_id=application_id,
        kind=EventKind.DELIVERY,
        on=on,
        data=data,
        today=today,
        recorded_by=recorded_by,
    )


class SimpleAction(Protocol):
    """An action with no data of its own beyond the date and an optional note."""

    def __call__(
        self,
        session: Session,
        *,
        application_id: int,
        on: dt.date,
        today: dt.date,
        recorded_by: str = "",
        note: str = "",
    ) -> RecordedEvent: ...


def _simple_action(kind: EventKind, doc: str) -> SimpleAction:
    def action(
        session: Session,
        *,
        application_id: int,
        on: dt.date,
        today: dt.date,
        recorded_by: str = "",
        note: str = "",
    ) -> RecordedEvent:
        return record_event(
            session,
            application_id=application_id,
            kind=kind,
            on=on,
            data=_note(note),
            today=today,
            recorded_by=recorded_by,
        )

    action.__doc__ = doc
    return action


record_corrected_application = _simple_action(
    EventKind.CORRECTION_RECEIVED, "补正材料收到: the reply deadline restarts from ``on``."
)
mark_abandoned = _simple_action(
    EventKind.ABANDONED, "视为放弃: no correction within the period (table 三 （六）1)."
)
record_fee_paid = _simple_action(
    EventKind.FEE_PAID, "缴纳费用: the fee was paid; the clock resumes."
)
record_fee_unpaid = _simple_action(
    EventKind.FEE_UNPAID, "逾期未缴费: closes the application (table 三 （六）2)."
)
record_withdrawal = _simple_action(
    EventKind.WITHDRAWAL, "申请人撤回: closes the application (table 三 （六）3)."
)
archive = _simple_action(EventKind.ARCHIVE, "归档.")


# --- voiding and correcting -----------------------------------------------------------------


def _event_row(session: Session, event_id: int) -> ApplicationEvent:
    row = session.get(ApplicationEvent, event_id)
    if row is None:
        raise NotFound(event_id)
    if row.kind == EventKind.RECEIVED.value:
        raise EventRefused(["“收到申请”不能作废或更正，请修改申请的收到日期"])
    if row.voided_at is not None:
        raise EventRefused(["该事件已作废"])
    return row


def _check_reason(reason: str) -> None:
    if not reason.strip():
        raise EventRefused(["请填写作废或更正的原因"])


def _check_history(
    session: Session, application: Application, events: list[ClockEvent], today: dt.date
) -> WorkCalendar:
    calendar = load_calendar(session)
    problems = history_problems(application.received_on, events, today=today, calendar=calendar)
    if problems:
        raise EventRefused(["修改后办理记录前后矛盾", *problems])
    return calendar


def void_event(session: Session, *, event_id: int, reason: str, today: dt.date) -> None:
    """作废: mark the event void (never deleted), if the rest of the history still holds."""
    _check_reason(reason)
    row = _event_row(session, event_id)
    application = row.application
    remaining = [e for e in clock_events(application.events) if e.id != row.id]
    calendar = _check_history(session, application, remaining, today)
    row.voided_at = utcnow()
    row.void_reason = reason.strip()
    session.flush()
    refresh_derived(session, application, calendar)


def correct_event(
    session: Session,
    *,
    event_id: int,
    on: dt.date,
    data: Mapping[str, Any],
    reason: str,
    today: dt.date,
    recorded_by: str = "",
) -> RecordedEvent:
    """更正: void the event and add a replacement of the same kind that points to it."""
    _check_reason(reason)
    row = _event_row(session, event_id)
    application = row.application
    clean = _clean(data)
    kind = event_kind(row.kind)
    remaining = [e for e in clock_events(application.events) if e.id != row.id]
    calendar = _check_history(
        session, application, [*remaining, ClockEvent(kind, on, clean)], today
    )
    row.voided_at = utcnow()
    row.void_reason = reason.strip()
    replacement = ApplicationEvent(
        kind=kind.value,
        occurred_on=on,
        data=clean,
        recorded_by=recorded_by.strip(),
        supersedes_id=row.id,
    )
    application.events.append(replacement)
    session.flush()
    refresh_derived(session, application, calendar)
    return RecordedEvent(replacement.id, application.id)


# --- reading --------------------------------------------------------------------------------


def timeline(session: Session, application_id: int) -> list[EventView]:
    """All events of the application, voided ones included, by date."""
    get_application_row(session, application_id)
    rows = session.scalars(
        select(ApplicationEvent)
        .where(ApplicationEvent.application_id == application_id)
        .order_by(ApplicationEvent.occurred_on, ApplicationEvent.id)
    )
    return [_event_view(r) for r in rows]


def _event_view(row: ApplicationEvent) -> EventView:
    kind = event_kind(row.kind)
    data = dict(row.data or {})
    return EventView(
        id=row.id,
        kind=kind,
        on=row.occurred_on,
        summary=summarize(kind, data),
        data=data,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        voided=row.voided_at is not None,
        void_reason=row.void_reason,
        supersedes_id=row.supersedes_id,
    )


def event_kind(value: str) -> EventKind:
    """The kind stored in a row."""
    return EventKind(value)


def _label(enum: type[LabelledEnum], value: object) -> str:
    """The Chinese label of a stored enum value; the raw value if unknown."""
    member = enum._value2member_map_.get(str(value))
    return member.label if isinstance(member, LabelledEnum) else str(value)


def _parts(*parts: tuple[str, object]) -> str:
    """``text`` pieces whose value is present, joined (imported events lack some fields)."""
    return "；".join(text for text, value in parts if value not in (None, ""))


def _enum_part(enum: type[LabelledEnum], value: object) -> tuple[str, object]:
    return (_label(enum, value), value)


_SUMMARIES: dict[EventKind, Callable[[Mapping[str, Any]], str]] = {
    EventKind.RECEIVED: lambda d: _parts(
        (f"收到日期与到达日期不同，理由：{d.get('receipt_reason')}", d.get("receipt_reason"))
    ),
    EventKind.CORRECTION_NOTICE: lambda d: _parts(
        (f"补正期限 {d.get('period_days')} 个工作日", d.get("period_days"))
    ),
    EventKind.CONSULTATION_SENT: lambda d: _parts(
        _enum_part(ConsultedParty, d.get("party")), (str(d.get("party_name")), d.get("party_name"))
    ),
    EventKind.EXTENSION: lambda d: _parts(
        (f"批准人：{d.get('approver')}", d.get("approver")),
        (f"告知申请人：{d.get('notified_on')}", d.get("notified_on")),
        (f"延长 {d.get('days', 20)} 个工作日", True),
    ),
    EventKind.MANUAL_DEADLINE: lambda d: _parts(
        (f"期限：{d.get('due')}", d.get("due")), (f"理由：{d.get('reason')}", d.get("reason"))
    ),
    EventKind.FEE_NOTICE: lambda d: _parts((f"金额：{d.get('amount')} 元", d.get("amount"))),
    EventKind.REPLY: lambda d: _parts(
        _enum_part(Outcome, d.get("outcome")), _enum_part(DeliveryMethod, d.get("delivery"))
    ),
    EventKind.DELIVERY: lambda d: _parts(
        _enum_part(DeliveryMethod, d.get("method")),
        ("已核对：送达日期与答复日期不同", d.get("date_confirmed") or None),
    ),
}


def summarize(kind: EventKind, data: Mapping[str, Any]) -> str:
    """The event's details in one line of Chinese."""
    describe = _SUMMARIES.get(kind)
    summary = describe(data) if describe else ""
    note = str(data.get("note", "")).strip()
    if note:
        summary = f"{summary}；备注：{note}" if summary else f"备注：{note}"
    return summary


def open_consultations(events: Sequence[ClockEvent]) -> list[OpenConsultation]:
    """Consultations without a reply yet (replies pair by id, else with the oldest open one)."""
    pending: list[ClockEvent] = []
    for event in sorted(events, key=lambda e: e.on):
        if event.kind is EventKind.CONSULTATION_SENT:
            pending.append(event)
        elif event.kind is EventKind.CONSULTATION_REPLIED and pending:
            wanted = event.data.get("consultation")
            match = next((p for p in pending if wanted is not None and p.id == wanted), pending[0])
            pending.remove(match)
    return [OpenConsultation(e.id or 0, e.on, str(e.data.get("party_name", ""))) for e in pending]


def application_deadlines(session: Session, application_id: int, *, today: dt.date) -> DeadlineView:
    """Deadlines, status, allowed actions of one application on ``today``."""
    row = get_application_row(session, application_id)
    calendar = load_calendar(session)
    events = clock_events(row.events)
    deadlines = compute_deadlines(row.received_on, events, calendar)
    progress = derive_progress(events)
    status = deadline_status(
        deadlines,
        progress,
        today=today,
        calendar=calendar,
        due_soon_days=int(settings_service.get_setting(session, "due_soon_days")),
    )
    return DeadlineView(
        application_id=row.id,
        serial=row.serial,
        received_on=row.received_on,
        progress=progress,
        deadlines=deadlines,
        status=status,
        allowed=allowed_actions(events),
        open_consultations=tuple(open_consultations(events)),
        correction_period_due=correction_period_end(events, calendar),
    )


def application_explanation(session: Session, application_id: int) -> Explanation:
    """How the application's deadlines were counted, day by day."""
    row = get_application_row(session, application_id)
    return explain(row.received_on, clock_events(row.events), load_calendar(session))
