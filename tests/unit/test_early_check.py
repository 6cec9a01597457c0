"""SQLite's quick check started before the journal is opened (the window's start-up): its
answer refuses a damaged file as the check at open does, and stands only for the file it read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from journal_helpers import sha256_file

from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalDamaged
from journal.core.journal import DB_NAME, Journal, check_early

PAGE = 4096


def _with_entries(folder: Path, count: int = 300) -> None:
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
        for day in range(count):
            journal.add_entry(
                Entry.new(
                    site_id=site.id, date=f"2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}", note="n" * 200
                )
            )


def _damage_cell_pointers(db: Path, page: int = 2) -> None:
    """Two cell pointers of a b-tree page made to point outside it: SQLite's quick check lists
    the damage (rather than stopping at it), the file still an SQLite database."""
    with open(db, "r+b") as raw:  # noqa: PTH123 (the test plays a damaged disk, not the app)
        raw.seek((page - 1) * PAGE + 8)
        raw.write(b"\xff" * 4)


def test_a_damaged_file_is_refused_with_the_early_check_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _with_entries(folder)
    _damage_cell_pointers(folder / DB_NAME)
    before = sha256_file(folder / DB_NAME)
    early = check_early(folder)
    assert early is not None
    found = early.found()
    assert found is not None and found != ["ok"]  # the early check found it
    with pytest.raises(JournalDamaged, match="SQLite's check found"):
        Journal.open(folder, early_check=early)
    assert sha256_file(folder / DB_NAME) == before


def test_the_early_answer_stands_only_for_the_file_it_read(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _with_entries(folder, count=3)
    early = check_early(folder)
    assert early is not None
    early.found()  # the check has read the file
    other = sqlite3.connect(folder / DB_NAME)  # then another program writes it
    with other:
        other.execute("UPDATE entries SET note = 'written outside' WHERE id = 1")
    other.close()
    assert early.found() is None  # the file it checked is not the file there now
    with Journal.open(folder, early_check=early) as journal:  # checked again, and opened
        assert journal.store.entry(1).note == "written outside"


def test_no_early_check_where_only_the_open_may_look(tmp_path: Path) -> None:
    assert check_early(tmp_path / "new") is None  # no journal yet: opening makes one
    folder = tmp_path / "journal"
    _with_entries(folder, count=1)
    (folder / "journal.key").write_text("{}")  # an encrypted journal: its keys come first
    assert check_early(folder) is None
