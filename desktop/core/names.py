"""Sorting Chinese names the way a Chinese office expects: by pinyin, not by code point."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pypinyin import Style

#: Length of the stored sort key (``application.applicant_sort_key``).
SORT_KEY_LENGTH = 200


@functools.lru_cache(maxsize=65536)
def applicant_sort_key(name: str) -> str:
    """``张三`` → ``zhang1 san1``: pinyin with tone numbers, other characters kept (lowercase).

    Stored when an application is written, so SQLite and PostgreSQL sort alike
    (neither collates Chinese by pinyin on its own). pypinyin is loaded on the
    first call: its dictionaries take about half a second. Keys are cached: an
    applicant who applies again (an import of a whole year) costs nothing more.
    """
    syllables = _syllables()(name.strip())
    return " ".join(s.lower() for s in syllables if s.strip())[:SORT_KEY_LENGTH]


@functools.cache
def _syllables() -> Callable[[str], list[str]]:
    """``lazy_pinyin(name, style=Style.TONE3)`` through ``pypinyin.lazy_pinyin``'s own
    converter, built once, remembering each character's converted syllable: converting a
    syllable's tone mark to its number was most of the cost of a key, and a register's names
    share a few thousand characters (``tests/core/test_names.py`` compares the keys)."""
    from pypinyin import Style
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    class Converter(UltimateConverter):
        def __init__(self) -> None:
            super().__init__()
            self.converted: dict[tuple[str, str, Style, bool], str] = {}

        def convert_style(
            self, han: str, orig_pinyin: str, style: Style, strict: bool, **kwargs: Any
        ) -> str:
            key = (han, orig_pinyin, style, strict)
            found = self.converted.get(key)
            if found is None:
                found = super().convert_style(han, orig_pinyin, style, strict, **kwargs)
                self.converted[key] = found
            return found

    pinyin = Pinyin(Converter())
    return functools.partial(pinyin.lazy_pinyin, style=Style.TONE3, errors="default")
