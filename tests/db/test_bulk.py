"""Bulk inserts store what SQLAlchemy's own insert stores, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    Table,
    create_engine,
    insert,
    select,
    text,
)

from db.bulk import BulkInsert
from db.models import Application, ApplicationEvent
from desktop.services.database import Database

NOW = dt.datetime(2026, 3, 2, 1, 2, 3, 456789, tzinfo=dt.UTC)
APPLICATIONS = cast(Table, Application.__table__)
EVENTS = cast(Table, ApplicationEvent.__table__)


def _application(serial: str) -> dict[str, Any]:
    return {
        "serial": serial,
        "serial_year": 2026,
        "serial_number": int(serial[-3:]),
        "channel": "post",
        "letter_kind": None,
        "arrived_on": dt.date(2026, 3, 1),
        "received_on": dt.date(2026, 3, 2),
        "applicant_type": "natural_person",
        "applicant_name": "张三",
        "applicant_sort_key": "zhang1 san1",
        "phone": "",
        "content": "申请公开 2025 年预算；含 'quotes' 与 %s",
        "notes": "",
        "state": "replied",
        "due_on": dt.date(2026, 3, 23),
        "due_provisional": False,
        "closed_on": dt.date(2026, 3, 20),
        "outcome": "disclosed",
        "on_time": True,
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
    }


def _event(application_id: int) -> dict[str, Any]:
    return {
        "application_id": application_id,
        "kind": "reply",
        "occurred_on": dt.date(2026, 3, 20),
        "data": {"outcome": "disclosed", "note": "已答复", "days": 20, "ok": True},
        "recorded_by": "导入",
        "recorded_at": NOW,
        "void_reason": "",
    }


def _stored(connection: Connection, table: Table, where: str) -> dict[str, Any]:
    """A row as the database holds it (text as stored, not as SQLAlchemy reads it back)."""
    names = ", ".join(f"CAST({c.name} AS TEXT) AS {c.name}" for c in table.c if c.name != "id")
    row = connection.execute(text(f"SELECT {names} FROM {table.name} WHERE {where}")).one()
    return dict(row._mapping)


def _compare(connection: Connection) -> None:
    connection.execute(insert(APPLICATIONS), [_application("ORM-001")])
    columns = list(_application("X-000"))
    BulkInsert(connection, APPLICATIONS, columns)([list(_application("BLK-002").values())])
    orm, bulk = (
        _stored(connection, APPLICATIONS, f"serial = '{serial}'")
        for serial in ("ORM-001", "BLK-002")
    )
    assert {k: v for k, v in orm.items() if not k.startswith("serial")} == {
        k: v for k, v in bulk.items() if not k.startswith("serial")
    }
    query = select(APPLICATIONS.c.serial, APPLICATIONS.c.id)
    ids: dict[str, int] = dict(connection.execute(query).all())
    connection.execute(insert(EVENTS), [_event(ids["ORM-001"])])
    event_columns = list(_event(0))
    BulkInsert(connection, EVENTS, event_columns)([list(_event(ids["BLK-002"]).values())])
    orm_event, bulk_event = (
        _stored(connection, EVENTS, f"application_id = {ids[serial]}")
        for serial in ("ORM-001", "BLK-002")
    )
    assert {**orm_event, "application_id": 0} == {**bulk_event, "application_id": 0}
    read = connection.execute(
        select(EVENTS.c.data, EVENTS.c.recorded_at).where(EVENTS.c.application_id == ids["BLK-002"])
    ).one()
    assert read.data == _event(0)["data"]
    assert read.recorded_at == NOW


def test_bulk_rows_are_stored_as_sqlalchemy_stores_them_on_sqlite(database: Database) -> None:
    with database.engine.begin() as connection:
        _compare(connection)


def test_ids_come_from_the_database_in_order(database: Database) -> None:
    with database.engine.begin() as connection:
        columns = list(_application("X-000"))
        rows = [list(_application(f"B-{i:03d}").values()) for i in range(1, 4)]
        assert BulkInsert(connection, APPLICATIONS, columns)(rows) == 3
        ids = [i for (i,) in connection.execute(select(APPLICATIONS.c.id).order_by("id"))]
    assert len(set(ids)) == 3


def test_a_row_of_the_wrong_width_is_refused_before_anything_is_written(
    database: Database,
) -> None:
    with database.engine.begin() as connection:
        insert_rows = BulkInsert(connection, APPLICATIONS, list(_application("X-000")))
        good = list(_application("B-001").values())
        with pytest.raises(ValueError, match="values for"):
            insert_rows([good, good[:-1]])
        count = connection.execute(text("SELECT count(*) FROM application")).scalar()
    assert count == 0


@pytest.mark.postgres
def test_bulk_rows_are_stored_as_sqlalchemy_stores_them_on_postgres(
    pg_database: Database,
) -> None:
    with pg_database.engine.begin() as connection:
        _compare(connection)


def test_rows_as_mappings_must_name_exactly_the_columns(database: Database) -> None:
    with database.engine.begin() as connection:
        insert_rows = BulkInsert(connection, APPLICATIONS, list(_application("X-000")))
        assert insert_rows.mappings([_application("M-001")]) == 1
        with pytest.raises(ValueError, match="do not match"):
            insert_rows.mappings([{**_application("M-002"), "phone_number": ""}])
        count = connection.execute(text("SELECT count(*) FROM application")).scalar()
    assert count == 1


def test_values_equal_but_not_alike_are_each_processed() -> None:
    """One instant in two time zones, True and 1, -0.0 and 0.0: each stored as itself."""
    metadata = MetaData()
    table = Table(
        "sample",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime),
        Column("flag", Boolean),
        Column("amount", Numeric(asdecimal=False)),
    )
    beijing = dt.timezone(dt.timedelta(hours=8))
    rows = [
        (dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC), True, 0.0),
        (dt.datetime(2026, 3, 2, 9, 0, tzinfo=beijing), 1, -0.0),
    ]
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(table), [dict(zip(("at", "flag", "amount"), r, strict=True)) for r in rows]
        )
        BulkInsert(connection, table, ["at", "flag", "amount"])(rows)
        assert BulkInsert(connection, table, ["flag"])([(False,)]) == 1  # one column
        stored = connection.execute(
            text("SELECT at, flag, CAST(amount AS TEXT) FROM sample ORDER BY id")
        ).all()
    assert stored[:2] == stored[2:4]
    assert stored[4] == (None, 0, None)
    assert stored[0][0] != stored[1][0]  # SQLite's DateTime keeps each wall time


def test_json_objects_alike_are_processed_once_and_different_ones_each() -> None:
    """True and 1, 1.0 and 1, the order of keys, nested values: each object stored as itself."""
    metadata = MetaData()
    table = Table("sample", metadata, Column("id", Integer, primary_key=True), Column("data", JSON))
    objects: list[Any] = [
        {"method": "邮寄"},
        {"flag": True},
        {"flag": 1},
        {"flag": 1.0},
        {"a": 1, "b": 2},
        {"b": 2, "a": 1},
        {"nested": {"flag": True}},
        {"nested": {"flag": 1}},
        {"list": [1, 2]},
        {},
        {"method": "邮寄"},
        {},
    ]
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(table), [{"data": o} for o in objects])
        calls = []
        bulk = BulkInsert(connection, table, ["data"])
        index, process = bulk.processed[0]

        def counted(value: Any) -> Any:
            calls.append(value)
            return process(value)

        bulk.processed[0] = (index, counted)
        bulk([(o,) for o in objects])
        stored = connection.execute(text("SELECT data FROM sample ORDER BY id")).scalars().all()
    assert stored[: len(objects)] == stored[len(objects) :]
    assert stored[1:4] == ['{"flag": true}', '{"flag": 1}', '{"flag": 1.0}']
    assert len(calls) == len(objects) - 2  # the repeated {"method": "邮寄"} and {}
