"""Sorting Chinese names the way a Chinese office expects: by pinyin, not by code point."""

from __future__ import annotations

import functools

#: Length of the stored sort key (``application.applicant_sort_key``).
SORT_KEY_LENGTH = 200


@functools.lru_cache(maxsize=65536)
def applicant_sort_key(name: str) -> str:
    """``张三`` → ``zhang1 san1``: pinyin with tone numbers, other characters kept (lowercase).

    Stored when an application is written, so SQLite and PostgreSQL sort alike
    (neither collates Chinese by pinyin on its own). pypinyin is imported on the
    first call: its dictionaries take about half a second to load. Keys are cached:
    an applicant who applies again (an import of a whole year) costs nothing more.
    """
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name.strip(), style=Style.TONE3, errors="default")
    return " ".join(s.lower() for s in syllables if s.strip())[:SORT_KEY_LENGTH]
