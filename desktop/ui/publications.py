"""Published reports: which periods were published, and whether their figures still hold.

A later change to an application can alter a published period's figures; this
window flags such periods and shows every figure that changed (published value
against the current one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import publication
from desktop.ui.operations import Operations

_CHANGED = QColor("#b71c1c")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublicationsDialog", text)


def changed_publications_notice(ops: Operations) -> str | None:
    """A one-line warning when published figures no longer match the data, else None."""
    flagged = ops.read(publication.flagged_snapshots)
    if not flagged:
        return None
    labels = "、".join(f.snapshot.label for f in flagged[:3])
    more = _tr("等") if len(flagged) > 3 else ""
    return (
        _tr("已发布报告的数据已变化：%1%2（共 %3 期），请在“统计发布 → 已发布报告”中核对")
        .replace("%1", labels)
        .replace("%2", more)
        .replace("%3", str(len(flagged)))
    )


def _item(text: str, colour: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour is not None:
        item.setForeground(QBrush(colour))
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PublicationsDialog(QDialog):
    """The list of published reports with their differences."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("已发布报告"))
        self.resize(900, 560)
        self.snapshots = _table(
            [
                self.tr("报告"),
                self.tr("期间"),
                self.tr("发布时间"),
                self.tr("发布人"),
                self.tr("核对结果"),
            ],
            self,
        )
        self.differences = _table(
            [self.tr("项目"), self.tr("列"), self.tr("发布值"), self.tr("当前值")], self
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.flagged: dict[int, tuple[publication.Difference, ...]] = {}
        self.infos: list[publication.SnapshotInfo] = []
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.snapshots)
        split.addWidget(self.differences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.snapshots.itemSelectionChanged.connect(self._show_selected)
        self.reload()

    def reload(self) -> None:
        self.infos, flagged = self.ops.read(
            lambda session: (
                publication.list_snapshots(session),
                publication.flagged_snapshots(session),
            )
        )
        self.flagged = {f.snapshot.id: f.differences for f in flagged}
        self.snapshots.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            changed = self.flagged.get(info.id)
            verdict = (
                self.tr("数据已变化（%1 项）").replace("%1", str(len(changed)))
                if changed
                else self.tr("与发布时一致")
            )
            colour = _CHANGED if changed else None
            cells = [
                info.label,
                f"{info.start.isoformat()} — {info.end.isoformat()}",
                info.published_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                info.published_by,
                verdict,
            ]
            for column, text in enumerate(cells):
                self.snapshots.setItem(row, column, _item(text, colour))
        if not self.infos:
            self.summary.setText(
                self.tr("尚未发布任何报告。在“统计发布”中生成报告后可标记为已发布。")
            )
        elif self.flagged:
            self.summary.setText(
                self.tr("有 %1 期已发布报告的数据与当前台账不一致，选中一行查看差异。").replace(
                    "%1", str(len(self.flagged))
                )
            )
        else:
            self.summary.setText(self.tr("所有已发布报告的数据与当前台账一致。"))
        if self.infos:
            self.snapshots.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = {index.row() for index in self.snapshots.selectedIndexes()}
        differences = self.flagged.get(self.infos[rows.pop()].id, ()) if rows else ()
        self.differences.setRowCount(len(differences))
        for row, difference in enumerate(differences):
            cells = [
                difference.label,
                difference.column,
                str(difference.published),
                str(difference.current),
            ]
            for column, text in enumerate(cells):
                self.differences.setItem(row, column, _item(text))
