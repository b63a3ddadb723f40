"""导出台账: write the register (all, or the current filter) to .xlsx or .csv.

The export runs on a ``QThreadPool`` worker with its own session, behind a
busy progress dialog. ``RegisterExporter`` is the testable part; the
``export_register`` action adds the file dialog and the messages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services.database import Database
from desktop.services.ledger import export_ledger
from desktop.services.register import RegisterQuery


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportRegister", text)


class _Signals(QObject):
    finished = Signal(int)
    failed = Signal(str)


class _ExportTask(QRunnable):
    def __init__(
        self, database: Database, path: Path, today: dt.date, query: RegisterQuery | None
    ) -> None:
        super().__init__()
        self.database, self.path, self.today, self.query = database, path, today, query
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with self.database.session() as session:
                count = export_ledger(session, path=self.path, today=self.today, query=self.query)
        except OSError as error:
            self.signals.failed.emit(_tr("无法写入文件：") + str(error))
        except Exception as error:  # never let a worker die silently
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(count)


class RegisterExporter(QObject):
    """Exports the register on a worker thread; ``finished(count)`` or ``failed(message)``."""

    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: _ExportTask | None = None

    def start(self, path: Path, *, today: dt.date, query: RegisterQuery | None = None) -> None:
        """Export everything, or what ``query`` (a ``RegisterQuery``) selects, to ``path``."""
        task = _ExportTask(self.database, path, today, query)
        task.setAutoDelete(False)  # kept until its signal arrives
        task.signals.finished.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._task = task
        self._pool.start(task)

    def _done(self, count: int) -> None:
        self._task = None
        self.finished.emit(count)

    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)


def ask_export_path(parent: QWidget | None) -> Path | None:
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        _tr("导出台账"),
        _tr("台账-%1.xlsx").replace("%1", dt.date.today().isoformat()),
        _tr("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"),
    )
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() not in (".xlsx", ".csv"):
        result = result.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
    return result


def export_register(
    parent: QWidget | None,
    database: Database,
    *,
    query: RegisterQuery | None = None,
    today: dt.date | None = None,
) -> RegisterExporter | None:
    """The 导出台账 action: ask a file, export in the background, report the result."""
    path = ask_export_path(parent)
    if path is None:
        return None
    busy = QProgressDialog(_tr("正在导出台账…"), "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(300)
    exporter = RegisterExporter(database, parent)

    def done(count: int) -> None:
        busy.close()
        text = _tr("已导出 %1 件申请到 %2").replace("%1", str(count)).replace("%2", str(path))
        QMessageBox.information(parent, _tr("导出台账"), text)
        exporter.deleteLater()

    def failed(message: str) -> None:
        busy.close()
        QMessageBox.warning(parent, _tr("导出失败"), message)
        exporter.deleteLater()

    exporter.finished.connect(done)
    exporter.failed.connect(failed)
    exporter.start(path, today=today or dt.date.today(), query=query)
    return exporter
