"""A full disk, for real: a 4 MB tmpfs filled up but for one page.

Every write is refused in words that say the disk is full (exit status 2, no traceback) and
leaves the journal's rows and files as they were; every read still works. Mounting needs root
(the tests and CI run as root); elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import ROOT, folder_state, run_cli

from journal.core.domain.model import DailyCheck, Entry, LabResult, Site
from journal.core.journal import Journal
from journal.core.photos.pipeline import prepare_photo

PAGE = 4096  # tmpfs hands out space a page at a time
PHOTOS = ROOT / "tests" / "samples" / "photos"


def fill(disk: Path, room: int) -> None:
    """Leave exactly `room` bytes free on `disk` (a multiple of the page size) with a file of zeros."""
    remaining = shutil.disk_usage(disk).free - room
    with open(disk / "filler", "ab") as handle:
        while remaining > 0:
            remaining -= handle.write(b"\0" * min(1 << 20, remaining))
    assert shutil.disk_usage(disk).free == room


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 4 MB tmpfs, unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs Linux and root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4M,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=False)


@pytest.fixture
def full_disk(disk: Path) -> Path:
    """A journal with a site, an entry with a photo, a lab result and a daily check (and a
    warning sign not yet synced into the alerts table) on a disk with one page left."""
    folder = disk / "journal"
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Neck", kind="deposit", region="neck"))
        assert site.id is not None
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01", pain=6, size_mm=2.5),
            [PHOTOS / "forearm_2026-03-01.jpg"],
        )
        journal.store.add_lab(LabResult.new(date="2026-03-01", test="calcium", value=2.4, unit="mmol/L"))
        journal.store.save_daily(DailyCheck.new(date="2026-03-01", fatigue=True))
    fill(disk, PAGE)
    return folder


def _entries_csv(tmp_path: Path) -> Path:
    path = tmp_path / "entries.csv"  # on the ordinary disk: only the journal's disk is full
    path.write_text("site,date,size_mm\nNeck,2026-03-08,2.6\nNeck,2026-03-15,2.7\n", encoding="utf-8")
    return path


WRITES = {
    "site add": ["site", "add", "Left hand", "--kind", "deposit", "--region", "hand"],
    "site edit": ["site", "edit", "Neck", "--rename", "Nape"],
    "log": ["log", "Neck", "--date", "2026-03-08", "--size-mm", "2.6"],
    "log --photo": ["log", "Neck", "--date", "2026-03-08", "--photo", str(PHOTOS / "cmyk_scan.jpg")],
    "daily": ["daily", "--date", "2026-03-02", "--fatigue"],
    "lab": ["lab", "--date", "2026-03-02", "--test", "calcium", "--value", "2.5", "--unit", "mmol/L"],
    "care": ["care", "--date", "2026-03-02", "--kind", "massage", "--what", "scalp massage"],
    "visit": ["visit", "--date", "2026-03-02", "--findings", "firm"],
    "settings set": ["settings", "set", "alerts.pain_threshold", "5"],
    "profile": ["profile", "--name", "Ann"],
    "import csv": ["import", "csv", "ENTRIES_CSV"],
}


def _refused_as_full(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    said = result.stderr.lower()
    assert "disk is full" in said or "no space" in said, result.stderr
    assert "damaged" not in said and "cannot be read" not in said


@pytest.mark.parametrize("name", list(WRITES))
def test_a_write_on_a_full_disk_is_refused_in_words_and_changes_nothing(full_disk, tmp_path, name):
    args = [str(_entries_csv(tmp_path)) if a == "ENTRIES_CSV" else a for a in WRITES[name]]
    before = folder_state(full_disk)
    _refused_as_full(run_cli(full_disk, *args))
    assert folder_state(full_disk) == before  # rows (the database file) and photo files, byte for byte


@pytest.mark.parametrize(
    "args",
    [["entries"], ["site", "list"], ["alerts"], ["check"], ["settings"], ["profile"], ["entries", "--json"]],
)
def test_reads_keep_working_on_a_full_disk(full_disk, args):
    before = folder_state(full_disk)
    result = run_cli(full_disk, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stderr == ""
    assert folder_state(full_disk) == before
    if args == ["alerts"]:  # the warning sign shows although the disk has no room to record it
        assert "1 open alert(s)." in result.stdout and "Neck" in result.stdout
    if args == ["entries", "--json"]:
        assert [e["size_mm"] for e in json.loads(result.stdout)] == [2.5]


def test_a_photo_written_before_the_disk_refused_the_entry_is_removed_again(disk):
    """Room for the photo and its thumbnail, none for the database: the files go again."""
    folder = disk / "journal"
    with Journal.open(folder) as journal:
        journal.store.add_site(Site.new(name="Neck", kind="deposit", region="neck"))
    photo = prepare_photo(PHOTOS / "cmyk_scan.jpg")
    pages = sum(-(-len(data) // PAGE) for data in (photo.data, photo.thumbnail))
    fill(disk, (pages + 1) * PAGE)
    before = folder_state(folder)
    result = run_cli(folder, "log", "Neck", "--date", "2026-03-08", "--photo", str(PHOTOS / "cmyk_scan.jpg"))
    _refused_as_full(result)
    assert folder_state(folder) == before
    assert not list((folder / "photos").rglob("*.jpg")) and not list((folder / "thumbs").rglob("*.jpg"))


def test_a_demo_on_a_full_disk_leaves_no_half_made_journal(disk):
    fill(disk, 16 * PAGE)
    result = run_cli(disk / "demo", "demo", "--years", "0.25", "--sites", "1")
    _refused_as_full(result)
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # no journal, no hidden staging folder
