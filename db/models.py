"""Typed SQLAlchemy models.

Design notes for what comes next:
- every timestamp is a :class:`UTCDateTime` (``timestamp with time zone``, read back aware);
- rows users edit concurrently carry ``version`` for optimistic locking;
- serial numbers come from ``serial_counter`` with one atomic
  ``UPDATE … RETURNING`` (works on SQLite ≥ 3.35 and PostgreSQL);
- the ``due_on``/``state``/``closed_on`` columns of ``application`` are a cache
  of what ``desktop.core.deadlines`` derives from the events, kept so that the
  register and dashboard can sort, filter and count in SQL over 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The stored codes of every enumerated column, checked by the database itself. They
# are the values of the enums in ``desktop.core.vocab`` (db/ never imports desktop: a
# test keeps the two equal); changing one needs a migration.
CHANNELS = ("in_person", "post", "online", "email", "fax", "other")
LETTER_KINDS = ("registered", "ordinary")
APPLICANT_TYPES = (
    "natural_person",
    "business",
    "research",
    "public_interest",
    "legal_service",
    "other",
)
PREFERRED_FORMS = ("", "paper", "electronic", "other")  # "": not stated
DELIVERY_METHODS = ("", "in_person", "post", "electronic", "other")  # "": not stated
STATES = (
    "open",
    "awaiting_correction",
    "consulting",
    "awaiting_fee",
    "replied",
    "abandoned",
    "unpaid",
    "withdrawn",
)
OUTCOMES = (
    "disclosed",
    "partly_disclosed",
    "refused_state_secret",
    "refused_prohibited_by_law",
    "refused_three_safeties",
    "refused_third_party",
    "refused_internal_affairs",
    "refused_process_info",
    "refused_enforcement_file",
    "refused_query_matter",
    "unavailable_not_held",
    "unavailable_needs_creation",
    "unavailable_still_unclear",
    "not_processed_petition",
    "not_processed_repeated",
    "not_processed_publication",
    "not_processed_excessive",
    "not_processed_confirmation",
    "other_abandoned",
    "other_unpaid",
    "other_other",
)
EVENT_KINDS = (
    "received",
    "correction_notice",
    "correction_received",
    "abandoned",
    "consultation_sent",
    "consultation_replied",
    "extension",
    "manual_deadline",
    "fee_notice",
    "fee_paid",
    "fee_unpaid",
    "reply",
    "delivery",
    "withdrawal",
    "archive",
)
APPEAL_KINDS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
APPEAL_OUTCOMES = ("upheld", "corrected", "other", "pending")
DAY_KINDS = ("holiday", "workday")
DATA_SOURCES = ("shipped", "clerk")
REPORT_KINDS = ("annual", "quarterly", "range")
ANNUAL_PARTS = ("overview", "applications", "table2", "problems", "other")
ROLES = ("clerk", "supervisor", "admin", "viewer")


def one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    """``column IN (values)`` as a named CHECK constraint (NULL passes: nullable columns)."""
    listed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A moment in time: stored as ``timestamp with time zone``, always read back aware.

    PostgreSQL keeps the zone; SQLite keeps none, so values are converted to UTC on
    the way in and marked UTC on the way out. Naive datetimes are refused.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must carry a time zone")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


class Category(Base):
    """内容分类: the agency's configurable topic list."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Department(Base):
    """承办部门: the agency's configurable list of handling units."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """Agency settings as key → JSON value (declared with defaults in the services)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SerialCounter(Base):
    """The last serial number handed out per year; never decremented, so never reused."""

    __tablename__ = "serial_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    """政府信息公开申请: one application for government information."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(60), unique=True)
    serial_year: Mapped[int] = mapped_column(Integer)
    serial_number: Mapped[int] = mapped_column(Integer)

    channel: Mapped[str] = mapped_column(String(20))
    letter_kind: Mapped[str | None] = mapped_column(String(20))
    arrived_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)

    applicant_type: Mapped[str] = mapped_column(String(20))
    applicant_name: Mapped[str] = mapped_column(String(200))
    #: Pinyin of the name (desktop.core.names), written with it: sorts alike on every database.
    applicant_sort_key: Mapped[str] = mapped_column(
        String(200), default="", server_default="", index=True
    )
    id_number: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    preferred_form: Mapped[str] = mapped_column(String(20), default="")
    preferred_delivery: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    # Derived from the events by desktop.core (see module docstring).
    state: Mapped[str] = mapped_column(String(30), default="open", index=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str | None] = mapped_column(String(40))
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    category: Mapped[Category | None] = relationship()
    department: Mapped[Department | None] = relationship()
    events: Mapped[list[ApplicationEvent]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="(ApplicationEvent.occurred_on, ApplicationEvent.id)",
    )
    appeals: Mapped[list[Appeal]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("serial_year", "serial_number"),
        Index("ix_application_state_due_on", "state", "due_on"),
        one_of("channel", CHANNELS),
        one_of("letter_kind", LETTER_KINDS),
        one_of("applicant_type", APPLICANT_TYPES),
        one_of("preferred_form", PREFERRED_FORMS),
        one_of("preferred_delivery", DELIVERY_METHODS),
        one_of("state", STATES),
        one_of("outcome", OUTCOMES),
    )


class ApplicationEvent(Base):
    """One dated step of an application (a clock event).

    Events are never deleted: a wrong one is voided (``voided_at``) and, when
    corrected, the replacement points to it through ``supersedes_id``.
    ``data`` holds the kind-specific fields (outcome, approver, period …).
    """

    __tablename__ = "application_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("application_event.id"))

    application: Mapped[Application] = relationship(back_populates="events")

    __table_args__ = (one_of("kind", EVENT_KINDS),)


class Appeal(Base):
    """An administrative reconsideration or lawsuit against a reply (table 四)."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    filed_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    application: Mapped[Application] = relationship(back_populates="appeals")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (one_of("kind", APPEAL_KINDS), one_of("outcome", APPEAL_OUTCOMES))


class CalendarDay(Base):
    """A day that differs from the plain Monday–Friday rule: a day off or a make-up working day."""

    __tablename__ = "calendar_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "holiday" | "workday"
    festival: Mapped[str] = mapped_column(String(40), default="")
    # "shipped" rows may be replaced by newer shipped data; "clerk" rows never are.
    source: Mapped[str] = mapped_column(String(10), default="shipped")

    __table_args__ = (one_of("kind", DAY_KINDS), one_of("source", DATA_SOURCES))


class CalendarYear(Base):
    """A year whose official schedule is loaded; dates in other years are provisional."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(10), default="shipped")
    notice_ref: Mapped[str] = mapped_column(String(200), default="")
    data_version: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (one_of("source", DATA_SOURCES),)


class ReportSnapshot(Base):
    """The figures of a published report, kept to flag later changes that would alter them."""

    __tablename__ = "report_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "quarterly" | "annual" | "range"
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        UniqueConstraint("kind", "period_start", "period_end"),
        one_of("kind", REPORT_KINDS),
    )


class DocumentCounter(Base):
    """The last number handed out per document kind and year (like ``serial_counter``)."""

    __tablename__ = "document_counter"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Document(Base):
    """A numbered document issued for an application (文书): never deleted, only 作废.

    ``docx`` is the file exactly as issued; a re-print renders it again with the
    same number, and ``sha256`` identifies it.
    """

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    variant: Mapped[str] = mapped_column(String(40), default="")
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(80))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="valid")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    docx: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("application_event.id"))
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    services: Mapped[list[DocumentService]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentService.id"
    )

    __table_args__ = (UniqueConstraint("kind", "year", "number"),)


class DocumentService(Base):
    """How a document went out (寄送/送达): method, tracking number, posting and service dates."""

    __tablename__ = "document_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(20))
    tracking_no: Mapped[str] = mapped_column(String(60), default="")
    posted_on: Mapped[dt.date | None] = mapped_column(Date)
    served_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="services")


class Blob(Base):
    """File content stored once by its sha256 (attachments share identical files)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)


class Attachment(Base):
    """One file of an application's case file (scan, ID copy, envelope, receipt …)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    size: Mapped[int] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class LetterTemplate(Base):
    """A letter template the agency loaded in place of the shipped default (shared by all)."""

    __tablename__ = "letter_template"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    docx: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_by: Mapped[str] = mapped_column(String(100), default="")
    loaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class UserAccount(Base):
    """A person who uses the register; ``role`` is a ``desktop.core.roles.Role`` code.

    ``password_hash`` is an Argon2 hash (empty: no password set, allowed only while
    login is optional). Failed logins are counted; ``locked_until`` ends a lock-out.
    """

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (one_of("role", ROLES),)


class AuditEntry(Base):
    """One line of the append-only audit trail.

    ``entry_hash`` is sha256 over the entry's content and ``previous_hash``, so an
    edited or deleted entry breaks the chain. ``sequence`` comes from
    ``audit_chain`` (one atomic UPDATE … RETURNING that also serialises writers).
    On PostgreSQL a trigger refuses UPDATE and DELETE on this table.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(100), index=True)
    workstation: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60), index=True)
    outcome: Mapped[str] = mapped_column(String(20), default="ok")  # "ok" | "refused"
    object_kind: Mapped[str] = mapped_column(String(30), default="")
    object_ref: Mapped[str] = mapped_column(String(200), default="", index=True)
    before: Mapped[str] = mapped_column(Text, default="")  # canonical JSON
    after: Mapped[str] = mapped_column(Text, default="")  # canonical JSON
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditChain(Base):
    """The head of the audit chain: one row (id 1) with the length and the last hash.

    Writers lock it with an UPDATE before appending, so concurrent workstations
    on PostgreSQL append one after the other and never fork the chain; a deleted
    last entry shows as a length that no longer matches.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    length: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class AnnualReportPart(Base):
    """One part of a year's annual report that the office writes (chapter text or table 二).

    ``text`` holds a chapter's text; ``cells`` table 二's numbers as
    ``{"item|column": "12"}``. ``updated_by`` is the acting user's login name
    (the operating-system login until the application has its own users).
    """

    __tablename__ = "annual_report_part"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    part: Mapped[str] = mapped_column(String(20), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    cells: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (one_of("part", ANNUAL_PARTS),)


__all__ = [
    "AnnualReportPart",
    "Appeal",
    "Application",
    "ApplicationEvent",
    "Attachment",
    "AuditChain",
    "AuditEntry",
    "Base",
    "Blob",
    "CalendarDay",
    "CalendarYear",
    "Category",
    "Department",
    "Document",
    "DocumentCounter",
    "DocumentService",
    "LetterTemplate",
    "ReportSnapshot",
    "SerialCounter",
    "Setting",
    "UserAccount",
    "utcnow",
]
