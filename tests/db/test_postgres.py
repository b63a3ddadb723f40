"""The same schema and serial allocation on PostgreSQL (several workstations, one database).

Runs when ``DISCLOSURE_DESK_TEST_PG_URL`` names a server (scripts/test.sh starts one).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from db.models import Base
from desktop.services.applications import allocate_serial_number
from desktop.services.database import Database
from tests.conftest import PG_URL

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="DISCLOSURE_DESK_TEST_PG_URL not set"),
]


def test_migrations_match_models_on_postgres(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_serial_numbers_are_unique_under_concurrency(pg_database: Database) -> None:
    def take() -> int:
        with pg_database.session() as session:
            return allocate_serial_number(session, 2026)

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(lambda _: take(), range(40)))
    assert sorted(numbers) == list(range(1, 41))


def test_demo_and_calendar_on_postgres(pg_database: Database) -> None:
    from desktop.services.demo import generate_demo

    with pg_database.session() as session:
        summary = generate_demo(session, requests=200, seed=3, today=dt.date(2026, 11, 27))
    assert summary.applications == 200
    with pg_database.engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM application")).scalar()
    assert count == 200


def test_an_application_can_be_saved_after_a_demo(pg_database: Database) -> None:
    """The demo lets the database number its rows: the sequence stays ahead of them."""
    from desktop.core.applications import ApplicationInput
    from desktop.core.vocab import ApplicantType, Channel
    from desktop.services.applications import register_application
    from desktop.services.demo import generate_demo

    with pg_database.session() as session:
        generate_demo(session, requests=120, seed=3, today=dt.date(2026, 11, 27))
    with pg_database.session() as session:
        registered = register_application(
            session,
            data=ApplicationInput(
                channel=Channel.ONLINE,
                received_on=dt.date(2026, 11, 26),
                applicant_type=ApplicantType.NATURAL_PERSON,
                applicant_name="张三",
                content="某路段改造工程的招标文件",
            ),
            today=dt.date(2026, 11, 27),
        )
    with pg_database.engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM application ORDER BY id")).scalars().all()
    assert len(ids) == 121
    assert registered.id == ids[-1]


def test_unknown_codes_are_refused_by_postgres(pg_database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with (
        pytest.raises(IntegrityError, match="ck_calendar_day_kind"),
        pg_database.engine.begin() as connection,
    ):
        connection.execute(text("UPDATE calendar_day SET kind = 'bogus'"))
    with pg_database.engine.connect() as connection:
        indexes = connection.execute(
            text("SELECT indexname FROM pg_indexes WHERE tablename = 'application'")
        ).scalars()
        assert {"ix_application_category_id", "ix_application_department_id"} <= set(indexes)


def test_document_numbers_are_unique_under_concurrency(pg_database: Database) -> None:
    from desktop.core.letters import DocumentKind
    from desktop.services.letters import allocate_document_number

    def take(index: int) -> tuple[str, int]:
        kind = DocumentKind.REPLY if index % 2 else DocumentKind.RECEIPT
        with pg_database.session() as session:
            return kind.value, allocate_document_number(session, kind, 2026)

    with ThreadPoolExecutor(max_workers=4) as pool:
        taken = list(pool.map(take, range(60)))
    for kind in ("reply", "receipt"):
        assert sorted(n for k, n in taken if k == kind) == list(range(1, 31))
