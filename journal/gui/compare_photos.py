"""The photos of one site, each labelled with the date of its entry, oldest first."""

from __future__ import annotations

import dataclasses
from collections import Counter

from journal.core.model import Photo
from journal.core.store import Store


@dataclasses.dataclass(frozen=True)
class DatedPhoto:
    photo: Photo
    label: str  # "2026-03-01" or "2026-03-01 (2 of 3)" when an entry has several photos


def dated_photos(store: Store, site_id: int) -> list[DatedPhoto]:
    dates = {entry.id: entry.date for entry in store.entries(site_id)}
    photos = [p for p in store.photos(site_id=site_id) if p.entry_id in dates]
    per_entry = Counter(p.entry_id for p in photos)
    seen: Counter[int] = Counter()
    result = []
    for photo in photos:
        seen[photo.entry_id] += 1
        label = dates[photo.entry_id].isoformat()
        if per_entry[photo.entry_id] > 1:
            label += f" ({seen[photo.entry_id]} of {per_entry[photo.entry_id]})"
        result.append(DatedPhoto(photo, label))
    return result
