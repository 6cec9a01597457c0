"""Photos already saved on an entry: shown in the editor's tray, taken off on Save, back with Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journal.core.domain.model import Entry
from journal.core.operations import Changes
from journal.gui.models.timeline_model import Column, TimelineRole
from journal.gui.widgets.photo_tray import SAVED

FIRST, SECOND = "forearm_2026-03-01.jpg", "forearm_2026-04-02_rotated.jpg"


def _entry_with_two_photos(journal, site, samples):
    return journal.add_entry(
        Entry.new(site_id=site.id, date="2026-04-02", size_mm=4.0),
        [samples / "photos" / FIRST, samples / "photos" / SECOND],
    )


def _open_editor(qtbot, window, entry):
    window.timeline.view.setFocus()
    window.timeline.view.selectRow(window.timeline.model.row_of(entry.id))
    window.commands["edit_entry"].trigger()
    editor = window.editor
    qtbot.waitExposed(editor)
    editor.activateWindow()  # key presses reach the active window only
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _select(editor, name: str) -> None:
    tray = editor.photos.list
    (row,) = [r for r in range(tray.count()) if tray.item(r).text().splitlines()[0] == name]
    tray.setFocus()
    tray.setCurrentRow(row)


def _back_to_window(qtbot, window) -> None:
    window.activateWindow()  # offscreen has no window manager to hand the focus back
    qtbot.waitUntil(window.isActiveWindow)


def _names(journal, entry) -> list[str | None]:
    return [p.original_name for p in journal.store.photos(entry_id=entry.id)]


def test_saved_photos_show_in_the_tray_with_thumbnail_and_date(
    qtbot, journal, elbow, samples, window, save_shot
) -> None:
    entry, _ = _entry_with_two_photos(journal, elbow, samples)
    window.session.notify(Changes.of(entries=[entry.id], sites=[elbow.id]))
    editor = _open_editor(qtbot, window, entry)
    tray = editor.photos.list
    texts = [tray.item(r).text().splitlines() for r in range(tray.count())]
    assert [t[0] for t in texts] == [FIRST, SECOND]
    assert texts[0][1].startswith("2026-03-01") and all(t[1].endswith("saved") for t in texts)
    for row in range(tray.count()):
        icon = tray.item(row).icon().pixmap(64, 64)
        assert not icon.isNull() and icon.width() > 20
    assert not editor.photos.remove_button.isEnabled()  # nothing selected yet
    _select(editor, SECOND)
    assert editor.photos.remove_button.isEnabled()
    editor.resize(980, 760)
    save_shot(editor, "editor_saved_photos")


def test_removed_photo_goes_on_save_and_comes_back_with_undo(
    qtbot, journal, elbow, samples, window, save_shot
) -> None:
    entry, photos = _entry_with_two_photos(journal, elbow, samples)
    window.session.notify(Changes.of(entries=[entry.id], sites=[elbow.id]))
    model = window.timeline.model
    assert model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY) == photos[0].sha256
    assert model.index(0, Column.PHOTO).data() == "+1"

    editor = _open_editor(qtbot, window, entry)
    _select(editor, FIRST)
    QTest.keyClick(editor.photos.list, Qt.Key.Key_Delete)
    assert editor.photos.list.count() == 1
    assert editor.photos.removal_note.isVisible() and "1 saved photo" in editor.photos.removal_note.text()
    assert _names(journal, entry) == [FIRST, SECOND]  # nothing written before Save
    editor.resize(980, 760)
    save_shot(editor, "editor_saved_photo_removed")
    editor.form.size.setValue(4.5)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    _back_to_window(qtbot, window)

    assert _names(journal, entry) == [SECOND] and journal.store.entry(entry.id).size_mm == 4.5
    assert journal.photo_path(photos[0]).exists()  # the file stays for undo
    assert model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY) == photos[1].sha256
    assert model.index(0, Column.PHOTO).data() is None  # no "+1" any more

    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.photos(entry_id=entry.id) == photos  # same rows, same ids, same order
    assert journal.store.entry(entry.id).size_mm == 4.0
    assert model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY) == photos[0].sha256
    assert model.index(0, Column.PHOTO).data() == "+1"

    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert _names(journal, entry) == [SECOND] and journal.store.entry(entry.id).size_mm == 4.5


def test_cancel_keeps_the_saved_photos(qtbot, journal, elbow, samples, window) -> None:
    entry, photos = _entry_with_two_photos(journal, elbow, samples)
    window.session.notify(Changes.of(entries=[entry.id], sites=[elbow.id]))
    editor = _open_editor(qtbot, window, entry)
    _select(editor, FIRST)
    editor.photos.remove_button.click()
    _select(editor, SECOND)
    editor.photos.remove_button.click()
    assert editor.photos.list.count() == 0 and len(editor.photos.removed) == 2
    editor.reject()
    assert journal.store.entry(entry.id) == entry
    assert journal.store.photos(entry_id=entry.id) == photos
    assert window.undo_stack.count() == 0


def test_removed_photo_added_again_stays(qtbot, journal, elbow, samples, window) -> None:
    entry, photos = _entry_with_two_photos(journal, elbow, samples)
    window.session.notify(Changes.of(entries=[entry.id], sites=[elbow.id]))
    editor = _open_editor(qtbot, window, entry)
    _select(editor, FIRST)
    editor.photos.remove_selected()
    editor.photos.add_files([samples / "photos" / FIRST, samples / "photos" / SECOND])
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    tray = editor.photos.list
    assert [tray.item(r).data(SAVED) for r in range(tray.count())] == [p.id for p in photos]
    assert editor.photos.pending == [] and editor.photos.removed == []
    assert not editor.photos.removal_note.isVisible()
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    _back_to_window(qtbot, window)
    assert journal.store.photos(entry_id=entry.id) == photos
    QTest.keySequence(window, "Ctrl+Z")  # undoing that edit leaves both photos where they were
    assert journal.store.photos(entry_id=entry.id) == photos
