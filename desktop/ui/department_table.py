"""The per-department comparison of the dashboard: open, overdue, on-time rate, sortable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.services.dashboard import DepartmentFigures
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets import SORT_ROLE

HEADERS = (
    QT_TRANSLATE_NOOP("DepartmentTable", "承办部门"),
    QT_TRANSLATE_NOOP("DepartmentTable", "办理中"),
    QT_TRANSLATE_NOOP("DepartmentTable", "已逾期"),
    QT_TRANSLATE_NOOP("DepartmentTable", "本年答复"),
    QT_TRANSLATE_NOOP("DepartmentTable", "按时办结率"),
)
OVERDUE_COLUMN = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentTable", text)


class DepartmentTable(QTableView):
    """One row per 承办部门; click a header to sort (numbers and rates by value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(0, len(HEADERS), self)
        self.source.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.source.setSortRole(SORT_ROLE)
        self.setModel(self.source)
        self.setSortingEnabled(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[DepartmentFigures]) -> None:
        self.source.removeRows(0, self.source.rowCount())
        for row in rows:
            values: tuple[tuple[str, object], ...] = (
                (row.department or _tr("（未指定）"), row.department),
                (str(row.open), row.open),
                (str(row.overdue), row.overdue),
                (str(row.replies), row.replies),
                (row.rate, -1.0 if row.fraction is None else row.fraction),
            )
            items = []
            for column, (text, raw) in enumerate(values):
                item = QStandardItem(text)
                item.setData(raw, SORT_ROLE)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == OVERDUE_COLUMN and row.overdue:
                    item.setForeground(QBrush(QColor("#B00020")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            self.source.appendRow(items)
        # Rows arrive most overdue first: the header says so.
        self.horizontalHeader().setSortIndicator(OVERDUE_COLUMN, Qt.SortOrder.DescendingOrder)

    def texts(self) -> list[list[str]]:
        """The table as shown (for tests and the printed dashboard)."""
        return [
            [str(self.model().index(r, c).data()) for c in range(len(HEADERS))]
            for r in range(self.model().rowCount())
        ]
