"""Appeals (行政复议 / 行政诉讼) recorded against an application, for table 四."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appeal, Application
from desktop.core.validation import FieldError
from desktop.core.vocab import AppealKind, AppealOutcome
from desktop.services.applications import NotFound, StaleEdit, ValidationFailed

_KIND = {m.value: m for m in AppealKind}
_OUTCOME = {m.value: m for m in AppealOutcome}


@dataclass(frozen=True)
class AppealInput:
    """What the clerk enters for an appeal."""

    kind: AppealKind
    filed_on: dt.date
    outcome: AppealOutcome = AppealOutcome.PENDING
    decided_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class AppealView:
    """A stored appeal, for display and editing (``version`` guards concurrent edits)."""

    id: int
    application_id: int
    kind: AppealKind
    filed_on: dt.date
    outcome: AppealOutcome
    decided_on: dt.date | None
    notes: str
    version: int

    def input(self) -> AppealInput:
        return AppealInput(self.kind, self.filed_on, self.outcome, self.decided_on, self.notes)


def validate_appeal(data: AppealInput, *, received_on: dt.date, today: dt.date) -> list[FieldError]:
    """Every problem of the appeal form at once, each tied to its field, in Chinese."""
    errors: list[FieldError] = []
    if data.filed_on < received_on:
        errors.append(FieldError("filed_on", "提起日期不能早于收到申请的日期"))
    if data.filed_on > today:
        errors.append(FieldError("filed_on", "提起日期不能晚于今天"))
    pending = data.outcome is AppealOutcome.PENDING
    if data.decided_on is None:
        if not pending:
            errors.append(FieldError("decided_on", "已审结的须填写审结日期"))
        return errors
    if pending:
        errors.append(FieldError("decided_on", "尚未审结的不应填写审结日期"))
    if data.decided_on < data.filed_on:
        errors.append(FieldError("decided_on", "审结日期不能早于提起日期"))
    if data.decided_on > today:
        errors.append(FieldError("decided_on", "审结日期不能晚于今天"))
    return errors


def _view(row: Appeal) -> AppealView:
    return AppealView(
        id=row.id,
        application_id=row.application_id,
        kind=_KIND[row.kind],
        filed_on=row.filed_on,
        outcome=_OUTCOME[row.outcome],
        decided_on=row.decided_on,
        notes=row.notes,
        version=row.version,
    )


def _apply(row: Appeal, data: AppealInput) -> None:
    row.kind = data.kind.value
    row.filed_on = data.filed_on
    row.outcome = data.outcome.value
    row.decided_on = data.decided_on
    row.notes = data.notes.strip()


def _checked(session: Session, application_id: int, data: AppealInput, today: dt.date) -> None:
    received_on = session.scalar(
        select(Application.received_on).where(Application.id == application_id)
    )
    if received_on is None:
        raise NotFound(application_id)
    if errors := validate_appeal(data, received_on=received_on, today=today):
        raise ValidationFailed(errors)


def record_appeal(
    session: Session, *, application_id: int, data: AppealInput, today: dt.date
) -> AppealView:
    """Record a new appeal against an application."""
    _checked(session, application_id, data, today)
    row = Appeal(application_id=application_id)
    _apply(row, data)
    session.add(row)
    session.flush()
    return _view(row)


def update_appeal(
    session: Session, *, appeal_id: int, version: int, data: AppealInput, today: dt.date
) -> AppealView:
    """Edit an appeal (e.g. enter its outcome); refused if someone saved in between."""
    row = session.get(Appeal, appeal_id)
    if row is None:
        raise NotFound(appeal_id)
    if row.version != version:
        raise StaleEdit("该复议/诉讼记录已被他人修改，请重新打开后再编辑")
    _checked(session, row.application_id, data, today)
    _apply(row, data)
    session.flush()
    return _view(row)


def list_appeals(session: Session, *, application_id: int) -> list[AppealView]:
    """The appeals of one application, oldest first."""
    query = (
        select(Appeal)
        .where(Appeal.application_id == application_id)
        .order_by(Appeal.filed_on, Appeal.id)
    )
    return [_view(row) for row in session.scalars(query)]
