"""Measure how long recomputing the alerts takes on a large journal, and print the figures.

    .venv/bin/python scripts/bench_alerts.py                 # a synthetic 10-year, 20-site journal
    .venv/bin/python scripts/bench_alerts.py --journal DIR   # an existing journal (e.g. the big demo)

`current_alerts` recomputes every rule over the whole journal and syncs the alerts table on each
call, so its time is what the window and the summary pay whenever they ask.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.core.alerts import current_alerts, findings  # noqa: E402
from journal.core.domain.model import DailyCheck, Entry, Site  # noqa: E402
from journal.core.journal import Journal  # noqa: E402


def fill(journal: Journal, years: int, sites: int, seed: int) -> None:
    """Weekly entries with ruler noise, a growth episode and a sore per site, daily checks; no photos."""
    rng = random.Random(seed)
    end = dt.date(2026, 6, 30)
    weeks = round(years * 52.18)
    start = end - dt.timedelta(weeks=weeks)
    with journal.store.transaction():
        for index in range(sites):
            site = journal.store.add_site(
                Site.new(
                    name=f"Site {index + 1}", kind="deposit", region="forearm", near_joint=index % 3 == 0
                )
            )
            size, tightness = rng.uniform(2, 5), rng.uniform(1, 4)
            burst, sore = rng.randrange(weeks), rng.randrange(weeks)
            for week in range(weeks):
                size += 0.01 + (0.6 if burst <= week < burst + 4 else 0.0)
                tightness = min(10.0, tightness + 0.005)
                journal.store.add_entry(
                    Entry.new(
                        site_id=site.id,
                        date=start + dt.timedelta(weeks=week),
                        size_mm=round(size + rng.uniform(-0.3, 0.3), 1),
                        count=rng.randint(2, 3),
                        tightness=round(tightness + rng.choice((-1, 0, 0, 1))),
                        pain=rng.randint(0, 3 + (week == sore)),
                        ulcerated=week == sore,
                        discharge=week == sore,
                    )
                )
        for n in range((end - start).days):
            journal.store.save_daily(
                DailyCheck(
                    date=start + dt.timedelta(days=n),
                    fatigue=rng.random() < 0.2,
                    weakness=rng.random() < 0.05,
                    urination_changes=False,
                )
            )


def timed(call) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal", type=Path, help="measure this journal instead of a synthetic one")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.journal or Path(tmp) / "journal"
        with Journal.open(folder) as journal:
            if args.journal is None:
                print(f"filling a synthetic journal: {args.years} years, {args.sites} sites ...")
                print(f"  filled in {timed(lambda: fill(journal, args.years, args.sites, 1)):.1f} s")
            store = journal.store
            print(
                f"journal: {len(store.sites())} sites, {len(store.entries())} entries, "
                f"{len(store.daily_checks())} daily checks, {len(store.labs())} lab results"
            )
            first = timed(lambda: current_alerts(store))
            print(f"first current_alerts (alerts table synced from scratch): {first * 1000:.0f} ms")
            again = [
                timed(lambda: current_alerts(store, include_acknowledged=True)) for _ in range(args.runs)
            ]
            print(
                f"current_alerts, nothing changed since the last call: median "
                f"{statistics.median(again) * 1000:.1f} ms of {args.runs}"
            )
            site = store.sites()[0]
            last = max(e.date for e in store.entries(site_id=site.id))
            changed = []
            for run in range(args.runs):
                store.add_entry(Entry(site_id=site.id or 0, date=last + dt.timedelta(days=run + 1), pain=1))
                changed.append(timed(lambda: current_alerts(store)))
            print(
                f"current_alerts after a new entry (full recomputation): median "
                f"{statistics.median(changed) * 1000:.0f} ms of {args.runs}"
            )
            rules = [timed(lambda: findings(store)) for _ in range(args.runs)]
            print(
                f"  of which reading the journal and judging the rules: median "
                f"{statistics.median(rules) * 1000:.0f} ms"
            )
            store.add_entry(Entry(site_id=site.id or 0, date=last + dt.timedelta(days=args.runs + 1), pain=1))
            tracemalloc.start()
            current_alerts(store)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"peak Python memory during a recomputation: {peak / 1e6:.1f} MB")
            counts: dict[str, int] = {}
            for alert in current_alerts(store, include_acknowledged=True):
                counts[alert.rule] = counts.get(alert.rule, 0) + 1
            print("alerts by rule: " + ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
