"""The entry editor: "not checked" stays empty, bad photos are refused without saving anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.core.domain.model import Entry
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.wording import RATING_ENDS, WARNING_LABELS

BAD = ["empty.jpg", "truncated.jpg", "not_an_image.jpg", "html_as.png", "bomb_20000x20000.png"]


def _editor(qtbot, session, site_id, entry=None) -> EntryEditor:
    editor = EntryEditor(session, site_id, entry=entry)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _wait_idle(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)


def test_untouched_fields_are_saved_as_not_checked(qtbot, session, journal, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    assert editor.form.tightness.value_label.text() == "not checked"
    editor.save_button.click()
    (entry,) = journal.store.entries(elbow.id)
    assert all(getattr(entry, field) is None for field in Entry.VALUE_FIELDS)


def test_rating_shows_words_at_both_ends_and_can_be_cleared(qtbot, session, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    labels = [w.text() for w in editor.form.tightness.findChildren(type(editor.form.tightness.value_label))]
    assert RATING_ENDS["tightness"][0] in labels and RATING_ENDS["tightness"][1] in labels
    editor.form.tightness.slider.triggerAction(editor.form.tightness.slider.SliderAction.SliderSingleStepAdd)
    assert editor.form.tightness.value() == 1
    editor.form.tightness.clear_button.click()
    assert editor.form.tightness.value() is None


def test_warning_signs_are_worded_plainly(qtbot, session, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    text = " ".join(
        w.text() for w in editor.form.signs_box.findChildren(type(editor.form.tightness.value_label))
    )
    for words in (
        "Broke open",
        "Chalk-like material came out",
        "Red, warm or swollen",
        "Harder to move the joint",
    ):
        assert words in text.replace("&", "")
    assert set(WARNING_LABELS) == set(editor.form.signs)


@pytest.mark.parametrize("name", BAD)
def test_bad_photo_shows_an_error_and_saves_nothing(qtbot, session, journal, elbow, samples, name) -> None:
    editor = _editor(qtbot, session, elbow.id)
    editor.photos.add_files([samples / "bad" / name])
    _wait_idle(qtbot, editor)
    box = editor.photos.findChild(QMessageBox, "photo-rejected")
    assert box is not None and box.isVisible()
    assert name in box.text() and "unchanged" in box.text()
    assert editor.photos.pending == [] and editor.photos.list.count() == 0
    assert journal.store.entries() == [] and not (journal.folder / "photos").exists()
    box.accept()
    # The form is still there and usable: a good photo can be added and the entry saved.
    editor.photos.add_files([samples / "photos" / "elbow_no_exif.png"])
    _wait_idle(qtbot, editor)
    editor.save_button.click()
    (entry,) = journal.store.entries(elbow.id)
    assert len(journal.store.photos(entry_id=entry.id)) == 1


def test_bad_photo_while_editing_leaves_the_entry_intact(qtbot, session, journal, elbow, samples) -> None:
    saved, photos = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=3.0),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    )
    editor = _editor(qtbot, session, None, entry=saved)
    editor.form.size.setValue(9.9)
    editor.photos.add_files([samples / "bad" / "truncated.jpg"])
    _wait_idle(qtbot, editor)
    assert editor.photos.errors and "truncated.jpg" in editor.photos.errors[0]
    editor.reject()  # the person gives up after the error
    assert journal.store.entry(saved.id) == saved
    assert journal.store.photos(entry_id=saved.id) == photos


def test_save_waits_for_photos_being_prepared(qtbot, session, journal, elbow, samples) -> None:
    editor = _editor(qtbot, session, elbow.id)
    editor.photos.add_files(
        [samples / "photos" / "cmyk_scan.jpg", samples / "photos" / "scalp_crown_phone.heic"]
    )
    assert not editor.save_button.isEnabled()
    _wait_idle(qtbot, editor)
    assert editor.save_button.isEnabled() and len(editor.photos.pending) == 2
    editor.save_button.click()
    (entry,) = journal.store.entries(elbow.id)
    assert len(journal.store.photos(entry_id=entry.id)) == 2


def test_photo_pasted_from_the_clipboard(qtbot, session, journal, elbow, samples) -> None:
    editor = _editor(qtbot, session, elbow.id)
    QApplication.clipboard().setImage(QImage(str(samples / "photos" / "elbow_no_exif.png")))
    editor.photos.paste_button.click()
    _wait_idle(qtbot, editor)
    assert [p.original_name for p in editor.photos.pending] == ["pasted.png"]
    editor.save_button.click()
    (entry,) = journal.store.entries(elbow.id)
    (photo,) = journal.store.photos(entry_id=entry.id)
    assert journal.photo_path(photo).exists() and photo.width > 0


def test_refused_value_keeps_the_dialog_open(qtbot, session, journal, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    editor.site.setCurrentIndex(-1)  # no site chosen
    shown = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    QTimer.singleShot(50, close_box)
    editor.save_button.click()
    assert shown and "site" in shown[0].lower()
    assert editor.isVisible() and journal.store.entries() == []


def test_photos_dropped_on_the_editor(qtbot, session, journal, elbow, samples) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    editor = _editor(qtbot, session, elbow.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples / "photos" / "Kopfhaut hinten ä ö 日本.jpg"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(drop)
    _wait_idle(qtbot, editor)
    assert [p.original_name for p in editor.photos.pending] == ["Kopfhaut hinten ä ö 日本.jpg"]
    assert editor.photos.list.item(0).text().splitlines()[0] == "Kopfhaut hinten ä ö 日本.jpg"
