#!/usr/bin/env python3
"""Benchmark of the foundation: the large demo journal and reading it back.

Prints (a) the time `skinjournal demo --years 10 --sites 20` takes in a fresh temporary
folder, (b) the folder's size on disk (total, database, photos, thumbnails), and (c) the
median of 5 wall times of `skinjournal --journal DIR entries --json` (output to /dev/null).

    .venv/bin/python scripts/bench_foundation.py [--years 10] [--sites 20] [--runs 5] [--keep DIR]

Every figure is a whole child process, as a person or a script would run it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKINJOURNAL = [sys.executable, "-m", "journal"]


def disk_bytes(folder: Path) -> int:
    """Bytes the files take on disk (allocated blocks), not only their lengths."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


def file_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def mb(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


def timed(command: list[str], **kwargs: object) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", default="10")
    parser.add_argument("--sites", default="20")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="make the journal here and keep it (must not exist)")
    args = parser.parse_args()

    scratch = None if args.keep else Path(tempfile.mkdtemp(prefix="skinjournal-bench-"))
    folder = Path(args.keep) if args.keep else scratch / "journal"  # type: ignore[operator]
    try:
        print(f"cpus: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.1f}")
        seconds = timed(
            [*SKINJOURNAL, "--journal", str(folder), "demo", "--years", args.years, "--sites", args.sites],
            stdout=subprocess.DEVNULL,
        )
        print(f"(a) demo --years {args.years} --sites {args.sites}: {seconds:.1f} s")

        db = sum(p.lstat().st_blocks * 512 for p in folder.glob("journal.sqlite3*"))
        photos, thumbs = disk_bytes(folder / "photos"), disk_bytes(folder / "thumbs")
        count = sum(1 for p in (folder / "photos").rglob("*") if p.is_file())
        print(
            f"(b) size on disk: {mb(disk_bytes(folder))} total; database {mb(db)}; "
            f"photos {mb(photos)} ({count} files, {mb(file_bytes(folder / 'photos'))} of content); "
            f"thumbnails {mb(thumbs)}"
        )

        times = []
        with open(os.devnull, "wb") as devnull:
            for _ in range(args.runs):
                times.append(
                    timed([*SKINJOURNAL, "--journal", str(folder), "entries", "--json"], stdout=devnull)
                )
        listed = subprocess.run(
            [*SKINJOURNAL, "--journal", str(folder), "entries", "--json"], check=True, capture_output=True
        ).stdout.count(b'"site_id"')
        print(
            f"(c) entries --json ({listed} entries): median {statistics.median(times):.2f} s of "
            f"{args.runs} runs ({', '.join(f'{t:.2f}' for t in times)})"
        )
        started = time.perf_counter()
        subprocess.run([*SKINJOURNAL, "--version"], check=True, stdout=subprocess.DEVNULL)
        print(f"    for scale: `skinjournal --version` takes {time.perf_counter() - started:.2f} s")
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
