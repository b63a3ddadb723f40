"""Parse the State Council's yearly holiday notice (国务院办公厅关于X年部分节假日安排的通知).

The clerk pastes the notice's text; every numbered item (``一、元旦：…``) is read
clause by clause. Styles differ across years and all are accepted:

- ``1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。``
- ``4月5日放假，4月6日（星期一）补休。`` / ``5月1日放假，与周末连休。``
- lunar notes in brackets (``（农历腊月二十八、周日）``), ranges crossing months
  or years (``12月31日至1月2日``), explicit years (``2022年12月31日``).

Every weekday written in brackets is checked against the date, and ``共N天``
against the range before it, so a misread date is refused rather than saved.
Text that cannot be read is refused with the line where reading stopped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Full-width digits become ASCII; brackets and punctuation are kept full-width.
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ITEM = re.compile(r"^[一二三四五六七八九十]+[、．.]\s*([^：:]{1,40})[：:](.+)$")
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?")
_STANDALONE_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_NOTE = re.compile(r"(?:星期|周)([一二三四五六日天])")
_OFF_WORDS = "放假(?:调休|公休)?"


class NoticeError(ValueError):
    """The notice could not be read; ``line_number``/``line`` say where reading stopped."""

    def __init__(self, message: str, line_number: int, line: str) -> None:
        super().__init__(f"第{line_number}行无法识别（{message}）：{line}")
        self.reason, self.line_number, self.line = message, line_number, line


@dataclass(frozen=True)
class NoticeBlock:
    """One numbered item of the notice: a festival's days off and make-up working days."""

    festival: str
    days_off: tuple[dt.date, ...]
    make_up_workdays: tuple[dt.date, ...]


@dataclass(frozen=True)
class ParsedNotice:
    year: int
    blocks: tuple[NoticeBlock, ...]

    @property
    def days_off(self) -> tuple[dt.date, ...]:
        return tuple(sorted(d for b in self.blocks for d in b.days_off))

    @property
    def make_up_workdays(self) -> tuple[dt.date, ...]:
        return tuple(sorted(d for b in self.blocks for d in b.make_up_workdays))

    def as_json(self) -> dict[str, object]:
        """``{"year": Y, "days_off": [...], "make_up_workdays": [...]}`` with ISO dates."""
        return {
            "year": self.year,
            "days_off": [d.isoformat() for d in self.days_off],
            "make_up_workdays": [d.isoformat() for d in self.make_up_workdays],
        }


class _Refused(ValueError):
    """A problem inside one line (the line number is added by the caller)."""


_TITLE = re.compile(r"关于(\d{4})年(?:部分)?节假日安排的通知")
_REFERENCE = re.compile(r"国办发(?:明电)?〔\d{4}〕\d+号")


def notice_reference(text: str) -> str:
    """The notice's document number (国办发明电〔2025〕7号) or else its title; "" if neither."""
    text = text.translate(_DIGITS)
    if found := _REFERENCE.search(text):
        return found.group(0)
    for line in text.splitlines():
        if _TITLE.search(line):
            return line.strip()[:200]
    return ""


def parse_notice(text: str, year: int) -> ParsedNotice:
    """Every holiday block, 补休 day and 上班 make-up day of the notice for ``year``."""
    for number, raw in enumerate(text.splitlines(), start=1):
        title = _TITLE.search(raw.translate(_DIGITS))
        if title and int(title.group(1)) != year:
            raise NoticeError(f"这是{title.group(1)}年的通知，不是{year}年的", number, raw.strip())
    blocks: list[NoticeBlock] = []
    seen: dict[dt.date, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().translate(_DIGITS)
        if not line:
            continue
        try:
            block = _parse_line(line, year)
            if block is not None:
                _check_overlaps(block, seen, number)
                blocks.append(block)
        except _Refused as problem:
            raise NoticeError(str(problem), number, raw.strip()) from None
    if not blocks:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        raise NoticeError("没有找到“一、元旦：……”这样的放假安排", len(lines) or 1, "")
    return ParsedNotice(year, tuple(blocks))


def _check_overlaps(block: NoticeBlock, seen: dict[dt.date, int], number: int) -> None:
    for day in (*block.days_off, *block.make_up_workdays):
        if day in seen:
            raise _Refused(f"{day.isoformat()} 在第{seen[day]}行已经出现")
        seen[day] = number


def _parse_line(line: str, year: int) -> NoticeBlock | None:
    """The block of an item line; None for the title, greeting, preamble and signature."""
    item = _ITEM.match(line)
    if item is None:
        if _DATE.search(line) and not _STANDALONE_DATE.match(line) and "月" in line:
            raise _Refused("含有日期，但不是“一、节日：日期……”的格式")
        return None
    festival, body = item.group(1).strip(), item.group(2)
    if not _DATE.search(body):
        raise _Refused("没有日期")
    return _parse_body(festival, body, year)


@dataclass
class _Date:
    year: int | None
    month: int | None
    day: int
    weekday: int | None


def _parse_body(festival: str, body: str, year: int) -> NoticeBlock:
    dates: list[_Date] = []

    def placeholder(match: re.Match[str]) -> str:
        dates.append(_date_of(match))
        return f"<{len(dates) - 1}>"

    skeleton = _DATE.sub(placeholder, body)
    skeleton = re.sub(r"[（(][^）)]*农历[^）)]*[）)]", "", skeleton)  # lunar notes elsewhere
    resolved = _resolve(dates, year)
    off: list[dt.date] = []
    work: list[dt.date] = []
    last_range: list[dt.date] = []
    for clause in re.split(r"[。，,；;]", skeleton):
        clause = clause.strip()
        if clause:
            last_range = _apply(clause, resolved, off, work, last_range)
    if not off and not work:
        raise _Refused("没有放假或上班的日期")
    return NoticeBlock(festival, tuple(sorted(set(off))), tuple(sorted(set(work))))


def _date_of(match: re.Match[str]) -> _Date:
    year, month, day, note = match.groups()
    weekday = None
    if note:
        found = _WEEKDAY_NOTE.search(note)
        if found is None and "农历" not in note:
            raise _Refused(f"括号内“{note}”不是星期")
        weekday = _WEEKDAYS[found.group(1)] if found else None
    return _Date(int(year) if year else None, int(month) if month else None, int(day), weekday)


def _resolve(dates: list[_Date], year: int) -> list[dt.date]:
    """Fill in missing months (from the date before) and years (the notice's, or the one before
    for December dates of an item about January), then check the weekdays."""
    months = [d.month for d in dates if d.month is not None]
    january_item = bool(months) and months[0] in (12, 1) and 1 in months
    resolved: list[dt.date] = []
    month: int | None = None
    explicit_year: int | None = None
    for d in dates:
        month = d.month or month
        if month is None:
            raise _Refused(f"“{d.day}日”缺少月份")
        if d.year is not None:
            explicit_year = d.year
        if d.year is not None:
            day_year = d.year
        elif explicit_year is not None and d.month is None:
            day_year = explicit_year
        else:
            day_year = year - 1 if month == 12 and january_item else year
        try:
            day = dt.date(day_year, month, d.day)
        except ValueError:
            raise _Refused(f"{month}月{d.day}日不是有效日期") from None
        if d.weekday is not None and day.weekday() != d.weekday:
            names = "一二三四五六日"
            raise _Refused(f"{day.isoformat()} 是星期{names[day.weekday()]}，与括号中的星期不符")
        resolved.append(day)
    return resolved


def _indices(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"<(\d+)>", text)]


def _apply(
    clause: str,
    dates: list[dt.date],
    off: list[dt.date],
    work: list[dt.date],
    last_range: list[dt.date],
) -> list[dt.date]:
    """Add the clause's days to ``off``/``work``; returns the days a following ``共N天`` counts."""
    listed = r"<\d+>(?:[、和及]<\d+>)*"
    if m := re.fullmatch(rf"<(\d+)>至<(\d+)>{_OFF_WORDS}", clause):
        start, end = dates[int(m.group(1))], dates[int(m.group(2))]
        if end < start:
            raise _Refused("结束日期早于开始日期")
        days = [start + dt.timedelta(n) for n in range((end - start).days + 1)]
        off.extend(days)
        return days
    if re.fullmatch(rf"{listed}(?:{_OFF_WORDS}|补休|调休|放假补休)", clause):
        days = [dates[i] for i in _indices(clause)]
        off.extend(days)
        return days
    if re.fullmatch(rf"{listed}(?:上班|调休上班|补班)", clause):
        days = [dates[i] for i in _indices(clause)]
        for day in days:
            if day.weekday() < 5:
                raise _Refused(f"上班日 {day.isoformat()} 不是周六或周日")
        work.extend(days)
        return last_range
    if m := re.fullmatch(r"共(\d+)天", clause):
        if int(m.group(1)) != len(last_range):
            raise _Refused(f"写明共{m.group(1)}天，日期范围却是{len(last_range)}天")
        return last_range
    if re.fullmatch(r"与周末连休|放假|调休", clause):
        return last_range
    shown = re.sub(r"<(\d+)>", lambda m: dates[int(m.group(1))].isoformat(), clause)
    raise _Refused(f"不能理解“{shown}”")
