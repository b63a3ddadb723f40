"""Benchmark of the ledger import (issues 6 and 13), each figure beside its baseline.

Builds a 100,000-application register with the demo generator, exports it to
xlsx and csv, and grows the csv to about 200 MB. Each measured step then runs
in a fresh child process, which reports its own wall time and peak resident
memory (``ru_maxrss``), so that no step inherits another's memory::

    .venv/bin/python -m benchmarks.bench_ledger [--requests 100000] [--csv-mb 200]
                                                [--workdir DIR] [--reuse] [--no-csv]

Prints each step with its baseline, for example::

    import xlsx 100k: 6.1 s; baseline calamine read 2.2 s; ratio 2.8x; peak 240 MB

and, under the xlsx import, the floor under any import: the same rows inserted
again into an empty register by sqlite3 alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 27)


# --- the steps, each run in its own child process ---


def _calamine_read(path: Path) -> int:
    """The baseline: python-calamine reading the first sheet and every row as Python values."""
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
        sheet = workbook.get_sheet_by_index(0)
    return sum(1 for _ in sheet.iter_rows())


def _csv_read(path: Path) -> int:
    """The baseline: the csv module reading every row of the file."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def _import(path: Path, database: Path) -> int:
    from desktop.services.database import open_database
    from desktop.services.ledger import import_ledger

    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    target = open_database(f"sqlite:///{database}")
    try:
        with target.session() as session:
            result = import_ledger(session, path=path, today=TODAY)
    finally:
        target.close()
    if result.problems:
        raise SystemExit(f"{len(result.problems)} problems, first: {result.problems[0]}")
    return result.imported


@dataclass(frozen=True)
class Timed:
    """A step that times only part of its work."""

    count: int
    seconds: float
    cpu: float


def _insert_floor(imported: Path, database: Path) -> Timed:
    """The floor under any import: the rows an import wrote, inserted again into an empty
    register by sqlite3 alone (one executemany per table, no checks, no Python objects).
    Only the insert is timed; the rows are read and the register made beforehand."""
    import sqlite3

    from desktop.services.database import open_database

    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    open_database(f"sqlite:///{database}").close()
    source = sqlite3.connect(imported)
    tables = {}
    for table in ("application", "application_event"):
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
        tables[table] = (columns, source.execute(f"SELECT * FROM {table}").fetchall())
    source.close()
    target = sqlite3.connect(database, isolation_level=None)
    target.execute("PRAGMA synchronous=NORMAL")
    started, cpu = time.perf_counter(), _cpu()
    target.execute("BEGIN")
    for table, (columns, rows) in tables.items():
        marks = ", ".join("?" * len(columns))
        target.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    target.execute("COMMIT")
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    target.close()
    return Timed(sum(len(rows) for _, rows in tables.values()), seconds, cpu)


STEPS = {"calamine": _calamine_read, "csv": _csv_read}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(step: str, path: Path, database: Path | None) -> None:
    started, cpu = time.perf_counter(), _cpu()
    if step == "floor" and database:
        timed = _insert_floor(path, database)
        count, seconds, cpu = timed.count, timed.seconds, timed.cpu
    else:
        count = _import(path, database) if step == "import" and database else STEPS[step](path)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(), "count": count}))


def _peak_mb() -> float:
    """This process's peak resident memory. Linux: ``VmHWM``, the peak of this program's own
    memory (``ru_maxrss`` keeps the peak of the parent it was forked from, through exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def measure(step: str, path: Path, database: Path | None = None) -> dict[str, float]:
    """Run one step in a fresh interpreter; its wall and CPU seconds, peak MB and row count.

    On a shared machine the CPU seconds (user + system of the child) are the steadier ratio.

    An import's time includes opening (migrating) the empty target database, as a clerk's would.
    """
    command = [sys.executable, "-m", "benchmarks.bench_ledger", "--child", step, str(path)]
    if database is not None:
        command.append(str(database))
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{step} failed:\n{done.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


# --- the data ---


def build(workdir: Path, requests: int, csv_mb: int, reuse: bool) -> tuple[Path, Path]:
    """The 100k xlsx and the large csv (kept between runs with ``--reuse``)."""
    from desktop.services.database import open_database
    from desktop.services.demo import generate_demo
    from desktop.services.ledger import export_ledger

    xlsx, csv_path, big = workdir / "register.xlsx", workdir / "register.csv", workdir / "big.csv"
    if not (reuse and xlsx.exists() and big.exists()):
        source_db = workdir / "source.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{source_db}{suffix}").unlink(missing_ok=True)
        source = open_database(f"sqlite:///{source_db}")
        started = time.perf_counter()
        with source.session() as session:
            generate_demo(session, requests=requests, today=TODAY)
        print(f"setup: demo register of {requests} built in {time.perf_counter() - started:.1f} s")
        with source.session() as session:
            for path in (xlsx, csv_path):
                started = time.perf_counter()
                export_ledger(session, path=path, today=TODAY)
                print(f"setup: export {path.suffix[1:]} {time.perf_counter() - started:.1f} s")
        source.close()
        _grow_csv(csv_path, big, csv_mb * 1_000_000)
    print(
        f"files: xlsx {xlsx.stat().st_size / 1e6:.1f} MB; "
        f"csv {big.stat().st_size / 1e6:.0f} MB ({_lines(big)} lines)"
    )
    return xlsx, big


def _grow_csv(source: Path, target: Path, size: int) -> None:
    """Copies of the exported rows, each copy's serials made unique by a prefix."""
    lines = source.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    with target.open("wb") as handle:
        written, copy = handle.write(header.encode("utf-8-sig")), 0
        while written < size:
            copy += 1
            for number, line in enumerate(body):
                serial = f"副{copy}-" if line[:1] != "," else f"副{copy}-{number}"
                written += handle.write((serial + line).encode())


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _line(label: str, done: dict[str, float], baseline: str, base: dict[str, float]) -> str:
    return (
        f"{label}: {done['seconds']:.1f} s; baseline {baseline} {base['seconds']:.1f} s; "
        f"ratio {done['seconds'] / base['seconds']:.1f}x "
        f"(CPU {done['cpu']:.1f} s / {base['cpu']:.1f} s = {done['cpu'] / base['cpu']:.1f}x); "
        f"peak {done['peak_mb']:.0f} MB (baseline {base['peak_mb']:.0f} MB); "
        f"{done['count']:.0f} rows"
    )


def run(workdir: Path, requests: int, csv_mb: int, reuse: bool, csv: bool = True) -> None:
    xlsx, big = build(workdir, requests, csv_mb, reuse)
    target = workdir / "target.sqlite3"
    base = measure("calamine", xlsx)
    done = measure("import", xlsx, target)
    print(_line(f"import xlsx {requests // 1000}k", done, "calamine read", base), flush=True)
    floor = measure("floor", target, workdir / "floor.sqlite3")
    print(_line("  of which inserting alone (sqlite3)", floor, "calamine read", base), flush=True)
    if not csv:
        return
    base = measure("csv", big)
    done = measure("import", big, target)
    label = f"import csv {big.stat().st_size / 1e6:.0f} MB"
    print(_line(label, done, "csv module read", base), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--csv-mb", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true", help="keep the files of an earlier run")
    parser.add_argument("--no-csv", action="store_true", help="skip the 200 MB csv (minutes)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, path, *database = args.child
        _child(step, Path(path), Path(database[0]) if database else None)
        return
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run(args.workdir, args.requests, args.csv_mb, args.reuse, not args.no_csv)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(Path(folder), args.requests, args.csv_mb, args.reuse, not args.no_csv)


if __name__ == "__main__":
    main()
