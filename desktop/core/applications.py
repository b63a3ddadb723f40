"""What a clerk enters for an application, and the checks it must pass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.validation import (
    FieldError,
    check_credit_code,
    check_email,
    check_id_card,
    check_phone,
)
from desktop.core.vocab import ApplicantType, Channel, LetterKind


@dataclass(frozen=True)
class ApplicationInput:
    """The registration form's values (also used to edit an application)."""

    channel: Channel
    received_on: dt.date
    applicant_type: ApplicantType
    applicant_name: str
    content: str
    arrived_on: dt.date | None = None
    letter_kind: LetterKind | None = None
    id_number: str = ""
    phone: str = ""
    address: str = ""
    email: str = ""
    category: str = ""
    department: str = ""
    preferred_form: str = ""
    preferred_delivery: str = ""
    notes: str = ""
    #: Why the legal receipt date differs from the arrival where rules.md §2 says they
    #: are the same day (in person, e-mail, registered post): see :func:`receipt_question`.
    receipt_reason: str = ""


#: The field error when a questioned receipt date has no reason (the form shows why).
RECEIPT_REASON_MISSING = "请填写收到日期与到达日期不同的理由"


def receives_on_arrival(channel: Channel, letter_kind: LetterKind | None) -> bool:
    """Whether the application counts as received the day it arrives (rules.md §2)."""
    if channel is Channel.POST:
        return letter_kind is LetterKind.REGISTERED
    return channel in (Channel.IN_PERSON, Channel.EMAIL)


def receipt_question(data: ApplicationInput) -> str:
    """Why the receipt date needs a recorded reason, in Chinese; "" when it does not.

    In person, by e-mail and by registered post the legal receipt date is the day
    the application arrives (rules.md §2): a different date is questioned.
    """
    arrived = data.arrived_on
    if arrived is None or arrived == data.received_on:
        return ""
    if not receives_on_arrival(data.channel, data.letter_kind):
        return ""
    how = "挂号信（EMS）" if data.channel is Channel.POST else data.channel.label
    return (
        f"{how}以到达之日（{arrived.isoformat()}）为收到申请之日；"
        f"收到日期与到达日期不同，须写明理由"
    )


def validate_application(data: ApplicationInput, *, today: dt.date) -> list[FieldError]:
    """Every problem of the form at once, each tied to its field, in Chinese."""
    errors: list[FieldError] = []
    if data.received_on > today:
        errors.append(FieldError("received_on", "收到日期不能晚于今天"))
    if data.arrived_on is not None:
        if data.arrived_on > today:
            errors.append(FieldError("arrived_on", "到达日期不能晚于今天"))
        if data.received_on < data.arrived_on:
            errors.append(FieldError("received_on", "收到日期不能早于到达日期"))
    if receipt_question(data) and not data.receipt_reason.strip():
        errors.append(FieldError("receipt_reason", RECEIPT_REASON_MISSING))
    if not data.applicant_name.strip():
        errors.append(FieldError("applicant_name", "请填写申请人姓名或名称"))
    if not data.content.strip():
        errors.append(FieldError("content", "请填写申请内容"))
    if data.id_number.strip():
        check = (
            check_id_card
            if data.applicant_type is ApplicantType.NATURAL_PERSON
            else check_credit_code
        )
        if message := check(data.id_number):
            errors.append(FieldError("id_number", message))
    if data.phone.strip() and (message := check_phone(data.phone)):
        errors.append(FieldError("phone", message))
    if data.email.strip() and (message := check_email(data.email)):
        errors.append(FieldError("email", message))
    if data.channel is Channel.EMAIL and not data.email.strip():
        errors.append(FieldError("email", "电子邮件申请须填写申请人电子邮箱"))
    return errors
