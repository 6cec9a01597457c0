"""Compare two photos of one site: side by side at the same zoom, or overlaid with an
opacity slider, the way photo trackers let you line up two shots.

The scene is the earlier photo's pixels; the later photo is placed on it by a similarity
(journal/core/measure/align.py). Lined up by two landmarks clicked on each, it is turned,
scaled and shifted onto the earlier one, and the alignment is kept with the pair. When both
photos carry a calibration (a saved measurement), the scale comes from the calibrations, so
the same millimetre is the same size on screen; otherwise the later photo is shown at the
earlier one's width. Saved measurements are drawn on both. In the overlay the later photo can
also be dragged by hand.
"""

from __future__ import annotations

import math
import sqlite3

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.model import Photo
from journal.core.errors import JournalError
from journal.core.language import Words, number
from journal.core.measure.align import Alignment, Similarity
from journal.core.operations import Changes
from journal.core.operations.alignments import align_photos, remove_alignment
from journal.gui.feeds.image_loader import ImageLoader, reduction
from journal.gui.session import JournalSession, touches
from journal.gui.view_link import ViewLink
from journal.gui.widgets.compare_photos import DatedPhoto, dated_photos, latest_measurement
from journal.gui.widgets.landmarks import LandmarkPicker
from journal.gui.widgets.photo_marks import SegmentMark
from journal.gui.widgets.screen_size import resize_within_screen
from journal.gui.widgets.zoom_view import ZoomView, zoom_buttons, zoom_percent


class CompareViewWords(Words):
    """The compare window: two photos of a site side by side or overlaid, lined up by landmarks."""


SIDE_BY_SIDE, OVERLAY = 0, 1
MEASURE_ROLES = ("reference", "length", "width")


def qt_transform(similarity: Similarity, reduced: float = 1.0) -> QTransform:
    """The similarity as Qt's transform, after scaling a reduced copy back up by `reduced`.
    QTransform maps (x, y) to (m11 x + m21 y + dx, m12 x + m22 y + dy)."""
    a, b = similarity.a * reduced, similarity.b * reduced
    return QTransform(a, b, -b, a, similarity.tx, similarity.ty)


class CompareDialog(QDialog):
    status: QLabel  # made in the layout below, named in a slot connected before it

    def __init__(self, session: JournalSession, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.site_id = site_id
        site = session.store.site(site_id)
        self.setWindowTitle(
            CompareViewWords.tr("Compare photos of {site} - Skin Journal").format(site=site.name)
        )
        self.photos: list[DatedPhoto] = dated_photos(session.store, site_id)
        self.images: dict[str, QImage] = {}
        self._requests: dict[int, str] = {}
        self.top_item: QGraphicsPixmapItem | None = None  # the later photo in the overlay
        self.right_item: QGraphicsPixmapItem | None = None  # the later photo side by side
        self.second_frames: list[QGraphicsRectItem] = []  # carry the later photo's placement
        self.placement = Similarity.identity()  # later photo's pixels -> earlier photo's
        self.alignment: Alignment | None = None
        self.calibrated = False  # both photos have a scale from a saved measurement
        self._reduced: dict[str, float] = {}
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._image_loaded)
        self._loader.failed.connect(lambda _request, message: self.status.setText(message))

        self.first_choice = self._photo_chooser(CompareViewWords.tr("Earlier photo"))
        self.second_choice = self._photo_chooser(CompareViewWords.tr("Later photo"))
        self.side_button = QRadioButton(CompareViewWords.tr("Side by side"), self)
        self.overlay_button = QRadioButton(CompareViewWords.tr("Overlay"), self)
        self.side_button.setChecked(True)
        self.status = QLabel(self)
        self.status.setAccessibleName(CompareViewWords.tr("Compare status"))

        self.left, self.right = ZoomView(self), ZoomView(self)
        self.left.setAccessibleName(CompareViewWords.tr("Earlier photo"))
        self.right.setAccessibleName(CompareViewWords.tr("Later photo"))
        self.link = ViewLink(self.left, self.right)
        self.overlay = ZoomView(self)
        self.overlay.setAccessibleName(CompareViewWords.tr("Both photos overlaid"))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName(CompareViewWords.tr("Opacity of the later photo"))
        self.opacity.setToolTip(CompareViewWords.tr("0: only the earlier photo; 100: only the later photo"))
        self.line_up = QCheckBox(CompareViewWords.tr("Drag the later photo to line it up"), self)
        self.reset_position = QPushButton(CompareViewWords.tr("Reset position"), self)
        self.landmarks_button = QPushButton(CompareViewWords.tr("Line &up\u2026"), self)
        self.landmarks_button.setCheckable(True)
        self.landmarks_button.setToolTip(
            CompareViewWords.tr(
                "Click the same two landmarks (a freckle, a scar's end) on each photo to line them up"
            )
        )
        self.save_alignment = QPushButton(CompareViewWords.tr("Save alignment"), self)
        self.save_alignment.setToolTip(
            CompareViewWords.tr("Keep this alignment with the two photos (Undo takes it back)")
        )
        self.remove_alignment_button = QPushButton(CompareViewWords.tr("Forget alignment"), self)
        self.remove_alignment_button.setToolTip(
            CompareViewWords.tr("Show the two photos without their alignment")
        )
        self.align_note = QLabel(self)
        self.align_note.setAccessibleName(CompareViewWords.tr("Alignment"))
        self.align_note.setWordWrap(True)
        self.picker = LandmarkPicker(self.left, self.right, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._side_page())
        self.pages.addWidget(self._overlay_page())
        controls, self.zoom_label = zoom_buttons(self._active_view, [self.left, self.overlay], self)

        top = QHBoxLayout()
        for label, chooser in (
            (CompareViewWords.tr("Earlier:"), self.first_choice),
            (CompareViewWords.tr("Later:"), self.second_choice),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(chooser)
            top.addWidget(caption)
            top.addWidget(chooser, 1)
        top.addSpacing(16)
        top.addWidget(self.side_button)
        top.addWidget(self.overlay_button)
        controls.addWidget(self.status, 1)
        aligning = QHBoxLayout()
        for widget in (self.landmarks_button, self.save_alignment, self.remove_alignment_button):
            aligning.addWidget(widget)
        aligning.addWidget(self.align_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addLayout(aligning)
        layout.addWidget(self.pages, 1)

        self.side_button.toggled.connect(lambda on: self.set_mode(SIDE_BY_SIDE if on else OVERLAY))
        self.opacity.valueChanged.connect(self._apply_opacity)
        self.line_up.toggled.connect(self._set_line_up)
        self.reset_position.clicked.connect(self._reset_position)
        self.first_choice.currentIndexChanged.connect(self._load_choices)
        self.second_choice.currentIndexChanged.connect(self._load_choices)
        self.landmarks_button.toggled.connect(self.set_lining_up)
        self.save_alignment.clicked.connect(self.keep_alignment)
        self.remove_alignment_button.clicked.connect(self.forget_alignment)
        self.picker.changed.connect(self._landmarks_changed)
        session.changed.connect(self._journal_changed)
        self._landmarks_changed()
        resize_within_screen(self, 1100, 720)
        self._select_defaults()

    # -- building ------------------------------------------------------------------
    def _photo_chooser(self, name: str) -> QComboBox:
        chooser = QComboBox(self)
        chooser.setAccessibleName(name)
        self._fill(chooser)
        return chooser

    def _fill(self, chooser: QComboBox) -> None:
        chooser.clear()
        for item in self.photos:
            chooser.addItem(item.label, item.photo.id)

    def _journal_changed(self, changes: Changes) -> None:
        if touches(changes, "entries", "photos", site_id=self.site_id):
            self._entries_changed(self.site_id)  # a photo shown gone: the pair is loaded anew
        if len(self.images) != 2:
            return
        if "measurements" in changes:
            self._show_pair(self.images["first"], self.images["second"])  # marks and scale anew
        elif "alignments" in changes:
            self.place_second()

    def _entries_changed(self, site_id: int) -> None:
        """Photos added or removed while the dialog is open: offer the new list, keep the choice."""
        if site_id != self.site_id:
            return
        chosen = [self.first_choice.currentData(), self.second_choice.currentData()]
        self.photos = dated_photos(self.session.store, site_id)
        for chooser, photo_id, fallback in (
            (self.first_choice, chosen[0], 0),
            (self.second_choice, chosen[1], len(self.photos) - 1),
        ):
            chooser.blockSignals(True)
            self._fill(chooser)
            index = chooser.findData(photo_id)
            chooser.setCurrentIndex(index if index >= 0 else fallback)  # gone: the oldest / newest
            chooser.blockSignals(False)
        had_enough = self.first_choice.isEnabled()
        enough = len(self.photos) >= 2
        for widget in (self.first_choice, self.second_choice, self.side_button, self.overlay_button):
            widget.setEnabled(enough)
        if not enough or not had_enough:
            self._select_defaults()  # oldest against newest, or say what is missing
        elif [self.first_choice.currentData(), self.second_choice.currentData()] != chosen:
            self._load_choices()  # a photo shown was deleted

    def _side_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.left_caption, self.right_caption = QLabel(self), QLabel(self)
        for view, caption in ((self.left, self.left_caption), (self.right, self.right_caption)):
            column = QWidget(splitter)
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(caption)
            box.addWidget(view, 1)
            splitter.addWidget(column)
        return splitter

    def _overlay_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        earlier, later = (
            QLabel(CompareViewWords.tr("Earlier"), page),
            QLabel(CompareViewWords.tr("Later"), page),
        )
        earlier.setBuddy(self.opacity)
        row.addWidget(earlier)
        row.addWidget(self.opacity, 1)
        row.addWidget(later)
        row.addSpacing(16)
        row.addWidget(self.line_up)
        row.addWidget(self.reset_position)
        box.addLayout(row)
        box.addWidget(self.overlay, 1)
        return page

    def _select_defaults(self) -> None:
        if len(self.photos) < 2:
            self.status.setText(
                CompareViewWords.tr(
                    "Compare needs photos from two dates of this site; add photos to its entries."
                )
            )
            for widget in (self.first_choice, self.second_choice, self.side_button, self.overlay_button):
                widget.setEnabled(False)
            return
        self.second_choice.setCurrentIndex(len(self.photos) - 1)  # oldest against newest
        self._load_choices()

    # -- modes -----------------------------------------------------------------------
    @property
    def mode(self) -> int:
        return self.pages.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        (self.side_button if mode == SIDE_BY_SIDE else self.overlay_button).setChecked(True)
        self._active_view().fit()
        self.zoom_label.setText(zoom_percent(self._active_view().zoom))

    def _active_view(self) -> ZoomView:
        return self.left if self.mode == SIDE_BY_SIDE else self.overlay

    # -- loading and showing -----------------------------------------------------------
    def chosen(self) -> tuple[Photo, Photo] | None:
        first, second = self.first_choice.currentIndex(), self.second_choice.currentIndex()
        if first < 0 or second < 0:
            return None
        return self.photos[first].photo, self.photos[second].photo

    def _load_choices(self) -> None:
        pair = self.chosen()
        if pair is None:
            return
        self.images.clear()
        self._requests.clear()
        self.status.setText(CompareViewWords.tr("Loading the photos..."))
        for key, photo in zip(("first", "second"), pair, strict=True):
            files = self.session.journal.files  # read (and decrypted) in the loader's worker
            self._requests[self._loader.load_photo(files, photo, reduction(photo.width, photo.height))] = key

    def done(self, result: int) -> None:
        # Photos still loading are never drawn in a closed dialog: its journal may be closed by then.
        self._requests.clear()
        super().done(result)

    def _image_loaded(self, request: int, image: QImage) -> None:
        key = self._requests.pop(request, None)
        if key is None:
            return  # an answer to an earlier choice
        self.images[key] = image
        if len(self.images) == 2:
            try:
                self._show_pair(self.images["first"], self.images["second"])
            except sqlite3.ProgrammingError:
                return  # the journal was closed meanwhile (a restore, the idle lock): nothing to show

    def _show_pair(self, first: QImage, second: QImage) -> None:
        """Both photos in every view: the earlier at its own pixels, the later placed on it."""
        pair = self.chosen()
        assert pair is not None
        one, two = pair
        self._reduced = {
            "first": one.width / max(1, first.width()),
            "second": two.width / max(1, second.width()),
        }
        self.top_item = self.right_item = None
        for view in (self.left, self.right, self.overlay):
            view.clear_images()
            view.fitting = True
        first_transform = QTransform.fromScale(self._reduced["first"], self._reduced["first"])
        self.left.add_image(first, transform=first_transform)
        self.right_item = self.right.add_image(second)
        self.overlay.add_image(first, transform=first_transform)
        self.top_item = self.overlay.add_image(second)
        # The later photo's marks hang under a frame that carries its placement.
        self.second_frames = []
        for view in (self.right, self.overlay):
            frame = QGraphicsRectItem()
            frame.setPen(Qt.PenStyle.NoPen)
            frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            view.scene().addItem(frame)
            self.second_frames.append(frame)
        self.picker.attach(self.second_frames[0])
        self._draw_measurements(one, two)
        self.place_second()
        self._apply_opacity(self.opacity.value())
        self._set_line_up(self.line_up.isChecked())
        self.left_caption.setText(self.first_choice.currentText())
        self.right_caption.setText(self.second_choice.currentText())
        self.status.setText("")

    def _draw_measurements(self, one: Photo, two: Photo) -> None:
        """Each photo's latest saved measurement, with its size and uncertainty."""
        from journal.gui.dialogs.measure_panel import measurement_texts

        measurements = {
            "first": latest_measurement(self.session.store, one),
            "second": latest_measurement(self.session.store, two),
        }
        targets: list[tuple[str, ZoomView, QGraphicsItem | None]] = [
            ("first", self.left, None),
            ("first", self.overlay, None),
            ("second", self.right, self.second_frames[0]),
            ("second", self.overlay, self.second_frames[1]),
        ]
        for key, view, parent in targets:
            measurement = measurements[key]
            if measurement is None:
                continue
            texts = measurement_texts(measurement)
            segments = {"reference": measurement.reference.segment, "length": measurement.length}
            if measurement.width is not None:
                segments["width"] = measurement.width
            for role, segment in segments.items():
                SegmentMark(view.scene(), role, parent).set_points([segment.a, segment.b], texts[role])

    def placement_for(self, one: Photo, two: Photo) -> tuple[Similarity, Alignment | None, bool]:
        """How the later photo lies on the earlier one: by their saved alignment (its scale from
        the calibrations when both have one), else calibrated, else at the earlier one's width."""
        first_m = latest_measurement(self.session.store, one)
        second_m = latest_measurement(self.session.store, two)
        calibrated = first_m is not None and second_m is not None
        # One pixel of the later photo is this many pixels of the earlier one, millimetre for millimetre.
        scale = (
            second_m.reference.mm_per_pixel / first_m.reference.mm_per_pixel
            if first_m is not None and second_m is not None
            else None
        )
        alignment = self.session.store.alignment_for(one.sha256, two.sha256)
        if alignment is not None:
            return alignment.transform(scale), alignment, calibrated
        if scale is not None:
            return Similarity.of(scale, 0.0, 0.0, 0.0), None, True
        return Similarity.of(one.width / max(1, two.width), 0.0, 0.0, 0.0), None, False

    def place_second(self) -> None:
        """Put the later photo (and its marks) where the alignment and calibrations say."""
        pair = self.chosen()
        if pair is None or self.right_item is None or self.top_item is None:
            return
        self.placement, self.alignment, self.calibrated = self.placement_for(*pair)
        photo_transform = qt_transform(self.placement, self._reduced.get("second", 1.0))
        for item in (self.right_item, self.top_item):
            item.setTransform(photo_transform)
        for frame in self.second_frames:
            frame.setTransform(qt_transform(self.placement))
        inverse = self.placement.inverse()
        self.picker.to_second = inverse.apply
        if self.alignment is not None and not self.picker.active:
            self.picker.set_points(list(self.alignment.first_points), list(self.alignment.second_points))
        rect = self.left.image_items()[0].sceneBoundingRect()
        rect = rect.united(self.right_item.sceneBoundingRect())
        for view in (self.left, self.right, self.overlay):
            view.set_content_rect(rect)
        self.remove_alignment_button.setEnabled(self.alignment is not None)
        self.align_note.setText(self._placement_words())

    def _placement_words(self) -> str:
        parts = []
        if self.alignment is not None:
            # Image y points down: a positive angle turns clockwise on screen.
            turn = math.degrees(self.placement.angle)
            said = (
                CompareViewWords.tr(
                    "Lined up by two landmarks (the later photo turned {degrees}\u00b0 clockwise)."
                )
                if turn >= 0
                else CompareViewWords.tr(
                    "Lined up by two landmarks (the later photo turned {degrees}\u00b0 anticlockwise)."
                )
            )
            parts.append(said.format(degrees=f"{abs(turn):.0f}"))
        if self.calibrated:
            parts.append(
                CompareViewWords.tr("Both photos are calibrated: 1 mm is the same size on screen in both.")
            )
        elif self.alignment is not None:
            parts.append(
                CompareViewWords.tr("Scaled \u00d7{scale} to match the landmarks.").format(
                    scale=number(self.placement.scale, 2)
                )
            )
        else:
            parts.append(
                CompareViewWords.tr("Not lined up: the later photo is shown at the earlier one's width.")
            )
        return " ".join(parts)

    # -- lining up by landmarks ---------------------------------------------------------------
    def set_lining_up(self, on: bool) -> None:
        if on:
            self.set_mode(SIDE_BY_SIDE)
            if self.alignment is None:
                self.picker.clear()
        self.picker.set_active(on)
        self.landmarks_button.setChecked(on)
        self._landmarks_changed()

    def _landmarks_changed(self) -> None:
        self.save_alignment.setVisible(self.picker.active)
        self.save_alignment.setEnabled(self.picker.active and self.picker.complete())
        if not self.picker.active:
            return
        first, second = (len(side) for side in self.picker.points)
        if first <= second and first < 2:
            said = CompareViewWords.tr("Click landmark {number} on the earlier photo (left).").format(
                number=first + 1
            )
        elif second < 2:
            said = CompareViewWords.tr("Click the same landmark {number} on the later photo (right).").format(
                number=second + 1
            )
        else:
            said = CompareViewWords.tr("Save the alignment, or click again to move a landmark.")
        self.status.setText(said)

    def keep_alignment(self) -> None:
        pair = self.chosen()
        if pair is None or not self.picker.complete():
            return
        first_points, second_points = self.picker.pairs()
        try:
            outcome = align_photos(self.session.journal, pair[0], pair[1], first_points, second_points)
        except JournalError as exc:
            self.status.setText(CompareViewWords.tr("Not lined up: {reason}").format(reason=exc))
            return
        self.session.do(outcome)  # tells this dialog too: place_second
        self.set_lining_up(False)
        self.status.setText(
            CompareViewWords.tr("Lined up; the alignment is kept with these two photos (Undo takes it back).")
        )

    def forget_alignment(self) -> None:
        if self.alignment is None or self.alignment.id is None:
            return
        try:
            outcome = remove_alignment(self.session.journal, self.alignment.id)
        except JournalError as exc:
            self.status.setText(CompareViewWords.tr("Not changed: {reason}").format(reason=exc))
            return
        self.session.do(outcome)
        self.picker.clear()

    def _apply_opacity(self, value: int) -> None:
        if self.top_item is not None:
            self.top_item.setOpacity(value / 100)

    def _set_line_up(self, on: bool) -> None:
        # While lining up, a drag moves the later photo; otherwise it pans the view.
        self.overlay.setDragMode(self.overlay.DragMode.NoDrag if on else self.overlay.DragMode.ScrollHandDrag)
        if self.top_item is not None:
            self.top_item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
            if on:
                self.top_item.setCursor(Qt.CursorShape.SizeAllCursor)
            else:
                self.top_item.unsetCursor()

    def _reset_position(self) -> None:
        if self.top_item is not None:
            self.top_item.setPos(QPointF(0, 0))
