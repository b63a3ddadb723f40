"""The case file (归档) of an application: attachments stored by sha256, and one PDF.

Attachment bytes live in the database (``blob``, keyed by sha256) on SQLite and
PostgreSQL alike: one transaction covers the row and its bytes, every
workstation sees them, and copying the database (or ``pg_dump``) backs them up
with everything else. Identical files are stored once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, Blob, utcnow
from desktop.core.letters import (
    PDF_SUFFIXES,
    AttachmentKind,
    DocumentStatus,
    attachment_problem,
)
from desktop.core.vocab import Outcome
from desktop.errors import UserError
from desktop.reports.case_file import CaseCover, CaseItem, case_file_pdf
from desktop.services import letters
from desktop.services import settings as settings_service
from desktop.services.applications import NotFound, get_application_row


class AttachmentRefused(UserError):
    """The file cannot be added (message in Chinese)."""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    name: str
    kind: AttachmentKind
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime


def add_attachment(
    session: Session,
    *,
    application_id: int,
    name: str,
    kind: AttachmentKind,
    data: bytes,
    added_by: str = "",
) -> AttachmentView:
    """Keep a file in the application's case file (its bytes once per content)."""
    get_application_row(session, application_id)
    name = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    if problem := attachment_problem(name, len(data)):
        raise AttachmentRefused(problem)
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, data=data, size=len(data)))
        session.flush()  # the bytes first: the attachment row refers to them
    row = Attachment(
        application_id=application_id,
        sha256=digest,
        name=name[:200],
        kind=kind.value,
        size=len(data),
        added_by=added_by.strip(),
    )
    session.add(row)
    session.flush()
    return _view(row)


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        row.id, row.name, AttachmentKind(row.kind), row.size, row.sha256, row.added_by, row.added_at
    )


def _rows(session: Session, application_id: int) -> list[Attachment]:
    query = (
        select(Attachment)
        .where(Attachment.application_id == application_id, Attachment.removed_at.is_(None))
        .order_by(Attachment.added_at, Attachment.id)
    )
    return list(session.scalars(query))


def attachments_of(session: Session, application_id: int) -> list[AttachmentView]:
    get_application_row(session, application_id)
    return [_view(r) for r in _rows(session, application_id)]


def attachment_bytes(session: Session, attachment_id: int) -> bytes:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(attachment_id)
    blob = session.get(Blob, row.sha256)
    assert blob is not None  # foreign key
    return blob.data


def remove_attachment(session: Session, *, attachment_id: int) -> None:
    """Take a file out of the case file (the row is kept, marked removed)."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(attachment_id)
    row.removed_at = utcnow()


def build_case_file(
    session: Session, *, application_id: int, today: dt.date, archived_by: str = ""
) -> bytes:
    """One PDF: cover, index, the valid issued documents and the attachments, by date."""
    row = get_application_row(session, application_id)
    agency = str(settings_service.get_setting(session, "agency_name"))
    items: list[tuple[dt.date, int, CaseItem]] = []
    for doc in letters.documents_of(session, application_id):
        if doc.status is not DocumentStatus.VALID:
            continue
        pdf = letters.document_pdf(session, doc.id)
        items.append(
            (doc.issued_on, 0, CaseItem(doc.title, doc.number, agency, doc.issued_on, pdf, True))
        )
    for attachment in _rows(session, application_id):
        on = attachment.added_at.date()
        is_pdf = "." + attachment.name.rsplit(".", 1)[-1].lower() in PDF_SUFFIXES
        data = attachment_bytes(session, attachment.id)
        title = f"{AttachmentKind(attachment.kind).label}：{attachment.name}"
        items.append((on, 1, CaseItem(title, "", row.applicant_name, on, data, is_pdf)))
    items.sort(key=lambda t: (t[0], t[1]))
    cover = CaseCover(
        agency=agency,
        serial=row.serial,
        applicant=row.applicant_name,
        content=row.content,
        received_on=row.received_on,
        closed_on=row.closed_on,
        outcome=Outcome(row.outcome).label if row.outcome else "",
        archived_on=today,
        archived_by=archived_by,
    )
    return case_file_pdf(cover, [item for _, _, item in items])
