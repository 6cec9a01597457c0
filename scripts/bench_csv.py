#!/usr/bin/env python3
"""CSV export speed: our entries.csv against the sqlite3 shell's `-csv` dump of the same table.

Builds a journal of 100,000 entries (bulk insert), then times, five times each and
interleaved so both see the same machine load:
  ours:  journal.core.csv.export.write_kind(journal, "entries", ...)  (in this process)
  shell: sqlite3 -csv journal.sqlite3 "select * from entries" > out.csv
and prints the medians of wall-clock time and of CPU time (CPU time is steadier on a busy
machine), and the ratios. Target: ours at most 2x the shell. With --import it also times
importing that entries.csv into an empty journal (not part of the target).

    .venv/bin/python scripts/bench_csv.py [--entries N] [--import]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.csv.export import write_kind  # noqa: E402
from journal.core.csv.importer import import_csv  # noqa: E402
from journal.core.domain.model import Site  # noqa: E402
from journal.core.journal import Journal  # noqa: E402

NOTES = ("a little harder", None, None, "=1+1 typed as a note", "two lines\nand a comma, here", "-tired")


def build(folder: Path, count: int) -> Journal:
    journal = Journal.open(folder)
    sites = [
        journal.store.add_site(Site.new(name=name, kind="deposit", region="face")).id
        for name in ("Left temple", "Right elbow", "@odd name")
    ]
    rnd = random.Random(5)
    rows = (
        {
            "site_id": rnd.choice(sites),
            "date": f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            "tightness": rnd.randint(0, 10),
            "mobility": rnd.choice(("free", "reduced", None)),
            "shiny": rnd.choice((0, 1, None)),
            "pale": rnd.choice((0, 1, None)),
            "hair_thinning": None,
            "size_mm": round(rnd.uniform(0, 40), 1),
            "count": rnd.randint(0, 30),
            "colour": "white",
            "pain": rnd.randint(0, 10),
            "inflamed": 0,
            "ulcerated": 0,
            "discharge": None,
            "restricted_movement": rnd.choice((0, 1)),
            "note": rnd.choice(NOTES),
        }
        for _ in range(count)
    )
    with journal.store.transaction():
        journal.db["entries"].insert_all(rows, batch_size=5000)
    return journal


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process and its children) of one call."""
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    fn()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True))
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import", dest="do_import", action="store_true")
    args = parser.parse_args()
    sqlite3_shell = shutil.which("sqlite3")
    if sqlite3_shell is None:
        print("the sqlite3 shell is needed (Debian: apt-get install sqlite3)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-csv-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        journal = build(root / "journal", args.entries)
        print(f"built a journal of {args.entries} entries in {time.perf_counter() - start:.1f} s")
        ours_file, shell_file = root / "entries.csv", root / "shell.csv"

        def ours() -> None:
            write_kind(journal, "entries", ours_file)

        def shell() -> None:
            with open(shell_file, "wb") as out:
                subprocess.run(
                    [sqlite3_shell, "-csv", str(journal.db_path), "select * from entries"],
                    stdout=out,
                    check=True,
                )

        ours()  # warm the page cache for both
        shell()
        results: dict[str, list[tuple[float, float]]] = {"ours": [], "shell": []}
        for _ in range(args.runs):
            results["ours"].append(measure(ours))
            results["shell"].append(measure(shell))
        wall = {k: statistics.median(w for w, _ in v) for k, v in results.items()}
        cpu = {k: statistics.median(c for _, c in v) for k, v in results.items()}
        sizes = {k: p.stat().st_size / 2**20 for k, p in (("ours", ours_file), ("shell", shell_file))}
        print(f"{'':28s}{'wall ms':>10s}{'cpu ms':>10s}{'MB':>8s}")
        print(
            f"{'ours (entries.csv)':28s}{wall['ours'] * 1000:10.1f}{cpu['ours'] * 1000:10.1f}{sizes['ours']:8.1f}"
        )
        print(
            f"{'sqlite3 -csv select *':28s}{wall['shell'] * 1000:10.1f}{cpu['shell'] * 1000:10.1f}"
            f"{sizes['shell']:8.1f}"
        )
        ratio_wall, ratio_cpu = wall["ours"] / wall["shell"], cpu["ours"] / cpu["shell"]
        print(
            f"ratio ours/shell (median of {args.runs}): wall {ratio_wall:.2f}x, cpu {ratio_cpu:.2f}x "
            f"(target <= 2x: {'met' if ratio_wall <= 2 else 'NOT met'} on wall-clock time)"
        )
        if args.do_import:
            with Journal.open(root / "empty") as empty:
                for name in ("Left temple", "Right elbow", "@odd name"):
                    empty.store.add_site(Site.new(name=name, kind="deposit", region="face"))
                wall_import, _ = measure(lambda: import_csv(empty, [ours_file]))
                print(f"import of that entries.csv into an empty journal: {wall_import:.1f} s")
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
