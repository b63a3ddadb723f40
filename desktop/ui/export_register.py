"""导出台账: write the register (all, or the current filter) to .xlsx or .csv.

The export is an operation like any other: it runs through the runner (off the
GUI thread, behind a busy progress dialog) and, since the file holds citizens'
personal data, it is audited and needs the export permission.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.ledger import export_ledger_file
from desktop.services.register import RegisterQuery
from desktop.ui.operations import Operations, show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportRegister", text)


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


def start_export(
    ops: Operations,
    path: Path,
    *,
    today: dt.date,
    query: RegisterQuery | None = None,
    parent: QWidget | None = None,
    on_done: Callable[[int], None] | None = None,
    on_error: Callable[[UserError], None] | None = None,
) -> None:
    """Export everything, or what ``query`` selects, to ``path``; ``on_done(count)``."""
    ops.run(
        lambda session: export_ledger_file(session, path=path, today=today, query=query),
        action="ledger.export",
        permission=Permission.EXPORT_PERSONAL,
        object_kind="file",
        object_ref=path.name,
        details=lambda count: {"rows": count, "filtered": query is not None},
        on_done=on_done,
        on_error=on_error,
        parent=parent,
        progress=_tr("正在导出台账…"),
    )


def export_register(
    parent: QWidget | None,
    ops: Operations,
    *,
    query: RegisterQuery | None = None,
    today: dt.date | None = None,
) -> None:
    """The 导出台账 action: ask a file, export in the background, report the result."""
    path = ask_export_path(parent)
    if path is None:
        return

    def done(count: int) -> None:
        text = _tr("已导出 %1 件申请到 %2").replace("%1", str(count)).replace("%2", str(path))
        QMessageBox.information(parent, _tr("导出台账"), text)

    start_export(
        ops,
        path,
        today=today or dt.date.today(),
        query=query,
        parent=parent,
        on_done=done,
        on_error=lambda error: show_error(parent, error),
    )
