"""UI fixtures: the operation runner every widget is built with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.roles import Role
from desktop.services.database import Database
from desktop.services.users import Actor, os_login
from desktop.ui.bus import DataBus
from desktop.ui.operations import Operations


def make_ops(database: Database, role: Role = Role.ADMIN, name: str = "") -> Operations:
    """A runner acting as ``name`` (default: the OS login, the first administrator)."""
    return Operations(database, Actor(name or os_login(), role, "test-workstation"), DataBus())


@pytest.fixture
def ops(database: Database, qapp: object) -> Iterator[Operations]:
    """The runner as the database's first administrator (the OS login), on a fresh bus."""
    runner = make_ops(database)
    yield runner
    runner.wait()
    assert runner.unexpected == [], "a programming error reached the runner"
