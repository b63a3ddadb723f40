"""Engine and session factory: the only place that knows which database it is.

SQLite (the default, one file in the user's data directory) gets WAL, foreign keys
and a generous busy timeout in a connect listener; PostgreSQL is used as is, by URL.
A new SQLite file and the folders above it are created readable by the user only.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "DISCLOSURE_DESK_DB"
APP_NAME = "DisclosureDesk"
DEFAULT_FILE_NAME = "disclosure-desk.sqlite3"
#: How long a writer waits for another one (a long job commits in shorter chunks).
BUSY_TIMEOUT_MS = 30_000
#: PostgreSQL advisory lock keys (any constant bigint, distinct per purpose).
MIGRATION_LOCK = 0x44445F4D49475241  # "DD_MIGRA"
STARTUP_LOCK = 0x44445F5354415254  # "DD_START"

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_folder() -> Path:
    """The user data directory that holds the default database (not created here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    """The database URL: ``$DISCLOSURE_DESK_DB`` or a SQLite file in the user data dir."""
    if url := os.environ.get(ENV_VAR):
        return url
    return f"sqlite:///{default_folder() / DEFAULT_FILE_NAME}"


def normalise_url(url: str) -> str:
    """Accept a bare file path as a SQLite database."""
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None (another database, or in memory)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty (and its missing folders), readable by the user only.

    Returns whether the file was created. An existing file is left as it is. SQLite
    gives its ``-wal`` and ``-shm`` files the permissions of the database file.
    """
    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        os.chmod(folder, FOLDER_MODE)  # whatever the umask
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    os.close(descriptor)
    os.chmod(path, FILE_MODE)
    return True


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the next ones may wait
    cursor.execute("PRAGMA foreign_keys=ON")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """Put the file in WAL mode (it stays so). Switching needs the file to itself and
    SQLite answers "database is locked" at once, without the busy timeout, while another
    process holds it (workstations opening a new register together): it is tried again
    until the busy timeout has passed."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def make_engine(url: str | None = None) -> Engine:
    """Create the engine for ``url`` (default: :func:`default_url`); creates no file."""
    url = normalise_url(url or default_url())
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def begin_exclusive(connection: Connection, key: int = STARTUP_LOCK) -> None:
    """Make the transaction just begun on ``connection`` exclusive among writers.

    SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock now (this must be the
    connection's first statement in the transaction), so a concurrent writer waits
    instead of failing half-way. PostgreSQL: a transaction-scoped advisory lock on
    ``key``, released at commit or rollback.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


#: The PostgreSQL advisory lock taken by :func:`write_lock` (any constant shared by all clients).
WRITE_LOCK_KEY = 0x44442D494D  # "DD-IM"
#: How long a writer waits for another's write lock before giving up.
WRITE_LOCK_WAIT_MS = 60_000


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
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
