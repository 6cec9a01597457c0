"""A person's path through the window: add a site, log an entry with a photo, see it in the
timeline with its thumbnail, edit it, delete it and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.models.timeline_model import Column, TimelineRole


def _add_site_through_the_menu(qtbot, window, when_modal) -> None:
    def fill(dialog) -> None:
        assert isinstance(dialog, SiteDialog)
        QTest.keyClicks(dialog.name, "Right forearm")
        dialog.region.setCurrentIndex(dialog.region.findData("forearm"))
        dialog.reminder.setValue(14)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill)
    window.commands["add_site"].trigger()
    window.activateWindow()  # offscreen has no window manager to give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)


def _save(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: not editor.photos.busy and editor.save_button.isEnabled(), timeout=10000)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    window = editor.parent()
    window.activateWindow()  # no window manager offscreen to hand the focus back
    qtbot.waitUntil(window.isActiveWindow)


def test_log_edit_delete_and_undo_an_entry(qtbot, window, journal, samples, when_modal) -> None:
    _add_site_through_the_menu(qtbot, window, when_modal)
    (site,) = journal.store.sites()
    assert site.name == "Right forearm" and site.reminder_days == 14
    assert window.sites.current_site_id() == site.id
    assert window.timeline.title.text() == "Right forearm"

    # Log an entry (Ctrl+N) with a rating by keyboard, a size and a photo.
    QTest.keySequence(window, "Ctrl+N")
    editor = window.editor
    assert editor is not None and editor.site.currentData() == site.id
    editor.form.tightness.slider.setFocus()
    QTest.keyClick(editor.form.tightness.slider, Qt.Key.Key_Right)
    QTest.keyClick(editor.form.tightness.slider, Qt.Key.Key_Right)
    editor.form.size.setValue(4.5)
    editor.form.signs["inflamed"].set_value(True)
    editor.photos.add_files([samples / "photos" / "forearm_2026-03-01.jpg"])
    _save(qtbot, editor)

    (entry,) = journal.store.entries(site.id)
    assert (entry.tightness, entry.size_mm, entry.inflamed, entry.pain) == (2, 4.5, True, None)
    (photo,) = journal.store.photos(entry_id=entry.id)
    assert journal.photo_path(photo).exists()

    # The timeline shows it, with the photo's thumbnail once the worker has decoded it.
    model = window.timeline.model
    assert model.rowCount() == 1
    assert model.index(0, Column.SIZE).data() == "4.5 mm"
    assert model.index(0, Column.SIGNS).data() == "\u26a0 Red, warm or swollen"
    qtbot.waitUntil(lambda: window.thumbnails.is_cached(photo.sha256), timeout=10000)
    thumb = model.index(0, Column.PHOTO).data(Qt.ItemDataRole.DecorationRole)
    assert not thumb.isNull() and thumb.width() > 20

    # The charts show the point (matplotlib is imported only now, for the charts tab).
    _see_in_chart(qtbot, window, "size_mm", ([entry.date], [4.5]))
    window.show_tab("timeline")

    # Edit it: the editor opens with the saved values; change the size.
    window.timeline.view.setFocus()
    window.timeline.view.selectRow(0)
    window.commands["edit_entry"].trigger()
    editor = window.editor
    assert editor.form.tightness.value() == 2 and editor.form.size.measured() == 4.5
    editor.form.size.setValue(5.1)
    _save(qtbot, editor)
    assert journal.store.entry(entry.id).size_mm == 5.1
    assert model.index(0, Column.SIZE).data() == "5.1 mm"
    assert journal.store.entry(entry.id).tightness == 2  # untouched fields keep their values

    # Delete it (Del in the timeline), then undo (Ctrl+Z): it comes back with its photo.
    window.timeline.view.setFocus()
    window.timeline.view.selectRow(0)
    QTest.keyClick(window.timeline.view, Qt.Key.Key_Delete)
    assert journal.store.entries(site.id) == [] and model.rowCount() == 0
    QTest.keySequence(window, "Ctrl+Z")
    (restored,) = journal.store.entries(site.id)
    assert restored.id == entry.id and restored.size_mm == 5.1
    assert [p.sha256 for p in journal.store.photos(entry_id=entry.id)] == [photo.sha256]
    assert model.rowCount() == 1 and model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY) == photo.sha256
    _see_in_chart(qtbot, window, "size_mm", ([entry.date], [5.1]))
    # Redo deletes it again.
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert journal.store.entries(site.id) == []


def _see_in_chart(qtbot, window, line: str, expected) -> None:
    """Show the charts tab and wait until the figure on screen plots `expected` for `line`."""
    charts = window.show_tab("charts")

    def plotted():
        if charts.figure is None:
            return None
        dates, values = charts.plotted(line)
        return list(dates), [float(v) for v in values]

    qtbot.waitUntil(lambda: plotted() == expected, timeout=20000)
