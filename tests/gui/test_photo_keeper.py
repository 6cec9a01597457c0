"""Photo files kept for Undo in the window: there while a step can bring their rows back,
deleted once none can (the window closes, the step is dropped from the undo stack)."""

from __future__ import annotations

from PySide6.QtTest import QTest

from journal.core.domain.model import Entry
from journal.gui.main_window import MainWindow

PHOTO, OTHER = "forearm_2026-03-01.jpg", "elbow_no_exif.png"


def _files(journal, photo) -> list:
    return [journal.photo_path(photo), journal.files.thumb_path(photo.sha256)]


def _open(qtbot, session, settings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _delete_selected(window, entry) -> None:
    window.timeline.view.setFocus()
    window.timeline.view.selectRow(window.timeline.model.row_of(entry.id))
    window.commands["delete_entry"].trigger()


def test_a_deleted_entrys_photo_stays_for_undo_and_goes_when_the_window_closes(
    qtbot, session, settings, journal, elbow, samples
) -> None:
    entry, photos = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / PHOTO]
    )
    kept, kept_photos = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-02"), [samples / "photos" / OTHER]
    )
    window = _open(qtbot, session, settings)
    _delete_selected(window, entry)
    assert journal.store.photos(entry_id=entry.id) == []
    assert all(path.exists() for path in _files(journal, photos[0]))  # Undo may still need it

    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.photos(entry_id=entry.id) == photos
    assert all(path.exists() for path in _files(journal, photos[0]))
    assert journal.files.verify(photos[0].sha256, photos[0].ext) is None

    QTest.keySequence(window, "Ctrl+Shift+Z")  # deleted again; the window closes with it deleted
    assert journal.store.photos(entry_id=entry.id) == []
    window.close()
    assert not any(path.exists() for path in _files(journal, photos[0]))
    assert all(path.exists() for path in _files(journal, kept_photos[0]))  # a photo of a kept entry stays
    assert journal.store.photos() == kept_photos


def test_closing_the_window_after_undo_keeps_the_photo(
    qtbot, session, settings, journal, elbow, samples
) -> None:
    entry, photos = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / PHOTO]
    )
    window = _open(qtbot, session, settings)
    _delete_selected(window, entry)
    QTest.keySequence(window, "Ctrl+Z")
    window.close()
    assert all(path.exists() for path in _files(journal, photos[0]))
    assert journal.store.photos(entry_id=entry.id) == photos


def test_a_dropped_undo_step_lets_its_photo_go(qtbot, session, settings, journal, elbow, samples) -> None:
    from journal.core.operations.entries import add_entry

    other, _ = journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-05"))
    window = _open(qtbot, session, settings)
    added = add_entry(journal, Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / PHOTO])
    session.do(added)  # as the editor does when it saves
    entry, photos = added.value
    QTest.keySequence(window, "Ctrl+Z")  # the new entry is taken back; Redo could bring it again
    assert journal.store.photos() == []
    assert all(path.exists() for path in _files(journal, photos[0]))
    _delete_selected(window, other)  # a new step: the undone one can no longer be redone
    assert window.undo_stack.count() == 1
    assert not any(path.exists() for path in _files(journal, photos[0]))
    assert window.photo_keeper.removed  # the window did it, not the close


def test_the_undo_limit_dropping_a_step_lets_its_photo_go(
    qtbot, session, settings, journal, elbow, samples
) -> None:
    first, photos = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / PHOTO]
    )
    second, _ = journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-02"))
    window = _open(qtbot, session, settings)
    window.undo_stack.setUndoLimit(1)
    _delete_selected(window, first)
    assert all(path.exists() for path in _files(journal, photos[0]))
    _delete_selected(window, second)  # the first deletion falls off the stack
    assert not any(path.exists() for path in _files(journal, photos[0]))
