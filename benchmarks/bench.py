"""The main benchmark on a realistic database of 100,000 applications (not part of the tests).

    .venv/bin/python benchmarks/bench.py [--requests N] [--db PATH] [--reuse] [--only startup]

Every start-up figure is printed with a baseline measured in the same run and the ratio:
the window ready (whole process, offscreen) against a bare PySide6 window started the same
way; ``--help`` and ``deadline`` against a bare interpreter (``python -c pass``); the first
quarterly PDF of a session against a later one and against a plain ReportLab page. Then:
demo build time and database size; time to open, sort and filter the register (through the
real Qt table model, offscreen); deadlines and statuses for every application versus a
day-by-day loop over chinese_calendar; a register refresh after a calendar edit; peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 27)


def timed(label: str, action: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    print(f"  {label:<52} {best * 1000:9.1f} ms")
    return best


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db: Path, requests: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(db),
            "demo",
            "--requests",
            str(requests),
            "--today",
            TODAY.isoformat(),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"demo --requests {requests}: {seconds:.1f} s whole command ({result.stdout.strip()})")
    print(f"  database size {db.stat().st_size / 2**20:.1f} MiB; peak memory {child:.0f} MiB")


#: A bare PySide6 window, started and ended the way ``gui --quit-after-ready`` is.
BARE_WINDOW = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
def ready():
    print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    window.close()
    app.quit()
window.show()
QTimer.singleShot(0, ready)
app.exec()
"""


#: The child processes run as an installed program does: from compiled bytecode (a
#: ``PYTHONDONTWRITEBYTECODE`` in the environment would make every run compile our sources).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_bytecode(tree: Path = ROOT) -> None:
    """Compile ``tree``'s sources once, as an installed program has them."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "desktop", "db"],
        cwd=tree,
        env=CHILD_ENV,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def wall(command: list[str]) -> tuple[float, str]:
    """Wall time of one run of ``command`` (whole process) and its output."""
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=True, env=CHILD_ENV
    )
    return time.perf_counter() - started, result.stdout


def interleaved(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, str]]:
    """Median wall time of each command, the commands run in turn ``repeat`` times (a noisy
    machine then slows each alike), with each one's last output."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    outputs: dict[str, str] = {}
    for _ in range(repeat):
        for name, command in commands.items():
            seconds, outputs[name] = wall(command)
            times[name].append(seconds)
    return {name: (statistics.median(times[name]), outputs[name]) for name in commands}


def compare(label: str, seconds: float, baseline_label: str, baseline: float) -> float:
    """Print a figure, its baseline and the ratio; the ratio."""
    ratio = seconds / baseline
    print(
        f"  {label:<34} {seconds * 1000:8.0f} ms   vs {baseline_label:<30} "
        f"{baseline * 1000:7.0f} ms   = {ratio:5.1f}×"
    )
    return ratio


def startup_ratios(db: Path, repeat: int = 9) -> None:
    """Start-up figures against their baselines: whole processes run in turn, medians."""
    python = sys.executable
    app = [python, "-m", "desktop"]
    compile_bytecode()
    print(f"start-up against baselines (whole processes, in turn, median of {repeat}):")
    got = interleaved(
        {
            "bare": [python, "-c", "pass"],
            "bare window": [python, "-c", BARE_WINDOW],
            "window": [*app, "--db", str(db), "gui", "--quit-after-ready"],
            "help": [*app, "--help"],
            "deadline": [*app, "deadline", "--received", "2026-02-10"],
        },
        repeat,
    )
    bare, window = got["bare"][0], got["bare window"][0]
    compare("window ready (100k applications)", got["window"][0], "bare PySide6 window", window)
    print(
        f"  {'':<34} in-process: {got['window'][1].strip()} vs bare {got['bare window'][1].strip()}"
    )
    compare("disclosure-desk --help", got["help"][0], "python -c pass", bare)
    compare("disclosure-desk deadline", got["deadline"][0], "python -c pass", bare)


#: In a fresh process: the first quarterly PDF of the session, then a second one.
FIRST_AND_LATER_PDF = """
import sys, time
from desktop.cli import main
db, folder = sys.argv[1], sys.argv[2]
times = []
for n in (1, 2):
    started = time.perf_counter()
    main(["--db", db, "report", "quarterly", "--year", "2026", "--quarter", "3",
          "--out", f"{folder}/q{n}.pdf"])
    times.append(time.perf_counter() - started)
print(*times)
"""

#: In a fresh process: one page of text with ReportLab's built-in font.
PLAIN_REPORTLAB = """
import sys, time
started = time.perf_counter()
from reportlab.pdfgen.canvas import Canvas
page = Canvas(sys.argv[1])
page.drawString(72, 720, "Quarterly statistics 2026 Q3")
page.save()
print(time.perf_counter() - started)
"""


def pdf_ratios(db: Path) -> None:
    """The first PDF of a session against a later one and against a plain ReportLab page."""
    import tempfile

    print("quarterly PDF (command line, fresh process; imports included in the first):")
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, "-c", FIRST_AND_LATER_PDF, str(db), folder],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        first, later = map(float, result.stdout.split()[-2:])
        plain = min(
            float(
                subprocess.run(
                    [sys.executable, "-c", PLAIN_REPORTLAB, f"{folder}/plain.pdf"],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        )
    compare("first PDF of a session", first, "a later PDF of the session", later)
    compare("first PDF of a session", first, "plain ReportLab page (+import)", plain)


#: In a fresh process, offscreen: the register window's "季度统计与年度报告" dialog makes the
#: quarterly PDF and shows it in its preview, twice (opening the dialog counts with the first).
WINDOW_PDF = """
import sys, time
import datetime as dt
from PySide6.QtWidgets import QApplication
from desktop.services.database import open_database
from desktop.app import workstation_actor
from desktop.ui.bus import DataBus
from desktop.ui.operations import Operations
app = QApplication(sys.argv[:1])
database = open_database(sys.argv[1])
ops = Operations(database, workstation_actor(database), DataBus())
times = []
started = time.perf_counter()
from desktop.ui.export_dialog import ExportDialog
dialog = ExportDialog(ops, today=dt.date(2026, 11, 27))
dialog.show()
for _ in range(2):
    reports = []
    dialog.generated.connect(reports.append)
    dialog.generate_button.click()
    while not reports or dialog.preview.page_count() < 1:
        app.processEvents()
        time.sleep(0.001)
    times.append(time.perf_counter() - started)
    dialog.generated.disconnect()
    started = time.perf_counter()
dialog.done(0)
print(*times)
"""


def window_pdf_ratio(db: Path) -> None:
    """The first quarterly PDF made in the window (dialog opened, PDF shown) against a later one."""
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_PDF, str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    first, later = map(float, result.stdout.split()[-2:])
    print("quarterly PDF in the window (export dialog, generated and previewed, fresh process):")
    compare("first PDF (dialog opened)", first, "a later PDF in the same dialog", later)


def startup(db: Path) -> None:
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(db), "gui", "--quit-after-ready"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - started
        match = re.search(r"ready in (\d+) ms", result.stdout)
        runs.append((int(match.group(1)) if match else -1, wall))
    ready = min(r[0] for r in runs)
    memory = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(db),
            "gui",
            "--quit-after-ready",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    print(
        f"  peak memory of the GUI process up to a ready window: "
        f"{int(memory.stdout) / 1024:.0f} MiB"
    )
    print(
        f"gui --quit-after-ready: ready in {ready} ms (best of 3; whole process "
        f"{min(r[1] for r in runs):.2f} s)"
    )


def register(db: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core.vocab import Channel, DeadlineStatus, State
    from desktop.services.database import open_database
    from desktop.services.register import RegisterQuery
    from desktop.ui.register_model import COLUMNS, RegisterModel

    _app = QApplication.instance() or QApplication([])
    database = open_database(str(db))
    print("register (RegisterModel over SQL, first page; filters best of 3, sorts once each):")
    from desktop.app import workstation_actor
    from desktop.ui.bus import DataBus
    from desktop.ui.operations import Operations

    ops = Operations(database, workstation_actor(database), DataBus())
    model = RegisterModel(ops, lambda: TODAY)
    timed("open (count + first page)", lambda: model.set_query(RegisterQuery()), 3)
    worst = 0.0

    def sorter(column: int, order: Qt.SortOrder) -> Callable[[], None]:
        return lambda: model.sort(column, order)

    def filterer(query: RegisterQuery) -> Callable[[], None]:
        return lambda: model.set_query(query)

    for column, (title, _key, _value) in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
            worst = max(worst, timed(f"sort {title} {arrow}", sorter(column, order)))
    filters = {
        "text 张": RegisterQuery(text="张"),
        "text serial 〔2025〕第12": RegisterQuery(text="〔2025〕第12"),
        "state open": RegisterQuery(states=(State.OPEN,)),
        "channel post": RegisterQuery(channel=Channel.POST),
        "overdue": RegisterQuery(deadline_status=DeadlineStatus.OVERDUE),
        "due soon": RegisterQuery(deadline_status=DeadlineStatus.DUE_SOON),
        "received 2025": RegisterQuery(
            received_from=dt.date(2025, 1, 1), received_to=dt.date(2025, 12, 31)
        ),
    }
    for label, query in filters.items():
        seconds = timed(f"filter {label}", filterer(query), 3)
        print(f"  {'':<52} ({model.total} rows match)")
        worst = max(worst, seconds)
    print(f"  worst sort/filter: {worst * 1000:.0f} ms; peak memory so far {peak_mb():.0f} MiB")
    database.close()


def deadlines(db: Path) -> None:
    import chinese_calendar
    from sqlalchemy import select

    from db.models import Application, ApplicationEvent
    from desktop.core.deadlines import ClockEvent, compute_deadlines
    from desktop.core.lifecycle import derive_progress
    from desktop.core.status import deadline_status
    from desktop.core.vocab import EventKind
    from desktop.services.calendar import load_calendar
    from desktop.services.database import open_database

    database = open_database(str(db))
    with database.session() as session:
        calendar = load_calendar(session)
        started = time.perf_counter()
        receipts = dict(session.execute(select(Application.id, Application.received_on)).all())
        history: dict[int, list[ClockEvent]] = {i: [] for i in receipts}
        rows = session.execute(
            select(
                ApplicationEvent.application_id,
                ApplicationEvent.id,
                ApplicationEvent.kind,
                ApplicationEvent.occurred_on,
                ApplicationEvent.data,
            )
            .where(ApplicationEvent.voided_at.is_(None))
            .order_by(ApplicationEvent.occurred_on, ApplicationEvent.id)
        )
        for app_id, event_id, kind, on, data in rows:
            history[app_id].append(ClockEvent(EventKind(kind), on, data or {}, event_id))
        inputs = [(receipts[i], history[i]) for i in receipts]
        load_seconds = time.perf_counter() - started
    print(f"deadlines for {len(inputs)} applications (events loaded in {load_seconds:.1f} s):")

    def all_deadlines() -> None:
        for received, events in inputs:
            d = compute_deadlines(received, events, calendar)
            deadline_status(
                d, derive_progress(events), today=TODAY, calendar=calendar, due_soon_days=5
            )

    def only_deadlines() -> None:
        for received, events in inputs:
            compute_deadlines(received, events, calendar)

    ours = timed("compute_deadlines (all)", only_deadlines)
    timed("compute_deadlines + progress + status (all)", all_deadlines)
    sample = inputs[:2000]

    def day_by_day() -> None:
        for received, _events in sample:
            day, counted = received, 0
            while counted < 20:
                day += dt.timedelta(days=1)
                if chinese_calendar.is_workday(day):
                    counted += 1

    slow = timed(
        f"day-by-day chinese_calendar loop, {len(sample)} plain 20-day deadlines", day_by_day
    )
    per_ours = ours / len(inputs)
    per_slow = slow / len(sample)
    print(
        f"  per application: {per_ours * 1e6:.1f} µs vs {per_slow * 1e6:.1f} µs day by day "
        f"(even counting only the plain 20 days): {per_slow / per_ours:.0f}× faster"
    )
    database.close()


def calendar_edit(db: Path) -> None:
    from desktop.services import calendar_admin
    from desktop.services.database import open_database

    database = open_database(str(db))
    with database.session() as session:
        schedule = calendar_admin.year_schedule(session, 2026)
    blocks = [(b.start, b.end, b.festival) for b in schedule.holidays]
    # A short-notice change like the 2020 Spring Festival extension: one more day off.
    edited = [*blocks, (dt.date(2026, 12, 1), dt.date(2026, 12, 1), "临时调整")]
    print("register refresh after a calendar edit (2026 schedule changed, then restored):")
    for label, holidays in (("edit", edited), ("restore", blocks)):
        started = time.perf_counter()
        with database.session() as session:
            moved = calendar_admin.save_year_schedule(
                session,
                year=2026,
                holidays=holidays,
                workdays=list(schedule.workdays),
                notice_ref=schedule.notice_ref or "基准测试",
                today=TODAY,
            )
        seconds = time.perf_counter() - started
        print(f"  {label:<8} {seconds * 1000:9.1f} ms, {len(moved)} open deadlines moved")
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dd-bench.sqlite3"))
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    parser.add_argument("--only", choices=("startup",), help="only the start-up ratios")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        build(args.db, args.requests)
    startup_ratios(args.db)
    pdf_ratios(args.db)
    window_pdf_ratio(args.db)
    if args.only == "startup":
        return
    startup(args.db)
    register(args.db)
    deadlines(args.db)
    calendar_edit(args.db)
    print(f"peak memory of this process: {peak_mb():.0f} MiB")


if __name__ == "__main__":
    main()
