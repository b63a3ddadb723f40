"""Inserting many rows at once, at the driver's speed (a ledger import writes 500,000).

``connection.execute(insert(table), [dict, ...])`` builds and processes every
row's parameters in Python, one by one: for a 100,000-row import that took as
long as SQLite's own work. Here the statement is compiled once for the
connection's dialect, each column's bind processor (dates, JSON, time zones) is
applied only where the type has one, and the rows go to the driver's
``executemany`` through ``Connection.exec_driver_sql``. The values stored are
those SQLAlchemy would store (``tests/db/test_bulk.py`` compares them on SQLite
and PostgreSQL). Ids still come from the database.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

#: A column's value as the driver takes it.
Processor = Callable[[Any], Any]


class BulkInsert:
    """``INSERT INTO table (columns…)``, compiled once for one connection's dialect."""

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str]) -> None:
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        self.connection, self.sql = connection, compiled.string
        self.columns, self.width = tuple(columns), len(columns)
        # Columns left out that have a constant Python default get it, as insert() gives it.
        columns = [*columns, *_defaulted(table, compiled.binds.keys() - set(columns))]
        self.defaults = [_constant_default(table, name) for name in columns[self.width :]]
        processors: list[Processor | None] = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
        ]
        self.processed = [(i, p) for i, p in enumerate(processors) if p is not None]
        index = {name: i for i, name in enumerate(columns)}
        if compiled.positional:
            order = [index[name] for name in compiled.positiontup or ()]
            pick = operator.itemgetter(*order, *order)  # a tuple even for one column
            self.shape: Callable[[list[Any]], Any] = lambda row: pick(row)[: len(order)]
        else:
            names = list(index.items())
            self.shape = lambda row: {name: row[i] for name, i in names}

    def __call__(self, rows: Iterable[Sequence[Any]]) -> int:
        """Insert ``rows`` (values in the order of the columns given); returns their count."""
        ready = []
        width, defaults, shape = self.width, self.defaults, self.shape
        # What each processor gave for each value: the rows of one import repeat their moment
        # of writing (created_at, recorded_at), a few thousand dates and, in the events' JSON
        # data, a few dozen objects.
        seen: list[dict[Any, Any]] = [{} for _ in self.processed]
        for values in rows:
            if len(values) != width:
                raise ValueError(f"{len(values)} values for {width} columns")
            row = [*values, *defaults]
            for n, (i, process) in enumerate(self.processed):
                value = row[i]
                kind = type(value)
                key: tuple[Any, ...] | None = None
                if kind in _IMMUTABLE:
                    # Equal is not enough: True == 1, and one instant in two time zones.
                    key = (kind, value, getattr(value, "tzinfo", None))
                elif kind is dict:
                    key = _flat_dict_key(value)
                if key is None:
                    row[i] = process(value)
                    continue
                known = seen[n]
                result = known.get(key, _NOTHING)
                if result is _NOTHING:
                    result = known[key] = process(value)
                    if len(known) > _SEEN_LIMIT:
                        known.clear()
                row[i] = result
            ready.append(shape(row))
        if ready:
            self.connection.exec_driver_sql(self.sql, ready)
        return len(ready)

    def mappings(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows given as mappings from column name to value (extra keys refused)."""
        columns = set(self.columns)
        ordered = []
        for row in rows:
            if row.keys() != columns:
                raise ValueError(f"columns {sorted(row.keys() ^ columns)} do not match")
            ordered.append([row[name] for name in self.columns])
        return self(ordered)


#: Values whose processed form can be remembered: of one type (and time zone), equal values
#: give equal results. Not floats or decimals: 0.0 == -0.0 and Decimal("1.0") == Decimal("1").
_IMMUTABLE = frozenset({str, int, bool, dt.date, dt.datetime, dt.time})
_SEEN_LIMIT = 65_536
_NOTHING = object()


#: The values of a JSON object remembered by :func:`_flat_dict_key` (not floats, as above).
_FLAT_JSON = frozenset({str, int, bool, type(None)})


def _flat_dict_key(value: dict[Any, Any]) -> tuple[Any, ...] | None:
    """A key that only an alike dict has (same keys in the same order, values of the same
    types), or None when a value is nested or a float."""
    items = tuple((name, type(item), item) for name, item in value.items())
    for name, kind, _ in items:
        if type(name) is not str or kind not in _FLAT_JSON:
            return None
    return (dict, items)


def _defaulted(table: Table, names: Iterable[str]) -> list[str]:
    return sorted(name for name in names if name in table.c)


def _constant_default(table: Table, name: str) -> Any:
    default = table.c[name].default
    if default is None or not getattr(default, "is_scalar", False):
        raise ValueError(f"no value given for {table.name}.{name}, which has no constant default")
    return getattr(default, "arg", None)
