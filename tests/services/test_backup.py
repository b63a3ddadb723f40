"""Automatic backups: once a day, the oldest pruned; a backup before every migration."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from db import migrate
from db.engine import make_engine
from desktop.services import backup
from desktop.services.backup import BackupRefused
from desktop.services.database import Database, open_database

DAY = dt.date(2026, 11, 27)


def test_once_a_day_and_only_the_newest_kept(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for offset in range(5):
        made = backup.daily_backup(
            database.engine, folder, today=DAY + dt.timedelta(days=offset), keep=3
        )
        assert made is not None
        stamp = (dt.datetime(2026, 11, 27) + dt.timedelta(days=offset)).timestamp()
        os.utime(made, (stamp, stamp))
    assert (
        backup.daily_backup(database.engine, folder, today=DAY + dt.timedelta(days=4), keep=3)
        is None
    )
    names = [b.path.name for b in backup.list_backups(folder)]
    assert names == [
        "disclosure-desk-2026-12-01.sqlite3",
        "disclosure-desk-2026-11-30.sqlite3",
        "disclosure-desk-2026-11-29.sqlite3",
    ]
    assert backup.check_sqlite_backup(folder / names[0], migrate.known_revisions())


def test_the_setting_chooses_the_folder(database: Database, tmp_path: Path) -> None:
    from desktop.services import settings

    with database.session() as session:
        settings.save_settings(session, {"backup_folder": str(tmp_path / "elsewhere")})
    made = backup.automatic_backup(database, today=DAY)
    assert made is not None
    assert made.parent == tmp_path / "elsewhere"
    assert backup.default_folder(database.engine) == tmp_path / "backups"


def test_a_backup_is_made_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    database = open_database(f"sqlite:///{path}")
    database.close()
    (made,) = backup.list_backups(tmp_path / "backups")
    assert "before-upgrade-from-0001" in made.path.name
    with sqlite3.connect(made.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_corrupt_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupRefused):
        backup.check_sqlite_backup(bad, migrate.known_revisions())
