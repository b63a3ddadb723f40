"""Identity numbers, credit codes, phones and e-mail addresses."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.applications import ApplicationInput, receipt_question, validate_application
from desktop.core.validation import check_credit_code, check_email, check_id_card, check_phone
from desktop.core.vocab import ApplicantType, Channel, LetterKind


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("11010519491231002X", True),  # the national standard's own example
        ("11010519491231002x", True),
        ("110105194912310021", False),  # wrong check digit
        ("110105194913310028", False),  # month 13
        ("1101051949123100", False),
    ],
)
def test_id_card(value: str, ok: bool) -> None:
    assert (check_id_card(value) == "") is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("91350100M000100Y43", True), ("91350100M000100Y44", False), ("9135010OM000100Y43", False)],
)
def test_credit_code(value: str, ok: bool) -> None:
    assert (check_credit_code(value) == "") is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("13912345678", True),
        ("010-12345678", True),
        ("0571 8888 1234", True),
        ("400-123-4567", True),
        ("1234", False),
        ("12912345678", False),
        ("电话", False),
    ],
)
def test_phone(value: str, ok: bool) -> None:
    assert (check_phone(value) == "") is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("a@b.cn", True), ("张三@例子.中国", False), ("a@b", False), ("a b@c.cn", False)],
)
def test_email(value: str, ok: bool) -> None:
    assert (check_email(value) == "") is ok


def _form(**changes: object) -> ApplicationInput:
    values: dict[str, object] = {
        "channel": Channel.ONLINE,
        "received_on": dt.date(2026, 3, 2),
        "applicant_type": ApplicantType.NATURAL_PERSON,
        "applicant_name": "李四",
        "content": "2025年度财政预算执行情况",
    }
    values.update(changes)
    return ApplicationInput(**values)  # type: ignore[arg-type]


def _fields(data: ApplicationInput) -> list[str]:
    return [e.field for e in validate_application(data, today=dt.date(2026, 3, 5))]


def test_valid_form_has_no_errors() -> None:
    assert _fields(_form()) == []


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"received_on": dt.date(2026, 3, 6)}, ["received_on"]),
        ({"arrived_on": dt.date(2026, 3, 3)}, ["received_on"]),
        ({"applicant_name": "  "}, ["applicant_name"]),
        ({"content": ""}, ["content"]),
        ({"id_number": "123"}, ["id_number"]),
        (
            {"applicant_type": ApplicantType.BUSINESS, "id_number": "11010519491231002X"},
            ["id_number"],
        ),
        ({"phone": "abc", "email": "x@"}, ["phone", "email"]),
        ({"channel": Channel.EMAIL}, ["email"]),
    ],
)
def test_form_errors_name_their_field(changes: dict[str, object], fields: list[str]) -> None:
    assert _fields(_form(**changes)) == fields


ARRIVED = {"arrived_on": dt.date(2026, 2, 27)}  # received 2026-03-02, arrived the Friday before


@pytest.mark.parametrize(
    ("changes", "questioned"),
    [
        ({"channel": Channel.IN_PERSON, **ARRIVED}, True),
        ({"channel": Channel.EMAIL, "email": "a@example.cn", **ARRIVED}, True),
        ({"channel": Channel.POST, "letter_kind": LetterKind.REGISTERED, **ARRIVED}, True),
        ({"channel": Channel.POST, "letter_kind": LetterKind.ORDINARY, **ARRIVED}, False),
        ({"channel": Channel.ONLINE, **ARRIVED}, False),
        ({"channel": Channel.FAX, **ARRIVED}, False),
        ({"channel": Channel.IN_PERSON, "arrived_on": dt.date(2026, 3, 2)}, False),
    ],
)
def test_receipt_date_other_than_arrival_is_questioned(
    changes: dict[str, object], questioned: bool
) -> None:
    """rules.md §2: in person, e-mail and registered post are received on arrival."""
    assert bool(receipt_question(_form(**changes))) is questioned
    assert _fields(_form(**changes)) == (["receipt_reason"] if questioned else [])
    assert _fields(_form(**changes, receipt_reason="收发室周五签收，周一登记")) == []
