"""Benchmark of the ledger import and export (issue 6: 100,000 rows).

Builds a 100,000-application database with the demo generator, exports it to
xlsx and csv, imports the xlsx into a fresh database, and prints the times and
the peak memory of each step (VmHWM, reset before each step on Linux)::

    .venv/bin/python -m benchmarks.bench_ledger [--requests 100000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.services.database import open_database
from desktop.services.demo import generate_demo
from desktop.services.ledger import export_ledger, import_ledger

TODAY = dt.date(2026, 11, 27)
T = TypeVar("T")


def reset_peak() -> None:
    """Restart the peak-memory count (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):  # elsewhere: the process's peak so far
        Path("/proc/self/clear_refs").write_text("5")


def peak_mb() -> float:
    """Peak resident memory since the last reset (else ``ru_maxrss``: KiB on Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def timed(label: str, action: Callable[[], T]) -> T:
    reset_peak()
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label:<28} {seconds:7.1f} s   peak {peak_mb():6.0f} MB", flush=True)
    return result


def run(requests: int, workdir: Path) -> None:
    source = open_database(f"sqlite:///{workdir / 'source.sqlite3'}")
    with source.session() as session:
        timed(
            f"demo data ({requests})",
            lambda: generate_demo(session, requests=requests, today=TODAY),
        )
    xlsx, csv_path = workdir / "register.xlsx", workdir / "register.csv"
    with source.session() as session:
        timed("export xlsx", lambda: export_ledger(session, path=xlsx, today=TODAY))
        timed("export csv", lambda: export_ledger(session, path=csv_path, today=TODAY))
    source.close()
    print(f"xlsx {xlsx.stat().st_size / 1e6:.1f} MB, csv {csv_path.stat().st_size / 1e6:.1f} MB")
    target = open_database(f"sqlite:///{workdir / 'target.sqlite3'}")
    with target.session() as session:
        result = timed("import xlsx", lambda: import_ledger(session, path=xlsx, today=TODAY))
    target.close()
    print(f"imported {result.imported} applications, {len(result.problems)} problems")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run(args.requests, args.workdir)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(args.requests, Path(folder))


if __name__ == "__main__":
    main()
