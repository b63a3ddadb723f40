"""The operation runner: off the GUI thread, audited, one change notification, no tracebacks."""

from __future__ import annotations

import logging
import threading

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import AuditEntry
from desktop.core.applications import ApplicationInput
from desktop.core.roles import Permission, Role
from desktop.core.vocab import ApplicantType, Channel
from desktop.errors import UserError
from desktop.services import users
from desktop.services.applications import Registered, register_application
from desktop.services.database import Database
from desktop.services.events import EventRefused
from desktop.services.operations import Changes, PermissionRefused
from desktop.ui.operations import Operations, UnexpectedError
from tests.conftest import TODAY
from tests.ui.conftest import make_ops

DATA = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="张三",
    content="某文件",
)


def test_run_works_off_the_gui_thread_and_announces_the_changes(
    qtbot: QtBot, ops: Operations, database: Database
) -> None:
    threads: list[threading.Thread] = []
    done: list[Registered] = []

    def work(session: object) -> Registered:
        threads.append(threading.current_thread())
        return register_application(session, data=DATA, today=TODAY)  # type: ignore[arg-type]

    with qtbot.waitSignal(ops.bus.changed) as changed, qtbot.waitSignal(ops.finished):
        ops.run(
            work,
            action="application.register",
            permission=Permission.HANDLE,
            changes=lambda r: Changes.of_applications([r.id]),
            on_done=done.append,
        )
    assert threads
    assert threads[0] is not threading.main_thread()
    (registered,) = done
    assert changed.args == [Changes.of_applications([registered.id])]
    with database.session() as session:
        (entry,) = session.scalars(select(AuditEntry))
        assert (entry.action, entry.object_ref) == ("application.register", registered.serial)


def test_call_raises_the_refusal_and_announces_nothing(qtbot: QtBot, ops: Operations) -> None:
    def refuse(_session: object) -> None:
        raise EventRefused(["答复日期不能早于收到日期"])

    with qtbot.assertNotEmitted(ops.bus.changed), pytest.raises(EventRefused):
        ops.call(refuse, action="event.record", permission=Permission.HANDLE)


def test_a_programming_error_is_logged_and_shown_as_one_generic_line(
    qtbot: QtBot, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    runner = make_ops(database)
    errors: list[UserError] = []

    def broken(_session: object) -> None:
        raise KeyError("applicant_name")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.finished):
        runner.run(broken, action="x", permission=Permission.HANDLE, on_error=errors.append)
    (error,) = errors
    assert isinstance(error, UnexpectedError)
    assert "KeyError" not in str(error)
    assert "applicant_name" not in str(error)
    assert "详情已写入日志" in str(error)
    assert "KeyError" in caplog.text  # the details are in the log
    assert len(runner.unexpected) == 1


def test_a_viewer_is_refused_a_write(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        users.add_user(session, name="只读员", role=Role.VIEWER)
    viewer = make_ops(database, Role.VIEWER, "只读员")
    assert not viewer.may(Permission.HANDLE)
    with pytest.raises(PermissionRefused):
        viewer.call(
            lambda session: register_application(session, data=DATA, today=TODAY),
            action="application.register",
            permission=Permission.HANDLE,
        )
    assert viewer.read(lambda session: 1 + 1) == 2  # reading is allowed
