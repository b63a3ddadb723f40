"""Start-up on a current database answers "nothing to migrate" without Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from db import migrate
from db.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert migrate.scripted_head() is not None
    assert migrate.scripted_head() == migrate.head_revision()


def test_only_a_database_at_the_head_is_current(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    assert not migrate.is_current(engine)  # new: no version table
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    with engine.begin() as connection:  # an older (or unknown) revision
        connection.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert not migrate.is_current(engine)
    command.stamp(migrate.alembic_config(engine), "head", purge=True)
    assert migrate.is_current(engine)
    command.stamp(migrate.alembic_config(engine), "base", purge=True)
    assert migrate.stored_revisions(engine) == set()
    assert not migrate.is_current(engine)
    engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(database_file: Path) -> None:
    code = (
        "import sys\n"
        "from db import migrate\n"
        "from db.engine import make_engine\n"
        f"engine = make_engine({str(database_file)!r})\n"
        "migrate.upgrade(engine)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
