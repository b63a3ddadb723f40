"""The quarterly (or any period's) statistics publication as PDF.

Input is a ``PeriodStatistics`` value object, which holds counts only: no
name, number or content of any application ever reaches this module. The
period identity is checked first; a failure raises ``ReportCheckFailed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from desktop.core.statistics import (
    APPLICANT_COLUMNS,
    TOTAL,
    PeriodStatistics,
    Table3Row,
    check_period,
)
from desktop.core.vocab import OutcomeGroup
from desktop.reports import layout
from desktop.reports.annual_pdf import table3_flowable
from desktop.reports.charts import ChartItem, bar_chart, donut_chart, percent
from desktop.reports.layout import ReportCheckFailed, chinese_date

__all__ = ["NOTES", "ReportCheckFailed", "render_quarterly_pdf", "report_title"]

#: The definitions of rules.md §7, printed under every publication.
NOTES: tuple[str, ...] = (
    "新收：法定收到申请之日（《中华人民共和国政府信息公开条例》第三十一条）在统计期间内的申请；"
    "补正后重新起算答复期限的申请不重复计为新收。",
    "结转：统计期间开始时尚未办结的申请为上期结转，统计期间结束时尚未办结的申请为结转下期。"
    "每一列均满足：本期新收 + 上期结转 = 本期办结 + 结转下期。",
    "办结：以答复、视为放弃、逾期未缴费不再处理或申请人撤回方式结束办理，且办结日期在统计期间内的申请；"
    "办理结果按全国政府信息公开工作年度报告表三的分类统计，各季度数字相加等于全年。",
    "按时办结率：本期以答复方式办结的申请中，在最终答复期限（含经批准的延期和依第三十五条另行确定的期限）"
    "内答复的比例，以百分比表示，保留两位小数（四舍五入）。视为放弃、逾期未缴费和撤回的申请不计入分母。"
    "本期没有以答复方式办结的申请时显示为“—”，不表示 100%。",
    "申请内容分类由本机关自行设定，全国没有统一目录；未分类的申请计入“未分类”。",
    "本统计只含汇总数字，不含任何申请人的个人信息或申请内容。",
)

#: Table 三 on a portrait page: wide enough that every label breaks only between words.
LABEL_WIDTHS = (14 * mm, 23 * mm, 46 * mm)
NUMBER_WIDTH = 13 * mm


def _check(stats: PeriodStatistics) -> None:
    problems = check_period(stats)
    if problems:
        raise ReportCheckFailed("统计数字未通过校验：" + "；".join(problems))


def report_title(stats: PeriodStatistics) -> str:
    """e.g. ``某某市人民政府办公室 2026年第三季度政府信息公开申请办理情况统计``."""
    return f"{stats.agency} {stats.label}政府信息公开申请办理情况统计"


def period_word(stats: PeriodStatistics) -> str:
    """本季度, 本年度 or 本期, as the period's label says."""
    if stats.label.endswith("季度"):
        return "本季度"
    return "本年度" if stats.label.endswith("年度") else "本期"


def forward_label(stats: PeriodStatistics) -> str:
    """结转下期, or what it is while the period is not over."""
    return "截至统计日尚未办结" if stats.as_of else "结转下期继续办理"


def headline(stats: PeriodStatistics) -> str:
    """The opening sentence of headline figures."""
    lead = f"截至{chinese_date(stats.as_of)}，" if stats.as_of else ""
    text = (
        f"{lead}{period_word(stats)}共收到政府信息公开申请{stats.received[TOTAL]}件，"
        f"办结{stats.closed[TOTAL]}件，"
    )
    if stats.on_time_rate is None:
        return text + "没有以答复方式办结的申请，不计算按时办结率。"
    return text + f"按时办结率{stats.rate_text}。"


def _period_rows(stats: PeriodStatistics) -> list[Table3Row]:
    """The table 三 shape with the period's wording (本期 instead of 本年)."""
    return [
        Table3Row("一、本期新收政府信息公开申请数量", True, stats.received, 0, "received"),
        Table3Row("二、上期结转政府信息公开申请数量", True, stats.carried_over, 0, "carried_over"),
        Table3Row("三、本期办理结果", False, (), 0, "results"),
        *stats.result_rows(),
        Table3Row(f"四、{forward_label(stats)}", True, stats.carried_forward, 0, "carried_forward"),
    ]


def _share_rows(items: Sequence[tuple[str, int]]) -> list[list[str | int]]:
    """One row per item with its share, then 合计 (100.00%, or — when there is nothing)."""
    total = sum(n for _, n in items)
    rows: list[list[str | int]] = [[label, n, percent(n, total)] for label, n in items]
    return [*rows, ["合计", total, percent(total, total)]]


def _channel_table(stats: PeriodStatistics) -> Flowable:
    items = [(channel.label, n) for channel, n in stats.received_by_channel]
    return layout.simple_table(
        ["申请渠道", "本期新收（件）", "占比"], _share_rows(items), [60 * mm, 35 * mm, 30 * mm]
    )


def _on_time_table(stats: PeriodStatistics) -> Flowable:
    rows: list[list[str | int]] = [
        ["本期以答复方式办结（件）", stats.replies],
        ["其中在答复期限内答复（件）", stats.replies_on_time],
        ["按时办结率", stats.rate_text],
    ]
    return layout.simple_table(["项目", "数值"], rows, [60 * mm, 35 * mm])


def _category_table(stats: PeriodStatistics) -> Flowable:
    if not stats.categories:
        return layout.para("本期无新收申请。", layout.styles().body)
    return layout.simple_table(
        ["申请内容分类", "本期新收（件）", "占比"],
        _share_rows(stats.categories),
        [80 * mm, 35 * mm, 30 * mm],
    )


def short_group_label(group: OutcomeGroup) -> str:
    """``部分公开`` for ``（二）部分公开（区分处理的…）`` (``OutcomeGroup.short_label``)."""
    return group.short_label


def _charts(stats: PeriodStatistics) -> list[Flowable]:
    width = layout.frame_width()
    applicants = [
        ChartItem(kind.label, stats.received[i]) for i, kind in enumerate(APPLICANT_COLUMNS)
    ]
    channels = [ChartItem(c.label, n) for c, n in stats.received_by_channel]
    results = [ChartItem(short_group_label(g), c[TOTAL]) for g, c in stats.closed_by_group]
    categories = [ChartItem(name, n) for name, n in stats.categories]
    charts = [
        donut_chart("本期新收申请：申请人情况", applicants, width=width),
        donut_chart("本期新收申请：申请渠道", channels, width=width),
        donut_chart("本期办结申请：办理结果", results, width=width),
        bar_chart("本期新收申请：申请内容", categories, width=width),
    ]
    flowables: list[Flowable] = []
    for chart in charts:
        flowables += [KeepTogether([chart]), layout.spacer(4)]
    return flowables


def _section(title: str, body: Flowable) -> Flowable:
    """A heading that never ends a page without its table."""
    return KeepTogether([layout.heading(title), body])


def _story(stats: PeriodStatistics) -> list[Flowable]:
    subtitles = [f"统计期间：{chinese_date(stats.start)}至{chinese_date(stats.end)}"]
    if stats.as_of:
        subtitles.append(
            f"统计截至{chinese_date(stats.as_of)}（本期尚未结束，数字为截至该日的情况）"
        )
    return [
        *layout.title_block(report_title(stats), *subtitles),
        layout.prose(headline(stats), layout.styles().body, layout.frame_width()),
        layout.spacer(2),
        layout.heading("一、收到和处理政府信息公开申请情况（按申请人情况）"),
        table3_flowable(_period_rows(stats), label_widths=LABEL_WIDTHS, number_width=NUMBER_WIDTH),
        CondPageBreak(60 * mm),
        _section("二、新收申请按申请渠道", _channel_table(stats)),
        _section("三、按时办结情况", _on_time_table(stats)),
        _section("四、新收申请按申请内容", _category_table(stats)),
        CondPageBreak(90 * mm),
        layout.heading("五、统计图"),
        *_charts(stats),
        *layout.footnotes("说明", NOTES),
    ]


def render_quarterly_pdf(
    stats: PeriodStatistics,
    *,
    generated_on: dt.date | None = None,
    created_at: dt.datetime | None = None,
) -> bytes:
    """The statistics publication of ``stats``' period, as PDF bytes (A4 portrait).

    ``generated_on`` (default: today) is printed in the footer; with it fixed,
    the output is byte-for-byte reproducible.
    """
    _check(stats)
    return layout.build_pdf(
        _story(stats),
        title=report_title(stats),
        generated_on=generated_on or dt.date.today(),
        author=stats.agency,
        created_at=created_at,
    )
