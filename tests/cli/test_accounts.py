"""``user``, ``audit``, ``backup``, ``restore`` and ``--user`` on the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.database import open_database
from desktop.services.settings import save_settings
from desktop.services.users import os_login

PASSWORD = "长城-Great-Wall-9"


@pytest.fixture
def db(database_file: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A register (the session's migrated template: its first administrator is the OS
    login) with a clerk and a viewer added on the command line."""
    monkeypatch.delenv("DISCLOSURE_DESK_USER", raising=False)
    monkeypatch.delenv("DISCLOSURE_DESK_PASSWORD", raising=False)
    monkeypatch.setenv("DISCLOSURE_DESK_NEW_PASSWORD", PASSWORD)
    path = str(database_file)
    assert main(["--db", path, "user", "add", "李登记", "--role", "clerk"]) == 0
    assert main(["--db", path, "user", "add", "只读员", "--role", "viewer"]) == 0
    return path


def test_the_first_admin_is_the_os_login_and_users_are_listed(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "user", "list", "--json"]) == 0
    listed = {u["name"]: u["role"] for u in json.loads(capsys.readouterr().out)}
    assert listed == {os_login(): "admin", "李登记": "clerk", "只读员": "viewer"}


@pytest.mark.parametrize(
    ("user", "argv"),
    [
        ("李登记", ["user", "add", "某人", "--role", "admin"]),
        ("李登记", ["audit"]),
        ("李登记", ["restore", "x.sqlite3"]),
        ("只读员", ["export", "--out", "x.csv"]),
        ("只读员", ["alerts"]),
        ("只读员", ["backup", "--out", "x.sqlite3"]),
        ("无此人", ["report", "annual", "--year", "2025", "--format", "csv", "--out", "-"]),
    ],
)
def test_refusals_are_one_line_exit_2_and_audited(
    db: str, user: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "--user", user, *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert main(["--db", db, "audit", "--json", "--user", user]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["outcome"] == "refused"


def test_disabled_user_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "user", "disable", "李登记"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                db,
                "--user",
                "李登记",
                "report",
                "annual",
                "--year",
                "2025",
                "--format",
                "csv",
                "--out",
                "-",
            ]
        )
        == 2
    )
    assert "已停用" in capsys.readouterr().err


def test_user_from_the_environment_and_password_when_login_is_on(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "user", "passwd", "李登记"]) == 0
    database = open_database(db)
    with database.session() as session:  # 要求登录 on
        save_settings(session, {"require_login": True})
    database.close()
    monkeypatch.setenv("DISCLOSURE_DESK_USER", "李登记")
    monkeypatch.setenv("DISCLOSURE_DESK_PASSWORD", "wrong-password")
    capsys.readouterr()
    report = ["report", "annual", "--year", "2025", "--format", "csv", "--out", "-"]
    assert main(["--db", db, *report]) == 2
    assert "密码不正确" in capsys.readouterr().err
    monkeypatch.setenv("DISCLOSURE_DESK_PASSWORD", PASSWORD)
    assert main(["--db", db, *report]) == 0


def test_audit_lists_and_verifies(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "audit", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in entries] == ["user.add", "user.add"]
    assert entries[0]["object"] == "只读员"
    assert main(["--db", db, "audit", "verify"]) == 0
    assert "共 2 条" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audit_entry SET user_name = 'x' WHERE sequence = 1")
    assert main(["--db", db, "audit", "verify"]) == 1
    assert "第 1 条" in capsys.readouterr().err


def test_backup_restore_round_trip(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "demo", "--requests", "40", "--seed", "2"]) == 0
    counts = _counts(db)
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", db, "backup", "--out", str(out)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM appeal")
        connection.execute("DELETE FROM application_event")
        connection.execute("DELETE FROM application")
    assert _counts(db)["application"] == 0
    assert main(["--db", db, "restore", str(out)]) == 0
    restored = _counts(db)
    assert {k: restored[k] for k in ("application", "application_event")} == {
        k: counts[k] for k in ("application", "application_event")
    }
    kept = list(Path(db).parent.glob(f"{Path(db).stem}.before-restore-*.sqlite3"))
    assert len(kept) == 1
    capsys.readouterr()
    assert main(["--db", db, "audit", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["action"] == "restore"


def test_a_restore_of_a_non_backup_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _counts(db)
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("这不是备份", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path in (junk, other, tmp_path / "missing.sqlite3"):
        capsys.readouterr()
        assert main(["--db", db, "restore", str(path)]) == 2
        assert capsys.readouterr().err.count("\n") == 1
    assert _counts(db) == before


def _counts(db: str) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("application", "application_event", "user_account")
        }
