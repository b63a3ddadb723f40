"""How long the first publication of a session takes (not part of the tests).

    .venv/bin/python benchmarks/bench_reports.py [--requests N] [--db PATH] [--reuse]

Each measurement runs in a fresh interpreter, as a user's first report does:
``report quarterly`` on the command line; the quarterly PDF in the window's
code path (statistics, ReportLab, QtPdf preview) without and with the warm-up
the report windows start when they open; the whole annual report (.docx, PDF).
Wall time and CPU time are printed: on a loaded machine the CPU time is the
steadier figure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
#: Where the command line's PDF goes (it refuses a name without .pdf, such as /dev/null).
OUT = Path("/tmp/bench-reports-quarterly.pdf")

_FIRST_PDF = """
import datetime as dt, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop.ui.app_setup import create_application
app = create_application(["bench"])
from desktop.services.database import open_database
from desktop.services.operations import read_operation
from desktop.app import workstation_actor
from desktop.ui.export_dialog import ReportRequest, rendering
from desktop.ui.pdf_preview import PdfPreview
database = open_database(sys.argv[1])
actor = workstation_actor(database)
if sys.argv[2] == "warm":
    from desktop.reports.fonts import prepare_reports
    prepare_reports()  # what the dialog's pool thread does while the user chooses
wall, cpu = time.perf_counter(), time.process_time()
work = rendering(ReportRequest.quarter(2025, 3), generated_on=dt.date(2026, 1, 5))
report = read_operation(database, actor, work)
preview = PdfPreview()
preview.show_pdf(report.data)
app.processEvents()
print(f"{time.perf_counter() - wall:.3f} {time.process_time() - cpu:.3f}")
"""

_ANNUAL = """
import datetime as dt, sys, time
from desktop.services.database import open_database
from desktop.services.annual_report import annual_report
wall, cpu = time.perf_counter(), time.process_time()
database = open_database(sys.argv[1])
with database.session() as session:
    report = annual_report(session, year=2025, published_on=dt.date(2026, 1, 20))
if sys.argv[2] == "docx":
    from desktop.reports.annual_docx import render_annual_report_docx as render
else:
    from desktop.reports.annual_report_pdf import render_annual_report_pdf as render
render(report)
print(f"{time.perf_counter() - wall:.3f} {time.process_time() - cpu:.3f}")
"""


def _python(code: str, *args: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def _best(label: str, run: object, repeat: int) -> None:
    results = [run() for _ in range(repeat)]  # type: ignore[operator]
    wall = min(r[0] for r in results)
    cpu = min(r[1] for r in results)
    print(f"  {label:<48} wall {wall * 1000:7.0f} ms   cpu {cpu * 1000:7.0f} ms")


def _cli(db: Path) -> tuple[float, float]:
    started = time.perf_counter()
    before = os.times()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(db),
            "report",
            "quarterly",
            "--year",
            "2025",
            "--quarter",
            "3",
            "--out",
            str(OUT),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - started, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-reports.sqlite3"))
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        args.db.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "--db",
                str(args.db),
                "demo",
                "--requests",
                str(args.requests),
                "--seed",
                "1",
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    print(f"First publication of a session ({args.requests} applications, best of {args.repeat}):")
    _best("report quarterly (command line, whole process)", lambda: _cli(args.db), args.repeat)
    for mode in ("cold", "warm"):
        label = f"quarterly PDF + preview in the window ({mode})"
        _best(label, lambda m=mode: _python(_FIRST_PDF, str(args.db), m), args.repeat)
    for fmt in ("docx", "pdf"):
        label = f"whole annual report 2025 as {fmt}"
        _best(label, lambda f=fmt: _python(_ANNUAL, str(args.db), f), args.repeat)


if __name__ == "__main__":
    main()
