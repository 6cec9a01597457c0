"""An entry's width and how its size was measured: validated, kept in CSV both ways (old files
without the columns still import), and a journal from before them upgrades with every entry."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
import sqlite_utils

from journal.core.csv.export import export_csv
from journal.core.csv.importer import csv_sources, import_csv
from journal.core.domain.model import Entry, Site
from journal.core.errors import ValidationError
from journal.core.journal import DB_NAME, Journal
from journal.core.store import migrate


def test_width_and_method_are_validated():
    entry = Entry.new(site_id=1, date="2026-03-01", size_mm="6", width_mm="4.5", size_method="Calliper")
    assert (entry.width_mm, entry.size_method) == (4.5, "calliper")
    with pytest.raises(ValidationError) as refused:
        Entry.new(site_id=1, date="2026-03-01", size_method="tape measure")
    assert refused.value.field == "size_method"
    with pytest.raises(ValidationError) as refused:
        Entry.new(site_id=1, date="2026-03-01", width_mm="120")
    assert refused.value.field == "width_mm"
    with pytest.raises(ValidationError):
        Entry.new(site_id=1, date="2026-03-01", width_mm="4.55")  # sizes go in 0.1 mm steps


def test_csv_carries_width_and_method_both_ways(journal, tmp_path):
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    journal.store.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01", size_mm=6, width_mm=4, size_method="photo")
    )
    journal.store.add_entry(Entry.new(site_id=site.id, date="2026-03-08", size_mm=7, size_method="ruler"))
    export_csv(journal, tmp_path / "out")
    header = (tmp_path / "out" / "entries.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "size_mm,width_mm,size_method" in header
    with Journal.open(tmp_path / "copy") as copy:
        report = import_csv(copy, csv_sources(tmp_path / "out"))
        assert report.ok and report.written, report.problems
        assert [(e.size_mm, e.width_mm, e.size_method) for e in copy.store.entries()] == [
            (6.0, 4.0, "photo"),
            (7.0, None, "ruler"),
        ]


def test_an_older_csv_without_the_new_columns_still_imports(journal, tmp_path):
    journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    (tmp_path / "entries.csv").write_text(
        "entry,site,date,tightness,mobility,shiny,pale,hair_thinning,size_mm,count,colour,pain,"
        "inflamed,ulcerated,discharge,restricted_movement,note\n"
        "1,Left elbow,2026-03-01,,,,,,5.5,,,2,,,,,an old export\n",
        encoding="utf-8",
    )
    report = import_csv(journal, [tmp_path / "entries.csv"])
    assert report.ok and report.written, report.problems
    (entry,) = journal.store.entries()
    assert (entry.size_mm, entry.width_mm, entry.size_method, entry.note) == (
        5.5,
        None,
        None,
        "an old export",
    )


def test_a_journal_from_before_measurements_upgrades_with_every_entry(tmp_path):
    old = tmp_path / "old-migrations"
    old.mkdir()
    for path in migrate.migration_files():
        if path.stem < "0005":
            shutil.copy(path, old)
    folder = tmp_path / "journal"
    folder.mkdir()
    db = sqlite_utils.Database(folder / DB_NAME)
    migrate.upgrade(db, folder / "backups", old)
    db.execute("INSERT INTO sites (name, kind, region) VALUES ('Left elbow', 'deposit', 'elbow')")
    for day in range(1, 29):
        db.execute(
            "INSERT INTO entries (site_id, date, size_mm, pain, note) VALUES (1, ?, ?, ?, ?)",
            [f"2025-02-{day:02d}", 3.0 + day / 10, day % 11, f"day {day}"],
        )
    db.execute(
        "INSERT INTO photos (entry_id, sha256, ext, width, height) VALUES (3, ?, 'jpg', 640, 480)", ["a" * 64]
    )
    before = [dict(row) for row in db.query("SELECT * FROM entries ORDER BY id")]
    db.conn.commit()
    db.close()

    with Journal.open(folder) as journal:
        entries = journal.store.entries()
        assert [
            {k: v for k, v in e.__dict__.items() if k not in ("width_mm", "size_method")} for e in entries
        ] == [{**row, "date": Entry.new(site_id=1, date=row["date"]).date} for row in before]
        assert all(e.width_mm is None and e.size_method is None for e in entries)
        assert journal.store.measurements_for_photo(1) == []
    assert list((folder / "backups").glob("before-0005_measurements-*.sqlite3"))
    with sqlite3.connect(folder / DB_NAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "measurements" in {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    conn.close()
