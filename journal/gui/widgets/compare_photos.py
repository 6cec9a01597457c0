"""The photos of one site, each labelled with the day it was taken, oldest first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from journal.core.domain.model import Photo
from journal.core.language import Words, date_text
from journal.core.measure.model import Measurement
from journal.core.store import Store


class ComparePhotosWords(Words):
    """How a photo is named in the compare window's choices."""


@dataclasses.dataclass(frozen=True)
class DatedPhoto:
    photo: Photo
    # "2026-03-01", "2026-03-01 (2 of 3)" when several were taken that day, and
    # "2026-04-02 (entry of 2026-11-30)" when it was taken on another day than its entry's.
    label: str


def dated_photos(store: Store, site_id: int) -> list[DatedPhoto]:
    dates = {entry.id: entry.date for entry in store.entries(site_id)}
    photos = [p for p in store.photos(site_id=site_id) if p.entry_id in dates]

    def taken(photo: Photo) -> dt.date:
        # The photo's own date (its camera's); an old row without one is dated by its entry.
        return photo.taken_on or dates[photo.entry_id]

    photos.sort(key=lambda p: (taken(p), dates[p.entry_id]))  # stable: an entry's photos keep their order
    per_day = Counter(taken(p) for p in photos)
    seen: Counter[dt.date] = Counter()
    result = []
    for photo in photos:
        day, entry_day = taken(photo), dates[photo.entry_id]
        seen[day] += 1
        label = date_text(day)
        if per_day[day] > 1:
            label += " " + ComparePhotosWords.tr("({number} of {count})").format(
                number=seen[day], count=per_day[day]
            )
        if entry_day != day:
            label += " " + ComparePhotosWords.tr("(entry of {date})").format(date=date_text(entry_day))
        result.append(DatedPhoto(photo, label))
    return result


def latest_measurement(store: Store, photo: Photo) -> Measurement | None:
    """The photo's newest saved measurement (its calibration), or None."""
    if photo.id is None:
        return None
    found = store.measurements_for_photo(photo.id)
    return found[-1] if found else None
