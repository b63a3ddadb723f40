"""Letters (文书): draft, issue with a number, list, re-print, cancel, record their service.

A document is filled from the application, its recorded events and the
agency's settings, plus the free-text parts the clerk types. Issuing never
records or changes an event, and recording an event never issues a document.
Numbers come from ``document_counter`` (one atomic ``UPDATE … RETURNING`` per
kind and year, as application serials); an issued document keeps its number
for ever, a cancelled one is marked 作废.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    Application,
    ApplicationEvent,
    Document,
    DocumentCounter,
    DocumentService,
    LetterTemplate,
)
from desktop.core import letters
from desktop.core.deadlines import ClockEvent, compute_deadlines
from desktop.core.letters import DocumentKind, DocumentStatus, ServiceMethod, chinese_date
from desktop.core.vocab import EventKind, Outcome
from desktop.errors import UserError
from desktop.paths import resource
from desktop.reports.letter_docx import (
    LetterContent,
    TemplateRefused,
    check_template,
    letter_content,
    render_docx,
)
from desktop.reports.letter_pdf import letter_pdf
from desktop.services import settings as settings_service
from desktop.services.applications import NotFound, get_application_row
from desktop.services.calendar import load_calendar
from desktop.services.derived import clock_events


class LetterRefused(UserError):
    """The document cannot be drafted, issued or changed (message in Chinese)."""


@dataclass(frozen=True)
class ServiceView:
    id: int
    method: ServiceMethod
    tracking_no: str
    posted_on: dt.date | None
    served_on: dt.date | None
    recorded_by: str


@dataclass(frozen=True)
class DocumentView:
    id: int
    application_id: int
    kind: DocumentKind
    variant: str
    title: str
    number: str
    issued_on: dt.date
    status: DocumentStatus
    cancel_reason: str
    created_by: str
    sha256: str
    services: tuple[ServiceView, ...]


@dataclass(frozen=True)
class LetterDraft:
    """A letter before issue: its fields (the number still blank) and its content."""

    application_id: int
    kind: DocumentKind
    variant: str
    on: dt.date
    template_key: str
    texts: Mapping[str, str]
    fields: Mapping[str, Any]
    event_id: int | None
    content: LetterContent


@dataclass(frozen=True)
class DateMismatch:
    """The reply letter's service puts the reply on ``legal_on``; the register says ``recorded_on``."""

    event_id: int
    recorded_on: dt.date
    legal_on: dt.date
    method: ServiceMethod


# --- templates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateView:
    key: str
    label: str
    customised: bool
    loaded_by: str
    loaded_at: dt.datetime | None


def default_template(key: str) -> bytes:
    """The shipped default template ``key`` (resources/letters/KEY.docx)."""
    if key not in letters.template_keys():
        raise LetterRefused("没有这个文书模板")
    return resource("letters", f"{key}.docx").read_bytes()


def template_bytes(session: Session, key: str) -> bytes:
    """The template in use: the agency's loaded one, else the shipped default."""
    row = session.get(LetterTemplate, key)
    return row.docx if row is not None else default_template(key)


def list_templates(session: Session) -> list[TemplateView]:
    loaded = {row.key: row for row in session.scalars(select(LetterTemplate))}
    views = []
    for key in letters.template_keys():
        row = loaded.get(key)
        views.append(
            TemplateView(
                key,
                letters.template_label(key),
                row is not None,
                row.loaded_by if row else "",
                row.loaded_at if row else None,
            )
        )
    return views


def load_template(session: Session, *, key: str, data: bytes, loaded_by: str = "") -> None:
    """Use the agency's edited template ``data`` for ``key``; refused if it names unknown fields."""
    default_template(key)  # the key exists
    try:
        check_template(data)
    except TemplateRefused as refused:
        raise LetterRefused(str(refused)) from refused
    row = session.get(LetterTemplate, key)
    if row is None:
        row = LetterTemplate(key=key)
        session.add(row)
    row.docx, row.sha256, row.loaded_by = data, _sha256(data), loaded_by
    row.loaded_at = dt.datetime.now(dt.UTC)


def reset_template(session: Session, *, key: str) -> None:
    """Go back to the shipped default for ``key``."""
    row = session.get(LetterTemplate, key)
    if row is not None:
        session.delete(row)


# --- numbers --------------------------------------------------------------------------------


def allocate_document_number(session: Session, kind: DocumentKind, year: int) -> int:
    """The next number of ``kind`` in ``year``, allocated atomically in the database."""
    statement = (
        update(DocumentCounter)
        .where(DocumentCounter.kind == kind.value, DocumentCounter.year == year)
        .values(last_value=DocumentCounter.last_value + 1)
        .returning(DocumentCounter.last_value)
    )
    number = session.execute(statement).scalar()
    if number is not None:
        return int(number)
    try:
        with session.begin_nested():
            session.execute(
                insert(DocumentCounter).values(kind=kind.value, year=year, last_value=1)
            )
        return 1
    except IntegrityError:  # another workstation created the counter first
        return int(session.execute(statement).scalar_one())


# --- drafting -------------------------------------------------------------------------------


def _latest(events: list[ClockEvent], kind: EventKind) -> ClockEvent | None:
    found = [e for e in events if e.kind is kind]
    return found[-1] if found else None


_NEEDS_EVENT: dict[DocumentKind, tuple[EventKind, str]] = {
    DocumentKind.CORRECTION: (EventKind.CORRECTION_NOTICE, "尚未记录补正通知，请先在“办理”中记录"),
    DocumentKind.EXTENSION: (EventKind.EXTENSION, "尚未记录延期答复，请先在“办理”中记录"),
    DocumentKind.CONSULTATION: (
        EventKind.CONSULTATION_SENT,
        "尚未记录征求意见，请先在“办理”中记录",
    ),
    DocumentKind.FEE: (EventKind.FEE_NOTICE, "尚未记录收费通知，请先在“办理”中记录"),
    DocumentKind.REPLY: (EventKind.REPLY, "该申请尚未记录答复，不能出具答复书"),
}


def _event_date(kind: DocumentKind, event: ClockEvent | None, row: Application) -> dt.date:
    if event is None:
        return row.received_on
    if kind is DocumentKind.EXTENSION and event.data.get("notified_on"):
        return dt.date.fromisoformat(str(event.data["notified_on"]))
    return event.on


def _default_texts(
    kind: DocumentKind, event: ClockEvent | None, row: Application
) -> dict[str, str]:
    note = str(event.data.get("note", "")) if event is not None else ""
    defaults = {
        "correction_items": note,
        "extension_reason": note or "申请内容较为复杂，需要进一步检索、审查",
        "consultation_matter": row.content,
        "fee_basis": note,
        "payment_method": "持本通知书到本机关缴纳，或者按本机关告知的账户转账",
        "reply_detail": note,
        "service_place": row.address,
    }
    return {key: defaults.get(key, "") for key in letters.FREE_TEXT[kind]}


def _served_document(
    session: Session, application_id: int, document_id: int | None
) -> Document | None:
    if document_id is not None:
        doc = session.get(Document, document_id)
        if doc is None or doc.application_id != application_id:
            raise LetterRefused("所选文书不属于该申请")
        return doc
    docs = [
        d
        for d in _documents(session, application_id)
        if d.kind != DocumentKind.SERVICE.value and d.status == DocumentStatus.VALID.value
    ]
    replies = [d for d in docs if d.kind == DocumentKind.REPLY.value]
    chosen = replies or docs
    return chosen[-1] if chosen else None


def draft_letter(
    session: Session,
    *,
    application_id: int,
    kind: DocumentKind,
    on: dt.date | None = None,
    variant: str | None = None,
    texts: Mapping[str, str] | None = None,
    served_document_id: int | None = None,
    preview: bool = False,
) -> LetterDraft:
    """The letter as it would be issued (number blank); refused when its event is missing.

    A ``preview`` lets required free text still be empty (the clerk is typing it).
    """
    row = get_application_row(session, application_id)
    events = clock_events(row.events)
    event = None
    if kind in _NEEDS_EVENT:
        event_kind, message = _NEEDS_EVENT[kind]
        event = _latest(events, event_kind)
        if event is None:
            raise LetterRefused(message)
    variant = _variant(kind, event, variant)
    served = None
    if kind is DocumentKind.SERVICE:
        served = _served_document(session, application_id, served_document_id)
        if served is None:
            raise LetterRefused("该申请还没有可送达的文书")
    day = on or (served.issued_on if served is not None else _event_date(kind, event, row))
    if day < row.received_on:
        raise LetterRefused("文书日期不能早于收到申请的日期")
    values = {**_default_texts(kind, event, row), **(texts or {})}
    values = {k: v.strip() for k, v in values.items() if k in letters.FREE_TEXT[kind]}
    for key in letters.FREE_TEXT[kind]:
        values.setdefault(key, "")
        if key in letters.REQUIRED_TEXT and not values[key] and not preview:
            raise LetterRefused(f"请填写{letters.FIELDS[key]}")
    if variant in letters.DETAIL_REQUIRED_VARIANTS and not values["reply_detail"] and not preview:
        raise LetterRefused(f"该答复书须写明{letters.FIELDS['reply_detail']}")
    fields = _fields(session, row, kind, variant, day, events, event, values)
    if served is not None:
        fields.update(_service_fields(served))
    key = letters.template_key(kind, variant)
    content = letter_content(_render(session, key, fields))
    return LetterDraft(
        application_id,
        kind,
        variant,
        day,
        key,
        values,
        fields,
        event.id if event else None,
        content,
    )


def _variant(kind: DocumentKind, event: ClockEvent | None, wanted: str | None) -> str:
    if kind is DocumentKind.CONSULTATION and event is not None:
        return letters.consultation_variant(str(event.data.get("party")))
    if kind is not DocumentKind.REPLY or event is None:
        return ""
    outcome = Outcome(str(event.data.get("outcome")))
    allowed = letters.reply_variants(outcome)
    if not allowed:
        raise LetterRefused("该办理结果不出具答复书")
    if wanted and wanted not in allowed:
        raise LetterRefused("所选答复书样式与办理结果不符")
    return wanted or allowed[0]


def _fields(
    session: Session,
    row: Application,
    kind: DocumentKind,
    variant: str,
    day: dt.date,
    events: list[ClockEvent],
    event: ClockEvent | None,
    texts: Mapping[str, str],
) -> dict[str, Any]:
    settings = settings_service.get_settings(session)
    # The deadline as it stood on the letter's date (a receipt names the plain 20 days).
    known = [e for e in events if e.on <= day]
    deadlines = compute_deadlines(row.received_on, known, load_calendar(session))
    prefix = str(settings[letters.prefix_setting(kind)])
    data = dict(event.data) if event is not None else {}
    fields: dict[str, Any] = dict.fromkeys(letters.FIELDS, "")
    fields.update(
        agency_name=settings["agency_name"],
        doc_number=f"{prefix}〔{day.year}〕　号",
        doc_title=letters.template_label(letters.template_key(kind, variant)),
        date=chinese_date(day),
        applicant_name=row.applicant_name,
        serial=row.serial,
        received_on=chinese_date(row.received_on),
        content=row.content,
        due_on=chinese_date(deadlines.effective_due or deadlines.due),
        contact=settings["agency_contact"],
        review_body=settings["review_body"],
        superior_body=settings["superior_body"],
        court=settings["court"],
        remedy_since_2024=letters.remedy_since_2024(day),
    )
    if kind is DocumentKind.CORRECTION:
        fields["correction_days"] = str(data.get("period_days", ""))
    elif kind is DocumentKind.EXTENSION:
        fields["extension_approver"] = str(data.get("approver", ""))
        fields["extension_days"] = str(data.get("days", 20))
        fields["extended_due_on"] = chinese_date(deadlines.extended_due)
    elif kind is DocumentKind.CONSULTATION:
        fields["party_name"] = str(data.get("party_name", ""))
    elif kind is DocumentKind.FEE:
        fields["fee_amount"] = letters.chinese_amount(str(data.get("amount", "")))
    elif kind is DocumentKind.REPLY:
        fields["outcome"] = Outcome(str(data.get("outcome"))).label
    fields.update(texts)
    return fields


def _service_fields(served: Document) -> dict[str, str]:
    method = served.services[-1].method if served.services else ""
    label = ServiceMethod(method).label if method else "直接送达"
    title = letters.template_label(letters.template_key(DocumentKind(served.kind), served.variant))
    if DocumentKind(served.kind) is DocumentKind.REPLY:
        title = DocumentKind.REPLY.label
    if DocumentKind(served.kind) is DocumentKind.CONSULTATION:
        title = DocumentKind.CONSULTATION.label
    return {"served_title": title, "served_number": served.number_text, "service_method": label}


def _render(session: Session, key: str, fields: Mapping[str, Any]) -> bytes:
    try:
        return render_docx(template_bytes(session, key), fields, blocks=letters.BLOCK_FIELDS)
    except TemplateRefused as refused:
        raise LetterRefused(
            f"文书模板“{letters.template_label(key)}”无法使用：{refused}"
        ) from refused


# --- issuing and reading --------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def issue_letter(
    session: Session,
    *,
    application_id: int,
    kind: DocumentKind,
    on: dt.date | None = None,
    variant: str | None = None,
    texts: Mapping[str, str] | None = None,
    served_document_id: int | None = None,
    issued_by: str = "",
) -> DocumentView:
    """Give the letter its number and keep it exactly as issued (.docx bytes and sha256)."""
    draft = draft_letter(
        session,
        application_id=application_id,
        kind=kind,
        on=on,
        variant=variant,
        texts=texts,
        served_document_id=served_document_id,
    )
    number = allocate_document_number(session, kind, draft.on.year)
    prefix = str(settings_service.get_setting(session, letters.prefix_setting(kind)))
    number_text = letters.format_number(prefix, draft.on.year, number)
    fields = {**draft.fields, "doc_number": number_text}
    docx = _render(session, draft.template_key, fields)
    stored = {k: v for k, v in fields.items() if isinstance(v, str | bool | int)}
    if served_document_id is not None:
        stored["served_document_id"] = served_document_id
    document = Document(
        application_id=application_id,
        kind=kind.value,
        variant=draft.variant,
        year=draft.on.year,
        number=number,
        number_text=number_text,
        issued_on=draft.on,
        status=DocumentStatus.VALID.value,
        fields=stored,
        docx=docx,
        sha256=_sha256(docx),
        event_id=draft.event_id,
        created_by=issued_by.strip(),
    )
    session.add(document)
    session.flush()
    return _view(document)


def _documents(session: Session, application_id: int) -> list[Document]:
    query = (
        select(Document)
        .where(Document.application_id == application_id)
        .order_by(Document.issued_on, Document.id)
    )
    return list(session.scalars(query))


def documents_of(session: Session, application_id: int) -> list[DocumentView]:
    """Every document issued for the application (cancelled ones too), by date."""
    get_application_row(session, application_id)
    return [_view(d) for d in _documents(session, application_id)]


def _view(doc: Document) -> DocumentView:
    kind = DocumentKind(doc.kind)
    return DocumentView(
        id=doc.id,
        application_id=doc.application_id,
        kind=kind,
        variant=doc.variant,
        title=letters.template_label(letters.template_key(kind, doc.variant)),
        number=doc.number_text,
        issued_on=doc.issued_on,
        status=DocumentStatus(doc.status),
        cancel_reason=doc.cancel_reason,
        created_by=doc.created_by,
        sha256=doc.sha256,
        services=tuple(
            ServiceView(
                s.id,
                ServiceMethod(s.method),
                s.tracking_no,
                s.posted_on,
                s.served_on,
                s.recorded_by,
            )
            for s in doc.services
        ),
    )


def _document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(document_id)
    return doc


def document_docx(session: Session, document_id: int) -> bytes:
    """The .docx exactly as issued (a re-print keeps the number)."""
    return _document(session, document_id).docx


def document_pdf(session: Session, document_id: int) -> bytes:
    """The issued document as PDF, laid out from the issued .docx (a cancelled one says so)."""
    doc = _document(session, document_id)
    content = letter_content(doc.docx)
    cancelled = doc.status == DocumentStatus.CANCELLED.value
    return letter_pdf(content, title=doc.number_text, cancelled=cancelled)


def cancel_document(session: Session, *, document_id: int, reason: str) -> None:
    """作废: the document keeps its number, marked cancelled with the reason."""
    if not reason.strip():
        raise LetterRefused("请填写作废原因")
    doc = _document(session, document_id)
    if doc.status == DocumentStatus.CANCELLED.value:
        raise LetterRefused("该文书已作废")
    doc.status = DocumentStatus.CANCELLED.value
    doc.cancel_reason = reason.strip()


# --- service --------------------------------------------------------------------------------


def record_service(
    session: Session,
    *,
    document_id: int,
    method: ServiceMethod,
    tracking_no: str = "",
    posted_on: dt.date | None = None,
    served_on: dt.date | None = None,
    today: dt.date,
    recorded_by: str = "",
) -> DateMismatch | None:
    """Keep how the document went out; for a reply letter, say whether the register's reply
    date disagrees with the legal date this service gives (never changes the event itself)."""
    doc = _document(session, document_id)
    if doc.status == DocumentStatus.CANCELLED.value:
        raise LetterRefused("已作废的文书不能登记送达")
    problems = letters.service_problems(
        method,
        tracking_no=tracking_no,
        posted_on=posted_on,
        served_on=served_on,
        issued_on=doc.issued_on,
        today=today,
    )
    if problems:
        raise LetterRefused("；".join(problems))
    doc.services.append(
        DocumentService(
            method=method.value,
            tracking_no=tracking_no.strip(),
            posted_on=posted_on,
            served_on=served_on,
            recorded_by=recorded_by.strip(),
        )
    )
    session.flush()
    return reply_date_mismatch(session, document_id)


def reply_date_mismatch(session: Session, document_id: int) -> DateMismatch | None:
    """For a reply letter with a service record: the recorded reply vs the §5 legal date."""
    doc = _document(session, document_id)
    if doc.kind != DocumentKind.REPLY.value or not doc.services:
        return None
    service = doc.services[-1]
    method = ServiceMethod(service.method)
    legal = letters.legal_service_date(method, service.posted_on, service.served_on)
    row = get_application_row(session, doc.application_id)
    reply = _latest(clock_events(row.events), EventKind.REPLY)
    if legal is None or reply is None or reply.id is None or reply.on == legal:
        return None
    return DateMismatch(reply.id, reply.on, legal, method)


def reply_correction_data(session: Session, mismatch: DateMismatch) -> dict[str, Any]:
    """The reply event's data with the delivery that the service record shows, for a correction."""
    row = get_application_row(session, _event_application(session, mismatch.event_id))
    event = next(e for e in clock_events(row.events) if e.id == mismatch.event_id)
    data = dict(event.data)
    method = mismatch.method
    data["delivery"] = (
        "in_person"
        if method is ServiceMethod.IN_PERSON
        else "post"
        if method.by_post
        else "electronic"
    )
    return data


def _event_application(session: Session, event_id: int) -> int:
    event = session.get(ApplicationEvent, event_id)
    if event is None:
        raise NotFound(event_id)
    return event.application_id


def reply_variant_choices(session: Session, application_id: int) -> tuple[tuple[str, str], ...]:
    """The reply letter variants the recorded reply allows, as (variant, label), default first."""
    row = get_application_row(session, application_id)
    event = _latest(clock_events(row.events), EventKind.REPLY)
    if event is None:
        return ()
    outcome = Outcome(str(event.data.get("outcome")))
    return tuple((v, letters.VARIANT_LABELS[v]) for v in letters.reply_variants(outcome))
