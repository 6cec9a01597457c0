"""Listing entries with their photo files in one query (what `entries --json` prints)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from journal_helpers import run_cli
from PIL import Image

from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    Image.new("RGB", (64, 48), colour).save(path, "PNG")
    return path


def test_entries_come_in_date_order_with_their_photos_in_the_order_added(
    journal: Journal, tmp_path: Path
) -> None:
    arm = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    crown = journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
    assert arm.id and crown.id
    later, _ = journal.add_entry(
        Entry.new(site_id=arm.id, date="2025-03-08", size_mm=4.1),
        [_photo(tmp_path, "b.png", (200, 10, 10)), _photo(tmp_path, "a.png", (10, 200, 10))],
    )
    bare, _ = journal.add_entry(Entry.new(site_id=crown.id, date="2025-03-01", tightness=4))
    first, shots = journal.add_entry(
        Entry.new(site_id=arm.id, date="2025-03-01", size_mm=4.0), [_photo(tmp_path, "c.png", (10, 10, 200))]
    )

    listed = journal.store.entries_with_photo_files()
    assert [entry.id for entry, _ in listed] == [bare.id, first.id, later.id]
    assert listed[0][1] == [] and listed[1][1] == [(shots[0].sha256, "png")]
    assert [journal.photo_path(p) for p in journal.store.photos(entry_id=later.id)] == [
        journal.folder / journal.files.relative(sha, ext) for sha, ext in listed[2][1]
    ]
    assert listed[2][0] == journal.store.entry(later.id)  # the same record as entry() gives
    assert [e.date for e, _ in journal.store.entries_with_photo_files(site_id=arm.id)] == [
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 8),
    ]

    journal.close()
    printed = json.loads(run_cli(journal.folder, "entries", "Left forearm", "--json").stdout)
    assert [row["photos"] for row in printed] == [
        [f"photos/{shots[0].sha256[:2]}/{shots[0].sha256}.png"],
        [journal.files.relative(sha, ext) for sha, ext in listed[2][1]],
    ]
    assert all((journal.folder / path).is_file() for row in printed for path in row["photos"])
