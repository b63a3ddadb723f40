"""Alembic configured in code, migrations inside the package.

``upgrade(engine)`` runs at every start-up, so an old database file is brought
up to date and never lost; it also works from a frozen (PyInstaller) app
because nothing is read from an ``alembic.ini``.

Every pending migration runs in ONE transaction that holds the database's write
lock (SQLite ``BEGIN IMMEDIATE``; a PostgreSQL advisory lock): processes opening a
new database at the same moment create it once, one after the other, and a
migration killed half-way leaves the database as it was, on its old revision.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from db.engine import MIGRATION_LOCK, begin_exclusive

MIGRATIONS = Path(__file__).with_name("migrations")


class MigrationFailed(RuntimeError):
    """The migrations left inconsistent data behind; nothing was committed."""


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    script = ScriptDirectory.from_config(alembic_config_for_scripts())
    return script.get_current_head()


def known_revisions() -> set[str]:
    """Every revision this program knows (a backup from another version is refused)."""
    script = ScriptDirectory.from_config(alembic_config_for_scripts())
    return {revision.revision for revision in script.walk_revisions()}


def alembic_config_for_scripts() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database at ``engine`` to ``revision`` (no-op when already there)."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations rebuild tables: dropping the old table must not cascade
            # to the rows that refer to it. (Only settable outside a transaction.)
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            begin_exclusive(connection, MIGRATION_LOCK)
            # Alembic looks at the revision again under the lock: a database another
            # process has just brought up to date is left alone.
            command.upgrade(alembic_config(connection), revision)
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise MigrationFailed("foreign keys broken by a migration")
            connection.commit()
        finally:
            connection.rollback()
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
