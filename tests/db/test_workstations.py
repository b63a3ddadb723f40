"""Several processes on one database: creation, migrations and writers never collide.

Every test runs on SQLite and, when ``DISCLOSURE_DESK_TEST_PG_URL`` names a server
(scripts/test.sh starts one), on a fresh PostgreSQL database.
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from db import migrate
from desktop.services.database import open_database
from desktop.services.settings import DEFAULT_CATEGORIES

PG_URL = os.environ.get("DISCLOSURE_DESK_TEST_PG_URL", "")
PROCESSES = 3
ROUNDS = 5


def _open_each(urls: list[str], barrier: Any, results: Any) -> None:
    """In a worker process: open each new database at the same moment as the others."""
    for url in urls:
        barrier.wait(timeout=120)
        try:
            open_database(url).close()
            results.put("ok")
        except Exception as error:
            results.put(f"{type(error).__name__}: {error}"[:300])


def _fresh_postgres_databases(count: int) -> tuple[list[str], Any]:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    names = [f"dd_test_{uuid.uuid4().hex[:12]}" for _ in range(count)]
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_URL.rsplit("/", 1)[0]
    return [f"{base}/{name}" for name in names], (admin, names)


def _drop_postgres_databases(handle: Any) -> None:
    admin, names = handle
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[str]]:
    """``ROUNDS`` database URLs that do not exist yet (PostgreSQL: empty databases)."""
    if request.param == "sqlite":
        yield [f"sqlite:///{tmp_path / f'new-{i}' / 'register.sqlite3'}" for i in range(ROUNDS)]
        return
    if not PG_URL:
        pytest.skip("DISCLOSURE_DESK_TEST_PG_URL not set")
    urls, handle = _fresh_postgres_databases(ROUNDS)
    yield urls
    _drop_postgres_databases(handle)


def test_processes_creating_one_database_at_once_all_succeed(new_urls: list[str]) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [
        context.Process(target=_open_each, args=(new_urls, barrier, results))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=300) for _ in range(PROCESSES * ROUNDS)]
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes == ["ok"] * (PROCESSES * ROUNDS)
    for url in new_urls:
        database = open_database(url, create=False)
        with database.engine.connect() as connection:
            categories = connection.execute(text("SELECT count(*) FROM category")).scalar()
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        database.close()
        assert categories == len(DEFAULT_CATEGORIES)  # seeded once, not once per process
