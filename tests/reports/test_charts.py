"""Charts: labels in the legend, legible, not overlapping, not clipped; no-data panels."""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.charts import (
    MIN_LABEL_SIZE,
    NO_DATA,
    ChartItem,
    bar_chart,
    donut_chart,
    fit_label,
    merge_small,
    percent,
)

APPLICANTS = [
    ChartItem("自然人", 812),
    ChartItem("商业企业", 120),
    ChartItem("科研机构", 3),
    ChartItem("社会公益组织", 1),
    ChartItem("法律服务机构", 40),
    ChartItem("其他", 0),
]
LONG = "一个名称非常非常长的内容分类用于检验换行以及缩小字号之后仍然完整显示"


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(1, 7, "14.29%"), (1, 8, "12.50%"), (1, 800, "0.13%"), (5, 5, "100.00%"), (0, 0, "—")],
)
def test_percent_rounds_half_up(part: int, whole: int, expected: str) -> None:
    assert percent(part, whole) == expected


def _strings(drawing: Drawing) -> list[String]:
    return [node for node in drawing.contents if isinstance(node, String)]


def _box(node: String) -> tuple[float, float, float, float]:
    width = stringWidth(node.text, node.fontName, node.fontSize)
    left = {"start": node.x, "middle": node.x - width / 2, "end": node.x - width}[node.textAnchor]
    return left, node.y - node.fontSize * 0.2, left + width, node.y + node.fontSize * 0.9


def _assert_legible(drawing: Drawing) -> None:
    boxes = [(_box(s), s.text) for s in _strings(drawing)]
    for box, text in boxes:
        assert box[0] >= -0.01, f"{text} clipped on the left"
        assert box[2] <= drawing.width + 0.01, f"{text} clipped on the right"
        assert box[1] >= -0.01, f"{text} clipped at the bottom"
        assert box[3] <= drawing.height + 0.01, f"{text} clipped at the top"
    for (a, ta), (b, tb) in itertools.combinations(boxes, 2):
        overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
        assert not overlap, f"{ta!r} overlaps {tb!r}"
    for node in _strings(drawing):
        assert node.fontSize >= MIN_LABEL_SIZE


def test_donut_puts_every_label_count_and_share_in_the_legend() -> None:
    drawing = donut_chart("申请人情况", APPLICANTS)
    texts = [s.text for s in _strings(drawing)]
    for item in APPLICANTS:
        assert item.label in texts
        assert str(item.value) in texts
    assert "83.20%" in texts  # 812 / 976
    assert "0.10%" in texts  # a thin slice stays legible in the legend
    _assert_legible(drawing)


def test_donut_draws_slices_only_for_non_zero_items() -> None:
    drawing = donut_chart("申请人情况", APPLICANTS)
    (donut,) = [node for node in drawing.contents if isinstance(node, Doughnut)]
    assert donut.data == [812, 120, 3, 1, 40]
    assert donut.labels is None  # nothing printed on the ring, where labels would collide


@pytest.mark.parametrize("chart", [donut_chart, bar_chart])
def test_all_zero_data_gives_a_no_data_panel(chart: object) -> None:
    drawing = chart("申请渠道", [ChartItem("当面", 0), ChartItem("网络", 0)])  # type: ignore[operator]
    texts = [s.text for s in _strings(drawing)]
    assert NO_DATA in texts
    assert not [node for node in drawing.contents if isinstance(node, Doughnut)]


def test_bar_chart_with_empty_list_is_no_data() -> None:
    assert NO_DATA in [s.text for s in _strings(bar_chart("申请内容", []))]


def test_long_labels_wrap_then_shrink_within_the_room() -> None:
    lines, size = fit_label(LONG, 120)
    assert "".join(lines) == LONG
    assert len(lines) == 2
    assert MIN_LABEL_SIZE <= size < 8
    assert all(stringWidth(line, "CJK", size) <= 120 for line in lines)


def test_a_label_too_long_for_two_lines_is_elided_as_a_last_resort() -> None:
    lines, size = fit_label(LONG, 60)
    assert size == MIN_LABEL_SIZE
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(stringWidth(line, "CJK", size) <= 60 for line in lines)


def test_bar_chart_keeps_long_labels_complete_and_apart() -> None:
    items = [ChartItem(LONG, 5), ChartItem("行政许可", 50), ChartItem("其他", 0)]
    drawing = bar_chart("申请内容", items)
    joined = "".join(s.text for s in _strings(drawing))
    assert LONG in joined.replace("\n", "")
    assert "50（90.91%）" in joined
    _assert_legible(drawing)


def test_many_categories_are_merged_into_one_bar() -> None:
    items = [ChartItem(f"分类{i}", 20 - i) for i in range(15)]
    merged = merge_small(items, keep=12)
    assert len(merged) == 12
    assert merged[-1] == ChartItem("其余4项", sum(range(6, 10)))
    assert sum(i.value for i in merged) == sum(i.value for i in items)


def test_chart_pdf_embeds_only_the_cjk_font(tmp_path: Path) -> None:
    drawing = donut_chart("申请渠道", [ChartItem("电子邮件", 3), ChartItem("网络", 1)])
    path = tmp_path / "chart.pdf"
    path.write_bytes(renderPDF.drawToString(drawing))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows
    assert all(" yes yes " in row for row in rows), fonts.stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "电子邮件" in text
    assert "75.00%" in text


def test_bars_are_one_series_in_one_colour_with_other_last() -> None:
    from reportlab.graphics.shapes import Rect

    items = [ChartItem("其他", 50), ChartItem("行政许可", 10), ChartItem("事故调查", 30)]
    drawing = bar_chart("申请内容", items)
    fills = {shape.fillColor.hexval() for shape in drawing.contents if isinstance(shape, Rect)}
    assert len(fills) == 1
    labels = [s.text for s in drawing.contents if isinstance(s, String)]
    assert labels.index("其他") > labels.index("事故调查")
    assert [i.label for i in merge_small([ChartItem("其他", 99), *APPLICANTS[:2]])][-1] == "其他"
