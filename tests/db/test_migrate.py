"""Start-up on a current database answers "nothing to migrate" without Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from db import migrate
from db.engine import make_engine
from tests.conftest import fresh_python


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert migrate.scripted_head() is not None
    assert migrate.scripted_head() == migrate.alembic_head()


def test_only_a_database_at_the_head_is_current(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    assert not migrate.is_current(engine)  # new: no version table
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    assert migrate.current_revision(engine) == migrate.alembic_head()
    with engine.begin() as connection:  # an older (or unknown) revision
        connection.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert not migrate.is_current(engine)
    with engine.connect() as connection:
        command.stamp(migrate.alembic_config(connection), "head", purge=True)
        connection.commit()
    assert migrate.is_current(engine)
    engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    code = (
        "import sys\n"
        "from desktop.services.database import open_database\n"
        f"database = open_database({url!r}, create=False)\n"
        "database.close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'pypinyin'}))\n"
    )
    out = fresh_python(code)
    assert out.strip() == "[]"
