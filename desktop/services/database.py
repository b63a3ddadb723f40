"""The open database: engine, sessions, start-up work (migrations, seed data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import make_engine, make_session_factory


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


def open_database(url: str | None = None, *, first_admin: str | None = None) -> Database:
    """Open (creating or upgrading) the database and load the shipped reference data.

    A new database gets one administrator, ``first_admin`` (default: the OS login).
    """
    from desktop.services import applications as applications_service
    from desktop.services import calendar as calendar_service
    from desktop.services import calendar_admin, derived, users
    from desktop.services import settings as settings_service

    engine = make_engine(url)
    current = migrate.current_revision(engine)
    if current is not None and current != migrate.head_revision():
        from desktop.services import backup

        backup.before_migration(engine, current, today=dt.date.today())
    migrate.upgrade(engine)
    database = Database(engine, make_session_factory(engine))
    with database.session() as session:
        settings_service.seed_defaults(session)
        users.ensure_first_admin(session, first_admin or users.os_login())
        applications_service.fill_sort_keys(session)
        written = calendar_service.merge_shipped_calendar(session)
        if written:  # newer shipped holidays: cached deadlines must follow
            since = dt.date(min(written), 1, 1)
            calendar_admin.recompute_after_calendar_change(session, {}, since=since)
        derived.refresh_for_rules(session)  # rules changed since the cache was written
    return database
