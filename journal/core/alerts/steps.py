"""The time logic shared by the rules: one reading per day, rises against a window, episodes.

Several entries of one site on one day are one observation: a number's reading for that day
is the day's largest value (the site's largest size, its highest tightness or pain that day),
and a yes/no sign counts if any entry that day ticks it. Taking the same reading on both sides
of a comparison means two measurements on one day never look like growth, and the result does
not depend on the order the entries were saved in. Missing values are skipped: a day whose
entries leave a number empty has no reading for it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from journal.core.domain.model import Entry


@dataclasses.dataclass(frozen=True)
class Reading:
    date: dt.date
    value: float
    entry_id: int | None = None
    uncertainty: float = 0.0  # the ± of a size (0: not known, or a rating); see journal/core/measure


@dataclasses.dataclass(frozen=True)
class Rise:
    """A reading that grew past the margins from the baseline logged within the window before it."""

    baseline: Reading
    now: Reading
    step_from: Reading | None = None  # in an ongoing episode: the reading that raised the last step


def daily_readings(
    entries: Iterable[Entry], field: str, uncertainty: Callable[[Entry], float] | None = None
) -> list[Reading]:
    """The largest value of `field` on each day, oldest day first (ties: the lowest entry id),
    with the ± `uncertainty` gives that entry's value."""
    best: dict[dt.date, Reading] = {}
    for entry in entries:
        value = getattr(entry, field)
        if value is None:
            continue
        reading = Reading(entry.date, float(value), entry.id, uncertainty(entry) if uncertainty else 0.0)
        held = best.get(entry.date)
        if held is None or (reading.value, -(reading.entry_id or 0)) > (held.value, -(held.entry_id or 0)):
            best[entry.date] = reading
    return [best[day] for day in sorted(best)]


def rises(
    readings: Sequence[Reading],
    window_days: int,
    grew: Callable[[Reading, Reading], bool],
    floor: float | None = None,
) -> list[Rise]:
    """The days a reading grew past the margins from one logged within `window_days` before it.

    The baseline is the smallest reading in the window that `grew(before, after)` passes from
    (the earliest of equals); readings below `floor` are never a baseline. Every reading in the
    window is tried, not only the smallest: with uncertainties a smaller but noisier reading
    (a ruler's) may not show growth that a slightly larger, precise one (a photo's) does. One rise per growth step: while the growth goes on (the margins are passed again
    within the window), a day counts as a further step only when it also passes the margins from
    the reading that raised the previous step. A later episode, after a window without growth,
    starts afresh. Each day is judged only from readings up to that day.
    """
    found: list[Rise] = []
    level: Reading | None = None
    last_growth: dt.date | None = None
    dates = [r.date for r in readings]
    for index, now in enumerate(readings):
        first = bisect.bisect_left(dates, now.date - dt.timedelta(days=window_days), 0, index)
        baseline: Reading | None = None
        for earlier in readings[first:index]:
            if (
                (floor is None or earlier.value >= floor)
                and (baseline is None or earlier.value < baseline.value)
                and grew(earlier, now)
            ):
                baseline = earlier
        if baseline is None:
            continue
        ongoing = last_growth is not None and (now.date - last_growth).days <= window_days
        if not ongoing or level is None:
            found.append(Rise(baseline, now))
            level = now
        elif grew(level, now):
            found.append(Rise(baseline, now, step_from=found[-1].now))
            level = now
        last_growth = now.date
    return found


def high_spells(readings: Sequence[Reading], threshold: float, step: float) -> list[Rise]:
    """The days a rating reached `threshold` after a lower one (or first), and each later rise of
    `step` within the same spell; `Rise.baseline` is the reading that opened the spell."""
    found: list[Rise] = []
    opened: Reading | None = None
    level = 0.0
    for now in readings:
        if now.value < threshold:
            opened = None
            continue
        if opened is None:
            opened, level = now, now.value
            found.append(Rise(now, now))
        elif within(now.value, level + step):
            level = now.value
            found.append(Rise(found[-1].now, now))
    return found


def sign_days(entries: Iterable[Entry], field: str) -> list[tuple[dt.date, list[Entry]]]:
    """Each day the site was logged, with that day's entries that tick `field` (maybe none)."""
    days: dict[dt.date, list[Entry]] = {}
    for entry in entries:
        ticked = days.setdefault(entry.date, [])
        if getattr(entry, field) is True:
            ticked.append(entry)
    return [(day, sorted(days[day], key=lambda e: e.id or 0) if days[day] else []) for day in sorted(days)]


def episode_starts(days: Sequence[tuple[dt.date, bool]]) -> list[dt.date]:
    """The days a yes/no sign appears after a logged day without it (or first ever).

    A logged day that does not tick the sign ends an episode: on a form a sign is reported by
    ticking it, so an untouched box means it was not seen that day. Days without a record
    are skipped.
    """
    starts: list[dt.date] = []
    before = False
    for day, present in days:
        if present and not before:
            starts.append(day)
        before = present
    return starts


def within(value: float, target: float) -> bool:
    """`value >= target`, forgiving float error (sizes are in 0.1 mm steps: 2.0 * 1.3 is 2.6000000000000005)."""
    return value >= target - 1e-9
