"""Serial numbers (申请编号) such as 〔2026〕第12号, from a pattern the agency chooses."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{(year|number)(?::0?(\d))?\}")


def check_pattern(pattern: object) -> str:
    """A Chinese error message for a bad pattern, or "" when it is usable."""
    if not isinstance(pattern, str) or not pattern.strip():
        return "不能为空"
    names = [m.group(1) for m in _PLACEHOLDER.finditer(pattern)]
    if names.count("number") != 1:
        return "须且只能包含一个 {number}（序号），可选 {year}（年份），如 〔{year}〕第{number}号"
    leftover = _PLACEHOLDER.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        return "只能使用 {year} 和 {number} 两个占位符（序号可写作 {number:3} 表示补足 3 位）"
    return ""


def format_serial(pattern: str, year: int, number: int) -> str:
    """Render a serial: ``{number:3}`` pads the number with zeros to three digits."""

    def replace(match: re.Match[str]) -> str:
        value = year if match.group(1) == "year" else number
        width = int(match.group(2) or 0)
        return str(value).zfill(width)

    return _PLACEHOLDER.sub(replace, pattern)
