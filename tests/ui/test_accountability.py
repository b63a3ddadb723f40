"""The accountability windows: login, 操作日志, 备份与恢复, 用户管理; a viewer's masked detail."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.roles import Role
from desktop.core.vocab import ApplicantType, Channel
from desktop.services import users
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.audit_view import AuditLogWindow
from desktop.ui.backup_view import BackupWindow
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.operations import Operations
from desktop.ui.users_dialog import UsersDialog
from tests.conftest import TODAY
from tests.ui.conftest import make_ops

#: Screenshots for a human to look at (kept out of the repository).
SHOTS = (
    Path(os.environ.get("DISCLOSURE_DESK_SHOTS", ""))
    if os.environ.get("DISCLOSURE_DESK_SHOTS")
    else None
)


def _shot(widget: object, name: str) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 720), (1920, 1080)):
        if widget.isWindow() and name != "login":
            widget.resize(width, height)
        widget.show()
        widget.grab().save(str(SHOTS / f"{name}-{width}.png"))


def test_login_dialog_shows_the_refusal_and_keeps_the_name(qtbot: QtBot) -> None:
    attempts: list[tuple[str, str]] = []

    def login(name: str, password: str) -> users.Actor:
        attempts.append((name, password))
        if password != "right-password":
            raise users.UserRefused("用户名或密码不正确")
        return users.Actor(name, Role.CLERK, "ws")

    dialog = LoginDialog(login, "李登记")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    assert not dialog.try_login()
    assert dialog.error.text() == "用户名或密码不正确"
    assert dialog.name.text() == "李登记"
    assert dialog.password.text() == ""  # never kept on screen
    _shot(dialog, "login")
    dialog.password.setText("right-password")
    assert dialog.try_login()
    assert dialog.actor == users.Actor("李登记", Role.CLERK, "ws")
    assert attempts == [("李登记", "wrong"), ("李登记", "right-password")]


def test_users_dialog_adds_disables_and_sets_passwords(
    qtbot: QtBot, ops: Operations, database: Database
) -> None:
    dialog = UsersDialog(ops)
    qtbot.addWidget(dialog)
    dialog.name.setText("王审核")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    dialog.password.setText("short")
    assert not dialog.add()
    assert "至少 8 个字符" in dialog.message.text()
    dialog.password.setText("long-enough-1")
    assert dialog.add()
    names = [u.name for u in dialog.users]
    assert "王审核" in names
    dialog.table.selectRow(names.index("王审核"))
    assert dialog.disable_selected()
    _shot(dialog, "users")
    with database.session() as session:
        (info,) = [u for u in users.list_users(session) if u.name == "王审核"]
    assert (info.role, info.active, info.has_password) == (Role.SUPERVISOR, False, True)


def test_audit_window_filters_exports_and_verifies(
    qtbot: QtBot, ops: Operations, database: Database, tmp_path: Path
) -> None:
    dialog = UsersDialog(ops)  # two writes through the runner: two entries
    qtbot.addWidget(dialog)
    for name in ("甲", "乙"):
        dialog.name.setText(name)
        assert dialog.add()
    window = AuditLogWindow(ops, today=dt.date.today())
    qtbot.addWidget(window)
    assert window.table.rowCount() == 2
    assert _cell(window, 0, 4) == "新增用户"
    assert _cell(window, 0, 6) == "乙"
    window.application.setText("甲")
    window.reload()
    assert window.table.rowCount() == 1
    assert window.export_csv(tmp_path / "log.csv") == 1
    assert "user.add" in (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert window.verify()
    assert "日志链完整" in window.verdict.text()
    window.application.setText("")
    window.reload()
    _shot(window, "audit")
    with database.session() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM audit_entry WHERE sequence = 1"))
    assert not window.verify()
    assert "第 1 条" in window.verdict.text()


def test_backup_window_backs_up_and_restores(
    qtbot: QtBot, ops: Operations, database: Database
) -> None:
    with database.session() as session:
        register_application(session, data=_data(), today=TODAY)
    window = BackupWindow(ops)
    qtbot.addWidget(window)
    assert window.last.text() == "还没有备份。"
    made = window.back_up_now()
    assert made is not None
    assert [b.path for b in window.backups] == [made]
    assert window.last.text().startswith("最近一次备份：")
    _shot(window, "backup")
    with database.session() as session:
        register_application(session, data=_data(), today=TODAY)
    with qtbot.waitSignal(window.restored):
        kept = window.restore(made)
    assert kept is not None
    assert "请重新启动程序" in window.message.text()
    with database.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM application")).scalar() == 1


def test_a_viewer_cannot_back_up_or_restore(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        users.add_user(session, name="只读员", role=Role.VIEWER)
    viewer = make_ops(database, Role.VIEWER, "只读员")
    window = BackupWindow(viewer)
    qtbot.addWidget(window)
    assert not window.backup_button.isEnabled()
    assert not window.restore_button.isEnabled()
    assert window.back_up_now() is None
    assert "无权" in window.message.text()
    viewer.wait()


def test_a_viewer_sees_id_numbers_and_phones_masked(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        users.add_user(session, name="只读员", role=Role.VIEWER)
        registered = register_application(session, data=_data(), today=TODAY)
    viewer = make_ops(database, Role.VIEWER, "只读员")
    dialog = ApplicationDetailDialog(viewer, registered.id, lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.form.phone.text() == "139****5678"
    assert dialog.form.id_number.text() == "110***********002X"
    assert not dialog.save_button.isEnabled()
    viewer.wait()


def _cell(window: AuditLogWindow, row: int, column: int) -> str:
    item = window.table.item(row, column)
    return item.text() if item is not None else ""


def _data() -> ApplicationInput:
    return ApplicationInput(
        channel=Channel.ONLINE,
        received_on=TODAY,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        id_number="11010519491231002X",
        phone="13912345678",
        content="某文件",
    )


@pytest.fixture(autouse=True)
def _no_leftover_backups(tmp_path: Path) -> None:
    """The database fixture lives in tmp_path: its backups/ folder goes with it."""


def test_an_extension_is_approved_by_a_supervisor_account(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typing import Any

    from sqlalchemy import select

    from db.models import ApplicationEvent
    from desktop.core.vocab import EventKind
    from desktop.services import settings
    from desktop.ui.lifecycle import EventDialog, EventInput, LifecyclePanel

    with database.session() as session:
        users.add_user(session, name="李登记", role=Role.CLERK)
        users.add_user(session, name="王审核", role=Role.SUPERVISOR, password="审核人的密码-1")
        settings.save_settings(session, {"require_login": True})
        application_id = register_application(session, data=_data(), today=TODAY).id
    clerk = make_ops(database, Role.CLERK, "李登记")
    panel = LifecyclePanel(clerk, application_id, today=TODAY)
    qtbot.addWidget(panel)
    outcomes: list[str] = []
    offered: list[list[str]] = []

    def fake_ask(parent: Any, kind: EventKind, submit: Any, **kwargs: Any) -> None:
        offered.append(list(kwargs["approvers"]))
        data = {"approver": "王审核", "notified_on": TODAY, "days": 20}
        for password in ("错的密码", "审核人的密码-1"):
            outcomes.append(submit(EventInput(TODAY, {**data, "approver_password": password})))

    monkeypatch.setattr(EventDialog, "ask", fake_ask)
    panel.action_buttons[EventKind.EXTENSION].click()
    assert offered[0][-1] == "王审核"  # accounts, not a typed name
    assert "李登记" not in offered[0]
    assert outcomes == ["用户名或密码不正确", ""]
    with database.session() as session:
        (event,) = session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.kind == EventKind.EXTENSION.value)
        )
        assert event.recorded_by == "李登记"
        assert event.data["approver"] == "王审核"
        assert "approver_password" not in event.data
    clerk.wait()
