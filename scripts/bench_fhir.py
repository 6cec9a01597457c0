#!/usr/bin/env python3
"""FHIR export speed: the resource counts of a long journal's bundle and the time to export it
without photos (read the journal, build the bundle, encode it, write the file).

    .venv/bin/python scripts/bench_fhir.py [--journal /tmp/skinjournal-bench-10y-20sites] [--runs 3]

The journal is opened read-only (a demo made by `skinjournal --journal DIR demo --years 10
--sites 20`, or scripts/bench_foundation.py). Target: under 2 s for 10 years and 20 sites.
Prints each run's wall-clock and CPU time and their medians (CPU time is steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.fhir.bundle import write_fhir  # noqa: E402
from journal.core.journal import Journal  # noqa: E402

TARGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the FHIR export of a long journal (no photos).")
    parser.add_argument("--journal", type=Path, default=Path("/tmp/skinjournal-bench-10y-20sites"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (args.journal / "journal.sqlite3").exists():
        print(
            f"No journal in {args.journal}; make one with `skinjournal --journal DIR demo --years 10 --sites 20`."
        )
        return 2
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.json"
        for run in range(args.runs):
            wall0, cpu0 = time.perf_counter(), time.process_time()
            with Journal.open(args.journal, readonly=True) as journal:
                export = write_fhir(journal, out, photos="none")
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            walls.append(wall)
            cpus.append(cpu)
            print(f"run {run + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU")
        size = out.stat().st_size
    total = sum(export.counts.values())
    print(f"journal: {args.journal}")
    print(f"resources: {total} ({export.describe_counts()}); file {size / 2**20:.1f} MB")
    median = statistics.median(walls)
    print(
        f"export without photos: median {median:.2f} s wall, {statistics.median(cpus):.2f} s CPU "
        f"(target under {TARGET_S:g} s: {'met' if median < TARGET_S else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
