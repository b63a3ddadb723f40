"""``disclosure-desk settings``: list, get, set; bad values are one Chinese line, exit 2."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from desktop.services import settings as settings_service
from desktop.services.database import Database
from tests.cli.conftest import run


def test_list_shows_every_declared_setting(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", url, "settings", "list")
    assert code == 0
    keys = [line.split("\t")[0] for line in out.splitlines()]
    assert keys == [spec.key for spec in settings_service.SETTINGS]
    assert "due_soon_days\t5\t即将到期提醒（工作日）" in out.splitlines()


def test_set_then_get(database: Database, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", url, "settings", "set", "due_soon_days", "3")[0] == 0
    assert run(capsys, "--db", url, "settings", "set", "agency_name", "某某区应急管理局")[0] == 0
    code, _, _ = run(capsys, "--db", url, "settings", "set", "alert_kinds", "reply,fee_payment")
    assert code == 0
    assert run(capsys, "--db", url, "settings", "get", "due_soon_days")[1] == "3\n"
    assert run(capsys, "--db", url, "settings", "get", "alert_kinds")[1] == "reply,fee_payment\n"
    with database.session() as session:
        assert settings_service.get_setting(session, "agency_name") == "某某区应急管理局"
        assert settings_service.get_setting(session, "due_soon_days") == 3
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.sequence))
        assert list(actions)[-3:] == ["settings.save"] * 3  # each set is audited


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("due_soon_days", "abc", "即将到期提醒（工作日）：须为整数"),
        ("due_soon_days", "99", "即将到期提醒（工作日）：须为 0 到 20 之间的整数"),
        ("alert_time", "25:00", "每日提醒时间：须为 HH:MM 格式的时间"),
        ("alert_kinds", "reply,nonsense", "提醒事项：提醒事项无效"),
        ("agency_name", " ", "机关名称：不能为空"),
        ("no_such_key", "1", "没有名为“no_such_key”的设置项"),
    ],
)
def test_bad_value_is_one_chinese_line_exit_2_nothing_changed(
    database: Database,
    url: str,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: str,
    message: str,
) -> None:
    code, out, err = run(capsys, "--db", url, "settings", "set", key, value)
    assert (code, out) == (2, "")
    assert err == f"disclosure-desk: {message}\n"
    with database.session() as session:
        assert settings_service.get_settings(session) == {
            spec.key: spec.default for spec in settings_service.SETTINGS
        }


def test_get_unknown_key_exits_2(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", url, "settings", "get", "nope")
    assert code == 2
    assert "没有名为“nope”的设置项" in err
