"""`export csv`: one CSV file per record type, for a spreadsheet or another journal.

The store hands out rows already shaped for the file (site names, yes/no, free text guarded
against formulas), and `csv.writer.writerows` writes them in C: no Python object per row.
Every file is written to a temporary name first and renamed only when all are complete, so
an interrupted export never leaves a half-written set beside an old one.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from journal.core.csv.format import COLUMNS, KINDS, file_name
from journal.core.errors import JournalError
from journal.core.folder.durable import write_atomic
from journal.core.folder.paths import ensure_private_dir
from journal.core.journal import Journal
from journal.core.language import Words


class CsvExportWords(Words):
    """Why an export to CSV files was refused."""


PHOTOS_FOLDER = "photos"


@dataclasses.dataclass(frozen=True)
class ExportResult:
    folder: Path
    rows: dict[str, int]  # record type -> rows written
    photos_copied: int = 0
    missing_photos: tuple[str, ...] = ()


def export_csv(journal: Journal, out_dir: Path, bom: bool = False, photos: bool = False) -> ExportResult:
    """Write sites.csv, entries.csv ... into `out_dir` (created if needed), replacing files
    of those names. With `photos`, copy every picture into `out_dir/photos/` too."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise JournalError(
            CsvExportWords.tr("{folder} is a file; choose a folder for the CSV files.").format(folder=out_dir)
        )
    ensure_private_dir(out_dir, "folder for the CSV files")
    written: list[tuple[Path, Path]] = []
    rows: dict[str, int] = {}
    try:
        # One read transaction: every file shows the same moment, even while the window writes
        # (photos.csv must name entries that entries.csv has).
        with journal.store.read_transaction():
            for kind in KINDS:
                tmp = out_dir / f".tmp-{kind}-{os.getpid()}.csv"
                written.append((tmp, out_dir / file_name(kind)))
                rows[kind] = write_kind(journal, kind, tmp, bom)
        for tmp, target in written:
            os.replace(tmp, target)
    finally:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
    copied, missing = _copy_photos(journal, out_dir / PHOTOS_FOLDER) if photos else (0, [])
    return ExportResult(out_dir, rows, copied, tuple(missing))


def write_kind(journal: Journal, kind: str, path: Path, bom: bool = False) -> int:
    """Write one record type to `path`; return the number of rows."""
    cursor = journal.store.csv_cursor(kind)
    names = [d[0] for d in cursor.description]
    expected = ["site", "plain_values", "note"] if kind == "entries" else list(COLUMNS[kind])
    if names != expected:
        raise AssertionError(f"the {kind} query gives {names}, the CSV format wants {expected}")
    # Private by default like the journal itself: the person decides whom to give it to.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)  # excel dialect: CRLF, quotes only where needed
        writer.writerow(COLUMNS[kind])
        if kind == "entries":
            return _write_entries(cursor, handle)
        counter = itertools.count(1)
        writer.writerows(row for row, _ in zip(cursor, counter, strict=False))
        return next(counter) - 1


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _cell(text: str | None) -> str:
    """What csv.writer writes for a text cell (excel dialect, minimal quoting)."""
    if text is None:
        return ""
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_entries(cursor: Iterable[tuple[str, str, str | None]], handle: TextIO) -> int:
    """The 100k-row path: the store joined the plain columns already; here each line is
    the entry key (its place in the file, which photos.csv refers to), the site, those
    columns and the note, written in blocks."""
    sites: dict[str, str] = {}
    key = 0
    block: list[str] = []
    for site, plain, note in cursor:
        key += 1
        cell = sites.get(site)
        if cell is None:
            cell = sites[site] = _cell(site)
        block.append(f"{key},{cell},{plain},{_cell(note)}\r\n")
        if len(block) == 5000:
            handle.write("".join(block))
            block.clear()
    handle.write("".join(block))
    return key


def _copy_photos(journal: Journal, target_dir: Path) -> tuple[int, list[str]]:
    """Copy each picture once, under the journal's own layout (photos/ab/<sha256>.<ext>). An
    encrypted journal's pictures are decrypted in memory and written plain: the export is the
    person's choice (the command says which files are plain); a damaged one is not copied."""
    if journal.files.key is not None:
        return _write_photos(journal, target_dir)
    copied, missing = 0, []
    seen: set[str] = set()
    for photo in journal.store.photos():
        if photo.sha256 in seen:
            continue
        seen.add(photo.sha256)
        source = journal.photo_path(photo)
        target = target_dir / source.relative_to(journal.files.photos)
        if not source.exists():
            missing.append(photo.file_name)
            continue
        if target.exists() and target.stat().st_size == source.stat().st_size:
            continue
        ensure_private_dir(target.parent, "folder for the photos")
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        os.close(fd)
        try:
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        copied += 1
    return copied, missing


def _write_photos(journal: Journal, target_dir: Path) -> tuple[int, list[str]]:
    copied, missing = 0, []
    seen: set[str] = set()
    for photo in journal.store.photos():
        if photo.sha256 in seen:
            continue
        seen.add(photo.sha256)
        try:
            data = journal.files.read(photo.sha256, photo.ext)
        except (FileNotFoundError, JournalError):  # missing, or changed since it was sealed
            missing.append(photo.file_name)
            continue
        # named by the SHA-256, as a plain journal's (and the CSV import's) layout: the export is plain
        target = target_dir / photo.sha256[:2] / f"{photo.sha256}.{photo.ext}"
        if target.exists() and target.stat().st_size == len(data):
            continue
        write_atomic(target, data)
        copied += 1
    return copied, missing
