"""The register table model: pages of RegisterRow fetched lazily from SQL.

Sorting and filtering never happen in Qt: ``sort()`` and :meth:`RegisterModel.set_query`
re-run the SQL query, so 100,000 applications cost one page (~200 rows) at a time.

Roles:
- ``Qt.DisplayRole``: the formatted text of the cell;
- :data:`SORT_ROLE`: the raw value of the cell (date, int, enum value …), for
  proxies or tests that need the value rather than the text;
- :data:`ID_ROLE`: the application id of the row (same for every column);
- ``ForegroundRole``/``BackgroundRole``: the deadline status colours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core.status import days_words
from desktop.core.vocab import DeadlineStatus, State
from desktop.services.register import (
    RegisterQuery,
    RegisterRow,
    SortKey,
    fetch_register,
    first_page,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.widgets import ID_ROLE, SORT_ROLE, format_date, vocab_label, words_text

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


#: (header, sort key, raw value) per column, in display order.
COLUMNS: tuple[tuple[str, SortKey, Callable[[RegisterRow], Any]], ...] = (
    (QT_TRANSLATE_NOOP("RegisterModel", "申请编号"), SortKey.SERIAL, lambda r: r.serial),
    (QT_TRANSLATE_NOOP("RegisterModel", "收到日期"), SortKey.RECEIVED_ON, lambda r: r.received_on),
    (QT_TRANSLATE_NOOP("RegisterModel", "申请渠道"), SortKey.CHANNEL, lambda r: r.channel.value),
    (
        QT_TRANSLATE_NOOP("RegisterModel", "申请人类型"),
        SortKey.APPLICANT_TYPE,
        lambda r: r.applicant_type.value,
    ),
    (
        QT_TRANSLATE_NOOP("RegisterModel", "申请人"),
        SortKey.APPLICANT_NAME,
        lambda r: r.applicant_name,
    ),
    (QT_TRANSLATE_NOOP("RegisterModel", "申请内容"), SortKey.CONTENT, lambda r: r.content_summary),
    (QT_TRANSLATE_NOOP("RegisterModel", "内容分类"), SortKey.CATEGORY, lambda r: r.category),
    (QT_TRANSLATE_NOOP("RegisterModel", "承办部门"), SortKey.DEPARTMENT, lambda r: r.department),
    (QT_TRANSLATE_NOOP("RegisterModel", "办理状态"), SortKey.STATE, lambda r: r.state.value),
    (QT_TRANSLATE_NOOP("RegisterModel", "答复期限"), SortKey.DUE_ON, lambda r: r.due_on),
    (
        QT_TRANSLATE_NOOP("RegisterModel", "剩余/逾期"),
        SortKey.DAYS_LEFT,
        lambda r: r.working_days_left,
    ),
    (QT_TRANSLATE_NOOP("RegisterModel", "期限状态"), SortKey.STATUS, lambda r: r.status.value),
    (
        QT_TRANSLATE_NOOP("RegisterModel", "办理结果"),
        SortKey.OUTCOME,
        lambda r: r.outcome.value if r.outcome else None,
    ),
    (QT_TRANSLATE_NOOP("RegisterModel", "答复日期"), SortKey.CLOSED_ON, lambda r: _reply_date(r)),
)
COLUMN_OF_KEY = {key: column for column, (_, key, _) in enumerate(COLUMNS)}
DUE_COLUMN = COLUMN_OF_KEY[SortKey.DUE_ON]
DAYS_LEFT_COLUMN = COLUMN_OF_KEY[SortKey.DAYS_LEFT]
STATUS_COLUMN = COLUMN_OF_KEY[SortKey.STATUS]

#: Text and background colours of the deadline statuses that need attention.
STATUS_COLOURS: dict[DeadlineStatus, tuple[str, str]] = {
    DeadlineStatus.OVERDUE: ("#b71c1c", "#ffebee"),
    DeadlineStatus.DUE_TODAY: ("#e65100", "#fff3e0"),
    DeadlineStatus.DUE_SOON: ("#ef6c00", "#fff8e1"),
    DeadlineStatus.CLOSED_LATE: ("#8d3b3b", ""),
    DeadlineStatus.CLOSED_ON_TIME: ("#2e7d32", ""),
    DeadlineStatus.CLOSED: ("#616161", ""),
}

URGENT_STATUSES = frozenset(
    {DeadlineStatus.OVERDUE, DeadlineStatus.DUE_TODAY, DeadlineStatus.DUE_SOON}
)


#: Columns hidden until the user shows them (header menu): the rest fit 1280 px.
HIDDEN_BY_DEFAULT = frozenset({SortKey.CHANNEL, SortKey.APPLICANT_TYPE, SortKey.CATEGORY})


def _reply_date(row: RegisterRow) -> dt.date | None:
    """答复日期: the day a replied application was closed (others have no reply)."""
    return row.closed_on if row.state is State.REPLIED else None


def _display(row: RegisterRow, column: int) -> str:
    key = COLUMNS[column][1]
    if key is SortKey.SERIAL:
        return row.serial
    if key is SortKey.RECEIVED_ON:
        return format_date(row.received_on)
    if key is SortKey.CHANNEL:
        return vocab_label(row.channel)
    if key is SortKey.APPLICANT_TYPE:
        return vocab_label(row.applicant_type)
    if key is SortKey.STATE:
        return vocab_label(row.state)
    if key is SortKey.DUE_ON:
        return _due_text(row)
    if key is SortKey.DAYS_LEFT:
        return "" if row.state.is_closed else words_text(days_words(row.working_days_left))
    if key is SortKey.CLOSED_ON:
        return format_date(_reply_date(row))
    if key is SortKey.STATUS:
        return vocab_label(row.status)
    if key is SortKey.OUTCOME:
        return vocab_label(row.outcome) if row.outcome else ""
    return str(COLUMNS[column][2](row))


def _due_text(row: RegisterRow) -> str:
    if row.due_on is None:
        return "" if row.state.is_closed else words_text(days_words(None))
    text = format_date(row.due_on)
    # A closed case's deadline no longer moves: no provisional mark.
    return text + _tr("（临时）") if row.provisional and not row.state.is_closed else text


class RegisterModel(QAbstractTableModel):
    """The register: a lazily fetched window over the SQL query."""

    #: Emitted after a (re)query with the total number of matching applications.
    count_changed = Signal(int)

    def __init__(
        self,
        ops: Operations,
        today_provider: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today_provider = today_provider
        self._query = RegisterQuery()
        self._rows: list[RegisterRow] = []
        self._total = 0

    # --- the query ---

    @property
    def query(self) -> RegisterQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many applications match the query (loaded or not)."""
        return self._total

    def set_query(self, query: RegisterQuery) -> None:
        """Apply new filters (the sort is kept from ``query``), reloading the first page."""
        self._query = query
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Re-run the query; with ``keep_loaded`` as many rows as now are fetched again."""
        wanted = max(len(self._rows), PAGE_SIZE) if keep_loaded else PAGE_SIZE
        today = self._today_provider()
        query = self._query
        rows, total = self._ops.read(
            lambda session: first_page(session, query, today=today, limit=wanted)
        )
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()
        self.count_changed.emit(total)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMNS[column][1], descending=descending)
        if query == self._query and self._rows:
            return  # QTableView.sortByColumn asks twice for the same order
        self._query = query
        self.reload()

    # --- lazy fetching ---

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self._total:
            return
        today = self._today_provider()
        query, offset = self._query, len(self._rows)
        page = self._ops.read(
            lambda session: fetch_register(
                session, query, today=today, offset=offset, limit=PAGE_SIZE
            )
        )
        if not page:
            self._total = len(self._rows)  # rows vanished since the count
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- the table ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of_id(self, application_id: int) -> int | None:
        """The model row of an application among the loaded rows, or None."""
        for number, row in enumerate(self._rows):
            if row.id == application_id:
                return number
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return COLUMNS[column][2](row)
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._colour(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_OF_KEY[SortKey.CONTENT]:
            return row.content_summary
        return None

    def _colour(self, row: RegisterRow, column: int, role: int) -> QBrush | None:
        colours = STATUS_COLOURS.get(row.status)
        if colours is None:
            return None
        foreground, background = colours
        if role == Qt.ItemDataRole.ForegroundRole:
            # Rows needing attention are coloured whole; closed ones only in the status column.
            if row.status in URGENT_STATUSES or column == STATUS_COLUMN:
                return QBrush(QColor(foreground))
            return None
        # Only the deadline columns get a background, so the table stays readable.
        if background and column in (DUE_COLUMN, DAYS_LEFT_COLUMN, STATUS_COLUMN):
            return QBrush(QColor(background))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
