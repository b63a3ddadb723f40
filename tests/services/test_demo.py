"""The demo generator: realistic mixes, valid histories, derived columns as typed data gets."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

import desktop.services.demo as demo_module
from db.models import Appeal, Application
from desktop.core.deadlines import ClockEvent
from desktop.core.lifecycle import check_event
from desktop.core.vocab import (
    REPLY_OUTCOMES,
    AppealKind,
    ApplicantType,
    Channel,
    DeliveryMethod,
    EventKind,
    LetterKind,
    State,
)
from desktop.services.calendar import load_calendar
from desktop.services.database import Database, open_database
from desktop.services.demo import DemoRefused, generate_demo
from desktop.services.derived import clock_events, derive
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo register of 3,000 applications over seven years, shared by this module."""
    database: Database = open_database(str(tmp_path_factory.mktemp("demo") / "d.sqlite3"))
    with database.session() as session:
        summary = generate_demo(session, requests=3000, seed=7, today=TODAY)
        assert summary.applications == 3000
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo(demo_database: Database) -> list[Application]:
    with demo_database.session() as session:
        rows = list(session.scalars(select(Application).options(selectinload(Application.events))))
        load_calendar(session)
    return rows


def test_mixes_look_like_published_reports(demo: list[Application]) -> None:
    channels = Counter(Channel(a.channel) for a in demo)
    assert channels.most_common(1)[0][0] is Channel.ONLINE
    assert channels[Channel.POST] > channels[Channel.IN_PERSON] > 0
    types = Counter(ApplicantType(a.applicant_type) for a in demo)
    assert types[ApplicantType.NATURAL_PERSON] > 0.7 * len(demo)
    assert set(types) == set(ApplicantType)
    years = {a.received_on.year for a in demo}
    assert len(years) >= 5
    assert max(a.received_on for a in demo) <= TODAY


def test_every_result_category_some_open_some_late(demo: list[Application]) -> None:
    outcomes = {a.outcome for a in demo}
    assert {o.value for o in REPLY_OUTCOMES} <= outcomes
    states = Counter(State(a.state) for a in demo)
    assert states[State.OPEN] > 0
    assert states[State.WITHDRAWN] > 0
    assert states[State.ABANDONED] > 0
    assert any(a.on_time is False for a in demo)
    assert any(a.state == "open" and a.due_on and a.due_on < TODAY for a in demo)


def test_serials_unique_and_sequential_per_year(demo: list[Application]) -> None:
    by_year: dict[int, list[int]] = {}
    for a in demo:
        by_year.setdefault(a.serial_year, []).append(a.serial_number)
    for numbers in by_year.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert len({a.serial for a in demo}) == len(demo)


def test_histories_pass_the_clerks_checks(demo: list[Application], session: Session) -> None:
    """Every event could have been recorded in the app, one after the other."""
    calendar = load_calendar(session)
    for application in demo[:1500]:
        events = clock_events(application.events)
        so_far: list[ClockEvent] = events[:1]
        for event in events[1:]:
            problems = check_event(
                application.received_on, so_far, event, today=TODAY, calendar=calendar
            )
            assert problems == [], (application.serial, event, problems)
            so_far.append(event)


def test_derived_columns_match_refresh(demo: list[Application], session: Session) -> None:
    calendar = load_calendar(session)
    for application in demo[:1500]:
        deadlines, progress = derive(application, calendar)
        assert application.due_on == deadlines.effective_due
        assert application.state == progress.state.value
        assert application.closed_on == progress.closed_on


def test_bad_request_count_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="大于 0"):
        generate_demo(session, requests=0, today=dt.date(2026, 1, 5))


def test_chunks_built_in_a_worker_are_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large demos build chunks in a worker process; the same seed gives the same data."""
    monkeypatch.setattr(demo_module, "CHUNK", 100)
    contents = []
    for name in ("a", "b"):
        database = open_database(str(tmp_path / f"{name}.sqlite3"))
        with database.session() as session:
            summary = generate_demo(session, requests=450, seed=3, today=TODAY)
        with database.session() as session:
            rows = session.execute(
                select(
                    Application.id,
                    Application.serial,
                    Application.applicant_name,
                    Application.due_on,
                ).order_by(Application.id)
            ).all()
        database.close()
        assert summary.applications == len(rows) == 450
        assert [r.id for r in rows] == list(range(1, 451))
        contents.append(rows)
    assert contents[0] == contents[1]


def test_some_replies_are_appealed(demo_database: Database) -> None:
    with demo_database.session() as session:
        appeals = session.execute(select(Appeal.kind, Appeal.outcome, Appeal.filed_on)).all()
    assert len(appeals) > 10
    assert {a.kind for a in appeals} == {k.value for k in AppealKind}
    assert "pending" in {a.outcome for a in appeals}
    assert max(a.filed_on for a in appeals) <= TODAY


def test_a_register_with_applications_is_refused_unless_appending(session: Session) -> None:
    generate_demo(session, requests=20, seed=1, today=TODAY)
    with pytest.raises(DemoRefused, match="--append"):
        generate_demo(session, requests=20, seed=2, today=TODAY)
    assert session.scalar(select(func.count()).select_from(Application)) == 20
    generate_demo(session, requests=20, seed=2, today=TODAY, append=True)
    assert session.scalar(select(func.count()).select_from(Application)) == 40


def test_chunks_can_be_committed_one_by_one(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long demos commit chunk by chunk, so other workstations can write in between."""
    monkeypatch.setattr(demo_module, "CHUNK", 40)
    commits: list[int] = []
    with database.sessions() as session:
        original = session.commit

        def counted() -> None:
            commits.append(1)
            original()

        monkeypatch.setattr(session, "commit", counted)
        generate_demo(session, requests=130, seed=1, today=TODAY, commit_chunks=True)
    assert len(commits) == 5  # the reserved serial numbers, then 4 chunks
    with database.session() as check:
        assert check.scalar(select(func.count()).select_from(Application)) == 130


def _children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in children.read_text().split()] if children.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_the_worker_dies_with_a_killed_parent(tmp_path: Path) -> None:
    """kill -9 of the demo command leaves no worker behind holding the files."""
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; from desktop.cli import main; "
        f"sys.exit(main(['--db', {str(tmp_path / 'big.sqlite3')!r}, 'demo', "
        "'--requests', '400000', '--today', '2026-11-27']))"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", code], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}
    )
    try:
        deadline = time.monotonic() + 120
        while not (workers := _children(parent.pid)):
            assert parent.poll() is None, "the demo ended before its worker started"
            assert time.monotonic() < deadline, "no worker process appeared"
            time.sleep(0.05)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [w for w in workers if _alive(w)]
        for worker in survivors:
            os.kill(worker, signal.SIGKILL)
        assert survivors == []
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()


def test_in_person_service_falls_on_the_reply_day(demo: list[Application]) -> None:
    """rules.md §5: in person, the reply date is the signing day; by post, the posting day."""
    later = Counter[str]()
    for application in demo:
        events = {e.kind: e for e in clock_events(application.events)}
        reply, service = events.get(EventKind.REPLY), events.get(EventKind.DELIVERY)
        if reply is None or service is None:
            continue
        method = DeliveryMethod(service.data["method"])
        if method is not DeliveryMethod.POST:
            assert service.on == reply.on, (application.serial, method)
        later[method.value] += service.on > reply.on
    assert later[DeliveryMethod.POST.value] > 0  # delivery after posting, kept for the record


def test_registered_letters_are_received_on_arrival(demo: list[Application]) -> None:
    """rules.md §2: a registered letter counts from the day the agency signs for it."""
    letters = [a for a in demo if a.channel == Channel.POST.value]
    registered = [a for a in letters if a.letter_kind == LetterKind.REGISTERED.value]
    assert registered
    assert all(a.arrived_on == a.received_on for a in registered)
    ordinary = [a for a in letters if a.letter_kind == LetterKind.ORDINARY.value]
    assert any(a.arrived_on and a.arrived_on < a.received_on for a in ordinary)
