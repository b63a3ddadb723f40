"""Registering, editing and reading applications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Application, ApplicationEvent, Category, Department, SerialCounter
from desktop.core.applications import ApplicationInput, receipt_question, validate_application
from desktop.core.names import applicant_sort_key
from desktop.core.serials import format_serial
from desktop.core.validation import FieldError
from desktop.core.vocab import EventKind
from desktop.errors import UserError
from desktop.services import settings as settings_service
from desktop.services.derived import refresh_derived


class ValidationFailed(UserError, ValueError):
    """The input was refused; ``errors`` says why, field by field, in Chinese."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("；".join(e.message for e in errors))
        self.errors = errors


class StaleEdit(UserError, RuntimeError):
    """Someone else changed the application since it was opened (optimistic locking)."""


class NotFound(UserError, LookupError):
    """No application with that id."""


@dataclass(frozen=True)
class Registered:
    id: int
    serial: str


def allocate_serial_number(session: Session, year: int) -> int:
    """The next serial number of ``year``, allocated atomically in the database."""
    statement = (
        update(SerialCounter)
        .where(SerialCounter.year == year)
        .values(last_value=SerialCounter.last_value + 1)
        .returning(SerialCounter.last_value)
    )
    number = session.execute(statement).scalar()
    if number is not None:
        return int(number)
    try:
        with session.begin_nested():
            session.execute(insert(SerialCounter).values(year=year, last_value=1))
        return 1
    except IntegrityError:  # another workstation created the year's counter first
        return int(session.execute(statement).scalar_one())


def reserve_serial_number(session: Session, year: int, number: int) -> None:
    """Make sure the counter of ``year`` never hands out ``number`` again (imports)."""
    allocate_serial_number(session, year)  # creates the row if needed
    session.execute(
        update(SerialCounter)
        .where(SerialCounter.year == year, SerialCounter.last_value < number)
        .values(last_value=number)
    )


def _list_id(session: Session, model: type[settings_service.ListModel], name: str) -> int | None:
    return settings_service.ensure_name(session, model, name) if name.strip() else None


def _apply_input(session: Session, row: Application, data: ApplicationInput) -> None:
    row.channel = data.channel.value
    row.letter_kind = data.letter_kind.value if data.letter_kind else None
    row.arrived_on = data.arrived_on
    row.received_on = data.received_on
    row.applicant_type = data.applicant_type.value
    row.applicant_name = data.applicant_name.strip()
    row.applicant_sort_key = applicant_sort_key(row.applicant_name)
    row.id_number = data.id_number.strip().upper()
    row.phone = data.phone.strip()
    row.address = data.address.strip()
    row.email = data.email.strip()
    row.content = data.content.strip()
    row.category_id = _list_id(session, Category, data.category)
    row.department_id = _list_id(session, Department, data.department)
    row.preferred_form = data.preferred_form
    row.preferred_delivery = data.preferred_delivery
    row.notes = data.notes.strip()


def receipt_data(data: ApplicationInput) -> dict[str, str]:
    """The data of the 'received' event: the recorded reason for a questioned receipt date."""
    if receipt_question(data) and data.receipt_reason.strip():
        return {"receipt_reason": data.receipt_reason.strip()}
    return {}


def register_application(
    session: Session, *, data: ApplicationInput, today: dt.date, recorded_by: str = ""
) -> Registered:
    """受理: log a new application with its serial number and its 'received' event."""
    if errors := validate_application(data, today=today):
        raise ValidationFailed(errors)
    year = data.received_on.year
    number = allocate_serial_number(session, year)
    pattern = str(settings_service.get_setting(session, "serial_pattern"))
    row = Application(
        serial=format_serial(pattern, year, number), serial_year=year, serial_number=number
    )
    _apply_input(session, row, data)
    row.events.append(
        ApplicationEvent(
            kind=EventKind.RECEIVED.value,
            occurred_on=data.received_on,
            data=receipt_data(data),
            recorded_by=recorded_by,
        )
    )
    session.add(row)
    session.flush()
    refresh_derived(session, row)
    return Registered(row.id, row.serial)


def update_application(
    session: Session, *, application_id: int, version: int, data: ApplicationInput, today: dt.date
) -> None:
    """Edit the registration fields; refused if someone saved in between."""
    if errors := validate_application(data, today=today):
        raise ValidationFailed(errors)
    row = session.get(Application, application_id)
    if row is None:
        raise NotFound(application_id)
    if row.version != version:
        raise StaleEdit("该申请已被他人修改，请重新打开后再编辑")
    _apply_input(session, row, data)
    received = next((e for e in row.events if e.kind == EventKind.RECEIVED.value), None)
    if received is not None:
        received.occurred_on = data.received_on
        received.data = receipt_data(data)
    session.flush()
    refresh_derived(session, row)


def get_application_row(session: Session, application_id: int) -> Application:
    row = session.get(Application, application_id)
    if row is None:
        raise NotFound(application_id)
    return row


def find_by_serial(session: Session, serial: str) -> int | None:
    return session.scalar(select(Application.id).where(Application.serial == serial))


def fill_sort_keys(session: Session) -> int:
    """Write the pinyin sort key of rows that have none (rows from before migration 0002)."""
    missing = session.execute(
        select(Application.id, Application.applicant_name).where(
            Application.applicant_sort_key == "", Application.applicant_name != ""
        )
    ).all()
    if missing:
        # Core executemany: the ORM's bulk update would also want the version column.
        table = Application.__table__
        assert isinstance(table, Table)
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(applicant_sort_key=bindparam("key"))
        )
        session.execute(
            statement,
            [{"row_id": r.id, "key": applicant_sort_key(r.applicant_name)} for r in missing],
        )
    return len(missing)
