"""Persistence: SQLAlchemy 2 models, engine factory and in-code Alembic migrations.

Never imports ``desktop``: the application depends on the database layer, not
the other way round. Enum columns store the plain string codes of
``desktop.core.vocab``; the services translate.
"""
