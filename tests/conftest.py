"""Shared fixtures. Qt runs offscreen; set before any Qt import."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import make_engine, make_session_factory
from desktop.services.database import Database, open_database

#: A fixed "today" for tests that need one (a Friday with a full calendar).
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="session")
def template_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file opened once per session (per xdist worker) by the real start-up:
    migrated, settings seeded, shipped calendar loaded. Tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").close()
    # Closing the last connection checkpoints the WAL into the main file: the file
    # alone is the whole database, so a plain copy is a faithful one.
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert not leftovers, f"template database not self-contained: {leftovers}"
    return path


@pytest.fixture
def database_file(tmp_path: Path, template_database_file: Path) -> Path:
    """A fresh copy of the template database file, for tests that open it themselves
    (e.g. through the command line's ``--db``)."""
    target = tmp_path / "test.sqlite3"
    shutil.copyfile(template_database_file, target)
    return target


@pytest.fixture
def database(database_file: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database with the shipped calendar loaded.

    A copy of the session's template file (what :func:`open_database` builds on an
    empty file), connected without repeating the start-up work.
    """
    engine = make_engine(f"sqlite:///{database_file}")
    db = Database(engine, make_session_factory(engine))
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


#: A PostgreSQL server for the shared-database tests (scripts/test.sh starts a throw-away one).
ROOT = Path(__file__).resolve().parents[1]


def fresh_python(code: str) -> str:
    """What ``code`` prints when run by a new interpreter in the project's folder (what a
    process loads at start, untouched by the tests run before)."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


PG_URL = os.environ.get("DISCLOSURE_DESK_TEST_PG_URL", "")


def _pg_admin() -> Engine:
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    return PG_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database opened once per session (per xdist worker) by the real
    start-up; each test's database is created from it (``CREATE DATABASE … TEMPLATE``,
    a file copy) instead of migrating and seeding again."""
    if not PG_URL:
        pytest.skip("DISCLOSURE_DESK_TEST_PG_URL not set")
    name = f"dd_template_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(_pg_url(name)).close()  # closes its pool: a template must have no session
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_database(pg_template: str) -> Iterator[Database]:
    """A fresh, migrated PostgreSQL database for one test, dropped afterwards."""
    name = f"dd_test_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    engine = make_engine(_pg_url(name))
    database = Database(engine, make_session_factory(engine))
    yield database
    database.close()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(autouse=True, scope="session")
def _workstation_settings_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """QSettings (per-workstation choices) never touch the real user's configuration."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture(autouse=True)
def _unsaved_work_is_discarded_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with typed work asks 保存/放弃/取消 in a modal box; tests answer
    放弃 unless they replace the question themselves (tests/ui/test_unsaved.py)."""
    from desktop.ui import unsaved

    monkeypatch.setattr(
        unsaved, "ask_unsaved", lambda parent, question: unsaved.UnsavedChoice.DISCARD
    )


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with the smallest cost the algorithm allows: the same hashes, verification and
    rehashing, without 64 MiB and three passes for every password a test sets (the suite
    sets hundreds). Processes a test starts hash with the program's own parameters
    (tests/services/test_users.py checks them)."""
    from argon2 import PasswordHasher

    from desktop.services import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
