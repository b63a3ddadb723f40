"""The holiday calendar window: a painted 12-month year view, editing a year, importing a file.

Days off are red, make-up working days blue, and the statutory holidays
presumed for a year whose schedule is not loaded are orange and hatched.
Saving shows which deadlines moved; the bus tells every other view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import FIRST_YEAR, LAST_YEAR, DayKind, SpecialDay, statutory_holidays
from desktop.core.roles import Permission
from desktop.core.status import days_words
from desktop.errors import UserError
from desktop.services import calendar_admin
from desktop.services.calendar_admin import (
    MarkedDay,
    MovedDeadline,
    ScheduleRefused,
    YearSchedule,
)
from desktop.services.operations import ALL, Changes
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.widgets import DateEdit, FieldError, from_qdate, words_text

CELL_W, CELL_H = 24, 19
MONTH_W, MONTH_H = 7 * CELL_W, 2 * CELL_H + 6 * CELL_H + 4
GAP = 14
WEEKDAYS = (
    QT_TRANSLATE_NOOP("YearView", "一"),
    QT_TRANSLATE_NOOP("YearView", "二"),
    QT_TRANSLATE_NOOP("YearView", "三"),
    QT_TRANSLATE_NOOP("YearView", "四"),
    QT_TRANSLATE_NOOP("YearView", "五"),
    QT_TRANSLATE_NOOP("YearView", "六"),
    QT_TRANSLATE_NOOP("YearView", "日"),
)

#: Fill, text colour, hatched? for each kind of marked day.
_STYLE: dict[DayKind, tuple[str, str, bool]] = {
    DayKind.HOLIDAY: ("#fbd5d5", "#b00000", False),
    DayKind.MAKEUP_WORKDAY: ("#d4e2ff", "#1038b0", False),
    DayKind.PROVISIONAL_HOLIDAY: ("#ffe3bf", "#a85400", True),
}


def paint_day_cell(painter: QPainter, rect: QRect, kind: DayKind | None, text: str) -> None:
    """One day: coloured by kind (hatched when provisional), the number centred."""
    colour = "#202020"
    if kind in _STYLE:
        fill, colour, hatched = _STYLE[kind]
        painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(fill))
        if hatched:
            painter.fillRect(
                rect.adjusted(1, 1, -1, -1), QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)
            )
    elif kind is DayKind.WEEKEND:
        colour = "#8a8a8a"
    painter.setPen(QColor(colour))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class YearView(QWidget):
    """Twelve small month grids (4 × 3), painted; tooltips name the festival."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = dt.date.today().year
        self._marked: dict[dt.date, MarkedDay] = {}
        self.setMouseTracking(True)
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(4 * MONTH_W + 5 * GAP, 3 * MONTH_H + 4 * GAP)

    def set_schedule(self, schedule: YearSchedule) -> None:
        self._year = schedule.year
        self._marked = {m.day: m for m in schedule.marked}
        self.update()

    def kind_of(self, day: dt.date) -> DayKind:
        marked = self._marked.get(day)
        if marked is not None:
            return marked.kind
        return DayKind.WORKDAY if day.weekday() < 5 else DayKind.WEEKEND

    def _month_origin(self, month: int) -> QPoint:
        column, row = (month - 1) % 4, (month - 1) // 4
        return QPoint(GAP + column * (MONTH_W + GAP), GAP + row * (MONTH_H + GAP))

    def day_rect(self, day: dt.date) -> QRect:
        origin = self._month_origin(day.month)
        first = dt.date(day.year, day.month, 1)
        slot = first.weekday() + day.day - 1
        x = origin.x() + (slot % 7) * CELL_W
        y = origin.y() + 2 * CELL_H + (slot // 7) * CELL_H
        return QRect(x, y, CELL_W, CELL_H)

    def day_at(self, point: QPoint) -> dt.date | None:
        for month in range(1, 13):
            day = dt.date(self._year, month, 1)
            while day.month == month:
                if self.day_rect(day).contains(point):
                    return day
                day += dt.timedelta(days=1)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for month in range(1, 13):
            self._paint_month(painter, month)
        painter.end()

    def _paint_month(self, painter: QPainter, month: int) -> None:
        origin = self._month_origin(month)
        title = QRect(origin.x(), origin.y(), MONTH_W, CELL_H)
        painter.setPen(QColor("#202020"))
        painter.drawText(title, Qt.AlignmentFlag.AlignCenter, self.tr("%n月", "", month))
        for i, name in enumerate(WEEKDAYS):
            rect = QRect(origin.x() + i * CELL_W, origin.y() + CELL_H, CELL_W, CELL_H)
            painter.setPen(QColor("#8a8a8a" if i >= 5 else "#404040"))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("YearView", name)
            )
        day = dt.date(self._year, month, 1)
        today = dt.date.today()
        while day.month == month:
            rect = self.day_rect(day)
            paint_day_cell(painter, rect, self.kind_of(day), str(day.day))
            if day == today:
                painter.setPen(QPen(QColor("#202020"), 1))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
            day += dt.timedelta(days=1)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)

    def describe(self, day: dt.date) -> str:
        kind = self.kind_of(day)
        text = f"{day.isoformat()} {QCoreApplication.translate('vocab', kind.label)}"
        marked = self._marked.get(day)
        return f"{text}（{marked.festival}）" if marked and marked.festival else text


class LegendSwatch(QWidget):
    """A sample cell of one kind, as painted in the year view."""

    def __init__(self, kind: DayKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setFixedSize(CELL_W, CELL_H)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_day_cell(painter, self.rect(), self._kind, "8")
        painter.setPen(QColor("#c0c0c0"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


def legend(parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    labels = {
        DayKind.HOLIDAY: parent.tr("放假"),
        DayKind.MAKEUP_WORKDAY: parent.tr("调休上班"),
        DayKind.PROVISIONAL_HOLIDAY: parent.tr("法定节假日（临时推定，未载入通知）"),
        DayKind.WEEKEND: parent.tr("周末"),
    }
    for kind, text in labels.items():
        layout.addWidget(LegendSwatch(kind, box))
        layout.addWidget(QLabel(text, box))
        layout.addSpacing(12)
    layout.addStretch(1)
    return box


@dataclass(frozen=True)
class ScheduleInput:
    year: int
    holidays: tuple[tuple[dt.date, dt.date, str], ...]
    workdays: tuple[dt.date, ...]
    notice_ref: str


#: Saves the input; returns an error message to show, or "" when saved.
SubmitSchedule = Callable[[ScheduleInput], str]


class YearScheduleDialog(QDialog):
    """Edit one year's holiday blocks, make-up days and notice reference."""

    def __init__(
        self, schedule: YearSchedule, submit: SubmitSchedule, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._year = schedule.year
        self._submit = submit
        self.setWindowTitle(self.tr("编辑%1年节假日安排").replace("%1", str(schedule.year)))
        self.notice_ref = QLineEdit(schedule.notice_ref, self)
        self.notice_ref.setPlaceholderText(self.tr("如：国办发明电〔2025〕7号"))
        self.blocks = self._blocks_table()
        self.workdays = QListWidget(self)
        self.workday_edit = self._date_edit(dt.date(schedule.year, 1, 1))
        self.error = FieldError(self)
        self._layout()
        self.load(schedule)

    # -- building ---------------------------------------------------------------------------

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = DateEdit(self)  # one Tab stop
        edit.setDateRange(QDate(self._year, 1, 1), QDate(self._year, 12, 31))
        edit.set_value(day)
        return edit

    def _blocks_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("开始日期"), self.tr("结束日期"), self.tr("节日")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 130)
        table.setColumnWidth(1, 130)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        return table

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("通知文号："), self.notice_ref)
        blocks_box = QGroupBox(self.tr("放假时段"), self)
        blocks_layout = QVBoxLayout(blocks_box)
        blocks_layout.addWidget(self.blocks)
        blocks_layout.addLayout(
            self._buttons(
                (self.tr("添加时段"), lambda: self.add_block(None)),
                (self.tr("删除所选时段"), self._remove_block),
                (self.tr("按法定节假日预填"), self._prefill_statutory),
            )
        )
        workdays_box = QGroupBox(self.tr("调休上班日（周六、周日）"), self)
        workdays_layout = QVBoxLayout(workdays_box)
        workdays_layout.addWidget(self.workdays)
        row = QHBoxLayout()
        row.addWidget(self.workday_edit)
        row.addLayout(
            self._buttons(
                (self.tr("添加"), self._add_workday_from_edit),
                (self.tr("删除所选"), self._remove_workday),
            )
        )
        workdays_layout.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(blocks_box, 3)
        body.addWidget(workdays_box, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def _buttons(self, *specs: tuple[str, Callable[[], None]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- content ----------------------------------------------------------------------------

    def load(self, schedule: YearSchedule) -> None:
        self.blocks.setRowCount(0)
        for block in schedule.holidays:
            self.add_block((block.start, block.end, block.festival))
        self.workdays.clear()
        for day in schedule.workdays:
            self.add_workday(day)

    def add_block(self, block: tuple[dt.date, dt.date, str] | None) -> None:
        start, end, festival = block or (dt.date(self._year, 1, 1), dt.date(self._year, 1, 1), "")
        row = self.blocks.rowCount()
        self.blocks.insertRow(row)
        self.blocks.setCellWidget(row, 0, self._date_edit(start))
        self.blocks.setCellWidget(row, 1, self._date_edit(end))
        self.blocks.setItem(row, 2, QTableWidgetItem(festival))

    def _remove_block(self) -> None:
        rows = sorted({i.row() for i in self.blocks.selectedIndexes()}, reverse=True)
        for row in rows:
            self.blocks.removeRow(row)

    def _prefill_statutory(self) -> None:
        days = [SpecialDay(d, "holiday", f) for d, f in statutory_holidays(self._year).items()]
        self.blocks.setRowCount(0)
        for block in calendar_admin.group_blocks(days):
            self.add_block((block.start, block.end, block.festival))

    def add_workday(self, day: dt.date) -> None:
        item = QListWidgetItem(day.isoformat(), self.workdays)
        item.setData(Qt.ItemDataRole.UserRole, day)

    def _add_workday_from_edit(self) -> None:
        self.add_workday(from_qdate(self.workday_edit.date()))

    def _remove_workday(self) -> None:
        for item in self.workdays.selectedItems():
            self.workdays.takeItem(self.workdays.row(item))

    def value(self) -> ScheduleInput:
        holidays = []
        for row in range(self.blocks.rowCount()):
            start, end = self.blocks.cellWidget(row, 0), self.blocks.cellWidget(row, 1)
            item = self.blocks.item(row, 2)
            assert isinstance(start, QDateEdit)
            assert isinstance(end, QDateEdit)
            festival = item.text() if item is not None else ""
            holidays.append((from_qdate(start.date()), from_qdate(end.date()), festival))
        workdays = [
            self.workdays.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.workdays.count())
        ]
        return ScheduleInput(self._year, tuple(holidays), tuple(workdays), self.notice_ref.text())

    def accept(self) -> None:
        message = self._submit(self.value())
        self.error.show_message(message)
        if not message:
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, schedule: YearSchedule, submit: SubmitSchedule
    ) -> ScheduleInput | None:
        dialog = cls(schedule, submit, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MovedDeadlinesDialog(QDialog):
    """Which deadlines the calendar change moved, from what to what."""

    def __init__(self, moved: Sequence[MovedDeadline], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("期限变化"))
        layout = QVBoxLayout(self)
        if not moved:
            layout.addWidget(QLabel(self.tr("没有办理中的申请的答复期限因此变化。"), self))
        else:
            text = self.tr("以下 %1 件办理中的申请答复期限已变化：").replace("%1", str(len(moved)))
            layout.addWidget(QLabel(text, self))
            layout.addWidget(self._table(moved))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(460, 320 if moved else 120)

    def _table(self, moved: Sequence[MovedDeadline]) -> QTableWidget:
        table = QTableWidget(len(moved), 3, self)
        table.setHorizontalHeaderLabels([self.tr("申请编号"), self.tr("原期限"), self.tr("新期限")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(moved):
            values = (item.serial, _iso(item.old_due), _iso(item.new_due))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        return table

    @classmethod
    def show_moved(cls, parent: QWidget | None, moved: Sequence[MovedDeadline]) -> None:
        cls(moved, parent).exec()


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else words_text(days_words(None))


#: A calendar change moves deadlines: every application may look different.
CALENDAR_CHANGED = Changes(applications=ALL, calendar=True)


class CalendarWindow(QDialog):
    """节假日日历: view a year, edit it, import a file."""

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("节假日日历"))
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setSuffix(self.tr(" 年"))
        self.view = YearView(self)
        self.source = QLabel(self)
        self.notice = QLabel(self)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder = self._banner("#fff4d6", "#7a5300")
        self.error = self._banner("#fde8e8", "#b00000")
        self.schedule: YearSchedule | None = None
        self._layout()
        self.year.setValue(self._today.year)
        self.year.valueChanged.connect(self.reload)
        self.reload()
        self._show_reminder()

    def _banner(self, background: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"background: {background}; color: {colour}; padding: 6px;")
        label.hide()
        return label

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份："), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.source)
        top.addSpacing(16)
        top.addWidget(self.notice, 1)
        self.edit_button = QPushButton(self.tr("编辑本年安排…"), self)
        self.edit_button.clicked.connect(self.edit_year)
        self.import_button = QPushButton(self.tr("从文件导入…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.notice_button = QPushButton(self.tr("导入通知…"), self)
        self.notice_button.clicked.connect(self.import_notice)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(legend(self))
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _show_reminder(self) -> None:
        today = self._today
        text = self._ops.read(
            lambda session: calendar_admin.missing_next_year_reminder(session, today)
        )
        self.reminder.setText(text or "")
        self.reminder.setVisible(bool(text))

    def reload(self) -> None:
        year = self.year.value()
        self.schedule = self._ops.read(lambda session: calendar_admin.year_schedule(session, year))
        self.view.set_schedule(self.schedule)
        sources = {
            "shipped": self.tr("来源：内置数据"),
            "clerk": self.tr("来源：手工录入"),
            "none": self.tr("来源：未载入（临时推定）"),
        }
        self.source.setText(sources[self.schedule.source])
        notice = self.schedule.notice_ref or self.tr("（未记录）")
        self.notice.setText(self.tr("通知文号：") + notice)

    # -- actions ----------------------------------------------------------------------------

    def edit_year(self) -> None:
        assert self.schedule is not None
        moved: list[MovedDeadline] = []
        today = self._today

        def submit(value: ScheduleInput) -> str:
            try:
                moved[:] = self._ops.call(
                    lambda session: calendar_admin.save_year_schedule(
                        session,
                        year=value.year,
                        holidays=list(value.holidays),
                        workdays=list(value.workdays),
                        notice_ref=value.notice_ref,
                        today=today,
                    ),
                    action="calendar.save_year",
                    permission=Permission.CALENDAR,
                    changes=CALENDAR_CHANGED,
                    object_kind="calendar",
                    object_ref=str(value.year),
                )
            except ScheduleRefused as refused:
                return "\n".join(refused.errors)
            except UserError as refused:
                return str(refused)
            return ""

        if YearScheduleDialog.ask(self, self.schedule, submit) is not None:
            self._after_change(moved)

    def import_file(self) -> None:
        path = self.choose_file()
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self._show_error(self.tr("无法读取文件：") + str(error))
            return
        today = self._today
        try:
            result = self._ops.call(
                lambda session: calendar_admin.import_year_file(session, text, today=today),
                action="calendar.import",
                permission=Permission.CALENDAR,
                changes=CALENDAR_CHANGED,
                object_kind="calendar",
                details={"file": Path(path).name},
            )
        except ScheduleRefused as refused:
            self._show_error(self.tr("文件未导入：") + "\n" + "\n".join(refused.errors[:20]))
            return
        except UserError as refused:
            self._show_error(str(refused))
            return
        if result.years:
            self.year.setValue(result.years[0])
        self._after_change(list(result.moved))

    def import_notice(self) -> None:
        """Paste the State Council's notice, confirm the year, save (deadlines recomputed)."""
        from desktop.ui.notice_import import NoticeImportDialog  # it shows this module's views

        result = NoticeImportDialog.ask(self, self._ops, self._today)
        if result is None:
            return
        self.year.setValue(result.year)
        self._after_change(list(result.moved))

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入节假日安排"), "", self.tr("CSV 文件 (*.csv);;所有文件 (*)")
        )
        return path

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _after_change(self, moved: list[MovedDeadline]) -> None:
        self.error.hide()
        self.reload()
        self._show_reminder()
        MovedDeadlinesDialog.show_moved(self, moved)
