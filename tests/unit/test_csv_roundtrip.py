"""An exported journal imported into an empty journal gives the same data, and the same files."""

from __future__ import annotations

from data_support import fill_journal, table_rows
from journal_helpers import run_cli

from journal.core.csv.export import export_csv
from journal.core.csv.format import KINDS
from journal.core.csv.importer import csv_sources, import_csv
from journal.core.journal import Journal


def _files(folder):
    return {kind: (folder / f"{kind}.csv").read_bytes() for kind in KINDS}


def test_export_import_export_gives_identical_files_and_the_same_data(journal, samples, tmp_path):
    fill_journal(journal, samples)
    export_csv(journal, tmp_path / "first", bom=True, photos=True)
    with Journal.open(tmp_path / "copy") as copy:
        report = import_csv(copy, csv_sources(tmp_path / "first"))
        assert report.ok and report.written, report.problems
        assert report.counts == {
            "sites": 3,
            "entries": 10,
            "photos": 5,
            "daily": 2,
            "labs": 2,
            "care": 2,
            "visits": 1,
            "site_phases": 0,
            "finger_palm": 0,
        }
        export_csv(copy, tmp_path / "second", bom=True)
        assert _files(tmp_path / "second") == _files(tmp_path / "first")
        assert table_rows(copy) == table_rows(journal)
        # the pictures came along from photos/ beside the files, hash for hash
        for photo in copy.store.photos():
            assert copy.files.verify(photo.sha256, photo.ext) is None
            assert copy.thumbnail_path(photo).exists()


def test_without_the_pictures_the_rows_still_round_trip_except_photos(journal, samples, tmp_path):
    fill_journal(journal, samples)
    export_csv(journal, tmp_path / "first")
    with Journal.open(tmp_path / "copy") as copy:
        report = import_csv(copy, csv_sources(tmp_path / "first"))
        assert report.written and report.counts["photos"] == 0
        assert sum("skipped" in note for note in report.notes) == 5
        export_csv(copy, tmp_path / "second")
    first, second = _files(tmp_path / "first"), _files(tmp_path / "second")
    assert {k: v for k, v in first.items() if k != "photos"} == {
        k: v for k, v in second.items() if k != "photos"
    }


def test_cli_round_trip(journal, samples, tmp_path):
    fill_journal(journal, samples)
    folder = journal.folder
    journal.close()
    assert run_cli(folder, "export", "csv", "--out", str(tmp_path / "a"), "--photos").returncode == 0
    dry = run_cli(tmp_path / "copy", "import", "csv", str(tmp_path / "a"), "--dry-run")
    assert dry.returncode == 0 and "dry run" in dry.stdout, dry.stderr
    with Journal.open(tmp_path / "copy") as copy:
        assert copy.store.is_empty()
    result = run_cli(tmp_path / "copy", "import", "csv", str(tmp_path / "a"))
    assert result.returncode == 0, result.stderr
    assert "Imported 3 sites, 10 entries, 5 photos" in result.stdout
    assert run_cli(tmp_path / "copy", "export", "csv", "--out", str(tmp_path / "b")).returncode == 0
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
