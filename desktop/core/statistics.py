"""Report figures: table 三 and 四 of the national annual report, period statistics.

Pure functions over plain records (rules.md §7, report-format.md). Every
figure comes with seven numbers, one per column of table 三, in ``COLUMNS``
order: the six applicant types then 总计 (``Counts``; index 6 is the total).

Definitions, for a period ``[start, end]`` (a year for table 三):

- received (新收): ``start <= received_on <= end``;
- carried over (结转): ``received_on < start`` and open at the start, i.e. not
  closed or ``closed_on >= start``;
- closed (办结): ``start <= closed_on <= end``, counted in the row of its outcome;
- carried forward (结转下期): ``received_on <= end`` and not closed by ``end``.

So, per column: received + carried over = closed + carried forward. The
``check_*`` functions verify this (and the other identities) on the value
objects, so that a table built or edited elsewhere is checked the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.vocab import (
    AppealKind,
    AppealOutcome,
    ApplicantType,
    Channel,
    Outcome,
    OutcomeGroup,
)
from desktop.errors import UserError

#: Seven integers, one per entry of ``COLUMNS`` (index 6 = 总计).
Counts = tuple[int, ...]

#: The applicant columns of table 三, in order (the 总计 column follows).
APPLICANT_COLUMNS: tuple[ApplicantType, ...] = tuple(ApplicantType)
#: Column headings of table 三, exactly as printed (总计 last).
COLUMNS: tuple[str, ...] = (*(t.label for t in APPLICANT_COLUMNS), "总计")
TOTAL = len(APPLICANT_COLUMNS)  # index of 总计 in a Counts
#: The 21 outcomes (result categories) in table order; ``results`` tuples follow it.
OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
#: Top-left merged cell of table 三.
TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

RECEIVED_LABEL = "一、本年新收政府信息公开申请数量"
CARRIED_OVER_LABEL = "二、上年结转政府信息公开申请数量"
RESULTS_LABEL = "三、本年度办理结果"
TOTAL_CLOSED_LABEL = "（七）总计"
CARRIED_FORWARD_LABEL = "四、结转下年度继续办理"
#: Content category used for records without one.
UNCATEGORISED = "未分类"

ZERO: Counts = (0,) * (TOTAL + 1)
_COLUMN_INDEX = {t: i for i, t in enumerate(APPLICANT_COLUMNS)}
_QUARTER_NAMES = ("一", "二", "三", "四")


@dataclass(frozen=True)
class StatRecord:
    """One application as the statistics see it (the cached columns of the register)."""

    applicant_type: ApplicantType
    channel: Channel
    category: str  # content category name; "" when none
    received_on: dt.date
    closed_on: dt.date | None
    outcome: Outcome | None  # the result row; None while open
    on_time: bool | None  # only meaningful for replies
    replied: bool  # closed by a reply (not abandoned / unpaid / withdrawn)


@dataclass(frozen=True)
class Table3Row:
    """One printed row of table 三 (or of the result part of a period table).

    ``is_data`` rows carry seven integers in ``values``; merged label rows
    (三、本年度办理结果, （三）, （四）, （五）, and （六） in the 2021 format) have
    ``values == ()``. ``level`` is the indentation: 0 for 一/二/三/四, 1 for
    （一）…（七）, 2 for numbered sub-rows. ``key`` is a stable identifier
    (``received``, ``carried_over``, ``results``, an ``OutcomeGroup`` value
    for label rows, an ``Outcome`` value, ``other`` for the 2019 （六） row,
    ``total_closed``, ``carried_forward``).
    """

    label: str
    is_data: bool
    values: Counts
    level: int
    key: str


@dataclass(frozen=True)
class Table3:
    """Table 三 收到和处理政府信息公开申请情况 for one report year.

    ``results`` has one ``Counts`` per outcome in ``OUTCOMES`` order. The
    totals (``total_closed`` and every 总计 column) are stored, not derived,
    so that ``check_table3`` can prove them.
    """

    year: int
    received: Counts
    carried_over: Counts
    results: tuple[Counts, ...]
    total_closed: Counts
    carried_forward: Counts

    @property
    def format_2021(self) -> bool:
        """True for the 2021 format; reports on 2020 and earlier use the 2019 trial format."""
        return self.year >= 2021

    @property
    def format_name(self) -> str:
        return "国办公开办函〔2021〕30号" if self.format_2021 else "国办公开办函〔2019〕60号"

    def result(self, outcome: Outcome) -> Counts:
        return self.results[OUTCOMES.index(outcome)]

    def rows(self) -> list[Table3Row]:
        """Every printed row, in national order, with its exact label."""
        return [
            Table3Row(RECEIVED_LABEL, True, self.received, 0, "received"),
            Table3Row(CARRIED_OVER_LABEL, True, self.carried_over, 0, "carried_over"),
            Table3Row(RESULTS_LABEL, False, (), 0, "results"),
            *result_rows(self.results, self.total_closed, format_2021=self.format_2021),
            Table3Row(CARRIED_FORWARD_LABEL, True, self.carried_forward, 0, "carried_forward"),
        ]

    def data_rows(self) -> list[Table3Row]:
        return [row for row in self.rows() if row.is_data]


@dataclass(frozen=True)
class AppealRecord:
    """One appeal (行政复议 / 行政诉讼) against a reply, for table 四."""

    kind: AppealKind
    outcome: AppealOutcome
    filed_on: dt.date
    decided_on: dt.date | None = None


#: Table 四 column headings within each block (5 per block).
TABLE4_COLUMNS: tuple[str, ...] = (*(o.label for o in AppealOutcome), "总计")
#: Table 四 block headings, in order.
TABLE4_BLOCKS: tuple[AppealKind, ...] = tuple(AppealKind)


@dataclass(frozen=True)
class Table4:
    """Table 四 政府信息公开行政复议、行政诉讼情况: three blocks of five numbers.

    ``blocks[i]`` belongs to ``TABLE4_BLOCKS[i]`` and holds 结果维持, 结果纠正,
    其他结果, 尚未审结, 总计.
    """

    year: int
    blocks: tuple[tuple[int, ...], ...]

    def block(self, kind: AppealKind) -> tuple[int, ...]:
        return self.blocks[TABLE4_BLOCKS.index(kind)]

    def values(self) -> tuple[int, ...]:
        """The 15 numbers of the table's data row, left to right."""
        return tuple(n for block in self.blocks for n in block)


@dataclass(frozen=True)
class PeriodStatistics:
    """Figures of one period (quarter, year or any range) for a publication.

    ``received_by_channel`` lists the six channels in ``Channel`` order;
    ``results`` follows ``OUTCOMES``; ``closed_by_group`` follows
    ``OutcomeGroup``; ``categories`` is (name, count) sorted by count
    descending then name, with 其他 and 未分类 always last.
    """

    agency: str
    start: dt.date
    end: dt.date
    label: str
    received_by_channel: tuple[tuple[Channel, int], ...]
    received: Counts
    carried_over: Counts
    results: tuple[Counts, ...]
    closed_by_group: tuple[tuple[OutcomeGroup, Counts], ...]
    closed: Counts
    carried_forward: Counts
    replies: int
    replies_on_time: int
    categories: tuple[tuple[str, int], ...]
    #: The day the figures stop at when the period is not over yet (None: the whole period).
    as_of: dt.date | None = None

    @property
    def on_time_rate(self) -> Decimal | None:
        """Percentage with two decimals (ROUND_HALF_UP), None without replies."""
        if self.replies == 0:
            return None
        share = Decimal(self.replies_on_time * 100) / Decimal(self.replies)
        return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def rate_text(self) -> str:
        """``"14.29%"``, or ``"—"`` when no request was closed by a reply."""
        rate = self.on_time_rate
        return "—" if rate is None else f"{rate}%"

    def result(self, outcome: Outcome) -> Counts:
        return self.results[OUTCOMES.index(outcome)]

    def result_rows(self) -> list[Table3Row]:
        """The result rows (（一）…（七）总计) laid out as in table 三 of the end year's format."""
        return result_rows(self.results, self.closed, format_2021=self.end.year >= 2021)


# --- building rows -------------------------------------------------------------------------


def add_counts(rows: Iterable[Counts]) -> Counts:
    """Column-wise sum of several ``Counts``."""
    total = list(ZERO)
    for row in rows:
        for i, n in enumerate(row):
            total[i] += n
    return tuple(total)


def result_rows(
    results: Sequence[Counts], total_closed: Counts, *, format_2021: bool
) -> list[Table3Row]:
    """The rows （一） to （七）总计 of table 三 in the chosen format."""
    by_outcome = dict(zip(OUTCOMES, results, strict=True))
    rows: list[Table3Row] = []
    for group in OutcomeGroup:
        members = [o for o in OUTCOMES if o.group is group]
        if group in (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED):
            rows.append(Table3Row(group.label, True, by_outcome[members[0]], 1, members[0].value))
        elif group is OutcomeGroup.OTHER and not format_2021:
            merged = add_counts(by_outcome[o] for o in members)
            rows.append(Table3Row(group.label, True, merged, 1, "other"))
        else:
            rows.append(Table3Row(group.label, False, (), 1, group.value))
            rows.extend(Table3Row(o.row_label, True, by_outcome[o], 2, o.value) for o in members)
    rows.append(Table3Row(TOTAL_CLOSED_LABEL, True, total_closed, 1, "total_closed"))
    return rows


# --- counting ------------------------------------------------------------------------------


def _zeros() -> list[int]:
    return [0] * (TOTAL + 1)


def _bump(row: list[int], column: int) -> None:
    row[column] += 1
    row[TOTAL] += 1


@dataclass(frozen=True)
class _Counted:
    received: Counts
    carried_over: Counts
    results: tuple[Counts, ...]
    closed: Counts
    carried_forward: Counts
    by_channel: dict[Channel, int]
    categories: dict[str, int]
    replies: int
    replies_on_time: int


def _count(records: Iterable[StatRecord], start: dt.date, end: dt.date) -> _Counted:
    received, carried_over, closed, forward = _zeros(), _zeros(), _zeros(), _zeros()
    results = {o: _zeros() for o in OUTCOMES}
    by_channel = dict.fromkeys(Channel, 0)
    categories: dict[str, int] = {}
    replies = on_time = 0
    for r in records:
        if r.received_on > end or (r.closed_on is not None and r.closed_on < start):
            continue
        column = _COLUMN_INDEX[r.applicant_type]
        if r.received_on >= start:
            _bump(received, column)
            by_channel[r.channel] += 1
            name = r.category or UNCATEGORISED
            categories[name] = categories.get(name, 0) + 1
        else:
            _bump(carried_over, column)
        if r.closed_on is None or r.closed_on > end:
            _bump(forward, column)
            continue
        _bump(closed, column)
        if r.outcome is not None:
            _bump(results[r.outcome], column)
        if r.replied:
            replies += 1
            on_time += r.on_time is True
    return _Counted(
        tuple(received),
        tuple(carried_over),
        tuple(tuple(results[o]) for o in OUTCOMES),
        tuple(closed),
        tuple(forward),
        by_channel,
        categories,
        replies,
        on_time,
    )


def table3(records: Iterable[StatRecord], year: int) -> Table3:
    """Table 三 for report year ``year`` (format chosen by the year)."""
    c = _count(records, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return Table3(year, c.received, c.carried_over, c.results, c.closed, c.carried_forward)


def table4(appeals: Iterable[AppealRecord], year: int) -> Table4:
    """Table 四 for report year ``year``.

    **Convention**: an appeal counts in year Y when it was filed in Y, or filed
    earlier and still undecided at the start of Y. It is counted under its
    outcome when decided by the end of Y, otherwise under 尚未审结.
    """
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    blocks = {kind: [0] * len(TABLE4_COLUMNS) for kind in TABLE4_BLOCKS}
    for appeal in appeals:
        decided = appeal.outcome is not AppealOutcome.PENDING
        if appeal.filed_on > last:
            continue
        if decided and appeal.decided_on is not None and appeal.decided_on < first:
            continue
        if decided and (appeal.decided_on is None or appeal.decided_on <= last):
            outcome = appeal.outcome
        else:
            outcome = AppealOutcome.PENDING
        row = blocks[appeal.kind]
        row[list(AppealOutcome).index(outcome)] += 1
        row[-1] += 1
    return Table4(year, tuple(tuple(blocks[k]) for k in TABLE4_BLOCKS))


def period_label(start: dt.date, end: dt.date) -> str:
    """``2025年第一季度``, ``2025年度``, or ``2025年1月1日至2025年2月15日``."""
    if start.year == end.year and start.day == 1:
        if (start.month, end.month, end.day) == (1, 12, 31):
            return f"{start.year}年度"
        for q in range(1, 5):
            if quarter_bounds(start.year, q) == (start, end):
                return f"{start.year}年第{_QUARTER_NAMES[q - 1]}季度"
    return f"{_chinese_date(start)}至{_chinese_date(end)}"


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of quarter ``quarter`` (1–4) of ``year``."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"季度应为 1 到 4：{quarter}")
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first, last - dt.timedelta(days=1)


def period_statistics(
    records: Iterable[StatRecord],
    start: dt.date,
    end: dt.date,
    *,
    agency: str,
    label: str = "",
    today: dt.date | None = None,
) -> PeriodStatistics:
    """The publication figures of ``[start, end]`` (both inclusive).

    With ``today``: a period not started yet is refused (``PeriodNotStarted``);
    one not over yet gives figures as of ``today`` (``as_of``).
    """
    if end < start:
        raise ValueError("统计期间的结束日期不能早于开始日期")
    if today is not None and today < start:
        raise PeriodNotStarted(f"统计期间尚未开始（自{_chinese_date(start)}起），不能生成统计")
    c = _count(records, start, end)
    by_group = tuple(
        (g, add_counts(c.results[i] for i, o in enumerate(OUTCOMES) if o.group is g))
        for g in OutcomeGroup
    )
    categories = tuple(sorted(c.categories.items(), key=_category_order))
    return PeriodStatistics(
        agency=agency,
        start=start,
        end=end,
        label=label or period_label(start, end),
        received_by_channel=tuple(c.by_channel.items()),
        received=c.received,
        carried_over=c.carried_over,
        results=c.results,
        closed_by_group=by_group,
        closed=c.closed,
        carried_forward=c.carried_forward,
        replies=c.replies,
        replies_on_time=c.replies_on_time,
        categories=categories,
        as_of=today if today is not None and today < end else None,
    )


#: Catch-all categories, printed after every named one.
CATCH_ALL = ("其他", UNCATEGORISED)


def _category_order(item: tuple[str, int]) -> tuple[bool, int, str]:
    return item[0] in CATCH_ALL, -item[1], item[0]


class PeriodNotStarted(UserError, ValueError):
    """Statistics were asked for a period that begins after today."""


# --- checks --------------------------------------------------------------------------------


def _check_balance(
    received: Counts, carried_over: Counts, closed: Counts, forward: Counts, names: tuple[str, str]
) -> list[str]:
    problems = []
    for i, column in enumerate(COLUMNS):
        left, right = received[i] + carried_over[i], closed[i] + forward[i]
        if left != right:
            problems.append(f"“{column}”列：{names[0]}为 {left}，{names[1]}为 {right}，两者应相等")
    return problems


def _check_results(results: Sequence[Counts], closed: Counts, closed_name: str) -> list[str]:
    sums = add_counts(results)
    return [
        f"“{column}”列：{closed_name}为 {closed[i]}，各项办理结果之和为 {sums[i]}，两者应相等"
        for i, column in enumerate(COLUMNS)
        if closed[i] != sums[i]
    ]


def _check_row_totals(labelled: Iterable[tuple[str, Counts]]) -> list[str]:
    return [
        f"“{label}”：总计为 {values[TOTAL]}，自然人与法人或其他组织各列之和为 "
        f"{sum(values[:TOTAL])}，两者应相等"
        for label, values in labelled
        if values[TOTAL] != sum(values[:TOTAL])
    ]


def check_table3(table: Table3) -> list[str]:
    """The three identities of report-format.md; Chinese messages, [] when all hold."""
    problems = _check_balance(
        table.received,
        table.carried_over,
        table.total_closed,
        table.carried_forward,
        ("第一项加第二项之和", "第三项（七）总计加第四项之和"),
    )
    problems += _check_results(table.results, table.total_closed, "（七）总计")
    problems += _check_row_totals((row.label, row.values) for row in table.data_rows())
    return problems


def check_period(stats: PeriodStatistics) -> list[str]:
    """Per column: received + carried over = closed + carried forward (and the totals)."""
    problems = _check_balance(
        stats.received,
        stats.carried_over,
        stats.closed,
        stats.carried_forward,
        ("本期新收加上期结转之和", "本期办结加结转下期之和"),
    )
    problems += _check_results(stats.results, stats.closed, "本期办结")
    labelled = [
        ("本期新收", stats.received),
        ("上期结转", stats.carried_over),
        ("本期办结", stats.closed),
        ("结转下期", stats.carried_forward),
        *((o.row_label, stats.result(o)) for o in OUTCOMES),
    ]
    problems += _check_row_totals(labelled)
    return problems
