"""The photo viewer and the compare dialog, on photos imported through the journal."""

from __future__ import annotations

from pane_helpers import add_entry, add_site, skin_photo
from PySide6.QtCore import QPoint, Qt

from journal.core.operations import Changes
from journal.gui.dialogs.photo_viewer import open_photo_viewer
from journal.gui.panes.compare_view import OVERLAY, SIDE_BY_SIDE, CompareDialog

RED, BLUE = (200, 40, 40), (40, 40, 200)


def _two_photo_site(session, tmp_path, second_size=(400, 300)):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED)], size_mm=3.0)
    add_entry(session, site, "2026-03-10", [skin_photo(tmp_path, "mar.jpg", BLUE, second_size)], size_mm=4.0)
    return site


def _centre_colour(view):
    image = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(image.width() // 2, image.height() // 3))


def test_compare_shows_both_dates_side_by_side_at_one_zoom(qtbot, session, tmp_path):
    site = _two_photo_site(session, tmp_path, second_size=(800, 600))
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.right_caption.text() != "", timeout=5000)

    assert dialog.left_caption.text() == "2026-01-10"
    assert dialog.right_caption.text() == "2026-03-10"
    assert _centre_colour(dialog.left).red() > 150
    assert _centre_colour(dialog.right).blue() > 150
    # The later photo has twice the pixels but is shown at the earlier one's width.
    assert dialog.right.image_items()[0].sceneBoundingRect().width() == 400

    assert dialog.zoom_label.text() == f"{dialog.left.zoom * 100:.0f} %"  # the visible view's zoom
    dialog.left.actual_size()
    assert dialog.right.zoom == 1.0
    assert dialog.zoom_label.text() == "100 %"
    dialog.left.zoom_in()
    assert dialog.right.zoom == dialog.left.zoom > 1.0
    dialog.left.set_zoom(4.0)  # 1600 px wide: both views scroll
    assert dialog.left.horizontalScrollBar().maximum() > 37
    dialog.left.horizontalScrollBar().setValue(37)
    assert dialog.right.horizontalScrollBar().value() == 37


def test_overlay_opacity_slider_blends_the_two_photos(qtbot, session, tmp_path):
    site = _two_photo_site(session, tmp_path)
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.top_item is not None, timeout=5000)
    dialog.set_mode(OVERLAY)
    assert dialog.pages.currentIndex() == OVERLAY

    dialog.opacity.setValue(0)
    only_earlier = _centre_colour(dialog.overlay)
    dialog.opacity.setValue(100)
    only_later = _centre_colour(dialog.overlay)
    dialog.opacity.setValue(50)
    half = _centre_colour(dialog.overlay)

    assert dialog.top_item.opacity() == 0.5
    assert only_earlier.red() > 150 and only_earlier.blue() < 90
    assert only_later.blue() > 150 and only_later.red() < 90
    assert 90 < half.red() < 150 and 90 < half.blue() < 150

    dialog.line_up.setChecked(True)
    dialog.top_item.setPos(12, -5)
    dialog.reset_position.click()
    assert dialog.top_item.pos().x() == 0 and dialog.top_item.pos().y() == 0
    dialog.set_mode(SIDE_BY_SIDE)
    assert dialog.side_button.isChecked()


def test_compare_with_one_photo_says_what_it_needs(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED)])
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    assert "two dates" in dialog.status.text()
    assert not dialog.first_choice.isEnabled()


def test_photo_viewer_zooms_with_keys_and_buttons(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED, (1600, 1200))])
    photo = session.store.photos(site_id=site.id)[0]
    viewer = open_photo_viewer(None, session, photo)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: bool(viewer.view.image_items()), timeout=5000)

    assert viewer.windowTitle().startswith("Left forearm, 2026-01-10")
    assert "1600 x 1200" in viewer.status.text()
    assert viewer.view.fitting and viewer.view.zoom < 1.0  # fitted into a 900 px window
    qtbot.keyClick(viewer.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoom == 1.0 and viewer.zoom_label.text() == "100 %"
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoom == 0.8
    qtbot.keyClick(viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.fitting


def test_photo_viewer_reports_a_missing_file(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED)])
    photo = session.store.photos(site_id=site.id)[0]
    session.journal.photo_path(photo).unlink()
    viewer = open_photo_viewer(None, session, photo)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: "missing" in viewer.status.text(), timeout=5000)
    assert viewer.view.image_items() == []


def test_photos_added_while_comparing_are_offered(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED)])
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    assert not dialog.second_choice.isEnabled()

    add_entry(session, site, "2026-02-10", [skin_photo(tmp_path, "feb.jpg", BLUE)])
    assert dialog.second_choice.isEnabled()
    assert [dialog.second_choice.itemText(i) for i in range(2)] == ["2026-01-10", "2026-02-10"]
    qtbot.waitUntil(lambda: dialog.right_caption.text() == "2026-02-10", timeout=5000)


def test_deleting_a_compared_entry_shows_another_photo(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "jan.jpg", RED)])
    add_entry(session, site, "2026-02-10", [skin_photo(tmp_path, "feb.jpg", RED)])
    march = add_entry(session, site, "2026-03-10", [skin_photo(tmp_path, "mar.jpg", BLUE)])
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.right_caption.text() == "2026-03-10", timeout=5000)

    session.store.delete_entry(march.id)
    session.notify(Changes.of(entries=[march.id], sites=[site.id]))
    assert dialog.second_choice.count() == 2
    qtbot.waitUntil(lambda: dialog.right_caption.text() == "2026-02-10", timeout=5000)  # the newest left


def test_compare_and_the_measuring_viewer_open_inside_a_small_screen(qtbot, session, tmp_path):
    """They opened at 1100 px wide, past the right edge of a 1024 px screen (and of the test's
    800x600 one), with the right photo and the buttons at the bottom out of reach."""
    from journal.gui.dialogs.settings_dialog import SettingsDialog

    site = _two_photo_site(session, tmp_path)
    photo = session.store.photos(site_id=site.id)[0]
    compare = CompareDialog(session, site.id)
    qtbot.addWidget(compare)
    viewer = open_photo_viewer(None, session, photo, measure=True)
    qtbot.addWidget(viewer)
    preferences = SettingsDialog(session)
    qtbot.addWidget(preferences)
    for dialog in (compare, viewer, preferences):
        room = dialog.screen().availableGeometry()
        assert dialog.width() <= room.width(), type(dialog).__name__
        assert dialog.height() < room.height(), type(dialog).__name__  # and its title bar
