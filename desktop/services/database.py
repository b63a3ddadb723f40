"""The open database: engine, sessions, start-up work (migrations, seed data).

Opening never invents a register by accident: with ``create=False`` (every
command that only reads) a missing or empty file, or a database this program
never initialised, is refused with :class:`DatabaseMissing` and nothing is
created. A new SQLite file and its folders are readable by the user only.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import (
    begin_exclusive,
    create_private_file,
    default_url,
    make_engine,
    make_session_factory,
    normalise_url,
    sqlite_path,
)

POSTGRES_DRIVER_HINT = '未安装 PostgreSQL 驱动：请运行 pip install "disclosure-desk[postgres]"'


class DatabaseError(ValueError):
    """The database cannot be opened or used as asked (message in Chinese)."""


class DatabaseMissing(DatabaseError):
    """A reading command named a database that does not exist (nothing was created)."""


@dataclass
class Database:
    """A thin holder for the engine and the session factory."""

    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def is_new_file(url: str | None) -> bool:
    """Whether opening ``url`` would create a new SQLite file (the window asks first)."""
    path = sqlite_path(url or default_url())
    return path is not None and (not path.exists() or path.stat().st_size == 0)


def default_location(url: str | None) -> bool:
    """Whether ``url`` is the default register (no ``--db``, no environment variable)."""
    return url is None or normalise_url(url) == normalise_url(default_url())


def _refuse_missing_file(url: str) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    if not path.exists():
        raise DatabaseMissing(f"数据库文件不存在：{path}")
    if path.is_dir():
        raise DatabaseMissing(f"数据库路径是一个文件夹：{path}")
    if path.stat().st_size == 0:
        raise DatabaseMissing(f"数据库文件是空的（0 字节）：{path}")


def open_database(
    url: str | None = None, *, create: bool = True, first_admin: str | None = None
) -> Database:
    """Open (creating or upgrading) the database and load the shipped reference data.

    ``create=False`` refuses a database that does not exist yet instead of creating it.
    A new database gets one administrator, ``first_admin`` (default: the OS login).
    """
    from desktop.services import applications as applications_service
    from desktop.services import calendar as calendar_service
    from desktop.services import calendar_admin, derived, users
    from desktop.services import settings as settings_service

    url = normalise_url(url or default_url())
    path = sqlite_path(url)
    if not create:
        _refuse_missing_file(url)
    elif path is not None:
        create_private_file(path)
    try:
        engine = make_engine(url)
    except (ModuleNotFoundError, exc.NoSuchModuleError) as error:
        raise DatabaseError(
            POSTGRES_DRIVER_HINT if "postgres" in url else "不支持的数据库地址"
        ) from error
    try:
        current = migrate.current_revision(engine)
        if not create and current is None:
            raise DatabaseMissing("该数据库不是本程序的台账（尚未初始化）")
        if current is not None and current != migrate.head_revision():
            from desktop.services import backup

            backup.before_migration(engine, current, today=dt.date.today())
        migrate.upgrade(engine)
        database = Database(engine, make_session_factory(engine))
        with database.session() as session:
            # One process at a time: several workstations starting on a new database
            # would otherwise seed the same rows twice.
            begin_exclusive(session.connection())
            settings_service.seed_defaults(session)
            users.ensure_first_admin(session, first_admin or users.os_login())
            applications_service.fill_sort_keys(session)
            written = calendar_service.merge_shipped_calendar(session)
            if written:  # newer shipped holidays: cached deadlines must follow
                since = dt.date(min(written), 1, 1)
                calendar_admin.recompute_after_calendar_change(session, {}, since=since)
            derived.refresh_for_rules(session)  # rules changed since the cache was written
    except BaseException:
        engine.dispose()
        raise
    return database


_SQLITE_MESSAGES = (
    (("database is locked", "database is busy"), "数据库正被其他程序写入，等待超时；请稍后再试"),
    (("file is not a database", "malformed"), "该文件不是可用的数据库文件"),
    (("unable to open database", "readonly database"), "无法打开数据库文件（请检查路径和权限）"),
    (("disk is full", "disk i/o error"), "磁盘已满或无法写入"),
)
_OS_MESSAGES = {
    errno.ENOSPC: "磁盘已满",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EROFS: "磁盘只读",
    errno.EISDIR: "目标是一个文件夹",
}


def describe_error(error: BaseException) -> str:
    """A short Chinese description of an unexpected failure, for users.

    Never the exception's own text: it may hold SQL, library messages or the personal
    data of the statement's parameters.
    """
    text = str(getattr(error, "orig", None) or "").lower()
    if isinstance(error, exc.IntegrityError):
        return "数据与数据库的约束不符，未保存任何更改"
    if isinstance(error, exc.DBAPIError):
        for needles, message in _SQLITE_MESSAGES:
            if any(n in text for n in needles):
                return message
        if error.connection_invalidated or "connect" in text:
            return "无法连接数据库服务器"
        return "数据库出错，未保存任何更改"
    if isinstance(error, exc.SQLAlchemyError):
        return "数据库出错，未保存任何更改"
    if isinstance(error, ModuleNotFoundError) and "psycopg" in str(error.name):
        return POSTGRES_DRIVER_HINT
    if isinstance(error, OSError):
        return f"文件读写失败：{_OS_MESSAGES.get(error.errno or 0, '系统错误')}"
    if isinstance(error, MemoryError):
        return "内存不足"
    return "发生意外错误，操作未完成"
