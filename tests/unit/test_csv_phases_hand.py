"""Site phases and finger-to-palm readings in the CSV files: exported beside the other records,
imported back (a round trip keeps them), older exports without them still read, and a bad row
is named by its line with nothing saved changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from data_support import csv_cells, fill_journal, table_rows
from journal_helpers import folder_state, run_cli

from journal.core.csv.export import export_csv
from journal.core.csv.format import COLUMNS, KINDS
from journal.core.csv.importer import csv_sources, import_csv
from journal.core.domain.hand import FingerPalm
from journal.core.domain.phases import SitePhase
from journal.core.journal import Journal
from journal.core.operations import hand as hand_ops
from journal.core.operations import phases as phase_ops

NEW_KINDS = ("site_phases", "finger_palm")
OLDER_KINDS = ("sites", "entries", "photos", "daily", "labs", "care", "visits")


def _add_phases_and_hands(journal: Journal) -> None:
    sites = {s.name: s.id for s in journal.store.sites()}
    for name, day, phase, note in (
        ("Left temple", "2026-01-05", "active", None),
        ("Left temple", "2026-02-01", "broke_open", "=opened at the top"),
        ("Left temple", "2026-02-20", "healing", None),
    ):
        site_id = sites[name]
        assert site_id is not None
        phase_ops.set_phase(journal, SitePhase.new(site_id=site_id, date=day, phase=phase, note=note))
    for day, hand, finger, mm, note in (
        ("2026-01-05", "right", "ring", "20", None),
        ("2026-01-05", "left", "index", "7.5", "+after warm water"),
        ("2026-02-05", "right", "ring", "16", None),
    ):
        hand_ops.add_finger_palm(
            journal, FingerPalm.new(date=day, hand=hand, finger=finger, distance_mm=mm, note=note)
        )


def _phases(journal: Journal) -> list[tuple[str, str, str, str | None]]:
    names = {s.id: s.name for s in journal.store.sites()}
    return [(names[p.site_id], p.date.isoformat(), p.phase, p.note) for p in journal.store.site_phases()]


def _hands(journal: Journal) -> list[tuple[dt.date, str, str, float, str | None]]:
    return [(r.date, r.hand, r.finger, r.distance_mm, r.note) for r in journal.store.finger_palm()]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_export_writes_phases_and_hand_readings_in_their_own_files(journal, samples, tmp_path):
    fill_journal(journal, samples)
    _add_phases_and_hands(journal)
    result = export_csv(journal, tmp_path / "out")
    assert KINDS[: len(OLDER_KINDS)] == OLDER_KINDS  # the older files keep their place and names
    assert (result.rows["site_phases"], result.rows["finger_palm"]) == (3, 3)
    phases = csv_cells(tmp_path / "out" / "site_phases.csv")
    assert phases == [
        ["site", "date", "phase", "note"],
        ["Left temple", "2026-01-05", "active", ""],
        ["Left temple", "2026-02-01", "broke_open", "'=opened at the top"],  # never a formula
        ["Left temple", "2026-02-20", "healing", ""],
    ]
    hands = csv_cells(tmp_path / "out" / "finger_palm.csv")
    assert hands[0] == list(COLUMNS["finger_palm"]) == ["date", "hand", "finger", "distance_mm", "note"]
    assert hands[1:] == [
        ["2026-01-05", "left", "index", "7.5", "'+after warm water"],
        ["2026-01-05", "right", "ring", "20.0", ""],
        ["2026-02-05", "right", "ring", "16.0", ""],
    ]


def test_a_round_trip_keeps_phases_and_hand_readings(journal, samples, tmp_path):
    fill_journal(journal, samples)
    _add_phases_and_hands(journal)
    export_csv(journal, tmp_path / "first", photos=True)
    with Journal.open(tmp_path / "copy") as copy:
        report = import_csv(copy, csv_sources(tmp_path / "first"))
        assert report.ok and report.written, report.problems
        assert (report.counts["site_phases"], report.counts["finger_palm"]) == (3, 3)
        assert _phases(copy) == _phases(journal)
        assert _hands(copy) == _hands(journal)
        assert table_rows(copy) == table_rows(journal)
        export_csv(copy, tmp_path / "second")
        for kind in NEW_KINDS:
            assert (tmp_path / "second" / f"{kind}.csv").read_bytes() == (
                tmp_path / "first" / f"{kind}.csv"
            ).read_bytes()
        again = import_csv(copy, csv_sources(tmp_path / "first"))  # the same files twice add nothing
        assert again.written and again.counts["site_phases"] == again.counts["finger_palm"] == 0
        assert "3 site_phases row(s) skipped: already in this journal, identical." in again.notes
        assert _phases(copy) == _phases(journal) and _hands(copy) == _hands(journal)


def test_an_older_export_without_the_new_files_still_imports(journal, samples, tmp_path):
    fill_journal(journal, samples)
    export_csv(journal, tmp_path / "old", photos=True)
    for kind in NEW_KINDS:
        (tmp_path / "old" / f"{kind}.csv").unlink()
    with Journal.open(tmp_path / "copy") as copy:
        report = import_csv(copy, csv_sources(tmp_path / "old"))
        assert report.ok and report.written, report.problems
        assert table_rows(copy) == table_rows(journal)


def test_bad_phase_and_hand_rows_are_named_and_nothing_is_saved(journal, samples, tmp_path):
    fill_journal(journal, samples)
    _add_phases_and_hands(journal)
    before = (table_rows(journal), _phases(journal), _hands(journal))
    phases = _write(
        tmp_path / "site_phases.csv",
        "site,date,phase,note\n"
        "Left temple,2026-03-01,healed,\n"  # good: but nothing is saved while another row is bad
        "Left temple,2026-03-02,gone,\n"
        "Nowhere,2026-03-03,active,\n"
        "Left temple,2026-02-30,active,\n"
        "Left temple,2026-02-01,healed,\n"  # that day has another phase already
        ",2026-03-04,active,\n",
    )
    hands = _write(
        tmp_path / "finger_palm.csv",
        "date,hand,finger,distance_mm,note\n"
        "2026-03-01,right,ring,far,\n"
        "2026-03-01,middle,ring,10,\n"
        "2026-03-01,right,thumb,10,\n"
        "2026-03-01,right,ring,500,\n"
        "2026-01-05,right,ring,12,\n"  # a different reading of a day, hand and finger already there
        "2026-03-02,left,little,4,\n"
        "2026-03-02,left,little,5,\n",  # the same day, hand and finger twice in one file
    )
    report = import_csv(journal, [phases, hands])
    assert not report.written
    said = {(p.file, p.line): p.message for p in report.problems}
    assert sorted(said) == [
        ("finger_palm.csv", 2),
        ("finger_palm.csv", 3),
        ("finger_palm.csv", 4),
        ("finger_palm.csv", 5),
        ("finger_palm.csv", 6),
        ("finger_palm.csv", 8),
        ("site_phases.csv", 3),
        ("site_phases.csv", 4),
        ("site_phases.csv", 5),
        ("site_phases.csv", 6),
        ("site_phases.csv", 7),
    ]
    assert said[("site_phases.csv", 3)].startswith("phase: 'gone' is not a phase; say one of: active")
    assert "'Nowhere' is not in this journal" in said[("site_phases.csv", 4)]
    assert "not a real date" in said[("site_phases.csv", 5)]
    assert said[("site_phases.csv", 6)] == (
        "date: Left temple has a different phase marked on 2026-02-01 already"
    )
    assert said[("site_phases.csv", 7)] == "site: give the name of the site the phase is of"
    assert said[("finger_palm.csv", 2)] == "distance_mm: 'far' is not a number"
    assert said[("finger_palm.csv", 3)].startswith("hand:")
    assert said[("finger_palm.csv", 4)].startswith("finger:")
    assert said[("finger_palm.csv", 5)].startswith("distance_mm:")
    assert (
        "a different right ring finger reading of 2026-01-05 is already there" in said[("finger_palm.csv", 6)]
    )
    assert "a different left little finger reading of 2026-03-02" in said[("finger_palm.csv", 8)]
    assert (table_rows(journal), _phases(journal), _hands(journal)) == before


def test_the_command_line_refuses_a_bad_hand_row_in_words(journal, tmp_path):
    folder = journal.folder
    journal.close()
    hands = _write(
        tmp_path / "finger_palm.csv", "date,hand,finger,distance_mm,note\n2026-03-01,right,ring,far,\n"
    )
    before = folder_state(folder)
    result = run_cli(folder, "import", "csv", str(hands))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "finger_palm.csv line 2: distance_mm: 'far' is not a number" in result.stdout + result.stderr
    assert folder_state(folder) == before
