"""Several processes on one database: creation, migrations and writers never collide.

Every test runs on SQLite and, when ``DISCLOSURE_DESK_TEST_PG_URL`` names a server
(scripts/test.sh starts one), on a fresh PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from db import migrate
from db.models import Application
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import register_application
from desktop.services.database import Database, open_database
from desktop.services.settings import DEFAULT_CATEGORIES
from tests.conftest import PG_URL

PROCESSES = 3
ROUNDS = 5
TODAY = dt.date(2026, 11, 27)
APPLICATION = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=dt.date(2026, 11, 26),
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="张三",
    content="某路段改造工程的招标文件",
)


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


def test_a_clerk_can_save_while_a_large_demo_is_written(tmp_path: Path) -> None:
    """The demo commits chunk by chunk: a writer beside it waits seconds, never fails."""
    path = tmp_path / "shared.sqlite3"
    open_database(str(path)).close()  # the clerk's session is open before the job starts
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; import desktop.services.demo as demo; from desktop.cli import main; "
        "demo.CHUNK = 250; "  # 16 chunks, as 40,000 applications would be
        f"sys.exit(main(['--db', {str(path)!r}, 'demo', '--requests', '4000', "
        "'--today', '2026-11-27']))"
    )
    job = subprocess.Popen(
        [sys.executable, "-c", code], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}
    )
    database = open_database(str(path), create=False)
    try:
        deadline = time.monotonic() + 300
        while _applications(database) == 0:  # the first chunk is committed
            assert job.poll() is None, "the demo ended before a chunk was visible"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        with database.session() as session:
            registered = register_application(session, data=APPLICATION, today=TODAY)
        assert job.poll() is None, "the demo must still be writing for this test to mean anything"
    finally:
        assert job.wait(timeout=600) == 0
        database.close()
    database = open_database(str(path), create=False)
    assert _applications(database) == 4001
    with database.session() as session:
        assert session.get(Application, registered.id) is not None
    database.close()


def _applications(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM application")).scalar_one())
