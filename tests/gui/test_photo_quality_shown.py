"""The entry editor says what makes a new photo hard to compare, with the tip that fixes it, under
the photos; the photo is added and saved all the same. Help > Photo tips holds every such tip."""

from __future__ import annotations

from PIL import Image, ImageEnhance, ImageFilter
from PySide6.QtWidgets import QLabel
from shots import save_widget

from journal.core.photos import quality
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.widgets.photo_tray import PENDING
from journal.gui.wording import PHOTO_TIPS

SHARP = "forearm_2026-03-01.jpg"


def _editor(qtbot, session, site_id) -> EntryEditor:
    editor = EntryEditor(session, site_id)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _blurred(tmp_path, samples):
    target = tmp_path / "blurred.jpg"
    with Image.open(samples / "photos" / SHARP) as image:
        image.filter(ImageFilter.GaussianBlur(3)).save(target, exif=image.getexif())  # its camera date too
    return target


def test_a_blurred_photo_is_said_to_be_blurred_and_saved_all_the_same(
    qtbot, session, journal, elbow, samples, tmp_path
):
    editor = _editor(qtbot, session, elbow.id)
    note = editor.findChild(QLabel, "photo-quality-note")
    editor.photos.add_files([samples / "photos" / SHARP])
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=15000)
    assert not note.isVisible()  # a good photo: nothing to say

    editor.photos.add_files([_blurred(tmp_path, samples)])
    qtbot.waitUntil(lambda: not editor.photos.busy and len(editor.photos.pending) == 2, timeout=15000)
    expected = f"blurred.jpg looks blurred, so small changes may not show. Tip: {quality.TIP_FOCUS}."
    assert note.isVisible() and note.text() == f"\u26a0 {expected}"
    tray = editor.photos.list
    (item,) = [tray.item(r) for r in range(tray.count()) if tray.item(r).text().startswith("blurred.jpg")]
    assert item.text().endswith("new, hard to compare") and expected in item.toolTip()
    save_widget(editor, "entry-editor-photo-quality.png")

    editor.save_button.click()
    (entry,) = journal.store.entries(elbow.id)
    assert sorted(p.original_name for p in journal.store.photos(entry_id=entry.id)) == ["blurred.jpg", SHARP]


def test_taking_the_photo_off_takes_its_warning_along(qtbot, session, elbow, samples, tmp_path):
    dark = tmp_path / "dark.png"
    with Image.open(samples / "photos" / "elbow_no_exif.png") as image:
        ImageEnhance.Brightness(image.convert("RGB")).enhance(0.2).save(dark)
    editor = _editor(qtbot, session, elbow.id)
    note = editor.findChild(QLabel, "photo-quality-note")
    editor.photos.add_files([dark])
    qtbot.waitUntil(lambda: not editor.photos.busy and len(editor.photos.pending) == 1, timeout=15000)
    lines = note.text().splitlines()
    assert lines == [
        "\u26a0 dark.png carries no camera date, so the day it was taken is not known (it takes the "
        f"entry's date). Tip: {quality.TIP_CAMERA_FILE}.",
        f"\u26a0 dark.png is very dark, so the skin's shades and edges are hard to see. Tip: {quality.TIP_LIGHT}.",
    ]
    tray = editor.photos.list
    (row,) = [r for r in range(tray.count()) if tray.item(r).data(PENDING)]
    tray.setCurrentRow(row)
    editor.photos.remove_selected()
    assert not note.isVisible() and note.text() == ""


def test_help_photo_tips_hold_every_tip_the_warnings_name():
    for tip in (quality.TIP_LIGHT, quality.TIP_FOCUS, quality.TIP_CAMERA_FILE, quality.TIP_SAME_DAY):
        assert tip in PHOTO_TIPS
    assert PHOTO_TIPS.startswith("For photos you can compare over time: the same distance and the same light")
