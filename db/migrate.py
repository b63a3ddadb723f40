"""Alembic configured in code, migrations inside the package.

``upgrade(engine)`` runs at every start-up, so an old database file is brought
up to date and never lost; it also works from a frozen (PyInstaller) app
because nothing is read from an ``alembic.ini``.

Start-up speed: a database already at the head is the common case, so
:func:`is_current` answers it without importing Alembic (about a third of the
start-up imports): the head is read from the migration scripts' ``revision`` /
``down_revision`` lines, the database's revision with one ``SELECT``. Alembic is
imported only to actually migrate.

Every pending migration runs in ONE transaction that holds the database's write
lock (SQLite ``BEGIN IMMEDIATE``; a PostgreSQL advisory lock): processes opening a
new database at the same moment create it once, one after the other, and a
migration killed half-way leaves the database as it was, on its old revision.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from db.engine import MIGRATION_LOCK, begin_exclusive

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


class MigrationFailed(RuntimeError):
    """The migrations left inconsistent data behind; nothing was committed."""


def alembic_config(connection: Connection) -> Config:
    config = alembic_config_for_scripts()
    config.attributes["connection"] = connection
    return config


def alembic_config_for_scripts() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def alembic_head() -> str | None:
    """The head revision, as Alembic computes it (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config_for_scripts()).get_current_head()


def head_revision() -> str | None:
    """The head of the shipped migrations: read from the scripts' source when it has one
    head (no Alembic import: start-up speed), else as Alembic computes it."""
    return scripted_head() or alembic_head()


def known_revisions() -> set[str]:
    """Every revision this program knows (a backup from another version is refused)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config_for_scripts())
    return {revision.revision for revision in script.walk_revisions()}


#: ``revision = "…"`` / ``down_revision: … = "…"`` lines of a migration script.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=]*=\s*(.+?)\s*$", re.MULTILINE)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    return []


def scripted_head() -> str | None:
    """The head revision read from the scripts' ``revision`` / ``down_revision`` lines;
    None when the history has no single head (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            try:
                found = _strings(ast.literal_eval(value))
            except (ValueError, SyntaxError):
                return None
            (revisions if name == "revision" else parents).update(found)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revisions(engine: Engine) -> set[str]:
    """The revisions recorded in the database (empty for a new one), by one query."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return set()
        return set(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for a new database); several heads are refused."""
    stored = stored_revisions(engine)
    if len(stored) > 1:
        raise MigrationFailed("the database records several revisions")
    return stored.pop() if stored else None


def is_current(engine: Engine) -> bool:
    """True when the database is at the head of the shipped migrations."""
    head = head_revision()
    return head is not None and stored_revisions(engine) == {head}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database at ``engine`` to ``revision`` (no-op when already there)."""
    if revision == "head" and is_current(engine):
        return
    from alembic import command

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
