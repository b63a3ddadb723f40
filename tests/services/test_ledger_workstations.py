"""Two workstations importing the same ledger at the same moment: it lands once.

The duplicate check and the inserts run in one transaction holding the
database's write lock (``db.engine.write_lock``), on SQLite and on PostgreSQL
(the server scripts/test.sh starts; ``DISCLOSURE_DESK_TEST_PG_URL``).
"""

from __future__ import annotations

import csv
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db.models import Application
from desktop.core.ledger import LEDGER_HEADERS
from desktop.services.database import Database
from desktop.services.ledger import ImportFailed, ImportResult, import_ledger
from tests.conftest import TODAY

ROWS = 300
WORKSTATIONS = 3


def _ledger(path: Path) -> Path:
    """Applications without 编号 (numbered on import: nothing else stops a second copy)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, LEDGER_HEADERS)
        writer.writeheader()
        for i in range(ROWS):
            writer.writerow(
                {
                    "收到日期": f"2026-03-{1 + i % 28:02d}",
                    "申请渠道": "网上申请",
                    "申请人类型": "自然人",
                    "申请人": f"申请人{i}",
                    "申请内容": f"申请公开第{i}项",
                }
            )
    return path


def _import_at_once(database: Database, path: Path) -> list[ImportResult]:
    start = threading.Barrier(WORKSTATIONS)

    def workstation(_: int) -> ImportResult:
        start.wait()
        with database.session() as session:
            return import_ledger(session, path=path, today=TODAY)

    with ThreadPoolExecutor(max_workers=WORKSTATIONS) as pool:
        return list(pool.map(workstation, range(WORKSTATIONS)))


def _lands_once(database: Database, results: list[ImportResult]) -> None:
    assert sorted(r.imported for r in results) == [0] * (WORKSTATIONS - 1) + [ROWS]
    for refused in (r for r in results if not r.imported):
        assert len(refused.problems) == ROWS
        assert all("台账中已有的申请" in p.message for p in refused.problems)
    with database.session() as session:
        assert session.scalar(select(func.count(Application.id))) == ROWS


def test_simultaneous_imports_land_once_on_sqlite(database: Database, tmp_path: Path) -> None:
    path = _ledger(tmp_path / "ledger.csv")
    _lands_once(database, _import_at_once(database, path))


def test_a_database_error_is_one_chinese_line_without_data(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the driver says (statement, parameters: names) never reaches the clerk."""
    from desktop.services import ledger as ledger_service

    def refuse(*_: object, **__: object) -> None:
        raise IntegrityError("INSERT INTO application ... ('申请人0', ...)", {}, Exception("x"))

    monkeypatch.setattr(ledger_service, "_write", refuse)
    path = _ledger(tmp_path / "ledger.csv")
    with pytest.raises(ImportFailed) as caught, database.session() as session:
        import_ledger(session, path=path, today=TODAY)
    message = str(caught.value)
    assert "未导入任何申请" in message
    assert "申请人0" not in message
    assert "INSERT" not in message
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


@pytest.mark.postgres
def test_simultaneous_imports_land_once_on_postgres(pg_database: Database, tmp_path: Path) -> None:
    path = _ledger(tmp_path / "ledger.csv")
    _lands_once(pg_database, _import_at_once(pg_database, path))
