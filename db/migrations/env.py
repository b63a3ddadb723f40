"""Alembic environment: the connection comes from ``db.migrate`` (no alembic.ini).

``db.migrate.upgrade`` has already begun the transaction and taken the write lock;
every migration runs inside it (transactional DDL, also on SQLite), and only
``db.migrate`` commits.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):  # pragma: no cover - misuse guard
    raise RuntimeError("db.migrate must pass the connection in config.attributes['connection']")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
    render_as_batch=True,
    compare_type=True,
    transactional_ddl=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
