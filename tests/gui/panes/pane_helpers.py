"""Builders shared by the pane tests (charts, photos, alerts, records).

Everything is real: a migrated journal in a tmp folder, photos drawn with Pillow and
imported through the journal's own photo pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PIL import Image, ImageDraw

from journal.core.domain.model import Entry, Site
from journal.core.operations import Changes
from journal.gui.session import JournalSession


def add_site(session: JournalSession, name: str = "Left forearm", region: str = "forearm", **extra) -> Site:
    site = session.store.add_site(Site.new(name=name, kind="deposit", region=region, **extra))
    session.notify(Changes.of(sites=[site.id]))
    return site


def add_entry(session: JournalSession, site: Site, day: str, photos=(), **values) -> Entry:
    entry, _photos = session.journal.add_entry(Entry.new(site_id=site.id, date=day, **values), photos)
    session.notify(Changes.of(entries=[entry.id], sites=[site.id]))
    return entry


def skin_photo(folder: Path, name: str, colour: tuple[int, int, int], size=(400, 300)) -> Path:
    """A plain patch of one colour with a dark ring (the 'deposit') and a ruler band."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.35, h * 0.3, w * 0.6, h * 0.65), outline=(60, 40, 30), width=6)
    draw.rectangle((0, h - 24, w, h), fill=(245, 245, 235))
    for x in range(0, w, 10):
        draw.line((x, h - 24, x, h - (8 if x % 50 else 2)), fill=(0, 0, 0))
    path = folder / name
    image.save(path, "JPEG", quality=92)
    return path


def days_ago(n: int) -> str:
    return (dt.date.today() - dt.timedelta(days=n)).isoformat()
