"""The supervisor's dashboard (主管看板): count tiles, the list behind each, three charts.

Everything is read through ``desktop.services.dashboard`` in one short
session; the widget reloads (debounced) whenever the bus says applications,
the calendar or the settings changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.status import days_words
from desktop.services.dashboard import (
    CHANNELS,
    RATE_DEFINITION,
    Dashboard,
    DashboardItem,
    ListKey,
    dashboard_and_items,
    department_comparison,
    list_departments,
    list_items,
    quarter_of,
)
from desktop.services.operations import Changes
from desktop.ui.charts import PALETTE, BarChart, Series, rate_axis_floor
from desktop.ui.department_table import DepartmentTable
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.widgets import (
    ID_ROLE,
    SORT_ROLE,
    format_date,
    translate_vocab_text,
    vocab_label,
    words_text,
)

if TYPE_CHECKING:  # printing is loaded when first used (start-up speed)
    from PySide6.QtPrintSupport import QPrinter

REFRESH_DEBOUNCE_MS = 150
#: QSettings key: the department this workstation is fixed to (absent: all).
SCOPE_KEY = "dashboard/department"
YEARS_BACK = 5
OVERDUE_COLOR = "#B00020"
SOON_COLOR = "#C56A00"

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def days_left_text(left: int | None) -> str:
    """The one vocabulary: 剩余 3 个工作日 / 今日到期 / 逾期 21 个工作日 / 暂停计时（待补正）."""
    return words_text(days_words(left))


def _state_text(item: DashboardItem) -> str:
    text = vocab_label(item.state)
    if item.on_time is True:
        return text + _tr("（按时）")
    if item.on_time is False:
        return text + _tr("（逾期）")
    return text


def _kind_text(item: DashboardItem) -> str:
    text = translate_vocab_text(item.kind.label) if item.kind else ""
    return text + (_tr("（补正告知逾期）") if item.correction_notice_late else "")


def _due_text(item: DashboardItem) -> str:
    return format_date(item.due) + (_tr("（临时）") if item.provisional and item.due else "")


#: (header, display text, raw value for sorting)
COLUMNS: tuple[tuple[str, Callable[[DashboardItem], str], Callable[[DashboardItem], Any]], ...] = (
    (QT_TRANSLATE_NOOP("Dashboard", "申请编号"), lambda i: i.serial, lambda i: i.serial),
    (
        QT_TRANSLATE_NOOP("Dashboard", "申请人"),
        lambda i: i.applicant_name,
        lambda i: i.applicant_name,
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "申请人类型"),
        lambda i: vocab_label(i.applicant_type),
        lambda i: i.applicant_type.value,
    ),
    (QT_TRANSLATE_NOOP("Dashboard", "承办部门"), lambda i: i.department, lambda i: i.department),
    (
        QT_TRANSLATE_NOOP("Dashboard", "到期事项"),
        _kind_text,
        lambda i: i.kind,
    ),
    (QT_TRANSLATE_NOOP("Dashboard", "期限"), _due_text, lambda i: i.due or dt.date.max),
    (
        QT_TRANSLATE_NOOP("Dashboard", "剩余/逾期"),
        lambda i: days_left_text(i.working_days_left),
        lambda i: 10**6 if i.working_days_left is None else i.working_days_left,
    ),
    (QT_TRANSLATE_NOOP("Dashboard", "办理状态"), _state_text, lambda i: i.state.value),
    (
        QT_TRANSLATE_NOOP("Dashboard", "收到日期"),
        lambda i: format_date(i.received_on),
        lambda i: i.received_on,
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "办结日期"),
        lambda i: format_date(i.closed_on),
        lambda i: i.closed_on or dt.date.max,
    ),
)
DAYS_LEFT_COLUMN = 6
QUARTER_NAMES = (
    QT_TRANSLATE_NOOP("DashboardWidget", "一"),
    QT_TRANSLATE_NOOP("DashboardWidget", "二"),
    QT_TRANSLATE_NOOP("DashboardWidget", "三"),
    QT_TRANSLATE_NOOP("DashboardWidget", "四"),
)


class DashboardItemModel(QAbstractTableModel):
    """A list of dashboard (or alert) items; the given order is the urgency order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[DashboardItem, ...] = ()

    def set_items(self, items: Sequence[DashboardItem]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def item_at(self, row: int) -> DashboardItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](item)
        if role == SORT_ROLE:
            return COLUMNS[column][2](item)
        if role == ID_ROLE:
            return item.application_id
        if role == Qt.ItemDataRole.ForegroundRole and item.working_days_left is not None:
            if item.working_days_left < 0:
                return QBrush(QColor(OVERDUE_COLOR))
            if item.working_days_left == 0:
                return QBrush(QColor(SOON_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_LEFT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0]) if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class ItemTable(QTableView):
    """A sortable view over a DashboardItemModel; double-click asks to open the application."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = DashboardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._open)
        widths = (125, 90, 90, 90, 170, 95, 125, 110, 90)  # 到期事项 may carry a flag
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.setColumnHidden(2, True)  # 申请人类型: room for the deadline columns at 1280 px

    def set_items(self, items: Sequence[DashboardItem]) -> None:
        self.items.set_items(items)

    def _open(self, index: QModelIndex) -> None:
        application_id = self.proxy.data(index, ID_ROLE)
        if application_id is not None:
            self.open_requested.emit(int(application_id))


INFO_COLOR = "#6B7280"


class CountTile(QFrame):
    """A clickable figure with its caption; the selected tile is outlined, an alarming
    one (overdue > 0) is red."""

    clicked = Signal()
    alarming = False

    def __init__(self, accent: str = "#1F3A5F", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CountTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.value_label = QLabel(self)
        self.caption_label = QLabel(self)
        self.caption_label.setWordWrap(True)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet(f"color: {accent};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.set_selected(False)

    def set_content(self, value: str, caption: str, tooltip: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setToolTip(tooltip)

    def set_alarm(self, alarming: bool) -> None:
        self.alarming = alarming
        self.set_selected(self._selected)

    def set_selected(self, selected: bool) -> None:
        self._selected = selected
        colour = OVERDUE_COLOR if self.alarming else "#1F3A5F"
        border = f"2px solid {colour}" if selected or self.alarming else "1px solid #C8CDD5"
        background = "#FDECEE" if self.alarming else ("#EEF3FA" if selected else "#FAFBFC")
        self.setStyleSheet(
            f"#CountTile {{ border: {border}; border-radius: 4px; background: {background}; }}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


#: The tiles: list key, accent colour. Captions are set on refresh (they name the period).
#: Overdue comes first and turns red when there is any; the correction-notice window
#: (every new application's first 7 working days) is information, in grey, last.
TILES: tuple[tuple[ListKey, str], ...] = (
    (ListKey.OVERDUE, OVERDUE_COLOR),
    (ListKey.DUE_TODAY, SOON_COLOR),
    (ListKey.DUE_SOON, "#B7950B"),
    (ListKey.OPEN, "#1F3A5F"),
    (ListKey.CONSULTATION, "#1F3A5F"),
    (ListKey.FEE, "#1F3A5F"),
    (ListKey.CORRECTION, INFO_COLOR),
    (ListKey.RECEIVED_QUARTER, "#2E6B4F"),
    (ListKey.CLOSED_QUARTER, "#2E6B4F"),
    (ListKey.REPLIED_QUARTER, "#2E6B4F"),
    (ListKey.RECEIVED_YEAR, "#2E6B4F"),
    (ListKey.CLOSED_YEAR, "#2E6B4F"),
    (ListKey.REPLIED_YEAR, "#2E6B4F"),
    (ListKey.LATE_NOTICE_YEAR, OVERDUE_COLOR),
)


class DashboardWidget(QWidget):
    """Counts at a glance, the list behind the selected count, and three charts."""

    def __init__(
        self,
        ops: Operations,
        today_provider: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        preferences: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.bus = ops.bus
        self.today_provider = today_provider
        #: This workstation's own choices (a department supervisor's scope).
        self.preferences = preferences if preferences is not None else QSettings()
        self.dashboard: Dashboard | None = None
        self.current_key = ListKey.OVERDUE
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._build()
        self._connect()
        self._fill_filters()
        self._restore_scope()
        self.refresh()

    # --- construction ---------------------------------------------------------------

    def _build(self) -> None:
        self.department_combo = QComboBox(self)
        self.scope_lock = QCheckBox(self.tr("本工作站只看此部门"), self)
        self.scope_lock.setToolTip(
            self.tr(
                "部门负责人的工作站：固定显示本部门，重启后仍然有效；分管领导不勾选，查看全部。"
            )
        )
        self.period_combo = QComboBox(self)
        self.tiles = {key: CountTile(accent, self) for key, accent in TILES}
        self.rate_definition = QLabel(self.tr(RATE_DEFINITION), self)
        self.rate_definition.setWordWrap(True)
        self.rate_definition.setStyleSheet("color: #555555;")
        self.list_title = QLabel(self)
        self.table = ItemTable(self)
        self.departments = DepartmentTable(self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("保存为PDF…"), self)
        self.monthly_chart = BarChart(self)
        self.rate_chart = BarChart(self)
        self.remaining_chart = BarChart(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        layout.addLayout(self._tile_grid())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_title)
        lists = QSplitter(Qt.Orientation.Horizontal, top)
        lists.addWidget(self.table)
        lists.addWidget(self.departments)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        top_layout.addWidget(lists, 1)  # the lists take the height, not their title
        charts = QWidget(splitter)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        for chart in (self.monthly_chart, self.rate_chart, self.remaining_chart):
            charts_layout.addWidget(chart)
        splitter.addWidget(top)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.agency_label = QLabel(self)  # the same name the publications and letters print
        font = self.agency_label.font()
        font.setBold(True)
        self.agency_label.setFont(font)
        row.addWidget(self.agency_label)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("承办部门"), self))
        row.addWidget(self.department_combo)
        row.addWidget(self.scope_lock)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("统计期间"), self))
        row.addWidget(self.period_combo)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        self.department_combo.setMinimumContentsLength(8)
        return row

    def _tile_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for column, (key, _) in enumerate(TILES[:7]):
            grid.addWidget(self.tiles[key], 0, column)
        for column, (key, _) in enumerate(TILES[7:]):
            grid.addWidget(self.tiles[key], 1, column)
        grid.addWidget(self.rate_definition, 2, 0, 1, 7)
        for column in range(7):
            grid.setColumnStretch(column, 1)
        return grid

    def _connect(self) -> None:
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda key=key: self.show_list(key))
        self.table.open_requested.connect(self.bus.open_application.emit)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.ask_and_save_pdf)
        self.department_combo.currentIndexChanged.connect(self.refresh)
        self.department_combo.currentIndexChanged.connect(self._update_lock_enabled)
        self.scope_lock.toggled.connect(self._lock_scope)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self._refresh_timer.timeout.connect(self.refresh)
        self.bus.changed.connect(self._changed)

    def _fill_filters(self) -> None:
        departments = self.ops.read(list_departments)
        self.department_combo.blockSignals(True)
        current = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for department in departments:
            self.department_combo.addItem(department.name, department.id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(current)))
        self.department_combo.blockSignals(False)
        self._fill_periods()

    def _fill_periods(self) -> None:
        today = self.today_provider()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        names = QUARTER_NAMES
        for year in range(today.year, today.year - YEARS_BACK, -1):
            last = quarter_of(today) if year == today.year else 4
            for quarter in range(last, 0, -1):
                text = self.tr("{0}年第{1}季度").format(year, self.tr(names[quarter - 1]))
                self.period_combo.addItem(text, year * 10 + quarter)
        self.period_combo.blockSignals(False)

    # --- scope and period ---------------------------------------------------------------

    @property
    def department_id(self) -> int | None:
        value = self.department_combo.currentData()
        return None if value is None else int(value)

    @property
    def period(self) -> tuple[int, int]:
        value = self.period_combo.currentData()
        if value is None:
            today = self.today_provider()
            return today.year, quarter_of(today)
        return divmod(int(value), 10)

    def set_department_scope(self, department_id: int | None, *, locked: bool) -> None:
        """Show one department (``locked``: a supervisor who may see only theirs)."""
        index = self.department_combo.findData(department_id)
        self.department_combo.setCurrentIndex(max(0, index))
        self.department_combo.setEnabled(not locked)

    def _restore_scope(self) -> None:
        stored = self.preferences.value(SCOPE_KEY)
        if stored in (None, ""):
            self._update_lock_enabled()
            return
        department_id = int(str(stored))
        if self.department_combo.findData(department_id) < 0:  # department since removed
            self.preferences.remove(SCOPE_KEY)
            self._update_lock_enabled()
            return
        self.set_department_scope(department_id, locked=True)
        self.scope_lock.blockSignals(True)
        self.scope_lock.setChecked(True)
        self.scope_lock.blockSignals(False)

    def _lock_scope(self, locked: bool) -> None:
        """Remember (or forget) this workstation's department."""
        department_id = self.department_combo.currentData()
        if locked and department_id is not None:
            self.preferences.setValue(SCOPE_KEY, int(department_id))
        else:
            self.preferences.remove(SCOPE_KEY)
        self.preferences.sync()
        self.department_combo.setEnabled(not locked)

    def _update_lock_enabled(self) -> None:
        """Only a chosen department can be fixed; "全部部门" is everyone's default."""
        has_department = self.department_combo.currentData() is not None
        self.scope_lock.setEnabled(has_department or self.scope_lock.isChecked())

    def set_period(self, year: int, quarter: int) -> None:
        index = self.period_combo.findData(year * 10 + quarter)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    # --- refreshing ---------------------------------------------------------------------

    def schedule_refresh(self, *_args: object) -> None:
        """Refresh soon; many changes in a burst cause one reload."""
        self._refresh_timer.start()

    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self._fill_filters()
        if changes.settings or changes.calendar or changes.any_application:
            self.schedule_refresh()

    def refresh(self) -> None:
        """Reload the counts, the charts and the list now."""
        self._refresh_timer.stop()
        year, quarter = self.period
        today = self.today_provider()
        key, department_id = self.current_key, self.department_id
        (self.dashboard, items), departments = self.ops.read(
            lambda session: (
                dashboard_and_items(
                    session,
                    key=key,
                    today=today,
                    department_id=department_id,
                    year=year,
                    quarter=quarter,
                ),
                department_comparison(session, today=today, year=year),
            )
        )
        self._show_counts(self.dashboard)
        self._show_charts(self.dashboard)
        self.departments.set_rows(departments)
        self._show_items(items)

    def show_list(self, key: ListKey) -> None:
        """Show the list behind one count."""
        self.current_key = key
        year, quarter = self.period
        today, department_id = self.today_provider(), self.department_id
        within = self.dashboard.due_soon_days if self.dashboard else None
        items = self.ops.read(
            lambda session: list_items(
                session,
                key=key,
                today=today,
                department_id=department_id,
                year=year,
                quarter=quarter,
                within=within,
            )
        )
        self._show_items(items)

    def _show_items(self, items: Sequence[DashboardItem]) -> None:
        for key, tile in self.tiles.items():
            tile.set_selected(key is self.current_key)
        caption = self._captions().get(self.current_key, "").replace("\n", " ")
        self.list_title.setText(
            self.tr("{0}：{1} 件（按剩余工作日排序，逾期最久的在前；双击打开申请）").format(
                caption, len(items)
            )
        )
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.proxy.sort(-1)
        self.table.set_items(items)

    # --- counts ---------------------------------------------------------------------------

    def _captions(self) -> dict[ListKey, str]:
        board = self.dashboard
        within = board.due_soon_days if board else 0
        quarter = board.quarter.period.label if board else ""
        year = board.year.period.label if board else ""
        return {
            ListKey.OPEN: self.tr("办理中"),
            ListKey.DUE_TODAY: self.tr("今日到期"),
            ListKey.DUE_SOON: self.tr("{0}个工作日内到期").format(within),
            ListKey.OVERDUE: self.tr("已逾期"),
            ListKey.CORRECTION: self.tr("补正告知期内（供参考）"),
            ListKey.CONSULTATION: self.tr("征求意见待答复"),
            ListKey.FEE: self.tr("待缴费"),
            ListKey.RECEIVED_QUARTER: self.tr("{0}\n新收").format(quarter),
            ListKey.CLOSED_QUARTER: self.tr("{0}\n办结").format(quarter),
            ListKey.REPLIED_QUARTER: self.tr("{0}\n按时办结率").format(quarter),
            ListKey.RECEIVED_YEAR: self.tr("{0}\n新收").format(year),
            ListKey.CLOSED_YEAR: self.tr("{0}\n办结").format(year),
            ListKey.REPLIED_YEAR: self.tr("{0}\n按时办结率").format(year),
            ListKey.LATE_NOTICE_YEAR: self.tr("{0}\n补正告知逾期").format(year),
        }

    def _show_counts(self, board: Dashboard) -> None:
        self.agency_label.setText(board.agency)
        c, q, y = board.counts, board.quarter, board.year
        values = {
            ListKey.OPEN: c.open,
            ListKey.DUE_TODAY: c.due_today,
            ListKey.DUE_SOON: c.due_soon,
            ListKey.OVERDUE: c.overdue,
            ListKey.CORRECTION: c.correction,
            ListKey.CONSULTATION: c.consultation,
            ListKey.FEE: c.fee,
            ListKey.RECEIVED_QUARTER: q.received,
            ListKey.CLOSED_QUARTER: q.closed,
            ListKey.RECEIVED_YEAR: y.received,
            ListKey.CLOSED_YEAR: y.closed,
            ListKey.LATE_NOTICE_YEAR: y.late_notices,
        }
        captions = self._captions()
        for key, value in values.items():
            self.tiles[key].set_content(str(value), captions[key])
        self.tiles[ListKey.OVERDUE].set_alarm(c.overdue > 0)
        self.tiles[ListKey.CORRECTION].setToolTip(
            self.tr(
                "收到申请后7个工作日内可发补正通知：每件新申请都在此期间内，"
                "这里只是参考，不是待办事项。需要补正的，在申请的“办理”页发出补正通知。"
            )
        )
        rate_tip = self.tr("按时答复 {0} 件 / 以答复办结 {1} 件。") + self.tr(RATE_DEFINITION)
        for key, figures in ((ListKey.REPLIED_QUARTER, q), (ListKey.REPLIED_YEAR, y)):
            tip = rate_tip.format(figures.on_time, figures.replies)
            self.tiles[key].set_content(figures.rate, captions[key], tip)

    # --- charts ---------------------------------------------------------------------------

    def _show_charts(self, board: Dashboard) -> None:
        months = [self.tr("{0}月").format(m) for m in range(1, 13)]
        series = [
            Series(
                vocab_label(channel),
                PALETTE[i % len(PALETTE)],
                tuple(float(board.monthly[m][i]) for m in range(12)),
            )
            for i, channel in enumerate(CHANNELS)
        ]
        self.monthly_chart.set_data(
            title=self.tr("{0}每月收到申请（按渠道）").format(board.year.period.label),
            categories=months,
            series=series,
            empty_text=self.tr("本年度尚无申请"),
        )
        rates = board.quarter_rates
        values = [None if r.fraction is None else r.fraction * 100 for r in rates]
        floor = rate_axis_floor(values)
        title = self.tr("按时办结率（按季度）")
        if floor > 0:
            title += self.tr("（纵轴自 {0}% 起）").format(f"{floor:g}")
        self.rate_chart.set_data(
            title=title,
            categories=[
                self.tr("{0}年\n{1}季度").format(r.year, self.tr(QUARTER_NAMES[r.quarter - 1]))
                for r in rates
            ],
            series=[
                Series(
                    self.tr("按时办结率"),
                    PALETTE[2],
                    tuple(None if r.fraction is None else r.fraction * 100 for r in rates),
                )
            ],
            bar_labels=[r.text for r in rates],
            axis_max=100.0,
            axis_min=floor,
            axis_text=lambda v: f"{v:g}%",
        )
        self.remaining_chart.set_data(
            title=self.tr("办理中申请（按剩余工作日）"),
            categories=[self.tr(b.label) for b in board.remaining],
            series=[
                Series(self.tr("件数"), PALETTE[0], tuple(float(b.count) for b in board.remaining))
            ],
            bar_labels=[str(b.count) for b in board.remaining],
            empty_text=self.tr("没有办理中的申请"),
        )

    # --- printing -------------------------------------------------------------------------

    def render_to(self, printer: QPrinter) -> None:
        """The dashboard as shown (tiles, lists, charts), fitted to one landscape page."""
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        picture = self.grab()
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            scaled = picture.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawPixmap(0, 0, scaled.width(), scaled.height(), picture)
        finally:
            painter.end()

    def save_pdf(self, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.render_to(printer)

    def print_document(self) -> None:
        """Ctrl+P and 打印…: print the dashboard."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.render_to(printer)

    def ask_and_save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存看板为PDF"), self.tr("主管看板.pdf"), self.tr("PDF 文件 (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))
