"""Every folder Skin Journal creates is its owner's only (0700), whatever the umask.

Path.mkdir(mode=0o700, parents=True) is not enough: the parents get the default mode
(0755 under the usual umask 022), which is how `export csv --photos` made photos/ 0755.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from journal_helpers import run_cli

from journal.core.backup.create import create_backup
from journal.core.backup.restore import restore_backup
from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalError
from journal.core.folder.durable import write_atomic
from journal.core.folder.paths import ensure_private_dir
from journal.core.journal import Journal


@pytest.fixture
def umask_022():
    old = os.umask(0o022)  # the usual umask: folders 0755 unless the code restricts them
    yield
    os.umask(old)


def _folders(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): stat.S_IMODE(p.stat().st_mode)
        for p in [root, *root.rglob("*")]
        if p.is_dir()
    }


def _assert_private(root: Path) -> None:
    modes = _folders(root)
    assert modes, root
    loose = {name: oct(mode) for name, mode in modes.items() if mode != 0o700}
    assert not loose, f"folders not owner-only under {root}: {loose}"


def test_export_csv_with_photos_makes_every_folder_owner_only(tmp_path, samples, umask_022):
    journal_dir = tmp_path / "journal"
    assert (
        run_cli(journal_dir, "site", "add", "Elbow", "--kind", "deposit", "--region", "elbow").returncode == 0
    )
    assert (
        run_cli(
            journal_dir,
            "log",
            "Elbow",
            "--date",
            "2026-03-01",
            "--photo",
            str(samples / "photos" / "elbow_no_exif.png"),
        ).returncode
        == 0
    )
    out = tmp_path / "exports"  # exports/2026/march/photos/ab/...: four levels made by the export
    result = run_cli(journal_dir, "export", "csv", "--out", str(out / "2026" / "march"), "--photos")
    assert result.returncode == 0, result.stderr
    assert any((out / "2026" / "march" / "photos").rglob("*.png"))
    _assert_private(out)
    _assert_private(journal_dir)


def test_the_journal_its_parents_photos_thumbnails_and_backups_are_owner_only(tmp_path, samples, umask_022):
    root = tmp_path / "made"
    with Journal.open(root / "a" / "b" / "journal") as journal:
        site = journal.store.add_site(Site.new(name="Elbow", kind="deposit", region="elbow"))
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / "elbow_no_exif.png"]
        )
        create_backup(journal.folder, root / "backups" / "2026" / "journal.zip")
    restore_backup(root / "backups" / "2026" / "journal.zip", root / "restored" / "here" / "journal")
    write_atomic(root / "x" / "y" / "file.bin", b"data")
    _assert_private(root)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o277])
def test_ensure_private_dir_is_0700_whatever_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        ensure_private_dir(tmp_path / "p" / "q" / "r")
    finally:
        os.umask(old)
    _assert_private(tmp_path / "p")


def test_ensure_private_dir_leaves_an_existing_folder_as_it_is_and_refuses_a_file(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    ensure_private_dir(shared / "mine")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # the person's own folder is not changed
    assert stat.S_IMODE((shared / "mine").stat().st_mode) == 0o700
    (tmp_path / "file").write_text("x")
    with pytest.raises(JournalError, match="is a file, not a folder for the photos"):
        ensure_private_dir(tmp_path / "file" / "below", "folder for the photos")
