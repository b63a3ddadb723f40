"""Migrations are part of the product: they build exactly the models' schema."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from enum import StrEnum
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.exc import IntegrityError, StatementError

from db import migrate, models
from db.engine import make_engine
from db.models import Base, Setting
from desktop.core import vocab
from desktop.core.annual import Part
from desktop.core.applications import ApplicationInput
from desktop.core.roles import Role
from desktop.core.vocab import ApplicantType, Channel
from desktop.services.applications import register_application
from desktop.services.database import open_database
from desktop.services.publication import ReportKind


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


RELEASE_0_1_0 = Path(__file__).with_name("fixtures") / "release-0.1.0.sqlite3"


def _release_copy(tmp_path: Path) -> Path:
    """A writable copy of the database written by release 0.1.0 (revision 0001)."""
    copy = tmp_path / "release.sqlite3"
    shutil.copyfile(RELEASE_0_1_0, copy)
    return copy


def _every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def test_the_release_database_upgrades_without_loss(tmp_path: Path) -> None:
    path = _release_copy(tmp_path)
    before = _every_row(path)
    assert len(before["application"]) == 120
    engine = make_engine(str(path))
    assert migrate.current_revision(engine) == "0001"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision() != "0001"
    indexes = {i["name"] for i in inspect(engine).get_indexes("application")}
    assert {"ix_application_category_id", "ix_application_department_id"} <= indexes
    engine.dispose()
    after = _every_row(path)
    assert after.pop("alembic_version") != before.pop("alembic_version")
    # New tables may follow, and new columns (added at the end of their table's rows).
    kept = {
        table: sorted((tuple(row)[: len(before[table][0])] for row in after[table]), key=repr)
        if before[table]
        else after[table]
        for table in before
    }
    assert kept == {
        table: sorted((tuple(row) for row in rows), key=repr) for table, rows in before.items()
    }


def test_every_enumerated_column_is_checked_by_the_database(tmp_path: Path) -> None:
    path = _release_copy(tmp_path)
    engine = make_engine(str(path))
    migrate.upgrade(engine)
    checks = [
        (table.name, constraint)
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    ]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO report_snapshot (kind, period_start, period_end, figures, "
                "published_at, published_by) VALUES ('annual', '2025-01-01', '2025-12-31', "
                "'{}', '2026-01-10 00:00:00', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO annual_report_part (year, part, text, updated_at, updated_by) "
                "VALUES (2025, 'overview', '', '2026-01-10 00:00:00', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO user_account (name, role, password_hash, active, failed_logins, "
                "created_at) VALUES ('admin', 'admin', '', 1, 0, '2026-01-10 00:00:00')"
            )
        )
    refused = set()
    for table, constraint in checks:
        column = str(constraint.name).removeprefix(f"ck_{table}_")
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(f"UPDATE {table} SET {column} = 'bogus'"))
        refused.add(f"{table}.{column}")
    engine.dispose()
    assert refused >= {
        "application.channel",
        "application.letter_kind",
        "application.applicant_type",
        "application.preferred_form",
        "application.preferred_delivery",
        "application.state",
        "application.outcome",
        "application_event.kind",
        "appeal.kind",
        "appeal.outcome",
        "calendar_day.kind",
        "calendar_day.source",
        "calendar_year.source",
        "report_snapshot.kind",
        "annual_report_part.part",
        "user_account.role",
    }


@pytest.mark.parametrize(
    ("codes", "enum"),
    [
        (models.CHANNELS, vocab.Channel),
        (models.LETTER_KINDS, vocab.LetterKind),
        (models.APPLICANT_TYPES, vocab.ApplicantType),
        (models.PREFERRED_FORMS[1:], vocab.PreferredForm),
        (models.DELIVERY_METHODS[1:], vocab.DeliveryMethod),
        (models.STATES, vocab.State),
        (models.OUTCOMES, vocab.Outcome),
        (models.EVENT_KINDS, vocab.EventKind),
        (models.APPEAL_KINDS, vocab.AppealKind),
        (models.APPEAL_OUTCOMES, vocab.AppealOutcome),
        (models.REPORT_KINDS, ReportKind),
        (models.ANNUAL_PARTS, Part),
        (models.ROLES, Role),
    ],
)
def test_checked_codes_are_the_vocabulary(codes: tuple[str, ...], enum: type[StrEnum]) -> None:
    assert set(codes) == {member.value for member in enum}


_KILL_AFTER_TWO_TABLES = """
import contextlib, os, signal, sys
from alembic.operations import Operations
from db import migrate
from db.engine import make_engine

original = Operations.batch_alter_table
rebuilt = []

@contextlib.contextmanager
def batch_then_die(self, *args, **kwargs):
    with original(self, *args, **kwargs) as batch:
        yield batch
    rebuilt.append(args[0])
    if len(rebuilt) == 2:  # application and application_event rebuilt: killed now
        os.kill(os.getpid(), signal.SIGKILL)

Operations.batch_alter_table = batch_then_die
migrate.upgrade(make_engine(sys.argv[1]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_migration_killed_half_way_leaves_the_old_revision(tmp_path: Path) -> None:
    path = _release_copy(tmp_path)
    before = _every_row(path)
    root = Path(__file__).resolve().parents[2]
    killed = subprocess.run(
        [sys.executable, "-c", _KILL_AFTER_TWO_TABLES, str(path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    assert _every_row(path) == before  # nothing half-done, no leftover temporary table
    engine = make_engine(str(path))
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    database = open_database(str(path), create=False)  # openable, and upgraded now
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    database.close()
