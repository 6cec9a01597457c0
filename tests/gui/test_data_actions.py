"""The window's data actions with real dialogs' answers (the file dialogs' static calls and
message boxes are patched to answer like a person), real journals and real photos."""

from __future__ import annotations

import codecs
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from shots import save_widget

from journal.core.backup.create import backup_schedule
from journal.core.domain.model import Entry, LabResult, Site
from journal.core.journal import Journal
from journal.gui import background
from journal.gui.commands import data_actions


class Person:
    """Answers the dialogs and remembers every message shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.boxes: list[QMessageBox] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _recorder(self, kind: str):
        def show(parent, title, text, *rest):
            self.messages.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def _question(self, parent, title, text, *rest):
        self.messages.append(("question", text))
        return self.answer

    def _exec(self, box: QMessageBox) -> int:
        self.boxes.append(box)
        self.messages.append(("box", f"{box.text()}\n{box.informativeText()}"))
        return 0

    def choose(self, monkeypatch: pytest.MonkeyPatch, method: str, answer) -> None:
        monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *args, **kwargs: answer))

    def last(self, kind: str) -> str:
        found = [text for k, text in self.messages if k == kind]
        assert found, self.messages
        return found[-1]


@pytest.fixture
def person(qapp, monkeypatch) -> Person:  # noqa: ARG001
    return Person(monkeypatch)


@pytest.fixture
def run(qtbot):
    """`run(action, *args)`: start a data action, wait until it says it is over, return what it said."""

    def finish(action, *args) -> bool:
        told: list[bool] = []
        action(*args, told.append)
        qtbot.waitUntil(lambda: bool(told), timeout=30_000)
        assert len(told) == 1, told
        return told[0]

    return finish


@pytest.fixture
def filled(journal: Journal, samples: Path) -> Journal:
    temple = journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))
    journal.add_entry(
        Entry.new(site_id=temple.id, date="2026-03-01", size_mm="2.5", note="=1+2"),
        [samples / "photos" / "forearm_2026-03-01.jpg", samples / "photos" / "elbow_no_exif.png"],
    )
    journal.store.add_entry(Entry.new(site_id=temple.id, date="2026-04-01", size_mm="3.0", pain=2))
    journal.store.add_lab(LabResult.new(date="2026-03-05", test="calcium", value="2.4", unit="mmol/L"))
    return journal


def test_export_csv_writes_the_files_with_a_bom_and_says_photos_are_not_in_them(
    filled, person, monkeypatch, tmp_path, run
):
    person.choose(monkeypatch, "getExistingDirectory", str(tmp_path / "out"))
    run(data_actions.export_csv, None, filled)
    entries = (tmp_path / "out" / "entries.csv").read_bytes()
    assert entries.startswith(codecs.BOM_UTF8) and b"'=1+2" in entries
    assert "2 entries" in person.last("information") and "not in CSV files" in person.last("information")


def test_export_csv_asks_before_replacing_and_a_no_keeps_the_old_files(
    filled, person, monkeypatch, tmp_path, run
):
    (tmp_path / "entries.csv").write_text("mine")
    person.choose(monkeypatch, "getExistingDirectory", str(tmp_path))
    person.answer = QMessageBox.StandardButton.No
    assert run(data_actions.export_csv, None, filled) is False
    assert "Replace the CSV files" in person.last("question")
    assert (tmp_path / "entries.csv").read_text() == "mine"


def test_import_of_malformed_rows_names_every_bad_line_and_adds_nothing(
    journal, person, monkeypatch, samples, run
):
    journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))
    person.choose(monkeypatch, "getOpenFileNames", ([str(samples / "bad" / "malformed_rows.csv")], ""))
    assert run(data_actions.import_csv, None, journal) is False
    shown = person.last("box")
    assert "Nothing was imported: 8 bad" in shown
    for line in range(2, 10):
        assert f"malformed_rows.csv line {line}:" in shown
    assert journal.store.entries() == []
    box = person.boxes[-1]
    box.resize(760, 360)
    save_widget(box, "import_problems.png")


def test_import_of_a_good_file_asks_then_adds_and_the_window_sees_it(
    journal, person, monkeypatch, tmp_path, run
):
    journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))
    path = tmp_path / "mine.csv"
    path.write_text("site,date,size_mm\nLeft temple,2026-01-01,1.5\nLeft temple,2026-01-08,1.7\n")
    person.choose(monkeypatch, "getOpenFileNames", ([str(path)], ""))
    person.answer = QMessageBox.StandardButton.No
    assert run(data_actions.import_csv, None, journal) is False
    assert "Import 2 entries?" in person.last("question") and journal.store.entries() == []
    person.answer = QMessageBox.StandardButton.Yes
    assert run(data_actions.import_csv, None, journal) is True
    assert [e.size_mm for e in journal.store.entries()] == [1.5, 1.7]  # the window's own connection
    assert person.last("information") == "Imported 2 entries."


def test_a_latin1_file_gets_the_utf8_message(journal, person, monkeypatch, samples, run):
    person.choose(monkeypatch, "getOpenFileNames", ([str(samples / "bad" / "latin1_encoded.csv")], ""))
    assert run(data_actions.import_csv, None, journal) is False
    assert "line 2: is not UTF-8" in person.last("box")


def test_backup_now_then_restore_into_an_empty_folder(filled, person, monkeypatch, tmp_path, run):
    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "my backup"), ""))
    assert run(data_actions.backup_now, None, filled) is True
    zip_path = tmp_path / "my backup.zip"
    assert zipfile.is_zipfile(zip_path) and "2 photo(s)" in person.last("information")
    person.choose(monkeypatch, "getOpenFileName", (str(zip_path), ""))
    assert run(data_actions.restore_backup, None, tmp_path / "restored") is True
    assert "kept as" not in person.last("question")
    with Journal.open(tmp_path / "restored") as restored:
        assert len(restored.store.entries()) == 2
        assert {p.sha256 for p in restored.store.photos()} == {p.sha256 for p in filled.store.photos()}


def test_restore_over_a_journal_says_where_the_old_one_is_kept(filled, person, monkeypatch, tmp_path, run):
    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "b.zip"), ""))
    run(data_actions.backup_now, None, filled)
    other = tmp_path / "other"
    with Journal.open(other) as journal:
        journal.store.add_site(Site.new(name="Only here", kind="area", region="scalp"))
    person.choose(monkeypatch, "getOpenFileName", (str(tmp_path / "b.zip"), ""))
    person.answer = QMessageBox.StandardButton.No
    assert run(data_actions.restore_backup, None, other) is False
    assert "other.before-restore-" in person.last("question")
    with Journal.open(other) as journal:
        assert [s.name for s in journal.store.sites()] == ["Only here"]
    person.answer = QMessageBox.StandardButton.Yes
    assert run(data_actions.restore_backup, None, other) is True
    assert "previous journal is kept in" in person.last("information")


def test_a_zip_slip_backup_is_refused_with_its_reason_and_nothing_written(
    person, monkeypatch, samples, tmp_path, run
):
    person.choose(monkeypatch, "getOpenFileName", (str(samples / "bad" / "zip_slip_backup.zip"), ""))
    assert run(data_actions.restore_backup, None, tmp_path / "journal") is False
    assert "outside the journal folder" in person.last("warning")
    assert list(tmp_path.iterdir()) == []


def test_a_backup_with_a_trigger_is_refused_by_the_window_with_its_reason(
    filled, person, monkeypatch, tmp_path, run
):
    """The window's restore runs the same checks as the command line: a backup whose database
    carries a trigger of its own is refused after the question, and nothing is written."""
    import hashlib
    import json
    import sqlite3

    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "b.zip"), ""))
    run(data_actions.backup_now, None, filled)
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
        manifest = json.loads(archive.read("manifest.json"))
    db = tmp_path / "edit.sqlite3"
    db.write_bytes(members["journal.sqlite3"])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries; END")
    conn.commit()
    conn.close()
    members["journal.sqlite3"] = db.read_bytes()
    manifest["files"]["journal.sqlite3"] = {
        "sha256": hashlib.sha256(members["journal.sqlite3"]).hexdigest(),
        "size": len(members["journal.sqlite3"]),
    }
    with zipfile.ZipFile(tmp_path / "hostile.zip", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    person.choose(monkeypatch, "getOpenFileName", (str(tmp_path / "hostile.zip"), ""))
    assert run(data_actions.restore_backup, None, tmp_path / "restored") is False
    assert "trigger (wipe on entries)" in person.last("warning")
    assert not (tmp_path / "restored").exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name or ".restore-move" in p.name]


def test_a_damaged_database_gets_a_clear_message_and_no_backup(person, monkeypatch, samples, tmp_path, run):
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes((samples / "bad" / "damaged.db").read_bytes())

    class Closed:  # the window's journal as backup_now uses it: only its folder
        pass

    journal = Closed()
    journal.folder = folder
    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "b.zip"), ""))
    assert run(data_actions.backup_now, None, journal) is False
    assert "no backup was made" in person.last("warning")
    assert not (tmp_path / "b.zip").exists()


def test_cancelled_dialogs_do_nothing(journal, person, monkeypatch, tmp_path, run):
    person.choose(monkeypatch, "getExistingDirectory", "")
    person.choose(monkeypatch, "getOpenFileNames", ([], ""))
    person.choose(monkeypatch, "getSaveFileName", ("", ""))
    person.choose(monkeypatch, "getOpenFileName", ("", ""))
    assert run(data_actions.export_csv, None, journal) is False
    assert run(data_actions.import_csv, None, journal) is False
    assert run(data_actions.backup_now, None, journal) is False
    assert run(data_actions.restore_backup, None, tmp_path / "x") is False
    assert person.messages == []


def test_slow_work_keeps_the_window_responsive_and_shows_progress(qtbot, person):
    """The work is held until the test lets it go: meanwhile the GUI thread runs its events
    (the progress dialog's own timer shows it, a timer of ours ticks); no sleep, no count of ticks."""
    release = threading.Event()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    results: list[int] = []
    background.run_with_progress(
        None, "Export as CSV", "Writing the CSV files…", lambda: release.wait(30) and 42, results.append
    )

    def shown() -> list[QProgressDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()) and bool(ticks), timeout=10_000)
    dialog = shown()[0]
    assert dialog.labelText() == "Writing the CSV files…" and results == []  # still working
    save_widget(dialog, "data_action_progress.png")
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    timer.stop()
    assert not shown()  # the dialog went before the answer was handled


def test_an_unexpected_error_of_the_work_is_shown_as_one(qtbot, person, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "journal.gui.dialogs.error_dialog.show_unexpected_error", lambda parent, error: shown.append(error)
    )
    background.run_with_progress(None, "t", "l", lambda: (_ for _ in ()).throw(ValueError("boom")), print)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert isinstance(shown[0], ValueError) and str(shown[0]) == "boom"
    assert person.messages == []


def test_the_scheduled_backup_runs_in_the_background_when_due(filled, qtbot, person):
    assert backup_schedule(filled.store) == (7, 5)
    done: list[Path | None] = []
    assert data_actions.start_scheduled_backup(None, filled, done.append) is True
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done[0] is not None and done[0].parent == filled.backups_dir and zipfile.is_zipfile(done[0])
    assert data_actions.start_scheduled_backup(None, filled, done.append) is False  # a week is not over
    assert person.messages == []


def test_export_fhir_writes_the_bundle_off_the_gui_thread_and_says_what_it_holds(
    filled, person, monkeypatch, tmp_path, run
):
    import json

    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "record"), "FHIR bundle (*.json)"))
    person.answer = QMessageBox.StandardButton.Yes  # the photos in the file too
    threads: list[threading.Thread] = []
    real = data_actions.write_fhir
    monkeypatch.setattr(
        data_actions,
        "write_fhir",
        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k),
    )
    assert run(data_actions.export_fhir, None, filled) is True
    assert threads and threads[0] is not threading.main_thread()
    bundle = json.loads((tmp_path / "record.json").read_text("utf-8"))
    media = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Media"]
    assert len(media) == 2 and all(m["content"]["data"] for m in media)
    said = person.last("information")
    assert "Media" in said and "Patient" in said and "Put the photos" in person.last("question")


def test_export_fhir_refused_in_words_when_the_name_is_a_folder(filled, person, monkeypatch, tmp_path, run):
    (tmp_path / "record.json").mkdir()
    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "record.json"), ""))
    person.answer = QMessageBox.StandardButton.No
    assert run(data_actions.export_fhir, None, filled) is False
    assert "is a folder" in "\n".join(text for _, text in person.messages)


def test_save_reminders_writes_the_calendar_file(filled, person, monkeypatch, tmp_path, run):
    person.choose(monkeypatch, "getSaveFileName", (str(tmp_path / "checks"), ""))
    assert run(data_actions.save_reminders, None, filled) is True
    text = (tmp_path / "checks.ics").read_text("utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "SUMMARY:Check Left temple (Skin Journal)" in text
    assert "2 repeating reminders" in person.last("information")


@pytest.fixture
def encrypted(tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch):
    from journal.core.crypt import convert, header

    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)  # a light KDF: the test is not about it
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)
    folder = tmp_path / "secret"
    convert.create(folder, "correct horse battery")
    with Journal.open(folder, passphrase="correct horse battery") as journal:
        site = journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01", size_mm="2.5"),
            [samples / "photos" / "forearm_2026-03-01.jpg"],
        )
        yield journal


@pytest.mark.parametrize(
    ("action", "dialog", "answer", "named"),
    [
        ("export_csv", "getExistingDirectory", "out", "the CSV files in {out}"),
        (
            "export_fhir",
            "getSaveFileName",
            ("out.json", ""),
            "the FHIR bundle {out}.json with the pictures in it",
        ),
        ("save_reminders", "getSaveFileName", ("out.ics", ""), "the reminders {out}.ics"),
    ],
)
@pytest.mark.parametrize("is_encrypted", [True, False])
def test_an_export_from_an_encrypted_journal_warns_that_its_files_are_plain(
    request, person, monkeypatch, tmp_path, run, action, dialog, answer, named, is_encrypted
):
    journal = request.getfixturevalue("encrypted" if is_encrypted else "filled")
    out = tmp_path / "out"
    chosen = str(tmp_path / answer) if isinstance(answer, str) else (str(tmp_path / answer[0]), answer[1])
    person.choose(monkeypatch, dialog, chosen)
    person.answer = QMessageBox.StandardButton.Yes
    assert run(getattr(data_actions, action), None, journal) is True
    if is_encrypted:
        said = person.last("warning")
        assert (
            f"The journal is encrypted, but this export is not: {named.format(out=out)} can be read" in said
        )
        assert [kind for kind, _ in person.messages if kind == "information"] == []
    else:
        assert [kind for kind, _ in person.messages if kind == "warning"] == []
        assert person.last("information")
