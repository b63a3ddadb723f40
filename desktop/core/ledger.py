"""The ledger spreadsheet (台账表格): recognising, checking and producing its rows.

Pure: cells in, value objects and Chinese problems out (``today`` is a
parameter). Reading and writing files, and the database, live in
``desktop.services.ledger``. A batch is checked as a whole and returns
``(rows, problems)`` so that the clerk sees every problem at once.

Columns holding several dates of one kind (two rounds of correction, two
consultations) list them in one cell separated by "；".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.applications import receives_on_arrival
from desktop.core.deadlines import ClockEvent, rule_for
from desktop.core.lifecycle import service_question
from desktop.core.serials import _PLACEHOLDER as SERIAL_PLACEHOLDER
from desktop.core.vocab import (
    ApplicantType,
    Channel,
    DeliveryMethod,
    EventKind,
    LetterKind,
    Outcome,
    OutcomeGroup,
)


class LedgerFormat(StrEnum):
    """The ledger's file formats (by suffix)."""

    XLSX = "xlsx"
    CSV = "csv"


class Column(StrEnum):
    """The recognised columns, by their header text (issue 6)."""

    SERIAL = "编号"
    RECEIVED_ON = "收到日期"
    CHANNEL = "申请渠道"
    APPLICANT_TYPE = "申请人类型"
    APPLICANT_NAME = "申请人"
    PHONE = "联系电话"
    CONTENT = "申请内容"
    CATEGORY = "内容分类"
    DEPARTMENT = "承办部门"
    CORRECTION_NOTICE = "补正通知日期"
    CORRECTION_RECEIVED = "补正收到日期"
    CONSULTATION_SENT = "征求意见发出日期"
    CONSULTATION_REPLIED = "征求意见收到日期"
    EXTENSION = "延期日期"
    REPLY = "答复日期"
    RESULT = "办理结果"
    NOTES = "备注"
    # Not in the list: kept so that fee periods (which stop the clock) round-trip.
    FEE_NOTICE = "收费通知日期"
    FEE_PAID = "缴费日期"
    # The dates rules.md §2 and §5 tie to the receipt and the reply, and the reason
    # recorded when they differ where the rules say they are the same day.
    ARRIVED_ON = "到达日期"
    DELIVERY_METHOD = "送达方式"
    DELIVERY_ON = "送达日期"
    DATE_REASON = "日期说明"


#: The ledger headers, in template order.
LEDGER_HEADERS: tuple[str, ...] = tuple(c.value for c in Column)
REQUIRED = frozenset(
    {
        Column.RECEIVED_ON,
        Column.CHANNEL,
        Column.APPLICANT_TYPE,
        Column.APPLICANT_NAME,
        Column.CONTENT,
    }
)
#: Computed columns added on export; ignored (silently) on import.
COMPUTED_HEADERS: tuple[str, ...] = ("答复期限", "办理状态", "期限状态", "剩余工作日")
#: What a withdrawal is written as in the 办理结果 column.
WITHDRAWAL_LABEL = "申请人撤回"
WITHDRAWAL_WORDS = frozenset({"撤回", WITHDRAWAL_LABEL})
LIST_SEPARATOR = "；"
#: Column widths the database allows (longer text is an error, not a truncation).
MAX_LENGTH = {
    Column.SERIAL: 60,
    Column.APPLICANT_NAME: 200,
    Column.PHONE: 40,
    Column.CATEGORY: 100,
    Column.DEPARTMENT: 100,
}
#: A text starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_PREFIXES = frozenset({"=", "+", "-", "@", "\t", "\r"})
#: List columns whose text becomes an entry of a configurable list: never formula-like.
_LIST_COLUMNS = (Column.CATEGORY, Column.DEPARTMENT)
#: The column named by a problem that concerns the whole row.
WHOLE_ROW = "整行"
IMPORT_RECORDER = "导入"
IMPORT_APPROVER = "（导入）"

CHANNEL_ALIASES: dict[str, Channel] = {
    **{c.label: c for c in Channel},
    "现场": Channel.IN_PERSON,
    "当面申请": Channel.IN_PERSON,
    "邮寄": Channel.POST,
    "信件": Channel.POST,
    "信函申请": Channel.POST,
    "挂号信": Channel.POST,
    "挂号": Channel.POST,
    "EMS": Channel.POST,
    "挂号信（含EMS）": Channel.POST,
    "平信": Channel.POST,
    "网上": Channel.ONLINE,
    "网上申请": Channel.ONLINE,
    "网络申请": Channel.ONLINE,
    "政府网站": Channel.ONLINE,
    "在线申请": Channel.ONLINE,
    "邮件": Channel.EMAIL,
    "电子邮件申请": Channel.EMAIL,
    "传真申请": Channel.FAX,
}
#: What the 申请渠道 cell says about the kind of letter (rules.md §2).
LETTER_WORDS: dict[str, LetterKind] = {
    "挂号信": LetterKind.REGISTERED,
    "挂号": LetterKind.REGISTERED,
    "EMS": LetterKind.REGISTERED,
    "挂号信（含EMS）": LetterKind.REGISTERED,
    "平信": LetterKind.ORDINARY,
}
LETTER_LABELS = {LetterKind.REGISTERED: "挂号信", LetterKind.ORDINARY: "平信"}
DELIVERY_ALIASES: dict[str, DeliveryMethod] = {
    **{m.label: m for m in DeliveryMethod},
    "当面": DeliveryMethod.IN_PERSON,
    "现场领取": DeliveryMethod.IN_PERSON,
    "邮政": DeliveryMethod.POST,
    "挂号信": DeliveryMethod.POST,
    "电子邮件": DeliveryMethod.ELECTRONIC,
    "网络": DeliveryMethod.ELECTRONIC,
}
APPLICANT_ALIASES: dict[str, ApplicantType] = {
    **{t.label: t for t in ApplicantType},
    "公民": ApplicantType.NATURAL_PERSON,
    "个人": ApplicantType.NATURAL_PERSON,
    "企业": ApplicantType.BUSINESS,
}

_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_LIST_SPLIT = re.compile(r"[；;、\n]")
_GROUP_NUMBER = re.compile(r"^（[一二三四五六七]）")
_ROW_NUMBER = re.compile(r"^\d+[.．、]")
_RESULT_SPLIT = re.compile(r"\s*[-－—:：/]\s*")


@dataclass(frozen=True)
class LedgerProblem:
    """Why a cell (or the header row) is refused; ``row_number`` as Excel shows it."""

    row_number: int
    column: str
    value: str
    message: str


@dataclass(frozen=True)
class LedgerRecord:
    """One application as a ledger row holds it."""

    serial: str
    received_on: dt.date
    channel: Channel
    applicant_type: ApplicantType
    applicant_name: str
    content: str
    phone: str = ""
    category: str = ""
    department: str = ""
    correction_notices: tuple[dt.date, ...] = ()
    corrections_received: tuple[dt.date, ...] = ()
    consultations_sent: tuple[dt.date, ...] = ()
    consultations_replied: tuple[dt.date, ...] = ()
    fee_notices: tuple[dt.date, ...] = ()
    fees_paid: tuple[dt.date, ...] = ()
    extended_on: dt.date | None = None
    closed_on: dt.date | None = None
    outcome: Outcome | None = None
    withdrawn: bool = False
    notes: str = ""
    letter_kind: LetterKind | None = None
    arrived_on: dt.date | None = None
    delivery_method: DeliveryMethod | None = None
    delivered_on: dt.date | None = None
    date_reason: str = ""


@dataclass(frozen=True)
class LedgerRow:
    """A checked row of an imported file."""

    row_number: int
    record: LedgerRecord


@dataclass(frozen=True)
class HeaderMap:
    """Which column index holds which recognised column."""

    columns: Mapping[Column, int]
    ignored: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class LedgerCheck:
    """The result of checking a whole file: good rows only count when ``problems`` is empty."""

    rows: tuple[LedgerRow, ...]
    problems: tuple[LedgerProblem, ...]
    warnings: tuple[str, ...]


# --- cells ---


def cell_text(value: object) -> str:
    """A cell as trimmed text (integral numbers without ".0")."""
    if type(value) is str:  # the common case first: this runs for every cell of a file
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def parse_date(value: object) -> dt.date:
    """A date from an Excel date cell or one of the accepted notations (ValueError otherwise)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _parse_date_text(cell_text(value))


@functools.lru_cache(maxsize=8192)
def _parse_date_text(text: str) -> dt.date:
    """Cached: a ledger repeats a few thousand dates over its rows."""
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
    raise ValueError(text)


def parse_dates(value: object) -> tuple[dt.date, ...]:
    """One or more dates in a cell, separated by "；" (empty cell: none)."""
    if value is None or value == "":
        return ()
    if isinstance(value, dt.date):
        return (parse_date(value),)
    parts = [p for p in _LIST_SPLIT.split(cell_text(value)) if p.strip()]
    return tuple(parse_date(p) for p in parts)


def _group_name(group: OutcomeGroup) -> str:
    """A group's label without its numbering or its explanation (``部分公开``)."""
    return _GROUP_NUMBER.sub("", group.label).split("（")[0]


_GROUPS_BY_NAME = {_group_name(g): g for g in OutcomeGroup}


_OUTCOMES_BY_LABEL = {o.label: o for o in Outcome}


def _outcome_alone(text: str) -> Outcome | None:
    text = _ROW_NUMBER.sub("", _GROUP_NUMBER.sub("", text.strip()))
    return _OUTCOMES_BY_LABEL.get(text)


def parse_result(text: str) -> Outcome | None:
    """An outcome from its label, optionally after its group (``不予公开-属于国家秘密``).

    Returns None for a withdrawal; raises ValueError with a Chinese message.
    """
    text = text.strip()
    if text in WITHDRAWAL_WORDS:
        return None
    outcome = _outcome_alone(text)
    if outcome is not None:
        return outcome
    parts = _RESULT_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        group = _GROUPS_BY_NAME.get(_GROUP_NUMBER.sub("", parts[0]))
        outcome = _outcome_alone(parts[1])
        if group is not None and outcome is not None:
            if outcome.group is not group:
                raise ValueError(f"“{outcome.label}”不属于“{_group_name(group)}”")
            return outcome
    raise ValueError("不是年度报告表三中的办理结果（如 予以公开、不予公开-属于国家秘密、撤回）")


def result_text(outcome: Outcome | None, withdrawn: bool) -> str:
    """What the 办理结果 column says for a closed application."""
    if withdrawn:
        return WITHDRAWAL_LABEL
    return outcome.label if outcome is not None else ""


# --- serials ---


def serial_regex(pattern: str) -> re.Pattern[str]:
    """A regex matching the serials the agency pattern produces (groups ``year``, ``number``)."""
    parts: list[str] = []
    position = 0
    for match in SERIAL_PLACEHOLDER.finditer(pattern):
        parts.append(re.escape(pattern[position : match.start()]))
        parts.append(r"(?P<year>\d{4})" if match.group(1) == "year" else r"(?P<number>\d+)")
        position = match.end()
    parts.append(re.escape(pattern[position:]))
    return re.compile("".join(parts))


def parse_serial(
    regex: re.Pattern[str], serial: str, received_on: dt.date
) -> tuple[int, int] | None:
    """(year, number) of a serial in the agency's pattern, else None."""
    match = regex.fullmatch(serial)
    if match is None:
        return None
    year = match.groupdict().get("year")
    return (int(year) if year else received_on.year, int(match.group("number")))


# --- the header ---


def normalise_header(value: object) -> str:
    text = re.sub(r"\s+", "", cell_text(value))
    return re.sub(r"[*＊]|[（(]必填[)）]", "", text)


def read_header(cells: Sequence[object]) -> tuple[HeaderMap, list[LedgerProblem], list[str]]:
    """Recognise the header row: columns in any order, unknown ones ignored with a warning."""
    columns: dict[Column, int] = {}
    ignored: list[str] = []
    problems: list[LedgerProblem] = []
    for index, raw in enumerate(cells):
        name = normalise_header(raw)
        if not name or name in COMPUTED_HEADERS:
            continue
        if name not in LEDGER_HEADERS:
            ignored.append(name)
        elif Column(name) in columns:
            problems.append(LedgerProblem(1, name, name, "列名重复"))
        else:
            columns[Column(name)] = index
    problems.extend(
        LedgerProblem(1, c.value, "", "缺少必填列")
        for c in Column
        if c in REQUIRED and c not in columns
    )
    warnings = [f"未识别的列“{name}”已忽略" for name in ignored]
    return HeaderMap(columns, tuple(ignored)), problems, warnings


# --- one row ---


class _RowReader:
    """Reads one row's cells, collecting every problem instead of stopping at the first.

    Runs for every row of files of 100,000 rows: cells are looked up once, and an
    empty cell (most of a ledger's date columns) costs one comparison.
    """

    __slots__ = ("problems", "row_number", "values")

    def __init__(self, row_number: int, cells: Sequence[object], header: HeaderMap) -> None:
        self.row_number = row_number
        count = len(cells)
        self.values = {c: cells[i] for c, i in header.columns.items() if i < count}
        self.problems: list[LedgerProblem] = []

    def raw(self, column: Column) -> object:
        return self.values.get(column)

    def problem(self, column: Column, message: str, value: object = None) -> None:
        shown = cell_text(self.raw(column) if value is None else value)
        self.problems.append(LedgerProblem(self.row_number, column.value, shown, message))

    def text(self, column: Column) -> str:
        raw = self.values.get(column)
        value = raw.strip() if type(raw) is str else cell_text(raw)
        if not value and column in REQUIRED:
            self.problem(column, "必填项为空")
        limit = MAX_LENGTH.get(column)
        if limit is not None and len(value) > limit:
            self.problem(column, f"内容过长（最多{limit}个字）")
        return value

    def dates(self, column: Column) -> tuple[dt.date, ...]:
        raw = self.values.get(column)
        if raw is None or raw == "":
            return ()
        if type(raw) is dt.date:  # a date cell of a workbook
            return (raw,)
        try:
            return parse_dates(raw)
        except ValueError:
            self.problem(column, "日期无法识别（可写作 2026-02-10、2026/2/10、2026年2月10日 等）")
            return ()

    def date(self, column: Column) -> dt.date | None:
        values = self.dates(column)
        if len(values) > 1:
            self.problem(column, "只能填写一个日期")
        if not values and column in REQUIRED and not cell_text(self.raw(column)):
            self.problem(column, "必填项为空")
        return values[-1] if values else None

    def vocab(self, column: Column, aliases: Mapping[str, Any], choices: str) -> Any:
        value = self.text(column)
        if value and value not in aliases:
            self.problem(column, f"应为以下之一：{choices}")
        return aliases.get(value)


_CHANNEL_CHOICES = "、".join(c.label for c in Channel)
_TYPE_CHOICES = "、".join(t.label for t in ApplicantType)
_DELIVERY_CHOICES = "、".join(m.label for m in DeliveryMethod)


def _read_record(reader: _RowReader) -> LedgerRecord | None:
    channels, types = _CHANNEL_CHOICES, _TYPE_CHOICES
    received = reader.date(Column.RECEIVED_ON)
    channel = reader.vocab(Column.CHANNEL, CHANNEL_ALIASES, channels)
    applicant_type = reader.vocab(Column.APPLICANT_TYPE, APPLICANT_ALIASES, types)
    values = {c: reader.text(c) for c in (Column.SERIAL, Column.APPLICANT_NAME, Column.CONTENT)}
    optional = {c: reader.text(c) for c in (Column.PHONE, Column.CATEGORY, Column.DEPARTMENT)}
    for column in _LIST_COLUMNS:
        if optional[column][:1] in FORMULA_PREFIXES:
            reader.problem(column, "不能以 = + - @ 开头（表格软件会当作公式执行）")
    dates = {
        c: reader.dates(c)
        for c in (
            Column.CORRECTION_NOTICE,
            Column.CORRECTION_RECEIVED,
            Column.CONSULTATION_SENT,
            Column.CONSULTATION_REPLIED,
            Column.FEE_NOTICE,
            Column.FEE_PAID,
        )
    }
    extended_on, closed_on = reader.date(Column.EXTENSION), reader.date(Column.REPLY)
    outcome, withdrawn = _read_result(reader, closed_on)
    arrived_on, delivered_on = reader.date(Column.ARRIVED_ON), reader.date(Column.DELIVERY_ON)
    delivery = reader.vocab(Column.DELIVERY_METHOD, DELIVERY_ALIASES, _DELIVERY_CHOICES)
    if reader.problems or received is None:
        return None
    return LedgerRecord(
        serial=values[Column.SERIAL],
        received_on=received,
        channel=channel,
        applicant_type=applicant_type,
        applicant_name=values[Column.APPLICANT_NAME],
        content=values[Column.CONTENT],
        phone=optional[Column.PHONE],
        category=optional[Column.CATEGORY],
        department=optional[Column.DEPARTMENT],
        correction_notices=dates[Column.CORRECTION_NOTICE],
        corrections_received=dates[Column.CORRECTION_RECEIVED],
        consultations_sent=dates[Column.CONSULTATION_SENT],
        consultations_replied=dates[Column.CONSULTATION_REPLIED],
        fee_notices=dates[Column.FEE_NOTICE],
        fees_paid=dates[Column.FEE_PAID],
        extended_on=extended_on,
        closed_on=closed_on,
        outcome=outcome,
        withdrawn=withdrawn,
        notes=cell_text(reader.raw(Column.NOTES)),
        letter_kind=LETTER_WORDS.get(cell_text(reader.raw(Column.CHANNEL))),
        arrived_on=arrived_on,
        delivery_method=delivery,
        delivered_on=delivered_on,
        date_reason=cell_text(reader.raw(Column.DATE_REASON)),
    )


def _read_result(reader: _RowReader, closed_on: dt.date | None) -> tuple[Outcome | None, bool]:
    text = cell_text(reader.raw(Column.RESULT))
    if not text:
        if closed_on is not None:
            reader.problem(Column.RESULT, "已填写答复日期，须填写办理结果")
        return None, False
    if closed_on is None and not cell_text(reader.raw(Column.REPLY)):
        reader.problem(Column.RESULT, "填写办理结果时须填写答复日期")
    try:
        outcome = parse_result(text)
    except ValueError as error:
        reader.problem(Column.RESULT, str(error))
        return None, False
    return outcome, outcome is None


# --- the order of dates ---


def _order_problems(record: LedgerRecord, today: dt.date) -> list[tuple[Column, dt.date, str]]:
    """Dates that contradict each other or the calendar, as (column, value, message)."""
    found: list[tuple[Column, dt.date, str]] = []
    received = record.received_on
    if received > today:
        found.append((Column.RECEIVED_ON, received, "日期不能晚于今天"))
    for column, day in _dated_cells(record):
        if day > today:
            found.append((column, day, "日期不能晚于今天"))
        elif day < received:
            found.append((column, day, "日期不能早于收到日期"))
        elif column not in _MAY_FOLLOW_CLOSING and record.closed_on and day > record.closed_on:
            found.append((column, day, "日期不能晚于答复日期"))
    found.extend(_pair_problems(record))
    found.extend(_closing_problems(record))
    found.extend(_receipt_problems(record, today))
    found.extend(_service_problems(record))
    return found


def _receipt_problems(record: LedgerRecord, today: dt.date) -> list[tuple[Column, dt.date, str]]:
    """rules.md §2: the arrival; in person, e-mail, registered post it is the receipt."""
    arrived = record.arrived_on
    if arrived is None:
        return []
    if arrived > today:
        return [(Column.ARRIVED_ON, arrived, "日期不能晚于今天")]
    if arrived > record.received_on:
        return [(Column.ARRIVED_ON, arrived, "到达日期不能晚于收到日期")]
    same_day = receives_on_arrival(record.channel, record.letter_kind)
    if same_day and arrived != record.received_on and not record.date_reason:
        how = "挂号信（EMS）" if record.channel is Channel.POST else record.channel.label
        message = f"{how}以到达之日为收到申请之日；收到日期不同须在“日期说明”列写明理由"
        return [(Column.ARRIVED_ON, arrived, message)]
    return []


def _service_problems(record: LedgerRecord) -> list[tuple[Column, dt.date, str]]:
    """rules.md §5: a service follows a reply; in person it falls on the reply day."""
    method, on = record.delivery_method, record.delivered_on
    if on is None:
        return []
    replied = record.closed_on is not None and not record.withdrawn
    replied = replied and record.outcome not in (Outcome.OTHER_ABANDONED, Outcome.OTHER_UNPAID)
    if not replied:
        return [(Column.DELIVERY_ON, on, "只有答复后才能送达，请填写答复日期和办理结果")]
    if method is None:
        return [(Column.DELIVERY_ON, on, "填写送达日期时须填写送达方式")]
    assert record.closed_on is not None
    if on < record.closed_on:
        return [(Column.DELIVERY_ON, on, "送达日期不能早于答复日期")]
    question = service_question(record.closed_on, method.value, on)
    if question and not record.date_reason:
        return [
            (Column.DELIVERY_ON, on, question.split("。")[0] + "；确有不同须在“日期说明”列写明理由")
        ]
    return []


#: What the applicant or a consulted party does may be dated after the reply
#: (a late answer to a consultation whose 15 days had run out, a late payment).
_MAY_FOLLOW_CLOSING = frozenset(
    {Column.REPLY, Column.CONSULTATION_REPLIED, Column.FEE_PAID, Column.DELIVERY_ON}
)


def _dated_cells(record: LedgerRecord) -> list[tuple[Column, dt.date]]:
    cells = [(Column.CORRECTION_NOTICE, d) for d in record.correction_notices]
    cells += [(Column.CORRECTION_RECEIVED, d) for d in record.corrections_received]
    cells += [(Column.CONSULTATION_SENT, d) for d in record.consultations_sent]
    cells += [(Column.CONSULTATION_REPLIED, d) for d in record.consultations_replied]
    cells += [(Column.FEE_NOTICE, d) for d in record.fee_notices]
    cells += [(Column.FEE_PAID, d) for d in record.fees_paid]
    if record.extended_on is not None:
        cells.append((Column.EXTENSION, record.extended_on))
    if record.closed_on is not None:
        cells.append((Column.REPLY, record.closed_on))
    if record.delivered_on is not None:
        cells.append((Column.DELIVERY_ON, record.delivered_on))
    return cells


def _pair_problems(record: LedgerRecord) -> list[tuple[Column, dt.date, str]]:
    found: list[tuple[Column, dt.date, str]] = []
    notices, received = record.correction_notices, record.corrections_received
    if len(received) > len(notices):
        found.append((Column.CORRECTION_RECEIVED, received[-1], "没有对应的补正通知日期"))
    for i, day in enumerate(received[: len(notices)]):
        if day < notices[i]:
            found.append((Column.CORRECTION_RECEIVED, day, "补正收到日期不能早于补正通知日期"))
        if i + 1 < len(notices) and notices[i + 1] < day:
            found.append(
                (Column.CORRECTION_NOTICE, notices[i + 1], "再次补正通知不能早于上次补正收到日期")
            )
    sent, replied = record.consultations_sent, record.consultations_replied
    if len(replied) > len(sent):
        found.append((Column.CONSULTATION_REPLIED, replied[-1], "没有对应的征求意见发出日期"))
    for i, day in enumerate(replied[: len(sent)]):
        if day < sent[i]:
            found.append((Column.CONSULTATION_REPLIED, day, "征求意见收到日期不能早于发出日期"))
    fees, paid = record.fee_notices, record.fees_paid
    if len(paid) > len(fees):
        found.append((Column.FEE_PAID, paid[-1], "没有对应的收费通知日期"))
    for i, day in enumerate(paid[: len(fees)]):
        if day < fees[i]:
            found.append((Column.FEE_PAID, day, "缴费日期不能早于收费通知日期"))
    return found


def _closing_problems(record: LedgerRecord) -> list[tuple[Column, dt.date, str]]:
    closed_on = record.closed_on
    if closed_on is None or record.withdrawn:
        return []
    awaiting = len(record.correction_notices) > len(record.corrections_received)
    if record.outcome is Outcome.OTHER_ABANDONED and not awaiting:
        return [(Column.REPLY, closed_on, "视为放弃须有未收到补正材料的补正通知")]
    if record.outcome is not Outcome.OTHER_ABANDONED and awaiting:
        return [(Column.REPLY, closed_on, "已发补正通知但未填写补正收到日期，不能答复")]
    unpaid = len(record.fee_notices) > len(record.fees_paid)
    if record.outcome is not Outcome.OTHER_UNPAID and unpaid:
        return [(Column.REPLY, closed_on, "已发收费通知但未填写缴费日期，不能答复")]
    return []


# --- the whole file ---


class RowChecker:
    """Checks a file's rows one at a time (bounded memory), remembering the serials seen.

    ``hidden`` rows (hidden in Excel) are refused rather than imported unseen.
    """

    def __init__(
        self, header: HeaderMap, *, today: dt.date, hidden: Collection[int] = frozenset()
    ) -> None:
        self.header, self.today, self.hidden = header, today, hidden
        self.seen: dict[str, int] = {}

    def check(
        self, row_number: int, cells: Sequence[object]
    ) -> tuple[LedgerRow | None, list[LedgerProblem]]:
        """The row if good, and its problems; a blank row is (None, [])."""
        if all(c is None or (type(c) is str and not c.strip()) for c in cells):
            return None, []
        if row_number in self.hidden:
            message = "此行在 Excel 中被隐藏：请取消隐藏核对后再导入，或删除此行"
            return None, [LedgerProblem(row_number, WHOLE_ROW, "", message)]
        reader = _RowReader(row_number, cells, self.header)
        record = _read_record(reader)
        problems = reader.problems
        if record is None:
            return None, problems
        order = _order_problems(record, self.today)
        problems.extend(LedgerProblem(row_number, c.value, d.isoformat(), m) for c, d, m in order)
        if record.serial:
            if record.serial in self.seen:
                message = f"编号与第{self.seen[record.serial]}行重复"
                problems.append(
                    LedgerProblem(row_number, Column.SERIAL.value, record.serial, message)
                )
            self.seen.setdefault(record.serial, row_number)
        return (None if order else LedgerRow(row_number, record)), problems


def check_rows(
    header: HeaderMap, rows: Iterable[tuple[int, Sequence[object]]], *, today: dt.date
) -> tuple[list[LedgerRow], list[LedgerProblem]]:
    """Every row checked: the good ones, and every problem of the bad ones (blank rows skipped)."""
    checker = RowChecker(header, today=today)
    good: list[LedgerRow] = []
    problems: list[LedgerProblem] = []
    for row_number, cells in rows:
        row, found = checker.check(row_number, cells)
        problems.extend(found)
        if row is not None:
            good.append(row)
    return good, problems


def check_ledger(
    cells: Sequence[object], rows: Iterable[tuple[int, Sequence[object]]], *, today: dt.date
) -> LedgerCheck:
    """Header and rows checked together."""
    header, header_problems, warnings = read_header(cells)
    if header_problems:
        return LedgerCheck((), tuple(header_problems), tuple(warnings))
    good, problems = check_rows(header, rows, today=today)
    if not good and not problems:
        warnings.append("文件中没有申请数据")
    return LedgerCheck(tuple(good), tuple(problems), tuple(warnings))


# --- events (import) and cells (export) ---


def record_events(record: LedgerRecord) -> list[ClockEvent]:
    """The clock events a ledger row stands for, in date order (same day: logical order)."""
    received: dict[str, Any] = {}
    if record.arrived_on not in (None, record.received_on) and record.date_reason:
        received["receipt_reason"] = record.date_reason
    events = [ClockEvent(EventKind.RECEIVED, record.received_on, received)]
    for i, notice in enumerate(record.correction_notices):
        events.append(ClockEvent(EventKind.CORRECTION_NOTICE, notice))
        if i < len(record.corrections_received):
            events.append(ClockEvent(EventKind.CORRECTION_RECEIVED, record.corrections_received[i]))
    for i, sent in enumerate(record.consultations_sent):
        events.append(
            ClockEvent(EventKind.CONSULTATION_SENT, sent, {"party_name": IMPORT_APPROVER})
        )
        if i < len(record.consultations_replied):
            events.append(
                ClockEvent(EventKind.CONSULTATION_REPLIED, record.consultations_replied[i])
            )
    for i, notice in enumerate(record.fee_notices):
        events.append(ClockEvent(EventKind.FEE_NOTICE, notice))
        if i < len(record.fees_paid):
            events.append(ClockEvent(EventKind.FEE_PAID, record.fees_paid[i]))
    if record.extended_on is not None:
        data = {
            "approver": IMPORT_APPROVER,
            "notified_on": record.extended_on.isoformat(),
            "days": rule_for(record.received_on).extension,
        }
        events.append(ClockEvent(EventKind.EXTENSION, record.extended_on, data))
    if record.closed_on is not None:
        events.append(_closing_event(record, record.closed_on))
    if record.delivered_on is not None and record.delivery_method is not None:
        events.append(_delivery_event(record, record.delivered_on, record.delivery_method))
    return sorted(events, key=lambda e: e.on)


def _delivery_event(record: LedgerRecord, on: dt.date, method: DeliveryMethod) -> ClockEvent:
    data: dict[str, Any] = {"method": method.value}
    if service_question(record.closed_on, method.value, on):
        data.update(date_confirmed=True, note=record.date_reason)
    return ClockEvent(EventKind.DELIVERY, on, data)


def _closing_event(record: LedgerRecord, on: dt.date) -> ClockEvent:
    if record.withdrawn:
        return ClockEvent(EventKind.WITHDRAWAL, on)
    if record.outcome is Outcome.OTHER_ABANDONED:
        return ClockEvent(EventKind.ABANDONED, on)
    if record.outcome is Outcome.OTHER_UNPAID:
        return ClockEvent(EventKind.FEE_UNPAID, on)
    data = {"outcome": record.outcome.value if record.outcome else ""}
    if record.delivery_method is not None:
        data["delivery"] = record.delivery_method.value
    return ClockEvent(EventKind.REPLY, on, data)


def _dates_cell(dates: tuple[dt.date, ...]) -> dt.date | str | None:
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    return LIST_SEPARATOR.join(d.isoformat() for d in dates)


def record_cells(record: LedgerRecord) -> list[object]:
    """A ledger row's cells in :data:`LEDGER_HEADERS` order (dates as ``date``)."""
    channel = record.channel.label
    if record.channel is Channel.POST and record.letter_kind is not None:
        channel = LETTER_LABELS[record.letter_kind]
    return [
        record.serial,
        record.received_on,
        channel,
        record.applicant_type.label,
        record.applicant_name,
        record.phone,
        record.content,
        record.category,
        record.department,
        _dates_cell(record.correction_notices),
        _dates_cell(record.corrections_received),
        _dates_cell(record.consultations_sent),
        _dates_cell(record.consultations_replied),
        record.extended_on,
        record.closed_on,
        result_text(record.outcome, record.withdrawn),
        record.notes,
        _dates_cell(record.fee_notices),
        _dates_cell(record.fees_paid),
        record.arrived_on,
        record.delivery_method.label if record.delivery_method else "",
        record.delivered_on,
        record.date_reason,
    ]
