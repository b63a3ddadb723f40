"""Small bar charts drawn with QPainter (QtCharts is not shipped).

One widget, :class:`BarChart`, draws plain or stacked bars with a title, a
legend, a value axis and category labels. Labels never overlap: when the
category labels do not fit their slots, the font shrinks once and then only
every n-th label is drawn; bar labels that do not fit are left out.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: A palette readable on white and distinguishable in grey print.
PALETTE = ("#3366CC", "#DC7633", "#2E9E6B", "#8E44AD", "#C0392B", "#7F8C8D", "#D4AC0D")
AXIS_COLOR = QColor("#666666")
GRID_COLOR = QColor("#E3E3E3")
PAD = 8.0


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[float | None, ...]  # None: no value (drawn as an empty slot)


def nice_ceiling(value: float) -> float:
    """A round axis maximum at or above ``value`` (at least 1), e.g. 1250 → 1500."""
    if value <= 1:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)  # pragma: no cover - the loop always returns


def _is_nice(step: float) -> bool:
    magnitude = 10 ** math.floor(math.log10(step))
    return any(math.isclose(step, m * magnitude) for m in (1, 2, 2.5, 5))


def tick_count(top: float) -> int:
    """How many intervals split the axis into round steps (1500 → 3 steps of 500)."""
    return next((n for n in (5, 4, 3) if _is_nice(top / n)), 4)


def rate_axis_floor(values: Sequence[float | None]) -> float:
    """Where a percentage axis starts so that 94% and 98% look different: a round value
    a little under the lowest rate (multiples of 5 above 90%, of 10 below), 0 without data."""
    present = [v for v in values if v is not None]
    if not present:
        return 0.0
    lowest = min(present) - 2
    step = 5 if lowest >= 88 else 10
    return float(max(0, math.floor(lowest / step) * step))


def _int_text(value: float) -> str:
    return f"{value:g}"


class BarChart(QWidget):
    """Bars per category; several series are stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.bar_labels: tuple[str, ...] = ()
        self.axis_max: float | None = None
        self.axis_min = 0.0
        self.axis_text: Callable[[float], str] = _int_text
        self.empty_text = ""
        #: Where the last paint put each category label and bar label (for tests).
        self.label_rects: list[QRectF] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)

    def set_data(
        self,
        *,
        title: str,
        categories: Sequence[str],
        series: Sequence[Series],
        bar_labels: Sequence[str] = (),
        axis_max: float | None = None,
        axis_min: float = 0.0,
        axis_text: Callable[[float], str] = _int_text,
        empty_text: str = "",
    ) -> None:
        """Replace what the chart shows; ``bar_labels`` go above each bar (optional)."""
        self.title = title
        self.categories = tuple(categories)
        self.series = tuple(series)
        self.bar_labels = tuple(bar_labels)
        self.axis_max = axis_max
        self.axis_min = axis_min
        self.axis_text = axis_text
        self.empty_text = empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def totals(self) -> list[float]:
        return [
            sum(s.values[i] or 0.0 for s in self.series if i < len(s.values))
            for i in range(len(self.categories))
        ]

    # --- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self.label_rects = []
        area = QRectF(self.rect()).adjusted(PAD, PAD, -PAD, -PAD)
        area.setTop(self._draw_title(painter, area))
        if self.empty_text and not any(self.totals()):
            painter.setPen(AXIS_COLOR)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        if len(self.series) > 1:
            area.setTop(self._draw_legend(painter, area))
        self._draw_plot(painter, area)
        painter.end()

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _draw_title(self, painter: QPainter, area: QRectF) -> float:
        font = self._font(self.font().pointSizeF() + 1, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        height = QFontMetricsF(font).height()
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        return area.top() + height + 4

    def _draw_legend(self, painter: QPainter, area: QRectF) -> float:
        font = self._font(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        x, y, line = area.left(), area.top(), metrics.height()
        for series in self.series:
            width = line * 0.8 + 4 + metrics.horizontalAdvance(series.name) + 12
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line + 2
            painter.fillRect(
                QRectF(x, y + line * 0.15, line * 0.7, line * 0.7), QColor(series.color)
            )
            painter.setPen(QColor("#333333"))
            text_rect = QRectF(x + line * 0.8 + 4, y, width - line * 0.8 - 4, line)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, series.name)
            self.label_rects.append(text_rect)
            x += width
        return y + line + 6

    def _draw_plot(self, painter: QPainter, area: QRectF) -> None:
        axis_font = self._font(max(self.font().pointSizeF() - 1, 7))
        metrics = QFontMetricsF(axis_font)
        top_value = self.axis_max or nice_ceiling(max(self.totals(), default=0.0))
        low = min(self.axis_min, top_value - 1)
        steps = tick_count(top_value - low)
        ticks = [low + (top_value - low) * i / steps for i in range(steps + 1)]
        axis_width = max(metrics.horizontalAdvance(self.axis_text(t)) for t in ticks) + 6
        label_lines = max((c.count("\n") + 1 for c in self.categories), default=1)
        label_height = metrics.height() * label_lines + 4
        bar_label_height = metrics.height() if self.bar_labels else 0.0
        plot = QRectF(
            area.left() + axis_width,
            area.top() + bar_label_height,
            area.width() - axis_width,
            area.height() - label_height - bar_label_height,
        )
        if plot.height() < 10 or plot.width() < 10 or not self.categories:
            return
        painter.setFont(axis_font)
        self._draw_axis(painter, plot, ticks, top_value)
        slot = plot.width() / len(self.categories)
        self._draw_bars(painter, plot, slot, top_value)
        self._draw_category_labels(painter, plot, slot)
        if self.bar_labels:
            self._draw_bar_labels(painter, plot, slot, top_value)

    def _y(self, plot: QRectF, value: float, top_value: float) -> float:
        low = min(self.axis_min, top_value - 1)
        shown = max(min(value, top_value), low)
        return plot.bottom() - plot.height() * (shown - low) / (top_value - low)

    def _draw_axis(self, painter: QPainter, plot: QRectF, ticks: list[float], top: float) -> None:
        metrics = QFontMetricsF(painter.font())
        for tick in ticks:
            y = self._y(plot, tick, top)
            painter.setPen(QPen(GRID_COLOR, 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(AXIS_COLOR)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height())
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.axis_text(tick),
            )
        painter.setPen(QPen(AXIS_COLOR, 1))
        painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))

    def _draw_bars(self, painter: QPainter, plot: QRectF, slot: float, top: float) -> None:
        width = max(slot * 0.62, 2.0)
        for index in range(len(self.categories)):
            x = plot.left() + slot * index + (slot - width) / 2
            base = 0.0
            for series in self.series:
                value = series.values[index] if index < len(series.values) else None
                if not value:
                    continue
                y_top, y_base = self._y(plot, base + value, top), self._y(plot, base, top)
                painter.fillRect(QRectF(x, y_top, width, y_base - y_top), QColor(series.color))
                base += value

    def _draw_category_labels(self, painter: QPainter, plot: QRectF, slot: float) -> None:
        font = painter.font()
        metrics = QFontMetricsF(font)
        widest = max(self._text_width(metrics, c) for c in self.categories)
        if widest > slot - 2:
            font = self._font(max(font.pointSizeF() - 1, 6.5))
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            widest = max(self._text_width(metrics, c) for c in self.categories)
        every = max(1, math.ceil((widest + 4) / slot))
        painter.setPen(QColor("#333333"))
        for index, category in enumerate(self.categories):
            if index % every:
                continue
            centre = plot.left() + slot * (index + 0.5)
            lines = category.count("\n") + 1
            box = QRectF(centre - widest / 2, plot.bottom() + 3, widest, metrics.height() * lines)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, category
            )
            self.label_rects.append(box)

    @staticmethod
    def _text_width(metrics: QFontMetricsF, text: str) -> float:
        return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

    def _draw_bar_labels(self, painter: QPainter, plot: QRectF, slot: float, top: float) -> None:
        metrics = QFontMetricsF(painter.font())
        if max(metrics.horizontalAdvance(t) for t in self.bar_labels) > slot - 10:
            painter.setFont(self._font(max(painter.font().pointSizeF() - 1.5, 6.5)))
            metrics = QFontMetricsF(painter.font())
        painter.setPen(QColor("#222222"))
        totals = self.totals()
        for index, text in enumerate(self.bar_labels[: len(self.categories)]):
            width = metrics.horizontalAdvance(text)
            if width > slot - 4:
                continue  # would touch its neighbour: the axis still tells the value
            centre = plot.left() + slot * (index + 0.5)
            y = self._y(plot, totals[index], top)
            box = QRectF(centre - width / 2, y - metrics.height() - 1, width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            self.label_rects.append(box)
