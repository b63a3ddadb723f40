"""The operation runner: every UI action reaches the database through here.

As Anki's ``CollectionOp``: a slot hands a service call to :class:`Operations`,
which runs it on a worker thread through
:func:`desktop.services.operations.run_operation` (one transaction: permission
check, the work, the audit entry), then publishes the resulting ``Changes`` on
the bus so each view refreshes what it shows. A ``UserError`` reaches the
caller (or a message box) as its Chinese line; any other exception is logged
with its traceback and reported as one generic Chinese line, never as text.

Three ways in:

- :meth:`Operations.run` — asynchronous: returns at once, calls back on the GUI
  thread (long work shows a progress dialog);
- :meth:`Operations.call` — the same worker, but waits in a local event loop
  for the result, for dialogs that stay open on a refusal (the window keeps
  painting meanwhile);
- :meth:`Operations.read` — a quick read the view needs to paint now, on the
  GUI thread, permission-checked, never audited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.roles import Permission, Role, may
from desktop.errors import UserError
from desktop.services import backup
from desktop.services.database import Database
from desktop.services.operations import (
    Changes,
    Progress,
    ProgressWork,
    Work,
    read_operation,
    run_maintenance,
    run_operation,
)
from desktop.services.users import Actor
from desktop.ui.bus import DataBus

T = TypeVar("T")

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class UnexpectedError(UserError):
    """What the user reads instead of a programming error (whose details are logged)."""


def unexpected() -> UnexpectedError:
    return UnexpectedError(_tr("操作未能完成：程序内部出错，详情已写入日志，请联系系统管理员。"))


# --- the one worker ------------------------------------------------------------------------


class WorkerSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs ``work(progress)`` on a pool thread; reports by queued signals to the GUI thread."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit)
        except Exception as error:  # reported, never lost with the thread
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class _Job(QObject):
    """Lives on the GUI thread and receives one worker's signals there."""

    def __init__(
        self,
        owner: Operations,
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None],
        progress: QProgressDialog | None,
        on_progress: Progress | None,
    ) -> None:
        super().__init__()  # Python-owned: freed by the runner once idle, never mid-slot
        self.owner, self.on_done, self.on_error, self.progress = owner, on_done, on_error, progress
        self.on_progress = on_progress

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        if self.on_progress is not None:
            self.on_progress(done, total)

    @Slot(object)
    def succeeded(self, outcome: Any) -> None:
        self._close()
        result, changes = outcome
        if isinstance(changes, Changes) and not changes.empty:
            self.owner.bus.changed.emit(changes)
        try:
            self.on_done(result)
        finally:
            self.owner._finished(self)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        self._close()
        if not isinstance(error, UserError):
            log.error("operation failed", exc_info=error)
            self.owner.unexpected.append(error)
            error = unexpected()
        try:
            self.on_error(error)
        finally:
            self.owner._finished(self)

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()


# --- the runner ----------------------------------------------------------------------------


class Operations(QObject):
    """Runs services as the acting user, audited, off the GUI thread; publishes ``Changes``."""

    #: Emitted after every operation, succeeded or failed (tests wait on it).
    finished = Signal()

    def __init__(
        self, database: Database, actor: Actor, bus: DataBus, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.actor = actor
        self.bus = bus
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer at a time, in the order asked
        self._jobs: set[_Job] = set()
        self._workers: dict[_Job, Worker] = {}
        # A worker's signal arrives while its run() may still be returning on the pool
        # thread: it is kept here until the pool is idle, never freed under that thread.
        self._retired: list[QObject | Worker] = []
        #: programming errors seen (logged; tests assert there were none)
        self.unexpected: list[BaseException] = []

    # -- who acts --

    @property
    def role(self) -> Role:
        return self.actor.role

    def may(self, permission: Permission) -> bool:
        """Whether the acting user may do it (to enable or hide actions)."""
        return may(self.actor.role, permission)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def database_url(self) -> str:
        return self._database.url

    def backup_folder(self, setting: str) -> Path | None:
        """Where automatic backups go (the setting, else ``backups/`` beside SQLite)."""
        return backup.configured_folder(self._database.engine, setting)

    # -- the three ways in --

    def read(self, op: Work[T], *, permission: Permission = Permission.READ) -> T:
        """A quick read for what the view shows now (GUI thread, not audited)."""
        return read_operation(self._database, self.actor, op, permission=permission)

    def run(
        self,
        op: Work[T],
        *,
        action: str,
        permission: Permission,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        parent: QWidget | None = None,
        progress: str = "",
        **audit: Any,
    ) -> None:
        """Run ``op`` on the worker thread as one audited operation; call back when done.

        ``audit`` goes to ``run_operation`` (``changes``, ``object_ref``, ``details``…).
        Without ``on_error`` a refusal is shown in a message box over ``parent``.
        """
        self.run_with_progress(
            lambda session, _progress: op(session),
            action=action,
            permission=permission,
            on_done=on_done,
            on_error=on_error,
            parent=parent,
            progress=progress,
            **audit,
        )

    def run_with_progress(
        self,
        op: ProgressWork[T],
        *,
        action: str,
        permission: Permission,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        parent: QWidget | None = None,
        progress: str = "",
        on_progress: Progress | None = None,
        **audit: Any,
    ) -> None:
        """As :meth:`run`, for an ``op(session, progress)`` that reports ``(done, total)``.

        The progress goes to a progress dialog labelled ``progress`` and/or to
        ``on_progress`` (a dialog's own bar), on the GUI thread.
        """
        database, actor = self._database, self.actor

        def work(report: Progress) -> tuple[T, Changes]:
            return run_operation(
                database,
                actor,
                lambda session: op(session, report),
                action=action,
                permission=permission,
                **audit,
            )

        self._start(work, on_done, on_error, parent, progress, on_progress)

    def run_read(
        self,
        op: Work[T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[UserError], None] | None = None,
        parent: QWidget | None = None,
        progress: str = "",
        permission: Permission = Permission.READ,
    ) -> None:
        """A long read (statistics, a report) on the worker thread; not audited."""
        self.run_read_with_progress(
            lambda session, _progress: op(session),
            on_done=on_done,
            on_error=on_error,
            parent=parent,
            progress=progress,
            permission=permission,
        )

    def run_read_with_progress(
        self,
        op: ProgressWork[T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[UserError], None] | None = None,
        parent: QWidget | None = None,
        progress: str = "",
        on_progress: Progress | None = None,
        permission: Permission = Permission.READ,
    ) -> None:
        """As :meth:`run_read`, for an ``op(session, progress)`` (e.g. checking a file)."""
        database, actor = self._database, self.actor

        def work(report: Progress) -> tuple[T, Changes]:
            result = read_operation(
                database, actor, lambda session: op(session, report), permission=permission
            )
            return result, Changes()

        self._start(work, on_done, on_error, parent, progress, on_progress)

    def call(
        self,
        op: Work[T],
        *,
        action: str,
        permission: Permission,
        **audit: Any,
    ) -> T:
        """Run ``op`` as :meth:`run` does and wait for it; its ``UserError`` is raised here."""
        result: T = self._wait_for(
            lambda done, failed: self.run(
                op, action=action, permission=permission, on_done=done, on_error=failed, **audit
            )
        )
        return result

    def call_maintenance(
        self,
        work: Callable[[Database], T],
        *,
        action: str,
        permission: Permission,
        details: dict[str, Any] | Callable[[T], dict[str, Any]] | None = None,
    ) -> T:
        """Backups and restores: ``work(database)`` on the worker, audited; waits for it."""
        database, actor = self._database, self.actor

        def job(_report: Progress) -> tuple[T, Changes]:
            result = run_maintenance(
                database, actor, work, action=action, permission=permission, details=details
            )
            return result, Changes()

        value: T = self._wait_for(lambda done, failed: self._start(job, done, failed, None, ""))
        return value

    def _wait_for(
        self, start: Callable[[Callable[[Any], None], Callable[[UserError], None]], None]
    ) -> Any:
        """Start a job with ``start(on_done, on_error)`` and wait in a local event loop that
        paints but takes no clicks or keys (no second submit); its ``UserError`` is raised."""
        loop = QEventLoop(self)
        outcome: dict[str, Any] = {}

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(error: UserError) -> None:
            outcome["error"] = error
            loop.quit()

        start(done, failed)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait(self) -> None:
        """Block until every started operation has run (at shutdown)."""
        self._pool.waitForDone()
        self._retired.clear()

    # -- plumbing --

    def _start(
        self,
        work: Callable[[Progress], tuple[Any, Changes]],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[UserError], None] | None,
        parent: QWidget | None,
        progress: str,
        on_progress: Progress | None = None,
    ) -> None:
        if self._pool.waitForDone(0):
            self._retired.clear()
        dialog = _progress_dialog(parent, progress) if progress else None
        job = _Job(
            self,
            on_done or (lambda _result: None),
            on_error or (lambda error: show_error(parent, error)),
            dialog,
            on_progress,
        )
        worker = Worker(work)
        worker.setAutoDelete(False)  # kept (in _workers) until its signal arrives
        worker.signals.progressed.connect(job.progressed)
        worker.signals.succeeded.connect(job.succeeded)
        worker.signals.failed.connect(job.failed)
        self._jobs.add(job)
        self._workers[job] = worker
        self._pool.start(worker)

    def _finished(self, job: _Job) -> None:
        self._jobs.discard(job)
        worker = self._workers.pop(job, None)
        self._retired.append(job)  # its slot is still running: freed later
        if worker is not None:
            self._retired.append(worker)
        self.finished.emit()


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def show_error(parent: QWidget | None, error: UserError) -> None:
    """The refusal's Chinese line in a (non-blocking) message box."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("操作未完成"), str(error), parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
