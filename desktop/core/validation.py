"""Checks of what a clerk types: identity numbers, credit codes, phones, e-mail, dates.

Each check returns a Chinese message, or "" when the value is acceptable.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?[1-9]\d{6,7}(-\d{1,6})?$")
_SERVICE = re.compile(r"^[48]00-?\d{3}-?\d{4}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of a form (``field`` is the input's attribute name)."""

    field: str
    message: str


def id_card_checksum(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def credit_code_checksum(first17: str) -> str:
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31]


def check_id_card(value: str) -> str:
    """居民身份证号码: 18 characters with a valid birth date and check digit."""
    value = value.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return "身份证号码应为18位（最后一位可为X）"
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "身份证号码中的出生日期无效"
    if id_card_checksum(value[:17]) != value[17]:
        return "身份证号码校验位不正确"
    return ""


def check_credit_code(value: str) -> str:
    """统一社会信用代码: 18 characters with a valid check character."""
    value = value.strip().upper()
    if len(value) != 18 or any(c not in _CREDIT_CHARS for c in value):
        return "统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）"
    if credit_code_checksum(value[:17]) != value[17]:
        return "统一社会信用代码校验位不正确"
    return ""


def check_phone(value: str) -> str:
    compact = value.strip().replace(" ", "")
    if _MOBILE.match(compact) or _LANDLINE.match(compact) or _SERVICE.match(compact):
        return ""
    return "电话号码格式不正确（手机11位，固话如 010-12345678）"


def check_email(value: str) -> str:
    return "" if _EMAIL.match(value.strip()) else "电子邮箱格式不正确"
