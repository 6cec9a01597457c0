"""CSV import: every row checked first; one bad row and nothing is written, each bad line named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from data_support import table_rows
from journal_helpers import folder_state, run_cli

from journal.core.csv import read as csv_read
from journal.core.csv.importer import csv_sources, import_csv
from journal.core.domain.model import Site
from journal.core.errors import JournalError


@pytest.fixture
def temple(journal) -> Site:
    return journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_malformed_rows_are_refused_with_every_bad_line_named(journal, temple, samples):
    before = table_rows(journal)
    report = import_csv(journal, csv_sources(samples / "bad" / "malformed_rows.csv"))
    assert not report.written
    lines = {p.line: p.message for p in report.problems}
    assert sorted(lines) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert "not a real date" in lines[2] and lines[2].startswith("date:")
    assert "'yesterday'" in lines[3]
    assert lines[4] == "size_mm: 'two' is not a number"
    assert lines[5].startswith("size_mm: -4 is out of range")
    assert lines[6].startswith("tightness: 11 is out of range")
    assert "3 cell(s)" in lines[7]
    assert lines[8] == "site: a site is required"
    assert "never closed" in lines[9]
    assert all(p.file == "malformed_rows.csv" for p in report.problems)
    assert table_rows(journal) == before


def test_lab_values_and_amounts_beyond_what_a_lab_prints_are_bad_rows(journal, tmp_path):
    before = table_rows(journal)
    labs = _write(
        tmp_path / "labs.csv",
        "date,test,value,unit,low,high,note\n"
        "2026-01-01,calcium,2.4,mmol/L,2.1,2.6,\n2026-01-02,calcium,1e308,mmol/L,,,\n"
        "2026-01-03,calcium,2.4,mmol/L,-1e9,,\n",
    )
    care = _write(
        tmp_path / "care.csv",
        "date,kind,what,amount,unit,minutes,note\n2026-01-01,supplement,K2,1e12,mcg,,\n",
    )
    report = import_csv(journal, [labs, care])
    assert [(p.file, p.line, p.message.split(":")[0]) for p in report.problems] == [
        ("care.csv", 2, "amount"),
        ("labs.csv", 3, "value"),
        ("labs.csv", 4, "low"),
    ]
    assert table_rows(journal) == before


def test_latin1_file_gets_a_clear_message_and_nothing_is_written(journal, samples):
    journal.store.add_site(Site.new(name="Nacken", kind="area", region="neck"))
    before = table_rows(journal)
    report = import_csv(journal, csv_sources(samples / "bad" / "latin1_encoded.csv"))
    assert [(p.line, "not UTF-8" in p.message, "CSV UTF-8" in p.message) for p in report.problems] == [
        (2, True, True)
    ]
    assert table_rows(journal) == before


def test_every_non_utf8_line_is_named(journal, temple, tmp_path):
    path = _write(
        tmp_path / "entries.csv",
        "site,date,size_mm,note\nLeft temple,2026-01-01,1.0,Gefühl\nLeft temple,2026-01-02,1.0,ok\n"
        "Left temple,2026-01-03,1.0,härter\n",
        encoding="latin-1",
    )
    report = import_csv(journal, [path])
    assert [p.line for p in report.problems] == [2, 4]


def test_the_cli_refuses_malformed_rows_and_leaves_the_journal_byte_identical(journal_dir, samples):
    assert (
        run_cli(journal_dir, "site", "add", "Left temple", "--kind", "deposit", "--region", "face").returncode
        == 0
    )
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "import", "csv", str(samples / "bad" / "malformed_rows.csv"))
    assert result.returncode == 2
    for line in range(2, 10):
        assert f"malformed_rows.csv line {line}:" in result.stderr
    assert "Nothing was imported" in result.stderr
    assert folder_state(journal_dir) == before


def test_one_bad_row_among_good_ones_writes_nothing(journal, temple, tmp_path):
    path = _write(
        tmp_path / "mine.csv",
        "site,date,size_mm\nLeft temple,2026-01-01,1.5\n"
        "Left temple,2026-01-02,1.7\nLeft temple,2026-13-01,1.9\n",
    )
    report = import_csv(journal, [path])
    assert [p.line for p in report.problems] == [4]
    assert journal.store.entries() == []


def test_a_hand_made_entries_file_with_site_date_and_one_value(journal, temple, tmp_path):
    path = _write(
        tmp_path / "my measurements.csv",
        'Site,Date,Size mm\nleft temple,2026-01-01,1.5\n\nLeft temple,2026-01-08,"1.7"\n',
    )
    report = import_csv(journal, [path])
    assert report.ok and report.written and report.counts == {"entries": 2}
    assert [(e.date.isoformat(), e.size_mm, e.site_id) for e in journal.store.entries()] == [
        ("2026-01-01", 1.5, temple.id),
        ("2026-01-08", 1.7, temple.id),
    ]


def test_an_unknown_site_is_refused_by_name_unless_a_sites_file_brings_it(journal, temple, tmp_path):
    entries = _write(
        tmp_path / "entries.csv", "site,date,pain\nLeft temple,2026-01-01,2\nRight knee,2026-01-02,3\n"
    )
    report = import_csv(journal, [entries])
    assert [(p.line, "'Right knee' is not in this journal" in p.message) for p in report.problems] == [
        (3, True)
    ]
    assert journal.store.entries() == []
    sites = _write(tmp_path / "sites.csv", "name,kind,region\nRight knee,deposit,knee\n")
    report = import_csv(journal, [entries, sites])
    assert report.written and report.counts == {"sites": 1, "entries": 2}
    assert journal.store.site_by_name("Right knee").region == "knee"


def test_a_header_without_a_value_or_with_unknown_columns_is_refused(journal, temple, tmp_path):
    bare = _write(tmp_path / "bare.csv", "site,date\nLeft temple,2026-01-01\n")
    odd = _write(tmp_path / "entries.csv", "site,date,size_mm,colour_hex\nLeft temple,2026-01-01,1,#fff\n")
    report = import_csv(journal, [bare, odd])
    assert [(p.file, p.line) for p in report.problems] == [("bare.csv", 1), ("entries.csv", 1)]
    assert "no value column" in report.problems[0].message
    assert "colour_hex" in report.problems[1].message


def test_a_file_that_says_nothing_about_its_contents_is_refused(journal, tmp_path):
    report = import_csv(journal, [_write(tmp_path / "data.csv", "a,b\n1,2\n")])
    assert "cannot tell what this file holds" in report.problems[0].message
    report = import_csv(journal, [_write(tmp_path / "empty.csv", "")])
    assert "empty" in report.problems[0].message
    report = import_csv(
        journal, [_write(tmp_path / "excel_de.csv", "site;date;size_mm\nNacken;2026-01-01;1,5\n")]
    )
    assert "separated by semicolons" in report.problems[0].message


def test_neutralised_cells_are_restored(journal, temple, tmp_path):
    path = _write(
        tmp_path / "entries.csv",
        "site,date,pain,note\nLeft temple,2026-01-01,1,'=1+2\n"
        "Left temple,2026-01-02,1,''-x\nLeft temple,2026-01-03,1,'plain quote\n",
    )
    assert import_csv(journal, [path]).written
    assert [e.note for e in journal.store.entries()] == ["=1+2", "'-x", "'plain quote"]


def test_dry_run_reports_and_writes_nothing(journal, temple, tmp_path):
    path = _write(tmp_path / "entries.csv", "site,date,pain\nLeft temple,2026-01-01,2\n")
    report = import_csv(journal, [path], dry_run=True)
    assert report.ok and not report.written and report.counts == {"entries": 1}
    assert "dry run" in report.summary()
    assert journal.store.entries() == []


def test_a_different_daily_check_for_a_day_already_there_is_a_bad_row(journal, tmp_path):
    assert import_csv(journal, [_write(tmp_path / "daily.csv", "date,fatigue\n2026-01-01,yes\n")]).written
    report = import_csv(
        journal, [_write(tmp_path / "daily.csv", "date,fatigue\n2026-01-02,no\n2026-01-01,no\n")]
    )
    assert [(p.line, "already there" in p.message) for p in report.problems] == [(3, True)]
    assert len(journal.store.daily_checks()) == 1
    # The same check again is no conflict: it is skipped.
    report = import_csv(journal, [_write(tmp_path / "daily.csv", "date,fatigue\n2026-01-01,yes\n")])
    assert report.written and report.counts == {"daily": 0} and len(journal.store.daily_checks()) == 1


def test_photo_rows_without_their_picture_are_skipped_and_said(journal, temple, tmp_path):
    _write(tmp_path / "entries.csv", "entry,site,date,pain\n1,Left temple,2026-01-01,2\n")
    _write(
        tmp_path / "photos.csv",
        "entry,site,date,sha256,ext,taken_on,width,height,original_name\n"
        f"1,Left temple,2026-01-01,{'a' * 64},jpg,2026-01-01,800,600,arm.jpg\n",
    )
    report = import_csv(journal, csv_sources(tmp_path))
    assert report.written and report.counts == {"entries": 1, "photos": 0}
    assert any("arm.jpg skipped" in note and "CSV holds no pictures" in note for note in report.notes)
    assert journal.store.photos() == []


def test_photo_rows_must_point_at_an_entry_of_the_import(journal, temple, tmp_path):
    _write(tmp_path / "entries.csv", "entry,site,date,pain\n1,Left temple,2026-01-01,2\n")
    _write(
        tmp_path / "photos.csv",
        "entry,site,date,sha256,ext,taken_on,width,height,original_name\n"
        f"7,Left temple,2026-01-01,{'a' * 64},jpg,,800,600,\n"
        f"1,Left temple,2026-02-01,{'b' * 64},jpg,,800,600,\n"
        f"1,Left temple,2026-01-01,xyz,jpg,,800,600,\n",
    )
    report = import_csv(journal, csv_sources(tmp_path))
    assert [p.line for p in report.problems] == [2, 3, 4]
    assert "no entry '7'" in report.problems[0].message
    assert "not 'Left temple' on 2026-02-01" in report.problems[1].message
    assert report.problems[2].message.startswith("sha256:")


def test_a_missing_source_is_a_clear_refusal(tmp_path):
    with pytest.raises(JournalError, match="does not exist"):
        csv_sources(tmp_path / "nowhere.csv")
    with pytest.raises(JournalError, match="holds none of"):
        csv_sources(tmp_path)


def test_importing_the_same_export_twice_adds_nothing_the_second_time(journal, samples, tmp_path):
    from journal.core.csv.export import export_csv
    from journal.core.demo.generate import generate_demo

    generate_demo(journal, years=1, sites=2)
    folder = tmp_path / "export"
    export_csv(journal, folder, photos=True)
    before = table_rows(journal)
    report = import_csv(journal, csv_sources(folder))
    assert report.written and not report.problems
    assert table_rows(journal) == before  # not one row more: every row was already there
    assert sum(report.counts.values()) == 0
    assert any("entries row(s) skipped: already in this journal" in note for note in report.notes)


def test_a_row_already_there_is_skipped_and_a_new_one_beside_it_is_added(journal, temple, tmp_path):
    first = _write(tmp_path / "entries.csv", "site,date,pain\nLeft temple,2026-01-01,2\n")
    assert import_csv(journal, [first]).counts == {"entries": 1}
    again = _write(
        tmp_path / "more.csv", "site,date,pain\nLeft temple,2026-01-01,2\nLeft temple,2026-01-01,3\n"
    )
    report = import_csv(journal, [again])
    assert report.counts == {"entries": 1}
    assert sorted(e.pain for e in journal.store.entries()) == [2, 3]
    assert "1 entries row(s) skipped: already in this journal, identical." in report.notes


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom"])
def test_only_regular_files_are_read_a_pipe_or_device_is_refused_at_once(journal_dir, tmp_path, kind):
    if kind == "fifo":
        source = tmp_path / "entries.csv"
        os.mkfifo(source)  # nobody ever writes to it: reading it would wait for ever
    else:
        source = Path(kind)
        if not source.exists():
            pytest.skip(f"{kind} does not exist here")
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "import", "csv", str(source), timeout=60)
    assert result.returncode == 2
    assert "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before


def test_a_file_larger_than_the_bound_is_refused_unread(journal, temple, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_read, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path / "entries.csv", "site,date,size_mm\n" + "Left temple,2026-01-01,1.5\n" * 40)
    report = import_csv(journal, [path])
    assert [(p.line, p.message) for p in report.problems] == [(1, "the file is larger than 0 MB")]


def test_a_picture_with_metadata_beside_the_csv_files_is_refused_and_nothing_is_written(
    journal, samples, tmp_path
):
    """A photos/ folder beside CSV files may hold anything: a picture is taken only as Skin Journal
    stores one, so a JPEG carrying camera details (here a GPS-style marker in EXIF) is refused."""
    import csv
    import hashlib

    from PIL import Image

    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    from journal.core.domain.model import Entry

    journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01", pain=2), [samples / "photos" / "elbow_no_exif.png"]
    )
    out = tmp_path / "export"
    assert run_cli(journal.folder, "export", "csv", "--out", str(out), "--photos").returncode == 0
    exif = Image.Exif()
    exif[0x010F] = "MARKER-CAMERA at 48.85N 2.35E"  # Make
    picture = tmp_path / "with-exif.jpg"
    Image.new("RGB", (64, 48), (200, 150, 120)).save(picture, exif=exif)
    data = picture.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    (out / "photos" / sha[:2]).mkdir(parents=True, exist_ok=True)
    (out / "photos" / sha[:2] / f"{sha}.jpg").write_bytes(data)
    with open(out / "photos.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[0].update(sha256=sha, ext="jpg")
    with open(out / "photos.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    target = tmp_path / "other"
    assert run_cli(target, "site", "list").returncode == 0
    before = folder_state(target)
    result = run_cli(target, "import", "csv", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "carries" in result.stderr and "MARKER" not in result.stderr
    assert folder_state(target) == before
