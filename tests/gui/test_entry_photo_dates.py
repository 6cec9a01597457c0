"""The entry editor and the photos' camera dates: a new entry whose date nobody chose takes the
day its photo was taken; a photo taken more than a day from the entry's date raises a question
(use the photo's date / keep the entry's date / cancel)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from shots import save_widget

from journal.core.domain.model import Entry
from journal.gui.dialogs.entry_editor import EntryEditor

TODAY = dt.date.today()
APRIL = dt.date(2026, 4, 2)
APRIL_PHOTO = "forearm_2026-04-02_rotated.jpg"


def _editor(qtbot, session, site_id, entry=None) -> EntryEditor:
    editor = EntryEditor(session, site_id, entry=entry)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _question(qtbot, editor) -> QMessageBox:
    qtbot.waitUntil(lambda: editor.question is not None and editor.question.isVisible(), timeout=15000)
    return editor.question


def _button(box: QMessageBox, words: str):
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == words]
    return button


def _saved(journal, site_id):
    return [
        (e.date, [(p.original_name, p.taken_on) for p in journal.store.photos(entry_id=e.id)])
        for e in journal.store.entries(site_id)
    ]


def test_a_new_entry_takes_the_day_its_photo_was_taken(qtbot, session, journal, elbow, samples):
    editor = _editor(qtbot, session, elbow.id)
    editor.photos.add_files([samples / "photos" / APRIL_PHOTO])
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    assert editor.question is None  # nothing to ask: the date was only today's default
    assert editor.chosen_date() == APRIL
    note = editor.findChild(QLabel, "date-from-photo")
    assert note.isVisible() and note.text() == f"the day {APRIL_PHOTO} was taken (its camera's date)"
    save_widget(editor, "entry-editor-date-from-photo.png")
    editor.save_button.click()
    assert _saved(journal, elbow.id) == [(APRIL, [(APRIL_PHOTO, APRIL)])]


def test_a_photo_without_a_camera_date_leaves_the_date_alone(qtbot, session, journal, elbow, samples):
    editor = _editor(qtbot, session, elbow.id)
    editor.photos.add_files([samples / "photos" / "elbow_no_exif.png"])
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    assert editor.question is None and editor.chosen_date() == TODAY
    editor.save_button.click()
    assert _saved(journal, elbow.id) == [(TODAY, [("elbow_no_exif.png", TODAY)])]


@pytest.mark.parametrize("answer", ["Use the photo's date", "Keep the entry's date", "Cancel"])
def test_a_photo_from_another_day_than_the_date_chosen_asks(qtbot, session, journal, elbow, samples, answer):
    editor = _editor(qtbot, session, elbow.id)
    editor.date.lineEdit().selectAll()
    qtbot.keyClicks(editor.date.lineEdit(), TODAY.isoformat())  # the date the form shows, chosen
    editor.photos.add_files([samples / "photos" / APRIL_PHOTO])
    box = _question(qtbot, editor)
    assert box.text() == (
        f"This photo was taken on 2026-04-02, the entry is dated {TODAY.isoformat()}. Use the photo's date?"
    )
    assert APRIL_PHOTO in box.informativeText()
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == [
        "Cancel",
        "Keep the entry's date",
        "Use the photo's date",
    ]
    assert not editor.save_button.isEnabled()  # the photo is not on the entry until answered
    if answer == "Use the photo's date":
        save_widget(box, "photo-date-question.png")
    _button(box, answer).click()
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=5000)
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    expected = {
        "Use the photo's date": [(APRIL, [(APRIL_PHOTO, APRIL)])],
        "Keep the entry's date": [(TODAY, [(APRIL_PHOTO, APRIL)])],
        "Cancel": [(TODAY, [])],
    }
    assert _saved(journal, elbow.id) == expected[answer]


def test_editing_an_entry_asks_about_a_photo_from_another_day(qtbot, session, journal, elbow, samples):
    entry, _ = journal.add_entry(Entry.new(site_id=elbow.id, date=TODAY, pain=1))
    editor = _editor(qtbot, session, elbow.id, entry=entry)
    editor.photos.add_files([samples / "photos" / APRIL_PHOTO, samples / "photos" / "forearm_2026-03-01.jpg"])
    box = _question(qtbot, editor)
    first = box.text()
    _button(box, "Keep the entry's date").click()
    second = _question(qtbot, editor)  # one question at a time, each about its own photo
    assert {first, second.text()} == {
        f"This photo was taken on {day}, the entry is dated {TODAY.isoformat()}. Use the photo's date?"
        for day in ("2026-04-02", "2026-03-01")
    }
    _button(second, "Keep the entry's date").click()
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    editor.save_button.click()
    [(day, photos)] = _saved(journal, elbow.id)
    assert day == TODAY and sorted(photos) == [
        ("forearm_2026-03-01.jpg", dt.date(2026, 3, 1)),
        (APRIL_PHOTO, APRIL),
    ]


def test_a_photo_within_a_day_of_the_entry_asks_nothing(qtbot, session, journal, elbow, samples):
    entry, _ = journal.add_entry(Entry.new(site_id=elbow.id, date="2026-04-03", pain=1))
    editor = _editor(qtbot, session, elbow.id, entry=entry)
    editor.photos.add_files([samples / "photos" / APRIL_PHOTO])
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    assert editor.question is None and len(editor.photos.pending) == 1
