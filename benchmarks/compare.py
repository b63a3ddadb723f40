"""Issue 13's figures for two trees in one run: an earlier revision ("before") and this tree.

    .venv/bin/python -m benchmarks.compare --before REV [--rounds 9] [--import] [--csv] [--suite]

The earlier revision is checked out into a temporary git worktree (sharing this tree's
virtual environment). Every figure is printed with its baseline, measured in the same run,
and the ratio; the two trees' runs alternate, so a noisy machine slows both alike:

- start-up (whole processes, medians of ``--rounds``): the window ready on the 100,000-
  application database of ``benchmarks/bench.py`` against a bare PySide6 window;
  ``--help`` and ``deadline`` against ``python -c pass``;
- the first quarterly PDF of a session, in the window (dialog opened, PDF previewed) and on
  the command line, against a later one;
- with ``--import``: a 100,000-row xlsx import against python-calamine reading the file
  (the files of ``benchmarks/bench_ledger.py``, built if missing); with ``--csv`` also the
  200 MB CSV against the csv module, with each peak memory;
- with ``--suite``: ``scripts/test.sh`` (ruff, mypy and the tests) of each tree, pytest's
  own wall time.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.bench import (
    BARE_WINDOW,
    CHILD_ENV,
    FIRST_AND_LATER_PDF,
    WINDOW_PDF,
    build,
    compile_bytecode,
)

ROOT = Path(__file__).resolve().parent.parent
DB = Path("/tmp/dd-bench.sqlite3")
LEDGER_FILES = Path("/tmp/bench-ledger")
ENV = {**CHILD_ENV, "QT_QPA_PLATFORM": "offscreen"}


@contextmanager
def checkout(revision: str) -> Iterator[Path]:
    """``revision`` in a temporary worktree that uses this tree's virtual environment."""
    with tempfile.TemporaryDirectory(prefix="dd-before-") as folder:
        tree = Path(folder) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", str(tree), revision], check=True)
        try:
            (tree / ".venv").symlink_to((ROOT / ".venv").resolve())
            yield tree
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)


def run(tree: Path, command: list[str]) -> tuple[float, str]:
    """Wall time and output of ``command`` run in ``tree`` (its sources first on the path)."""
    started = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env={**ENV, "PYTHONPATH": str(tree)},
    )
    return time.perf_counter() - started, done.stdout


def line(label: str, seconds: float, baseline_label: str, baseline: float) -> str:
    return (
        f"  {label:<28} {seconds:8.3f} s   vs {baseline_label:<24} {baseline:7.3f} s"
        f"   = {seconds / baseline:5.1f}×"
    )


def startup(trees: dict[str, Path], rounds: int) -> None:
    python = sys.executable
    app = [python, "-m", "desktop"]
    commands = {
        "python -c pass": [python, "-c", "pass"],
        "bare PySide6 window": [python, "-c", BARE_WINDOW],
        "window ready (100k)": [*app, "--db", str(DB), "gui", "--quit-after-ready"],
        "--help": [*app, "--help"],
        "deadline": [*app, "deadline", "--received", "2026-02-10"],
    }
    times: dict[tuple[str, str], list[float]] = {(t, c): [] for t in trees for c in commands}
    for tree in trees.values():
        compile_bytecode(tree)
    for _ in range(rounds):
        for name, tree in trees.items():
            for command, argv in commands.items():
                times[(name, command)].append(run(tree, argv)[0])
    print(f"start-up (whole processes, the trees in turn, median of {rounds}):")
    for name in trees:
        median = {c: statistics.median(times[(name, c)]) for c in commands}
        bare, window = median["python -c pass"], median["bare PySide6 window"]
        print(f" {name}:")
        ready = median["window ready (100k)"]
        print(line("window ready (100k)", ready, "bare PySide6 window", window))
        print(line("--help", median["--help"], "python -c pass", bare))
        print(line("deadline", median["deadline"], "python -c pass", bare))


def first_pdf(trees: dict[str, Path], rounds: int = 3) -> None:
    window: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    cli: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(rounds):
            for name, tree in trees.items():
                out = run(tree, [sys.executable, "-c", WINDOW_PDF, str(DB)])[1]
                first, later = map(float, out.split()[-2:])
                window[name].append((first, later))
                out = run(tree, [sys.executable, "-c", FIRST_AND_LATER_PDF, str(DB), folder])[1]
                first, later = map(float, out.split()[-2:])
                cli[name].append((first, later))
    print(f"first quarterly PDF of a session (fresh processes, median of {rounds}):")
    for name in trees:
        print(f" {name}:")
        for label, runs in (("in the window", window[name]), ("on the command line", cli[name])):
            first = statistics.median(r[0] for r in runs)
            later = statistics.median(r[1] for r in runs)
            print(line(label, first, "a later PDF", later))


def ledger(trees: dict[str, Path], csv: bool) -> None:
    xlsx, big = LEDGER_FILES / "register.xlsx", LEDGER_FILES / "big.csv"
    if not (xlsx.exists() and big.exists()):
        subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_ledger", "--workdir", str(LEDGER_FILES)],
            cwd=ROOT,
            check=True,
        )
    steps = [("xlsx 100k", xlsx, "calamine", "calamine read")]
    if csv:
        steps.append((f"csv {big.stat().st_size // 1_000_000} MB", big, "csv", "csv module read"))
    for label, path, baseline, baseline_label in steps:
        print(f"import {label} (fresh processes, peak = the process's own VmHWM):")
        base = child(ROOT, baseline, path)
        for name, tree in trees.items():
            done = child(tree, "import", path, LEDGER_FILES / f"compare-{name}.sqlite3")
            print(
                line(f"{name}", done["seconds"], baseline_label, base["seconds"])
                + f"; peak {done['peak_mb']:.0f} MB (baseline {base['peak_mb']:.0f} MB)"
            )


def child(tree: Path, step: str, path: Path, database: Path | None = None) -> dict[str, float]:
    """One step of this tree's ``benchmarks/bench_ledger.py`` on ``tree``'s sources, in a
    fresh process (the script's own folder, then ``tree``, on the path)."""
    script = ROOT / "benchmarks" / "bench_ledger.py"
    command = [sys.executable, str(script), "--child", step, str(path)]
    if database is not None:
        command.append(str(database))
    figures: dict[str, float] = json.loads(run(tree, command)[1].strip().splitlines()[-1])
    return figures


def suite(trees: dict[str, Path]) -> None:
    print("test suite (scripts/test.sh: ruff, mypy, pytest -n 2; pytest's wall time):")
    for name, tree in trees.items():
        done = subprocess.run(
            ["bash", "scripts/test.sh", "-q", "-p", "no:cacheprovider"],
            cwd=tree,
            capture_output=True,
            text=True,
            env={**ENV, "PYTHONPATH": str(tree)},
        )
        found = re.search(r"(\d+) passed.* in ([\d.]+)s", done.stdout)
        verdict = f"{found.group(1)} passed in {found.group(2)} s" if found else "did not pass"
        print(f"  {name:<8} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", required=True, help="the earlier revision")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--import", dest="ledger", action="store_true")
    parser.add_argument("--csv", action="store_true", help="also the 200 MB CSV (minutes)")
    parser.add_argument("--suite", action="store_true")
    args = parser.parse_args()
    if not DB.exists():
        build(DB, 100_000)
    with checkout(args.before) as before:
        trees = {"before": before, "after": ROOT}
        print(f"before = {args.before}; after = this tree")
        startup(trees, args.rounds)
        first_pdf(trees)
        if args.ledger or args.csv:
            ledger(trees, args.csv)
        if args.suite:
            suite(trees)


if __name__ == "__main__":
    main()
