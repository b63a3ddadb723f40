"""The pure rules of letters: variants, remedy date, numbers, dates, service dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import letters
from desktop.core.letters import (
    ALREADY_DISCLOSED,
    NOT_THIS_AGENCY,
    DocumentKind,
    ServiceMethod,
    chinese_date,
    format_number,
    legal_service_date,
    remedy_since_2024,
    reply_variants,
    service_problems,
)
from desktop.core.vocab import REPLY_OUTCOMES, Outcome

D = dt.date


def test_number_and_date_are_written_the_official_way() -> None:
    assert format_number("杭应急公开复", 2026, 12) == "杭应急公开复〔2026〕12号"
    assert chinese_date(D(2026, 3, 2)) == "2026年3月2日"
    assert chinese_date(D(2026, 12, 31)) == "2026年12月31日"


@pytest.mark.parametrize(
    ("day", "since"),
    [(D(2023, 12, 31), False), (D(2024, 1, 1), True), (D(2026, 3, 2), True)],
)
def test_the_remedy_clause_changes_on_2024_01_01(day: dt.date, since: bool) -> None:
    assert remedy_since_2024(day) is since


def test_every_reply_outcome_has_a_letter_and_the_closing_ones_none() -> None:
    for outcome in REPLY_OUTCOMES:
        assert reply_variants(outcome)[0] == outcome.value
    assert reply_variants(Outcome.DISCLOSED) == (Outcome.DISCLOSED.value, ALREADY_DISCLOSED)
    assert NOT_THIS_AGENCY in reply_variants(Outcome.UNAVAILABLE_NOT_HELD)
    assert reply_variants(Outcome.OTHER_ABANDONED) == ()
    assert reply_variants(Outcome.OTHER_UNPAID) == ()


def test_every_template_has_a_label_and_a_unique_key() -> None:
    keys = letters.template_keys()
    assert len(keys) == len(set(keys)) == 5 + 2 + len(letters.all_reply_variants())
    assert letters.template_label("reply.partly_disclosed") == "答复书（部分公开）"
    assert letters.template_label("consultation.other_agency") == "征求意见书（其他机关）"
    assert letters.template_label("receipt") == DocumentKind.RECEIPT.label


def test_unknown_fields_are_named() -> None:
    assert letters.unknown_fields({"applicant_name", "shoe_size", "agency"}) == [
        "agency",
        "shoe_size",
    ]


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (ServiceMethod.IN_PERSON, D(2026, 4, 22)),  # the signing day
        (ServiceMethod.REGISTERED, D(2026, 4, 20)),  # the posting day
        (ServiceMethod.EMS, D(2026, 4, 20)),
        (ServiceMethod.ORDINARY, D(2026, 4, 20)),
        (ServiceMethod.EMAIL, D(2026, 4, 20)),  # the sending day
        (ServiceMethod.ONLINE, D(2026, 4, 20)),
    ],
)
def test_the_legal_date_of_a_reply_follows_how_it_went(
    method: ServiceMethod, expected: dt.date
) -> None:
    assert legal_service_date(method, D(2026, 4, 20), D(2026, 4, 22)) == expected


def test_service_records_are_checked() -> None:
    def problems(method: ServiceMethod, **kw: object) -> list[str]:
        values: dict[str, object] = {
            "tracking_no": "",
            "posted_on": None,
            "served_on": None,
            "issued_on": D(2026, 4, 20),
            "today": D(2026, 4, 30),
        }
        values.update(kw)
        return service_problems(method, **values)  # type: ignore[arg-type]

    assert problems(ServiceMethod.IN_PERSON) == ["当面送达须填写签收日期"]
    assert problems(ServiceMethod.EMS, posted_on=D(2026, 4, 21)) == ["挂号信和EMS须填写邮件单号"]
    assert problems(ServiceMethod.ORDINARY, posted_on=D(2026, 4, 21)) == []
    assert "送达日期不能早于交邮或发送日期" in problems(
        ServiceMethod.EMS, tracking_no="E1", posted_on=D(2026, 4, 22), served_on=D(2026, 4, 21)
    )
    assert "交邮或发送日期不能晚于今天" in problems(ServiceMethod.EMAIL, posted_on=D(2026, 5, 2))
