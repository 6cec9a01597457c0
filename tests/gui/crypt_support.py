"""Encrypted journals for the window's tests, made with the core (a light Argon2id setting, in
this process only, so each unlock takes milliseconds instead of about half a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.crypt import convert, header, keys
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal

PASS = "correct horse battery"
SHOTS = Path("/tmp/shots14")


def light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def encrypted_journal(folder: Path, samples: Path, photos: int = 1) -> str:
    """An encrypted journal with one site and `photos` entries of one photo each, closed and
    locked again (its keys forgotten); returns its recovery code."""
    code = convert.create(folder, PASS)
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
        names = ["forearm_2026-03-01.jpg", "forearm_2026-04-02_rotated.jpg"]
        for day in range(photos):
            journal.add_entry(
                Entry.new(site_id=site.id, date=f"2026-03-{day + 1:02d}", size_mm=3.0),
                [samples / "photos" / names[day % len(names)]],
            )
    keys.forget(folder)
    return code


def flip_a_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def shot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
