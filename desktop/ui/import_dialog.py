"""导入台账: choose a ledger file, preview it, see every problem, import it.

Checking and importing run through the operation runner (off the GUI thread;
the import is one audited transaction); the dialog shows progress and stays
responsive. ``load(path)`` and
``save_problems(path)`` need no native file dialog, so tests drive them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ledger import LedgerProblem
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.ledger import (
    ImportResult,
    LedgerPreview,
    check_ledger_file,
    import_ledger,
    write_template,
)
from desktop.services.operations import ALL, Changes
from desktop.services.spreadsheets import write_csv
from desktop.ui.operations import Operations

_Index = QModelIndex | QPersistentModelIndex
_RECOGNISED = QColor("#dff0d8")
_IGNORED = QColor("#eeeeee")


# --- models --------------------------------------------------------------------------------


class ProblemModel(QAbstractTableModel):
    """The problems of a file: 行, 列, 内容, 问题."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: tuple[LedgerProblem, ...] = ()
        self.headers = (self.tr("行"), self.tr("列"), self.tr("内容"), self.tr("问题"))

    def set_problems(self, problems: Sequence[LedgerProblem]) -> None:
        self.beginResetModel()
        self.problems = tuple(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        problem = self.problems[index.row()]
        values = (str(problem.row_number), problem.column, problem.value, problem.message)
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class PreviewModel(QAbstractTableModel):
    """The first rows of the file; recognised columns are highlighted, ignored ones greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = LedgerPreview((), (), ())

    def set_preview(self, preview: LedgerPreview) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.preview.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_RECOGNISED if self.preview.recognised[index.column()] else _IGNORED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # Row numbers as Excel shows them (the header is row 1).
            return str(section + 2) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.preview.header[section]
        if role == Qt.ItemDataRole.FontRole and self.preview.recognised[section]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            recognised = self.preview.recognised[section]
            return self.tr("已识别的列") if recognised else self.tr("未识别的列，导入时忽略")
        return None


# --- the dialog ----------------------------------------------------------------------------


class ImportDialog(QDialog):
    """从Excel/CSV导入台账."""

    #: The file was checked: the ``ImportResult`` of the dry run.
    checked = Signal(object)
    #: The file was imported: the ``ImportResult``.
    imported = Signal(object)
    #: Reading, checking or importing failed (a Chinese message).
    failed = Signal(str)

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today or dt.date.today()
        self.path: Path | None = None
        self.outcome: ImportResult | None = None
        self._running = 0
        self.setWindowTitle(self.tr("导入台账"))
        self.resize(1000, 680)
        self._build()

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("请选择要导入的 Excel（.xlsx）或 CSV 文件"), self)
        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.template_button = QPushButton(self.tr("保存空白模板…"), self)
        self.preview_model = PreviewModel(self)
        self.preview_view = self._table(self.preview_model)
        self.problem_model = ProblemModel(self)
        self.problem_view = self._table(self.problem_model)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.verticalHeader().setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.save_problems_button = QPushButton(self.tr("保存问题清单…"), self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _table(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAlternatingRowColors(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setDefaultSectionSize(110)
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        top.addWidget(self.choose_button)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(
            QLabel(self.tr("预览（前20行；绿色为已识别的列，灰色列将被忽略）："), self)
        )
        preview_layout.addWidget(self.preview_view)
        problem_box = QWidget(self)
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.setContentsMargins(0, 0, 0, 0)
        problem_layout.addWidget(self.summary_label)
        problem_layout.addWidget(self.problem_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(preview_box)
        splitter.addWidget(problem_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_problems_button)
        bottom.addWidget(self.progress_bar, 1)
        bottom.addStretch()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(lambda: save_template(self))
        self.save_problems_button.clicked.connect(self._ask_save_problems)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # --- state

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _update_buttons(self) -> None:
        ready = self.outcome is not None and self.outcome.ok and self.outcome.imported == 0
        self.import_button.setEnabled(not self.busy and ready and self.path is not None)
        self.choose_button.setEnabled(not self.busy)
        self.save_problems_button.setEnabled(bool(self.problem_model.problems))
        self.close_button.setEnabled(not self.busy)

    def _started(self) -> None:
        self._running += 1
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(done * 100 // max(total, 1))

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._running -= 1
        self.progress_bar.setVisible(False)
        done(result)
        self._update_buttons()

    def _fail(self, error: UserError) -> None:
        self._running -= 1
        self.progress_bar.setVisible(False)
        self.summary_label.setText(self.tr("无法读取文件：%1").replace("%1", str(error)))
        self._update_buttons()
        self.failed.emit(str(error))

    # --- actions

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择台账文件"), "", self.tr("台账文件 (*.xlsx *.csv)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Preview ``path`` and check every row (a dry run) on the worker."""
        self.path, self.outcome = path, None
        self.file_label.setText(str(path))
        self.summary_label.setText(self.tr("正在检查…"))
        self.problem_model.set_problems(())
        today = self.today

        self._started()
        self.ops.run_read_with_progress(
            lambda session, progress: check_ledger_file(
                session, path=path, today=today, progress=progress
            ),
            on_done=lambda outcome: self._finish(self._show_check, outcome),
            on_error=self._fail,
            on_progress=self._progress,
            permission=Permission.IMPORT,
        )

    def _show_check(self, outcome: tuple[LedgerPreview, ImportResult]) -> None:
        preview, result = outcome
        self.outcome = result
        self.preview_model.set_preview(preview)
        self.problem_model.set_problems(result.problems)
        self.summary_label.setText(self._summary(result))
        self.checked.emit(result)

    def _summary(self, result: ImportResult) -> str:
        lines = [self.tr("提示：%1").replace("%1", w) for w in result.warnings]
        if result.problems:
            lines.append(
                self.tr(
                    "共 %1 行，发现 %2 个问题。请在文件中改正后重新选择；有问题时不会导入任何申请。"
                )
                .replace("%1", str(result.row_count))
                .replace("%2", str(len(result.problems)))
            )
        else:
            lines.append(
                self.tr("共 %1 行，检查通过，可以导入。").replace("%1", str(result.row_count))
            )
        return "\n".join(lines)

    def start_import(self) -> None:
        """Import the checked file on the worker (all or nothing)."""
        path, today = self.path, self.today
        if path is None:
            return
        self.summary_label.setText(self.tr("正在导入…"))
        self._started()
        self.ops.run_with_progress(
            lambda session, progress: import_ledger(
                session, path=path, today=today, progress=progress
            ),
            action="ledger.import",
            permission=Permission.IMPORT,
            changes=lambda result: Changes(applications=ALL) if result.imported else Changes(),
            object_kind="file",
            object_ref=path.name,
            details=lambda result: {"imported": result.imported, "rows": result.row_count},
            on_done=lambda result: self._finish(self._show_import, result),
            on_error=self._fail,
            on_progress=self._progress,
        )

    def _show_import(self, result: ImportResult) -> None:
        self.outcome = result
        self.problem_model.set_problems(result.problems)
        if result.ok:
            self.summary_label.setText(
                self.tr("已导入 %1 件申请。").replace("%1", str(result.imported))
            )
            self.imported.emit(result)
        else:  # someone imported the same serials in between
            self.summary_label.setText(self._summary(result))
            self.checked.emit(result)

    def _ask_save_problems(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存问题清单"), self.tr("导入问题清单.csv"), self.tr("CSV 文件 (*.csv)")
        )
        if path:
            self.save_problems(Path(path))

    def save_problems(self, path: Path) -> None:
        """The problem list as CSV, as every export is written (UTF-8 with BOM, so that Excel
        reads it; a cell that would run as a formula, as some refused values do, is escaped)."""
        problems = self.problem_model.problems
        write_csv(
            path,
            self.problem_model.headers,
            ([p.row_number, p.column, p.value, p.message] for p in problems),
        )

    def reject(self) -> None:
        if not self.busy:  # a running import finishes its transaction first
            super().reject()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def save_template(parent: QWidget | None, path: Path | None = None) -> Path | None:
    """保存空白台账模板: ask where (unless ``path``), write the headers; the path or None."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            _tr("保存空白台账模板"),
            _tr("台账导入模板.xlsx"),
            _tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        write_template(path)
    except OSError as error:
        QMessageBox.warning(parent, _tr("保存失败"), str(error))
        return None
    return path
