"""The cached derived columns follow the rules version: recomputed once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update

from db.models import Application, Setting
from desktop.core.deadlines import RULES_VERSION
from desktop.core.vocab import EventKind
from desktop.services.database import Database, open_database
from desktop.services.derived import RULES_VERSION_KEY, refresh_for_rules, stored_rules_version
from tests.services.test_dashboard import D, Event, add_application, correction

#: Received 2026-11-02: a correction notice sent on 11-12 is late (due 11-11); under rules
#: version 1 the corrected application of 11-16 restarted the clock (due 12-14); now the
#: reply stays due on 11-30.
OLD_DUE, NEW_DUE = D("2026-12-14"), D("2026-11-30")


def _as_written_by_version_1(database: Database) -> int:
    """An application with a late notice, cached as the first release cached it."""
    with database.session() as session:
        app_id = add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
        session.execute(update(Application).values(due_on=OLD_DUE))
        stored = session.get(Setting, RULES_VERSION_KEY)
        if stored is not None:
            session.delete(stored)
    return app_id


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'rules.sqlite3'}"


def test_a_new_database_records_the_current_version(database: Database) -> None:
    with database.session() as session:
        assert stored_rules_version(session) == RULES_VERSION


def test_an_older_cache_is_recomputed_at_open(url: str) -> None:
    database = open_database(url)
    app_id = _as_written_by_version_1(database)
    with database.session() as session:
        untouched = add_application(session, "2026-11-02")
        assert stored_rules_version(session) == 1
        assert session.get(Application, app_id).due_on == OLD_DUE  # type: ignore[union-attr]
    database.close()
    reopened = open_database(url)
    with reopened.session() as session:
        assert session.get(Application, app_id).due_on == NEW_DUE  # type: ignore[union-attr]
        assert session.get(Application, untouched).due_on == NEW_DUE  # type: ignore[union-attr]
        assert stored_rules_version(session) == RULES_VERSION
    reopened.close()


def test_only_the_affected_applications_are_read(database: Database) -> None:
    _as_written_by_version_1(database)
    with database.session() as session:
        add_application(session, "2026-11-02")  # no correction notice: not affected
        session.execute(update(Application).values(due_on=OLD_DUE))
    with database.session() as session:
        changed = refresh_for_rules(session)
        dues = sorted(a.due_on for a in session.query(Application))  # type: ignore[type-var]
    assert changed == 1
    assert dues == [NEW_DUE, OLD_DUE]  # the unaffected cache was not read or rewritten


def test_a_current_cache_does_no_work(database: Database) -> None:
    with database.session() as session:
        add_application(session, "2026-11-02", correction("2026-11-12", "2026-11-16"))
    seen: list[str] = []

    def listen(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", listen)
    try:
        with database.session() as session:
            assert refresh_for_rules(session) is None
    finally:
        event.remove(database.engine, "before_cursor_execute", listen)
    assert len(seen) == 1  # the stored version, read once
    assert "setting" in seen[0]


def test_a_newer_version_is_left_alone(database: Database) -> None:
    with database.session() as session:
        session.get(Setting, RULES_VERSION_KEY).value = RULES_VERSION + 1  # type: ignore[union-attr]
    with database.session() as session:
        assert refresh_for_rules(session) is None
        assert stored_rules_version(session) == RULES_VERSION + 1


#: Received 2026-11-25; a consultation sent 12-21 and answered 12-22 excludes one day: the
#: reply is due on 2026-12-24 (loaded year). Only the consultation's own 15-day limit,
#: 2027-01-12, depends on 2027: the cached due date carries no provisional mark.
CONSULTED: tuple[Event, ...] = (
    (EventKind.CONSULTATION_SENT, "2026-12-21", {"party": "third_party", "party_name": "某公司"}),
    (EventKind.CONSULTATION_REPLIED, "2026-12-22", {}),
)


def test_cached_mark_is_that_of_the_due_date_itself(database: Database) -> None:
    with database.session() as session:
        app_id = add_application(session, "2026-11-25", CONSULTED)
        row = session.get(Application, app_id)
        assert row is not None
        assert (row.due_on, row.due_provisional) == (D("2026-12-24"), False)
        session.execute(update(Application).values(due_provisional=True))  # as version 1 did
        session.get(Setting, RULES_VERSION_KEY).value = 1  # type: ignore[union-attr]
    with database.session() as session:
        assert refresh_for_rules(session) == 1
        assert session.get(Application, app_id).due_provisional is False  # type: ignore[union-attr]
