"""Opening the database: private files, no invented registers, errors described in Chinese."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import exc, text

import db.engine
from desktop.services.database import (
    DatabaseMissing,
    describe_error,
    is_new_file,
    open_database,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not hasattr(stat, "S_IRWXG"), reason="POSIX permissions")
def test_a_new_database_and_its_folders_are_private(tmp_path: Path) -> None:
    path = tmp_path / "agency" / "register" / "dd.sqlite3"
    usual = os.umask(0o022)  # the common default: files readable by everyone
    try:
        database = open_database(str(path))
    finally:
        os.umask(usual)
    with database.session() as session:
        session.execute(text("UPDATE setting SET value = value"))
    assert _mode(tmp_path / "agency") == 0o700
    assert _mode(tmp_path / "agency" / "register") == 0o700
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    assert wal.exists()
    assert shm.exists()
    for file in (path, wal, shm):
        assert _mode(file) == 0o600, file
    database.close()


def test_reading_refuses_what_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match="不存在"):
        open_database(str(tmp_path / "no" / "x.sqlite3"), create=False)
    assert not (tmp_path / "no").exists()
    assert is_new_file(str(tmp_path / "x.sqlite3"))
    open_database(str(tmp_path / "x.sqlite3")).close()
    assert not is_new_file(str(tmp_path / "x.sqlite3"))
    open_database(str(tmp_path / "x.sqlite3"), create=False).close()


def test_a_locked_database_is_described_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.sqlite3"
    open_database(str(path)).close()
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(exc.OperationalError) as failure:
            open_database(str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert describe_error(failure.value) == "数据库正被其他程序写入，等待超时；请稍后再试"


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(28, "No space left on device"), "文件读写失败：磁盘已满"),
        (PermissionError(13, "Permission denied"), "文件读写失败：没有权限"),
        (exc.OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error")),
         "磁盘已满或无法写入"),
        (exc.DatabaseError("x", {}, sqlite3.DatabaseError("file is not a database")),
         "该文件不是可用的数据库文件"),
        (RuntimeError("张三 13800138000"), "发生意外错误，操作未完成"),
    ],
)  # fmt: skip
def test_errors_are_described_without_their_text(error: BaseException, message: str) -> None:
    assert describe_error(error) == message
