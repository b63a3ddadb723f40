"""A new SQLite register switched to WAL while another process still holds the file."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import text

from db.engine import make_engine


def test_switching_to_wal_waits_for_a_writer_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")  # a new file, still in rollback-journal mode
    holder.execute("BEGIN IMMEDIATE")  # as another workstation creating the register:
    holder.execute("INSERT INTO t VALUES (1)")  # SQLite then refuses the switch at once
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:  # retried until the other one commits
            mode = connection.execute(text("PRAGMA journal_mode")).scalar()
    finally:
        engine.dispose()
        release.join()
        holder.close()
    assert mode == "wal"
    assert time.monotonic() - started >= 0.4  # it waited for the other one
