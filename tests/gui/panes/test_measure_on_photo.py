"""Measuring on a photo in the viewer, and lining up two photos in the compare view.

Real journals, real photos drawn with Pillow (a ruler, a coin, a bump of known size) and imported
through the journal's pipeline, real widgets clicked through pytest-qt. Screenshots go to
/tmp/shots12 for a person to look at.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pane_helpers import add_entry, add_site
from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from journal.core.measure.align import Similarity
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference
from journal.core.operations.measurements import measure_photo
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.dialogs.photo_viewer import open_photo_viewer
from journal.gui.panes.compare_view import OVERLAY, SIDE_BY_SIDE, CompareDialog

SHOTS = Path("/tmp/shots12")
SKIN = (214, 170, 150)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # layouts settle before the picture is taken
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def ruler_photo(folder: Path, px_per_mm: float = 100.0, size=(4000, 3000)) -> Path:
    """A 12 MP skin-coloured photo: a ruler along the bottom with a mark each mm, and a bump
    12 mm long and 8 mm wide centred at (2000, 1300)."""
    image = Image.new("RGB", size, SKIN)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, h - 400, w, h), fill=(245, 245, 235))
    for mm in range(int(w / px_per_mm) + 1):
        x = round(mm * px_per_mm)
        draw.line((x, h - 400, x, h - (200 if mm % 10 == 0 else 300)), fill=(0, 0, 0), width=4)
    cx, cy = 2000, 1300
    draw.ellipse(
        (cx - 6 * px_per_mm, cy - 4 * px_per_mm, cx + 6 * px_per_mm, cy + 4 * px_per_mm), fill=(190, 150, 125)
    )
    path = folder / "ruler.jpg"
    image.save(path, "JPEG", quality=90)
    return path


def coin_photo(folder: Path) -> Path:
    """20 px per mm: a 2 euro coin (25.75 mm) at (400, 600) and a round bump of 10 mm at (1100, 600)."""
    image = Image.new("RGB", (1600, 1200), SKIN)
    draw = ImageDraw.Draw(image)
    r = 25.75 * 20 / 2
    draw.ellipse((400 - r, 600 - r, 400 + r, 600 + r), fill=(200, 190, 120), outline=(90, 80, 40), width=4)
    draw.ellipse((1000, 500, 1200, 700), fill=(185, 140, 120))
    path = folder / "coin.png"
    image.save(path)
    return path


def click(qtbot, view, point) -> None:
    pos = view.mapFromScene(QPointF(*point))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def hover(view, point) -> None:
    pos = QPointF(view.mapFromScene(QPointF(*point)))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        view.viewport().mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def open_viewer(qtbot, session, photo, **kw):
    viewer = open_photo_viewer(None, session, photo, **kw)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: bool(viewer.view.image_items()), timeout=10000)
    return viewer


def test_a_ruler_calibrates_and_the_bump_measures_its_size_then_save_and_undo(qtbot, session, tmp_path):
    site = add_site(session)
    entry = add_entry(session, site, "2026-01-10", [ruler_photo(tmp_path)], size_mm=9.0)
    photo = session.store.photos(entry_id=entry.id)[0]
    viewer = open_viewer(qtbot, session, photo, measure=True)
    # The view holds a reduced copy, shown at the stored photo's size.
    item = viewer.view.image_items()[0]
    assert item.pixmap().width() == 2000
    assert item.sceneBoundingRect().width() == pytest.approx(4000)
    panel = viewer.panel
    assert viewer.editor.step == "reference"
    panel.length_mm.setValue(20.0)

    click(qtbot, viewer.view, (1000, 2800))  # the 10 mm mark ...
    click(qtbot, viewer.view, (3000, 2800))  # ... and the 30 mm mark: 20 mm apart
    assert viewer.editor.step == "length"
    hover(viewer.view, (1400, 1300))
    assert viewer.editor.loupe.isVisible()
    shot(viewer, "viewer-calibrating")
    shot(viewer.editor.loupe, "loupe")
    shot(viewer, "viewer-loupe")

    click(qtbot, viewer.view, (1400, 1300))
    click(qtbot, viewer.view, (2600, 1300))
    click(qtbot, viewer.view, (2000, 900))
    click(qtbot, viewer.view, (2000, 1700))
    assert viewer.editor.step is None
    measured = panel.current
    assert measured is not None
    assert measured.length_mm == pytest.approx(12.0, rel=0.02)
    assert measured.width_mm == pytest.approx(8.0, rel=0.02)
    assert (
        f"Length {measured.length_mm:.1f} \u00b1 {measured.length_uncertainty_mm:.1f} mm"
        in panel.result.text()
    )
    assert viewer.editor.marks["length"].tag.text() == f"{measured.length_mm:.1f} \u00b1 0.1 mm"
    shot(viewer, "viewer-measured")

    # A click on an end selects it; an arrow key moves it one pixel of the stored photo.
    end = viewer.editor.points["length"][1]
    click(qtbot, viewer.view, end)
    assert viewer.editor.selected == ("length", 1)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)
    assert viewer.editor.points["length"][1] == pytest.approx((end[0] + 1.0, end[1]))
    qtbot.keyClick(viewer.view, Qt.Key.Key_Up)
    assert viewer.editor.points["length"][1] == pytest.approx((end[0] + 1.0, end[1] - 1.0))

    panel.save_button.click()
    saved = session.store.entry(entry.id)
    assert saved.size_mm == pytest.approx(12.0, abs=0.3)
    assert saved.size_method == "photo"
    assert saved.width_mm == pytest.approx(8.0, abs=0.2)
    stored = session.store.measurements_for_photo(photo.id)
    assert len(stored) == 1
    assert stored[0].length.b == pytest.approx((end[0] + 1.0, end[1] - 1.0))  # photo pixels, as clicked

    session.undo_stack.undo()
    back = session.store.entry(entry.id)
    assert back.size_mm == 9.0 and back.size_method is None and back.width_mm is None
    assert session.store.measurements_for_photo(photo.id) == []


def test_a_coin_from_the_list_gives_the_scale(qtbot, session, tmp_path):
    site = add_site(session)
    entry = add_entry(session, site, "2026-01-10", [coin_photo(tmp_path)])
    photo = session.store.photos(entry_id=entry.id)[0]
    viewer = open_viewer(qtbot, session, photo, measure=True)
    panel = viewer.panel
    panel.kind.setCurrentIndex(panel.kind.findData("coin"))
    panel.coin.setCurrentIndex(panel.coin.findData("eur-2"))
    assert not panel.length_mm.isEnabled()
    r = 25.75 * 20 / 2
    click(qtbot, viewer.view, (400 - r, 600))
    click(qtbot, viewer.view, (400 + r, 600))
    click(qtbot, viewer.view, (1000, 600))
    click(qtbot, viewer.view, (1200, 600))
    assert panel.current is not None
    assert panel.current.length_mm == pytest.approx(10.0, rel=0.02)
    assert "2 euro" in panel.result.text()


def test_a_saved_measurement_is_drawn_when_the_photo_is_opened_again(qtbot, session, tmp_path):
    site = add_site(session)
    entry = add_entry(session, site, "2026-01-10", [coin_photo(tmp_path)])
    photo = session.store.photos(entry_id=entry.id)[0]
    reference = Reference.new(kind="object", segment=Segment.of(100, 1000, 500, 1000), length_mm=20.0)
    session.do(measure_photo(session.journal, photo.id, reference, Segment.of(1000, 600, 1200, 600)))
    viewer = open_viewer(qtbot, session, photo)  # not measuring: the marks are shown all the same
    assert not viewer.panel.isVisible()
    assert viewer.editor.marks["length"].line.isVisible()
    assert viewer.editor.marks["length"].tag.text().startswith("10.0 \u00b1")
    click(qtbot, viewer.view, (1000, 600))  # clicks pan; nothing is moved
    assert viewer.editor.points["length"][0] == (1000.0, 600.0)


def test_the_entry_editor_opens_a_saved_photo_to_measure(qtbot, session, tmp_path):
    site = add_site(session)
    entry = add_entry(session, site, "2026-01-10", [coin_photo(tmp_path)], size_mm=4.0)
    editor = EntryEditor(session, entry=session.store.entry(entry.id))
    qtbot.addWidget(editor)
    assert not editor.measure_button.isEnabled()
    editor.photos.list.item(0).setSelected(True)
    assert editor.measure_button.isEnabled()
    editor.measure_button.click()
    viewer = editor.viewer
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: bool(viewer.view.image_items()), timeout=10000)
    assert viewer.panel.isVisible() and viewer.editor.step == "reference"
    viewer.panel.length_mm.setValue(20.0)
    for point in ((100, 1000), (500, 1000), (1000, 600), (1200, 600)):
        click(qtbot, viewer.view, point)
    viewer.panel.save_button.click()
    # The editor shows the measured size, so its own Save keeps it.
    assert editor.form.size.measured() == pytest.approx(10.0, abs=0.3)


def landmark_photo(folder: Path, name: str, transform: Similarity, size=(1600, 1200)) -> Path:
    """Skin with two dark landmarks and a round bump, all placed by `transform` from the first
    photo's layout (landmarks at (300, 300) and (1200, 800), bump at (800, 600))."""
    image = Image.new("RGB", size, SKIN)
    draw = ImageDraw.Draw(image)
    for point, radius in (((300, 300), 14), ((1200, 800), 14), ((800, 600), 100 * transform.scale)):
        x, y = transform.apply(point)
        r = radius if radius != 14 else 14
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(60, 40, 35) if r == 14 else (185, 140, 120))
    path = folder / name
    image.save(path)
    return path


LANDMARKS = ((300.0, 300.0), (1200.0, 800.0))


def test_two_photos_lined_up_by_landmarks_show_at_one_scale_and_the_alignment_is_kept(
    qtbot, session, tmp_path
):
    later = Similarity.of(0.8, math.radians(20.0), 250.0, -60.0)  # the later shot: turned, nearer
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [landmark_photo(tmp_path, "a.png", Similarity.identity())])
    add_entry(session, site, "2026-03-10", [landmark_photo(tmp_path, "b.png", later)])
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.right_caption.text() != "", timeout=10000)
    assert "Not lined up" in dialog.align_note.text()

    dialog.landmarks_button.click()
    assert "landmark 1 on the earlier photo" in dialog.status.text()
    assert not dialog.save_alignment.isEnabled()
    for index in (0, 1):
        click(qtbot, dialog.left, LANDMARKS[index])
        shown_at = dialog.placement.apply(later.apply(LANDMARKS[index]))  # where the right view shows it
        click(qtbot, dialog.right, shown_at)
    assert dialog.save_alignment.isEnabled()
    shot(dialog, "compare-landmarks")
    dialog.save_alignment.click()

    # The later photo now lies on the earlier one: its landmarks land on the earlier's, and one
    # photo pixel of skin is the same length on screen in both views.
    for point in LANDMARKS:
        on_first = dialog.right_item.mapToScene(QPointF(*later.apply(point)))  # reduced copy = 1:1 here
        assert math.dist((on_first.x(), on_first.y()), point) < 6.0
    assert dialog.placement.scale == pytest.approx(1 / 0.8, rel=0.02)
    assert math.degrees(dialog.placement.angle) == pytest.approx(-20.0, abs=1.0)
    assert "Lined up by two landmarks" in dialog.align_note.text()
    shot(dialog, "compare-side-by-side")
    dialog.set_mode(OVERLAY)
    dialog.opacity.setValue(50)
    shot(dialog, "compare-overlay")
    dialog.set_mode(SIDE_BY_SIDE)

    # Kept with the pair: a new compare window shows them lined up the same way.
    again = CompareDialog(session, site.id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.right_item is not None and again.alignment is not None, timeout=10000)
    assert again.placement == dialog.placement

    session.undo_stack.undo()  # the alignment goes; both windows show the pair unaligned
    assert dialog.alignment is None and "Not lined up" in dialog.align_note.text()
    assert again.alignment is None
    session.undo_stack.redo()
    assert dialog.alignment is not None
    dialog.remove_alignment_button.click()
    assert session.store.count_alignments() == 0


def test_with_both_photos_calibrated_a_millimetre_is_the_same_size_on_screen(qtbot, session, tmp_path):
    site = add_site(session)
    first = add_entry(session, site, "2026-01-10", [coin_photo(tmp_path)])
    second = add_entry(
        session, site, "2026-03-10", [landmark_photo(tmp_path, "b.png", Similarity.identity())]
    )
    one = session.store.photos(entry_id=first.id)[0]
    two = session.store.photos(entry_id=second.id)[0]
    # 20 px per mm on the first photo, 16 px per mm on the second.
    for photo, ref_px in ((one, 400), (two, 320)):
        reference = Reference.new(
            kind="ruler", segment=Segment.of(100, 1100, 100 + ref_px, 1100), length_mm=20.0
        )
        measure_photo(session.journal, photo.id, reference, Segment.of(700, 600, 900, 600))
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.right_item is not None and dialog.calibrated, timeout=10000)

    # 10 mm on each photo, in the scene both views share
    ten_mm_first = 200.0
    a = dialog.right_item.mapToScene(QPointF(0, 0))
    b = dialog.right_item.mapToScene(QPointF(160, 0))
    assert math.dist((a.x(), a.y()), (b.x(), b.y())) == pytest.approx(ten_mm_first, rel=0.01)
    assert "1 mm is the same size on screen" in dialog.align_note.text()
