"""Serial patterns such as 〔2026〕第12号."""

from __future__ import annotations

import pytest

from desktop.core.serials import check_pattern, format_serial


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("〔{year}〕第{number}号", "〔2026〕第12号"),
        ("依申请〔{year}〕{number:3}号", "依申请〔2026〕012号"),
        ("GK-{year}-{number:04}", "GK-2026-0012"),
    ],
)
def test_format_serial(pattern: str, expected: str) -> None:
    assert check_pattern(pattern) == ""
    assert format_serial(pattern, 2026, 12) == expected


@pytest.mark.parametrize("pattern", ["", "〔{year}〕", "{number}{number}", "{year}{nummer}", 5])
def test_bad_patterns_are_refused(pattern: object) -> None:
    assert check_pattern(pattern) != ""
