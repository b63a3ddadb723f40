"""Migrations are part of the product: they build exactly the models' schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import StatementError

from db import migrate
from db.engine import make_engine
from db.models import Base, Setting
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import register_application
from desktop.services.database import open_database


def test_migrated_schema_equals_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    engine.dispose()


def test_upgrade_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keep.sqlite3'}"
    database = open_database(url)
    with database.session() as session:
        register_application(
            session,
            data=ApplicationInput(
                channel=Channel.ONLINE,
                received_on=dt.date(2026, 3, 2),
                applicant_type=ApplicantType.NATURAL_PERSON,
                applicant_name="张三",
                content="某路段改造工程的招标文件",
            ),
            today=dt.date(2026, 3, 3),
        )
    database.close()
    reopened = open_database(url)
    with reopened.engine.connect() as connection:
        names = connection.execute(text("SELECT applicant_name FROM application")).scalars()
        assert list(names) == ["张三"]
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    reopened.close()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "bare-path.sqlite3"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    migrate.upgrade(engine)
    assert "application" in inspect(engine).get_table_names()
    engine.dispose()


def test_timestamps_come_back_aware_and_naive_ones_are_refused(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'tz.sqlite3'}")
    moment = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with database.session() as session:
        session.add(Setting(key="probe", value=1, updated_at=moment))
    with database.session() as session:
        stored = session.get(Setting, "probe")
        assert stored is not None
        assert stored.updated_at == moment
        assert stored.updated_at.utcoffset() == dt.timedelta(0)
    with pytest.raises(StatementError, match="naive"), database.session() as session:
        session.add(Setting(key="naive", value=1, updated_at=dt.datetime(2026, 11, 27, 9, 30)))
    database.close()
