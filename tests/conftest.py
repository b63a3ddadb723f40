"""Shared fixtures. Qt runs offscreen; set before any Qt import."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services.database import Database, open_database

#: A fixed "today" for tests that need one (a Friday with a full calendar).
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database with the shipped calendar loaded."""
    db = open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


@pytest.fixture(autouse=True, scope="session")
def _workstation_settings_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """QSettings (per-workstation choices) never touch the real user's configuration."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
