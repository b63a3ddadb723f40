"""The whole annual report (政府信息公开工作年度报告): chapters, table 二, fees, the draft.

Pure data and functions (rules.md §8, report-format.md). The office writes the
text of chapters 一, 五 and 六 and types table 二; tables 三 and 四 are computed;
chapter 六 always carries the information-processing fee statement computed
from the fee events; chapter 一 carries a paragraph on disclosure on
application drafted from the figures, which the office may edit.

``report_outline`` turns all of it into one ordered list of blocks, so that
the Word and the PDF renderers print the same content in the same order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from desktop.core.statistics import OUTCOMES, TOTAL, Table3, Table4
from desktop.core.vocab import LabelledEnum, OutcomeGroup

#: Printed in place of a part the office has not written yet.
MISSING = "（待填写）"

FORMAT_2021_NAME = "国办公开办函〔2021〕30号"
FORMAT_2019_NAME = "国办公开办函〔2019〕60号"


def uses_2021_format(year: int) -> bool:
    """Reports on 2021 and later use the 2021 format, earlier ones the 2019 trial format."""
    return year >= 2021


class Part(LabelledEnum):
    """The parts of a year's report the office writes (stored per year)."""

    OVERVIEW = "overview", "一、总体情况"
    APPLICATIONS = "applications", "一、总体情况（依申请公开部分）"
    TABLE2 = "table2", "二、主动公开政府信息情况（表二）"
    PROBLEMS = "problems", "五、存在的主要问题及改进情况"
    OTHER = "other", "六、其他需要报告的事项"


#: The text parts, by the chapter number the command line uses.
CHAPTER_PARTS: dict[str, Part] = {"一": Part.OVERVIEW, "五": Part.PROBLEMS, "六": Part.OTHER}


class Chapter(StrEnum):
    """The six chapters, in national order (identical titles in both formats)."""

    OVERVIEW = "一、总体情况"
    PROACTIVE = "二、主动公开政府信息情况"
    APPLICATIONS = "三、收到和处理政府信息公开申请情况"
    APPEALS = "四、政府信息公开行政复议、行政诉讼情况"
    PROBLEMS = "五、存在的主要问题及改进情况"
    OTHER = "六、其他需要报告的事项"


# --- table 二 ------------------------------------------------------------------------------


class CellKind(StrEnum):
    COUNT = "count"  # a whole number, 0 or more
    DELTA = "delta"  # a whole number, may be negative (本年增/减)
    AMOUNT = "amount"  # a sum of money, up to four decimals (万元 or 元)


@dataclass(frozen=True)
class Table2Block:
    """One block of table 二: an article of the Regulations, its columns and items."""

    article: str  # 第二十条第（一）项
    columns: tuple[str, ...]  # after 信息内容
    kinds: tuple[CellKind, ...]  # one per column
    items: tuple[str, ...]  # the rows (信息内容)


_C, _D, _A = CellKind.COUNT, CellKind.DELTA, CellKind.AMOUNT

#: 国办公开办函〔2021〕30号, table 二.
TABLE2_2021: tuple[Table2Block, ...] = (
    Table2Block(
        "第二十条第（一）项",
        ("本年制发件数", "本年废止件数", "现行有效件数"),
        (_C, _C, _C),
        ("规章", "行政规范性文件"),
    ),
    Table2Block("第二十条第（五）项", ("本年处理决定数量",), (_C,), ("行政许可",)),
    Table2Block("第二十条第（六）项", ("本年处理决定数量",), (_C,), ("行政处罚", "行政强制")),
    Table2Block("第二十条第（八）项", ("本年收费金额（单位：万元）",), (_A,), ("行政事业性收费",)),
)

#: 国办公开办函〔2019〕60号 (trial format, reports on 2019 and 2020), table 二.
TABLE2_2019: tuple[Table2Block, ...] = (
    Table2Block(
        "第二十条第（一）项",
        ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        (_C, _C, _C),
        ("规章", "规范性文件"),
    ),
    Table2Block(
        "第二十条第（五）项",
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        (_C, _D, _C),
        ("行政许可", "其他对外管理服务事项"),
    ),
    Table2Block(
        "第二十条第（六）项",
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        (_C, _D, _C),
        ("行政处罚", "行政强制"),
    ),
    Table2Block(
        "第二十条第（八）项",
        ("上一年项目数量", "本年增/减"),
        (_C, _D),
        ("行政事业性收费",),
    ),
    Table2Block(
        "第二十条第（九）项",
        ("采购项目数量", "采购总金额"),
        (_C, _A),
        ("政府集中采购",),
    ),
)

ITEM_HEADING = "信息内容"
#: A cell of table 二: (item, column), e.g. ("规章", "本年制发件数").
CellKey = tuple[str, str]


def table2_layout(year: int) -> tuple[Table2Block, ...]:
    return TABLE2_2021 if uses_2021_format(year) else TABLE2_2019


def table2_cells(year: int) -> list[tuple[CellKey, CellKind]]:
    """Every cell of the year's table 二, row by row."""
    return [
        ((item, column), kind)
        for block in table2_layout(year)
        for item in block.items
        for column, kind in zip(block.columns, block.kinds, strict=True)
    ]


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def parse_cell(kind: CellKind, text: str) -> str:
    """The normalised number typed into a cell ('' for an empty cell); ValueError (Chinese)."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return ""
    if not _NUMBER.match(cleaned):
        raise ValueError(f"“{text.strip()}”不是数字")
    value = Decimal(cleaned)
    if kind is CellKind.AMOUNT:
        if value < 0:
            raise ValueError("金额不能为负数")
        if -value.as_tuple().exponent > 4:  # type: ignore[operator]
            raise ValueError("金额最多保留四位小数")
        return str(value)
    if value != value.to_integral_value():
        raise ValueError(f"“{text.strip()}”应为整数")
    if kind is CellKind.COUNT and value < 0:
        raise ValueError("件数不能为负数")
    return str(int(value))


def validate_table2(
    year: int, cells: Mapping[CellKey, str]
) -> tuple[dict[CellKey, str], list[str]]:
    """(normalised cells, Chinese problems); unknown cells are problems too."""
    kinds = dict(table2_cells(year))
    values: dict[CellKey, str] = {}
    problems: list[str] = []
    for key, text in cells.items():
        kind = kinds.get(key)
        if kind is None:
            problems.append(f"表二没有“{key[0]}／{key[1]}”一格")
            continue
        try:
            values[key] = parse_cell(kind, text)
        except ValueError as error:
            problems.append(f"表二“{key[0]}／{key[1]}”：{error}")
    return {k: v for k, v in values.items() if v}, problems


def table2_complete(year: int, cells: Mapping[CellKey, str]) -> bool:
    """True when every cell of the year's table 二 holds a number (0 included)."""
    return all(cells.get(key, "") != "" for key, _ in table2_cells(year))


# --- fees ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeEvent:
    """A fee notice (with its amount in 元) or a payment of one application."""

    application_id: int
    on: dt.date
    paid: bool  # False: 收费通知; True: 缴纳费用
    amount: Decimal = Decimal(0)  # of the notice; payments take their notice's amount


@dataclass(frozen=True)
class FeeSummary:
    """Fees of a year (国办函〔2020〕109号): notices sent and fees actually collected."""

    year: int
    notices: int
    notice_amount: Decimal
    paid: int
    paid_amount: Decimal


def fee_summary(events: Iterable[FeeEvent], year: int) -> FeeSummary:
    """Notices dated in ``year``; payments dated in ``year`` at their latest earlier notice's amount."""
    last_notice: dict[int, Decimal] = {}
    notices = paid = 0
    notice_amount = paid_amount = Decimal(0)
    for event in sorted(events, key=lambda e: (e.on, e.paid)):
        in_year = event.on.year == year
        if not event.paid:
            last_notice[event.application_id] = event.amount
            if in_year:
                notices += 1
                notice_amount += event.amount
        elif in_year:
            paid += 1
            paid_amount += last_notice.get(event.application_id, Decimal(0))
    return FeeSummary(year, notices, notice_amount, paid, paid_amount)


def yuan(amount: Decimal) -> str:
    """``1,200.00`` (two decimals, thousands separated)."""
    return f"{amount.quantize(Decimal('0.01')):,}"


def fee_statement(fees: FeeSummary) -> str:
    """The sentence chapter 六 must carry on information-processing fees."""
    if fees.notices == 0 and fees.paid == 0:
        return "本年度本机关未向申请人发出收费通知，未收取信息处理费。"
    text = f"本年度本机关依据《政府信息公开信息处理费管理办法》，共对{fees.notices}件政府信息公开申请发出收费通知，"
    text += f"通知收取信息处理费共计{yuan(fees.notice_amount)}元；"
    if fees.paid:
        return text + f"实际收取{fees.paid}件申请的信息处理费，共计{yuan(fees.paid_amount)}元。"
    return text + "本年度实际未收取信息处理费。"


# --- the drafted summary of chapter 一 -------------------------------------------------------


def applications_draft(table3: Table3, table4: Table4, *, on_time: int, replies: int) -> str:
    """The paragraph on disclosure on application, drafted from the year's figures."""
    received, carried = table3.received[TOTAL], table3.carried_over[TOTAL]
    closed, forward = table3.total_closed[TOTAL], table3.carried_forward[TOTAL]
    groups = _group_totals(table3)
    text = (
        f"依申请公开方面，本年度本机关新收政府信息公开申请{received}件，"
        f"上年结转{carried}件，共办结{closed}件，结转下年度继续办理{forward}件。"
    )
    shown = [(g, n) for g, n in groups if n]
    if shown:
        parts = "，".join(f"{g.short_label}{n}件" for g, n in shown)
        text += f"办结的申请中，{parts}。"
    if replies:
        rate = Decimal(on_time * 100) / Decimal(replies)
        text += (
            f"以答复方式办结的{replies}件申请中，在法定期限内答复{on_time}件，"
            f"按时办结率{rate.quantize(Decimal('0.01'))}%。"
        )
    else:
        text += "本年度没有以答复方式办结的申请。"
    reconsideration, direct, after = (block[-1] for block in table4.blocks)
    text += (
        f"因政府信息公开引发行政复议{reconsideration}件、行政诉讼{direct + after}件。"
        if reconsideration or direct or after
        else "本年度未发生因政府信息公开引发的行政复议、行政诉讼。"
    )
    return text


def _group_totals(table3: Table3) -> list[tuple[OutcomeGroup, int]]:
    totals = dict.fromkeys(OutcomeGroup, 0)
    for outcome, counts in zip(OUTCOMES, table3.results, strict=True):
        totals[outcome.group] += counts[TOTAL]
    return list(totals.items())


# --- the draft and the outline -------------------------------------------------------------


@dataclass(frozen=True)
class PartEdit:
    """Who last saved a part, and when."""

    updated_at: dt.datetime
    updated_by: str


@dataclass(frozen=True)
class AnnualDraft:
    """What the office wrote for one report year (empty strings for unwritten parts)."""

    year: int
    texts: Mapping[Part, str] = field(default_factory=dict)
    table2: Mapping[CellKey, str] = field(default_factory=dict)
    edits: Mapping[Part, PartEdit] = field(default_factory=dict)

    def text(self, part: Part) -> str:
        return self.texts.get(part, "").strip()

    def missing_parts(self) -> list[Part]:
        """Typed parts still empty (table 二: any cell empty), in report order."""
        missing = [p for p in (Part.OVERVIEW,) if not self.text(p)]
        if not table2_complete(self.year, self.table2):
            missing.append(Part.TABLE2)
        missing += [p for p in (Part.PROBLEMS, Part.OTHER) if not self.text(p)]
        return missing


class BlockKind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE2 = "table2"
    TABLE3 = "table3"
    TABLE4 = "table4"
    NOTE = "note"


@dataclass(frozen=True)
class Block:
    """One piece of the document; ``missing`` marks a （待填写） paragraph."""

    kind: BlockKind
    text: str = ""
    missing: bool = False


@dataclass(frozen=True)
class AnnualReport:
    """Everything the whole report prints, for one year."""

    agency: str
    year: int
    draft: AnnualDraft
    table3: Table3
    table4: Table4
    fees: FeeSummary
    applications_text: str  # the office's edit, else the draft from the figures
    applications_drafted: bool  # True when the draft was never edited
    published_on: dt.date
    drafted_text: str = ""  # the draft from the figures (offered again in the editor)

    @property
    def title(self) -> str:
        return f"{self.agency}{self.year}年政府信息公开工作年度报告"

    @property
    def format_name(self) -> str:
        return FORMAT_2021_NAME if uses_2021_format(self.year) else FORMAT_2019_NAME

    def table2_value(self, item: str, column: str) -> str:
        return self.draft.table2.get((item, column), "")


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of a text part, each a paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _text_blocks(text: str) -> list[Block]:
    lines = paragraphs(text)
    if not lines:
        return [Block(BlockKind.PARAGRAPH, MISSING, missing=True)]
    return [Block(BlockKind.PARAGRAPH, line) for line in lines]


def report_outline(report: AnnualReport) -> list[Block]:
    """The document, block by block, in national order."""
    draft = report.draft
    other = paragraphs(draft.text(Part.OTHER))
    trial = "" if uses_2021_format(report.year) else "（试行）"
    blocks = [
        Block(BlockKind.TITLE, report.title),
        Block(BlockKind.SUBTITLE, f"（{report.year}年1月1日至{report.year}年12月31日）"),
        Block(
            BlockKind.PARAGRAPH,
            f"本报告依据《中华人民共和国政府信息公开条例》第五十条和{report.format_name}"
            f"《中华人民共和国政府信息公开工作年度报告格式{trial}》编制，"
            f"所列数据统计期限为{report.year}年1月1日至12月31日。",
        ),
        Block(BlockKind.HEADING, Chapter.OVERVIEW),
        *_text_blocks(draft.text(Part.OVERVIEW)),
        *(Block(BlockKind.PARAGRAPH, line) for line in paragraphs(report.applications_text)),
        Block(BlockKind.HEADING, Chapter.PROACTIVE),
        Block(BlockKind.TABLE2),
        Block(BlockKind.HEADING, Chapter.APPLICATIONS),
        Block(BlockKind.TABLE3),
        Block(BlockKind.HEADING, Chapter.APPEALS),
        Block(BlockKind.TABLE4),
        Block(BlockKind.HEADING, Chapter.PROBLEMS),
        *_text_blocks(draft.text(Part.PROBLEMS)),
        Block(BlockKind.HEADING, Chapter.OTHER),
        *(
            [Block(BlockKind.PARAGRAPH, line) for line in other]
            if other
            else [Block(BlockKind.PARAGRAPH, MISSING, missing=True)]
        ),
        Block(BlockKind.PARAGRAPH, fee_statement(report.fees)),
    ]
    return blocks


def missing_note(parts: Sequence[Part]) -> str:
    """``尚未填写：二、主动公开政府信息情况（表二）、五、…`` (empty when nothing is missing)."""
    if not parts:
        return ""
    return "尚未填写（导出时印为“" + MISSING + "”）：" + "、".join(p.label for p in parts)


# --- table 二 as CSV (the command line's exchange format) -------------------------------------

TABLE2_CSV_HEADING = ("条款", ITEM_HEADING, "栏目", "数值")


def table2_csv(year: int, cells: Mapping[CellKey, str]) -> str:
    """One line per cell of the year's table 二, with the current value (empty if none)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(TABLE2_CSV_HEADING)
    for block in table2_layout(year):
        for item in block.items:
            for column in block.columns:
                writer.writerow((block.article, item, column, cells.get((item, column), "")))
    return out.getvalue()


def parse_table2_csv(year: int, text: str) -> tuple[dict[CellKey, str], list[str]]:
    """Cells from the CSV ``table2_csv`` writes; (cells, Chinese problems)."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    if not rows or tuple(c.strip() for c in rows[0][:4]) != TABLE2_CSV_HEADING:
        return {}, ["表二文件的第一行应为：" + ",".join(TABLE2_CSV_HEADING)]
    typed: dict[CellKey, str] = {}
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < 4:
            problems.append(f"第{number}行应有4列")
            continue
        typed[(row[1].strip(), row[2].strip())] = row[3]
    cells, cell_problems = validate_table2(year, typed)
    return cells, problems + cell_problems
