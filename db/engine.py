"""Engine and session factory: the only place that knows which database it is.

SQLite (the default, one file in the user's data directory) gets WAL and
foreign keys in a connect listener; PostgreSQL is used as is, by URL.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "DISCLOSURE_DESK_DB"
APP_NAME = "DisclosureDesk"


def default_url() -> str:
    """The database URL: ``$DISCLOSURE_DESK_DB`` or a SQLite file in the user data dir."""
    if url := os.environ.get(ENV_VAR):
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'disclosure-desk.sqlite3'}"


def normalise_url(url: str) -> str:
    """Accept a bare file path as a SQLite database."""
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """Create the engine for ``url`` (default: :func:`default_url`)."""
    url = normalise_url(url or default_url())
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and ":memory:" not in url:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


#: The PostgreSQL advisory lock taken by :func:`write_lock` (any constant shared by all clients).
WRITE_LOCK_KEY = 0x44442D494D  # "DD-IM"
#: How long a writer waits for another's write lock before giving up.
WRITE_LOCK_WAIT_MS = 60_000
_BUSY_TIMEOUT_MS = 5000  # as set in _sqlite_pragmas


def write_lock(session: Session) -> None:
    """Take the database's write lock for the rest of ``session``'s transaction.

    Two such transactions never overlap, so what one reads (a duplicate check)
    is still true when it writes. SQLite: ``BEGIN IMMEDIATE`` (the one write
    lock of the file; a transaction that already wrote holds it). PostgreSQL: a
    transaction-scoped advisory lock. The caller waits up to
    :data:`WRITE_LOCK_WAIT_MS` for a concurrent holder.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        if driver is None or driver.in_transaction:
            return
        connection.exec_driver_sql(f"PRAGMA busy_timeout={WRITE_LOCK_WAIT_MS}")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    elif connection.dialect.name == "postgresql":
        connection.execute(text(f"SET LOCAL lock_timeout = {WRITE_LOCK_WAIT_MS}"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def checkpoint_wal(engine: Engine) -> None:
    """Copy SQLite's write-ahead log into the database file (a file copy then holds
    every committed row); nothing to do on PostgreSQL. Never waits long: with a
    reader still busy the log is copied as far as possible and kept."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
