"""The core's refusals and warnings read in German when German is installed: a CSV file's bad
line, a wrong passphrase, a photo that is hard to compare and the photo tips, an undo step's
name and a backup that cannot be restored.

The translation is the compiled .qm of resources/i18n, read by Qt's QTranslator as the command
line does (journal/cli/language.py); the core itself never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from german_support import core_german

from journal.core.backup.restore import BackupRefused, restore_backup
from journal.core.crypt.header import WrongPassphrase, new_header, unlock
from journal.core.csv.importer import import_csv
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.core.operations import entries as entry_ops
from journal.core.photos import quality
from journal.core.photos.quality import Measures, picture_warnings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(tmp_path: Path) -> Iterator[None]:
    with core_german(tmp_path / "qm"):
        yield


def test_a_csv_import_names_the_bad_line_in_german(german: None, journal: Journal, tmp_path: Path) -> None:
    source = tmp_path / "entries.csv"
    source.write_text("site,date,pain\nLeft forearm,2026-03-02,3\n", encoding="utf-8")
    report = import_csv(journal, [source])
    assert report.summary() == "Nichts wurde importiert: eine fehlerhafte Zeile."
    assert [str(problem) for problem in report.problems] == [
        "entries.csv Zeile 2: site: 'Left forearm' ist nicht in diesem Tagebuch: Legen Sie die Körperstelle "
        "zuerst an oder importieren Sie eine sites.csv, die sie enthält"
    ]
    semicolons = tmp_path / "from a spreadsheet.csv"
    semicolons.write_text("site;date;pain\nLeft forearm;2026-03-02;3\n", encoding="utf-8")
    (problem,) = import_csv(journal, [semicolons]).problems
    assert str(problem).startswith("from a spreadsheet.csv Zeile 1: die Spalten sind durch Semikolons")


def test_a_wrong_passphrase_is_refused_in_german(german: None, tmp_path: Path) -> None:
    header, _key, _code = new_header("a long right passphrase")
    with pytest.raises(WrongPassphrase) as refused:
        unlock(tmp_path, header, "not the passphrase")
    assert str(refused.value) == (
        f"Diese Passphrase öffnet das Tagebuch in {tmp_path} nicht. Nichts wurde geändert; "
        "versuchen Sie es erneut."
    )


def test_a_dark_photo_is_pointed_out_in_german(german: None) -> None:
    measures = Measures(
        width=4000, height=3000, sharpness=200.0, brightness=20.0, dark_share=0.6, white_share=0.0
    )
    (dark,) = picture_warnings("elbow.jpg", measures)
    assert dark.sentence() == (
        "elbow.jpg ist sehr dunkel, sodass Farbtöne und Ränder der Haut schwer zu erkennen sind. "
        "Tipp: jedes Mal dasselbe Licht: helles, gleichmäßiges Tageslicht, kein Blitz."
    )
    assert quality.photo_tips().startswith("Für Fotos, die sich über die Zeit vergleichen lassen")
    assert "\n\nLicht: jedes Mal dasselbe Licht" in quality.photo_tips()


def test_an_undo_step_is_named_in_german(german: None, journal: Journal) -> None:
    elbow = journal.store.add_site(Site.new(name="Linker Ellbogen", kind="deposit", region="elbow"))
    added = entry_ops.add_entry(journal, Entry.new(site_id=elbow.id, date="2026-03-01", pain=3))
    assert added.label == "neuer Eintrag: der Eintrag für Linker Ellbogen vom 2026-03-01"
    assert added.undo(journal).label == "Eintrag für Linker Ellbogen vom 2026-03-01 gelöscht"


def test_a_restore_refusal_reads_in_german(german: None, tmp_path: Path) -> None:
    not_a_zip = tmp_path / "sicherung.zip"
    not_a_zip.write_bytes(b"not a zip at all")
    with pytest.raises(BackupRefused) as refused:
        restore_backup(not_a_zip, tmp_path / "journal")
    assert str(refused.value) == (
        "sicherung.zip ist keine Skin-Journal-Sicherung (keine ZIP-Datei). Nichts wurde wiederhergestellt."
    )
    assert not (tmp_path / "journal").exists()


def test_english_comes_back_when_the_translation_is_removed() -> None:
    measures = Measures(
        width=4000, height=3000, sharpness=200.0, brightness=20.0, dark_share=0.6, white_share=0.0
    )
    (dark,) = picture_warnings("elbow.jpg", measures)
    assert dark.sentence().startswith("elbow.jpg is very dark")
    assert quality.photo_tips() == quality.PHOTO_TIPS
