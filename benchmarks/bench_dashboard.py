"""Benchmark of the supervisor's dashboard on 100,000 applications (issue 4).

Times, offscreen: opening the dashboard (services + widget construction), a
refresh after an edit (a reply recorded through the events service, then the
bus signal), switching to the longest list, and the alert check::

    .venv/bin/python -m benchmarks.bench_dashboard [--db /tmp/f.sqlite3] [--requests 100000]

The database is built with the demo generator when the file does not exist.
Targets: open < 1 s, refresh after an edit < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Application
from desktop.app import workstation_actor
from desktop.core.vocab import DeliveryMethod, Outcome, State
from desktop.services.alerts import collect_alerts
from desktop.services.dashboard import ListKey
from desktop.services.database import Database, open_database
from desktop.services.demo import generate_demo
from desktop.services.events import record_reply
from desktop.services.operations import Changes
from desktop.ui.bus import DataBus
from desktop.ui.dashboard import DashboardWidget
from desktop.ui.operations import Operations

TODAY = dt.date(2026, 11, 27)


def runner(database: Database) -> Operations:
    """The operation runner as this workstation's user (what the app builds)."""
    return Operations(database, workstation_actor(database), DataBus())


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> float:
    """Median of ``repeat`` runs, printed in milliseconds."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    median = statistics.median(runs)
    print(f"  {label:<48} median {median * 1000:7.1f} ms   worst {max(runs) * 1000:7.1f} ms")
    return median


def ensure_demo(path: Path, requests: int) -> Database:
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        count = session.query(Application.id).count()
        if count == 0:
            print(f"building a demo database of {requests} applications …", flush=True)
            generate_demo(session, requests=requests, seed=1, today=TODAY)
    with database.session() as session:
        print(f"{path}: {session.query(Application.id).count()} applications")
    return database


def open_ids(database: Database, n: int) -> list[int]:
    with database.session() as session:
        query = (
            select(Application.id)
            .where(Application.state == State.OPEN.value, Application.due_on.is_not(None))
            .order_by(Application.id)
            .limit(n)
        )
        return list(session.scalars(query))


def reply_to(database: Database, application_id: int) -> None:
    with database.session() as session:
        record_reply(
            session,
            application_id=application_id,
            on=TODAY,
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.ELECTRONIC,
            today=TODAY,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/f.sqlite3"))
    parser.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    database = ensure_demo(args.db, args.requests)
    widgets: list[DashboardWidget] = []

    def open_dashboard() -> None:
        for old in widgets:  # only one dashboard listens at a time
            old.close()
            old.deleteLater()
        widget = DashboardWidget(runner(database), lambda: TODAY)
        widget.resize(1366, 820)
        widget.show()
        app.processEvents()  # first paint, charts included
        widgets.append(widget)

    print("dashboard (offscreen):")
    opened = timed("open: services + widget + first paint", open_dashboard)
    widget = widgets[-1]
    edits = iter(open_ids(database, 10))

    def edit_and_refresh() -> None:
        application_id = next(edits)
        reply_to(database, application_id)
        widget.bus.changed.emit(Changes.of_applications([application_id]))
        widget.refresh()  # what the debounce timer runs (without its 150 ms wait)
        app.processEvents()

    refreshed = timed("refresh after an edit (record reply + reload)", edit_and_refresh)

    def refresh_only() -> None:
        widget.refresh()
        app.processEvents()

    timed("refresh only", refresh_only)
    timed(
        "show the longest list (replies this year)",
        lambda: widget.show_list(ListKey.REPLIED_YEAR),
        repeat=3,
    )
    widget.show_list(ListKey.OVERDUE)

    def alerts() -> None:
        with database.session() as session:
            collect_alerts(session, today=TODAY)

    timed("alert check (collect_alerts)", alerts)
    verdict = "OK" if opened < 1.0 and refreshed < 0.3 else "TOO SLOW"
    print(f"targets: open < 1000 ms, refresh < 300 ms: {verdict}")
    for made in widgets:
        made.close()
    database.close()


if __name__ == "__main__":
    main()
