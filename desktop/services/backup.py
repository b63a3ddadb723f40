"""Backups and restores: the SQLite online backup API, pg_dump/pg_restore on PostgreSQL.

A copy of the live SQLite file taken while the app runs may miss what is still
in the write-ahead log; the backup API copies a consistent database. A backup
is recognised as ours by its content (integrity check passes, the schema's
Alembic revision is one we know, the register's tables are there), never by its
name. Restoring keeps the current database as a copy first.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.services.database import Database

#: Names of automatic backups: ``disclosure-desk-2026-11-27.sqlite3`` (and ``…-before-0002``).
PREFIX = "disclosure-desk-"
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"
#: Tables every DisclosureDesk database has had since the first release.
_REQUIRED_TABLES = {"alembic_version", "application", "application_event", "setting"}


class BackupRefused(UserError):
    """The file is not a usable DisclosureDesk backup, or a backup could not be written."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # the file's modification time (UTC)
    size: int


def sqlite_path(engine: Engine) -> Path | None:
    """The database file of a SQLite engine (None for PostgreSQL or in-memory)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def default_folder(engine: Engine) -> Path | None:
    """``backups/`` beside the SQLite file."""
    path = sqlite_path(engine)
    return path.parent / "backups" if path else None


def _libpq_url(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def backup(engine: Engine, out: Path) -> Path:
    """Write a consistent backup of the database to ``out`` (atomically replaced)."""
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite_path(engine)
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=".backup-", suffix=out.suffix)
    os.close(handle)
    try:
        if source is not None:
            with sqlite3.connect(source) as src, sqlite3.connect(temporary) as dst:
                src.backup(dst)
            src.close()
            dst.close()
        else:
            _run(["pg_dump", "--format=custom", "--no-owner", "-f", temporary, _libpq_url(engine)])
        os.replace(temporary, out)
    except OSError as error:
        raise BackupRefused(f"无法写入备份文件：{error.strerror or error}") from error
    finally:
        Path(temporary).unlink(missing_ok=True)
    return out


def _run(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        raise BackupRefused(f"找不到 {command[0]}：请安装 PostgreSQL 客户端工具") from error
    if done.returncode != 0:
        # The tool's own words, first line only: no URL (it may hold a password).
        first = (done.stderr.strip().splitlines() or ["未知错误"])[0]
        raise BackupRefused(f"{command[0]} 失败：{first[:200]}")
    return done.stdout


def check_sqlite_backup(path: Path, known_revisions: set[str]) -> str:
    """The backup's Alembic revision; ``BackupRefused`` when it is not a sound backup of ours."""
    if not path.is_file():
        raise BackupRefused(f"找不到备份文件：{path.name}")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupRefused("该文件不是 DisclosureDesk 备份")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if not tables >= _REQUIRED_TABLES:
                raise BackupRefused("该文件不是 DisclosureDesk 备份")
            if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise BackupRefused("备份文件已损坏（完整性检查未通过）")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupRefused("备份文件已损坏，无法读取") from error
    if revision is None or revision[0] not in known_revisions:
        raise BackupRefused("备份来自未知版本的程序，不能恢复")
    return str(revision[0])


def check_pg_backup(path: Path) -> None:
    if not path.is_file():
        raise BackupRefused(f"找不到备份文件：{path.name}")
    listing = _run(["pg_restore", "--list", str(path)])
    if " alembic_version " not in listing or " application " not in listing:
        raise BackupRefused("该文件不是 DisclosureDesk 备份")


def restore(engine: Engine, backup_file: Path, known_revisions: set[str] | None = None) -> Path:
    """Replace the database with ``backup_file``; returns the copy kept of the current one.

    The caller disposes of every other connection first (the app restarts after).
    """
    if known_revisions is None:
        from db.migrate import known_revisions as all_revisions

        known_revisions = all_revisions()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = sqlite_path(engine)
    if target is not None:
        check_sqlite_backup(backup_file, known_revisions)
        kept = target.with_name(f"{target.stem}.before-restore-{stamp}{SQLITE_SUFFIX}")
        backup(engine, kept)
        engine.dispose()
        with sqlite3.connect(backup_file) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        return kept
    check_pg_backup(backup_file)
    kept = backup_file.with_name(f"before-restore-{stamp}{PG_SUFFIX}")
    backup(engine, kept)
    engine.dispose()
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "-d",
            _libpq_url(engine),
            str(backup_file),
        ]
    )
    return kept


def list_backups(folder: Path) -> list[BackupFile]:
    """The automatic backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    files = [
        p
        for p in folder.iterdir()
        if p.name.startswith(PREFIX) and p.suffix in (SQLITE_SUFFIX, PG_SUFFIX)
    ]
    found = [
        BackupFile(p, dt.datetime.fromtimestamp(p.stat().st_mtime, dt.UTC), p.stat().st_size)
        for p in files
    ]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def daily_backup(engine: Engine, folder: Path, *, today: dt.date, keep: int) -> Path | None:
    """Today's automatic backup, unless one exists; the oldest beyond ``keep`` are removed."""
    if sqlite_path(engine) is None:
        return None  # PostgreSQL: the server's own backup (pg_dump by `backup`) is the rule
    out = folder / f"{PREFIX}{today.isoformat()}{SQLITE_SUFFIX}"
    made = None if out.exists() else backup(engine, out)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return made


def before_migration(engine: Engine, revision: str, *, today: dt.date) -> Path | None:
    """A backup of an existing SQLite database about to be migrated from ``revision``."""
    folder = default_folder(engine)
    source = sqlite_path(engine)
    if folder is None or source is None or not source.exists():
        return None
    out = folder / f"{PREFIX}{today.isoformat()}-before-upgrade-from-{revision}{SQLITE_SUFFIX}"
    return backup(engine, out)


def configured_folder(engine: Engine, setting: str) -> Path | None:
    """The backup folder: the setting when given, else ``backups/`` beside the database."""
    return Path(setting).expanduser() if setting.strip() else default_folder(engine)


def automatic_backup(database: Database, *, today: dt.date) -> Path | None:
    """The once-a-day backup at start-up, into the configured folder (settings)."""
    from desktop.services import settings as settings_service

    with database.session() as session:
        folder_setting = str(settings_service.get_setting(session, "backup_folder"))
        keep = int(settings_service.get_setting(session, "backup_keep"))
    folder = configured_folder(database.engine, folder_setting)
    if folder is None:
        return None
    return daily_backup(database.engine, folder, today=today, keep=keep)
