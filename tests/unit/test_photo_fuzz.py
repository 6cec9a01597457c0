"""Hostile photo files: whatever Pillow or pi-heif raises on them is a refusal in words.

A seeded fuzz run mutates the sample photos (bit flips, truncation, overwritten runs,
duplicated and reordered PNG chunks, JPEG segments and HEIF boxes) and feeds each one
through what `log --photo` does (prepare, then add the entry): every file is either stored
or refused with PhotoRejected, and a refusal leaves the rows and the photo files as they
were. A handful of mutations go through the real command line as well.
"""

from __future__ import annotations

import io
import os
import random
import struct
import zlib
from pathlib import Path

import pytest
from journal_helpers import folder_state, run_cli
from PIL import Image

from journal.core.domain.model import Entry, Site
from journal.core.errors import PhotoRejected

SEED = 20261130
MUTATIONS_PER_SOURCE = 64  # 8 sources: 512 mutations


def _sources(samples: Path) -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in sorted((samples / "photos").iterdir()) if p.suffix != ".gif"}
    skin = Image.new("RGB", (96, 64), (220, 170, 140))
    skin.paste((120, 80, 60), (0, 50, 96, 64))
    for name, options in (("lossy.webp", {"quality": 80}), ("lossless.webp", {"lossless": True})):
        out = io.BytesIO()
        skin.save(out, "WEBP", **options)
        found[name] = out.getvalue()
    return found


# -- the pieces each format is made of ---------------------------------------------------------


def _png_pieces(data: bytes) -> tuple[bytes, list[bytes]]:
    pieces, pos = [], 8
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        pieces.append(data[pos : pos + 12 + length])
        pos += 12 + length
    return data[:8], pieces


def _jpeg_pieces(data: bytes) -> tuple[bytes, list[bytes]]:
    """Segments from SOI to SOS; the rest (entropy-coded data and EOI) is the last piece."""
    pieces, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        if data[pos + 1] == 0xDA:
            break
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        pieces.append(data[pos : pos + 2 + length])
        pos += 2 + length
    pieces.append(data[pos:])
    return data[:2], pieces


def _box_pieces(data: bytes, start: int = 0, end: int | None = None) -> list[bytes]:
    pieces, pos, end = [], start, len(data) if end is None else end
    while pos + 8 <= end:
        size = struct.unpack(">I", data[pos : pos + 4])[0]
        if size < 8:
            break
        pieces.append(data[pos : pos + size])
        pos += size
    return pieces


def _heif_pieces(data: bytes) -> tuple[bytes, list[bytes]]:
    return b"", _box_pieces(data)


def _mutate_heif_meta(rng: random.Random, kind: str, data: bytes) -> bytes:
    """Duplicate, swap or drop a child of the meta box (pitm, iinf, iloc, iprp...) and rebuild it."""
    boxes = _box_pieces(data)
    at = next(i for i, box in enumerate(boxes) if box[4:8] == b"meta")
    meta = boxes[at]
    children = _box_pieces(meta, 12)  # meta is a full box: version and flags after its header
    i = rng.randrange(len(children))
    if kind == "duplicate":
        children.insert(rng.randrange(len(children) + 1), children[i])
    elif kind == "reorder":
        j = rng.randrange(len(children))
        children[i], children[j] = children[j], children[i]
    else:
        del children[i]
    body = meta[8:12] + b"".join(children)
    boxes[at] = struct.pack(">I", len(body) + 8) + b"meta" + body
    return b"".join(boxes)


def _webp_pieces(data: bytes) -> tuple[bytes, list[bytes]]:
    pieces, pos = [], 12
    while pos + 8 <= len(data):
        size = struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        pieces.append(data[pos : pos + 8 + size + (size & 1)])
        pos += 8 + size + (size & 1)
    return data[:12], pieces


def _pieces(name: str, data: bytes) -> tuple[bytes, list[bytes]]:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return _png_pieces(data)
    if data[:2] == b"\xff\xd8":
        return _jpeg_pieces(data)
    if data[:4] == b"RIFF":
        return _webp_pieces(data)
    return _heif_pieces(data)


def _fix_png_crcs(data: bytes) -> bytes:
    """Recompute every chunk checksum, so the damage reaches the decoder instead of the checksum check."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return data
    out, pos = bytearray(data[:8]), 8
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        if pos + 12 + length > len(data):
            break
        body = data[pos + 4 : pos + 8 + length]
        out += data[pos : pos + 4] + body + struct.pack(">I", zlib.crc32(body))
        pos += 12 + length
    return bytes(out + data[pos:])


def _mutate(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(
        [
            "flip",
            "flip",
            "flip",
            "truncate",
            "overwrite",
            "insert",
            "duplicate",
            "reorder",
            "drop",
            "flip-fixed",
        ]
    )
    buffer = bytearray(data)
    if kind in ("flip", "flip-fixed"):
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(buffer))
            buffer[at] ^= 1 << rng.randrange(8)
        result = bytes(buffer)
        return kind, _fix_png_crcs(result) if kind == "flip-fixed" else result
    if kind == "truncate":
        return kind, data[: rng.randrange(1, len(data))]
    if kind == "overwrite":
        at = rng.randrange(len(buffer))
        run = rng.randint(1, 64)
        buffer[at : at + run] = rng.choice([bytes(run), b"\xff" * run, rng.randbytes(run)])
        return kind, bytes(buffer)
    if kind == "insert":
        at = rng.randrange(len(buffer))
        return kind, bytes(buffer[:at] + rng.randbytes(rng.randint(1, 32)) + buffer[at:])
    if name.endswith(".heic") and rng.random() < 0.6:
        return f"meta-{kind}", _mutate_heif_meta(rng, kind, data)
    head, pieces = _pieces(name, data)
    if len(pieces) < 2:
        return "flip", bytes(buffer[:-1])
    pieces = list(pieces)
    i = rng.randrange(len(pieces) - 1)  # the last piece (picture data, IEND) stays last more often
    if kind == "duplicate":
        pieces.insert(rng.randrange(len(pieces) + 1), pieces[i])
    elif kind == "reorder":
        j = rng.randrange(len(pieces))
        pieces[i], pieces[j] = pieces[j], pieces[i]
    else:
        del pieces[i]
    return kind, head + b"".join(pieces)


def _journal_state(journal) -> tuple[int, int, set[str]]:
    """How many entry and photo rows there are, and every name under photos/ and thumbs/."""
    rows = journal.conn.execute(
        "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM photos)"
    ).fetchone()
    files = set()
    for folder in (journal.files.photos, journal.files.thumbs):
        if folder.exists():
            for sub in os.scandir(folder):  # photos/ab/<sha>.jpg: two levels, plus any stray file
                files.add(sub.path)
                if sub.is_dir():
                    files.update(entry.path for entry in os.scandir(sub.path))
    return rows[0], rows[1], files


def test_mutated_photos_are_stored_or_refused_never_a_traceback(journal, samples, tmp_path):
    site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    rng = random.Random(SEED)
    outcomes = {"stored": 0, "refused": 0}
    crashes = []
    target = tmp_path / "in"
    target.mkdir()
    state = _journal_state(journal)
    for name, data in _sources(samples).items():
        for number in range(MUTATIONS_PER_SOURCE):
            kind, mutated = _mutate(rng, name, data)
            source = target / f"{number:03d}_{kind}_{name}"
            source.write_bytes(mutated)
            try:
                journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01"), [source])
            except PhotoRejected as exc:
                outcomes["refused"] += 1
                message = str(exc)
                assert message.startswith(source.name) and message.endswith("."), message
                assert "\n" not in message
                assert _journal_state(journal) == state, source.name
            except Exception as exc:  # any other exception is what a person would see as a traceback
                crashes.append(f"{source.name}: {type(exc).__name__}: {exc}")
                state = _journal_state(journal)
            else:
                outcomes["stored"] += 1
                state = _journal_state(journal)
            source.unlink()
    assert not crashes, "\n".join(crashes[:20])
    assert sum(outcomes.values()) >= 500
    assert outcomes["refused"] >= 100 and outcomes["stored"] >= 10, outcomes  # the mutations reach both ends


def test_a_handful_of_mutated_photos_through_the_command_line(tmp_path, samples):
    journal_dir = tmp_path / "journal"
    assert (
        run_cli(
            journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm"
        ).returncode
        == 0
    )
    rng = random.Random(SEED + 1)
    sources = _sources(samples)
    refused = 0
    for number, name in enumerate(
        [
            "elbow_no_exif.png",
            "forearm_2026-03-01.jpg",
            "scalp_crown_phone.heic",
            "lossless.webp",
            "cmyk_scan.jpg",
            "elbow_no_exif.png",
        ]
    ):
        kind = None
        while kind not in ("flip-fixed", "truncate", "duplicate", "reorder", "overwrite"):
            kind, mutated = _mutate(rng, name, sources[name])
        source = tmp_path / f"{number}_{kind}_{name}"
        source.write_bytes(mutated)
        before = folder_state(journal_dir)
        result = run_cli(journal_dir, "log", "Left forearm", "--date", "2026-03-01", "--photo", str(source))
        assert "Traceback" not in result.stderr, result.stderr
        if result.returncode == 2:
            refused += 1
            assert result.stderr.startswith(f"skinjournal: {source.name}: "), result.stderr
            assert folder_state(journal_dir) == before
        else:
            assert result.returncode == 0, result.stderr
    assert refused >= 1


# -- text chunks that decompress too large --------------------------------------------------------


def _png_with_huge_text(after_pixels: bool, chunk: bytes = b"zTXt") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (220, 170, 140)).save(out, "PNG")
    data = out.getvalue()
    bomb = zlib.compress(b"a" * (8 * 2**20), 9)  # 8 MB of text in about 8 KB
    body = b"Comment\x00\x00" + bomb if chunk == b"zTXt" else b"Comment\x00\x01\x00\x00\x00" + bomb
    text = struct.pack(">I", len(body)) + chunk + body + struct.pack(">I", zlib.crc32(chunk + body))
    at = data.index(b"IEND") - 4 if after_pixels else data.index(b"IDAT") - 4
    return data[:at] + text + data[at:]


@pytest.mark.parametrize("chunk", [b"zTXt", b"iTXt"])
def test_a_png_whose_text_decompresses_too_large_is_refused(journal, tmp_path, chunk):
    source = tmp_path / "text_bomb.png"
    source.write_bytes(_png_with_huge_text(after_pixels=False, chunk=chunk))
    site = journal.store.add_site(Site.new(name="Elbow", kind="deposit", region="elbow"))
    before = _journal_state(journal)
    with pytest.raises(PhotoRejected, match=r"^text_bomb\.png: "):
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01"), [source])
    assert _journal_state(journal) == before


def test_the_command_line_refuses_a_text_bomb_png_in_words(tmp_path):
    journal_dir = tmp_path / "journal"
    assert (
        run_cli(journal_dir, "site", "add", "Elbow", "--kind", "deposit", "--region", "elbow").returncode == 0
    )
    source = tmp_path / "text_bomb.png"
    source.write_bytes(_png_with_huge_text(after_pixels=False))
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "log", "Elbow", "--date", "2026-03-01", "--photo", str(source))
    assert result.returncode == 2
    assert result.stderr.startswith("skinjournal: text_bomb.png: ") and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before


def test_a_text_bomb_after_the_pixels_is_not_read_and_the_picture_is_stored_without_it(journal, tmp_path):
    # Pillow skips text chunks after the picture data when it decodes; the stored copy has none.
    source = tmp_path / "late_text_bomb.png"
    source.write_bytes(_png_with_huge_text(after_pixels=True))
    site = journal.store.add_site(Site.new(name="Elbow", kind="deposit", region="elbow"))
    _, photos = journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01"), [source])
    assert b"Comment" not in journal.photo_path(photos[0]).read_bytes()
