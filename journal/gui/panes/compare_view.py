"""Compare two photos of one site: side by side at the same zoom, or overlaid with an
opacity slider, the way photo trackers let you line up two shots.

The later photo is shown at the earlier one's width, so "the same zoom" means the same
size on screen even when the two cameras gave different resolutions. In the overlay the
later photo can be dragged to line it up with the earlier one.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsItem,
    QGraphicsPixmapItem,
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
from journal.gui.feeds.image_loader import ImageLoader
from journal.gui.session import JournalSession, touches
from journal.gui.view_link import ViewLink
from journal.gui.widgets.compare_photos import DatedPhoto, dated_photos
from journal.gui.widgets.zoom_view import ZoomView, zoom_buttons, zoom_percent

SIDE_BY_SIDE, OVERLAY = 0, 1


class CompareDialog(QDialog):
    status: QLabel  # made in the layout below, named in a slot connected before it

    def __init__(self, session: JournalSession, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.site_id = site_id
        site = session.store.site(site_id)
        self.setWindowTitle(f"Compare photos of {site.name} - Skin Journal")
        self.photos: list[DatedPhoto] = dated_photos(session.store, site_id)
        self.images: dict[str, QImage] = {}
        self._requests: dict[int, str] = {}
        self.top_item: QGraphicsPixmapItem | None = None  # the later photo in the overlay
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._image_loaded)
        self._loader.failed.connect(lambda _request, message: self.status.setText(message))

        self.first_choice = self._photo_chooser("Earlier photo")
        self.second_choice = self._photo_chooser("Later photo")
        self.side_button = QRadioButton("Side by side", self)
        self.overlay_button = QRadioButton("Overlay", self)
        self.side_button.setChecked(True)
        self.status = QLabel(self)
        self.status.setAccessibleName("Compare status")

        self.left, self.right = ZoomView(self), ZoomView(self)
        self.left.setAccessibleName("Earlier photo")
        self.right.setAccessibleName("Later photo")
        self.link = ViewLink(self.left, self.right)
        self.overlay = ZoomView(self)
        self.overlay.setAccessibleName("Both photos overlaid")
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName("Opacity of the later photo")
        self.opacity.setToolTip("0: only the earlier photo; 100: only the later photo")
        self.line_up = QCheckBox("Drag the later photo to line it up", self)
        self.reset_position = QPushButton("Reset position", self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._side_page())
        self.pages.addWidget(self._overlay_page())
        controls, self.zoom_label = zoom_buttons(self._active_view, [self.left, self.overlay], self)

        top = QHBoxLayout()
        for label, chooser in (("Earlier:", self.first_choice), ("Later:", self.second_choice)):
            caption = QLabel(label, self)
            caption.setBuddy(chooser)
            top.addWidget(caption)
            top.addWidget(chooser, 1)
        top.addSpacing(16)
        top.addWidget(self.side_button)
        top.addWidget(self.overlay_button)
        controls.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.pages, 1)

        self.side_button.toggled.connect(lambda on: self.set_mode(SIDE_BY_SIDE if on else OVERLAY))
        self.opacity.valueChanged.connect(self._apply_opacity)
        self.line_up.toggled.connect(self._set_line_up)
        self.reset_position.clicked.connect(self._reset_position)
        self.first_choice.currentIndexChanged.connect(self._load_choices)
        self.second_choice.currentIndexChanged.connect(self._load_choices)
        session.changed.connect(
            lambda changes: (
                self._entries_changed(self.site_id)
                if touches(changes, "entries", "photos", site_id=self.site_id)
                else None
            )
        )
        self.resize(1100, 720)
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
        earlier, later = QLabel("Earlier", page), QLabel("Later", page)
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
                "Compare needs photos from two dates of this site; add photos to its entries."
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
        self.status.setText("Loading the photos...")
        for key, photo in zip(("first", "second"), pair, strict=True):
            self._requests[self._loader.load(self.session.journal.photo_path(photo))] = key

    def _image_loaded(self, request: int, image: QImage) -> None:
        key = self._requests.pop(request, None)
        if key is None:
            return  # an answer to an earlier choice
        self.images[key] = image
        if len(self.images) == 2:
            self._show_pair(self.images["first"], self.images["second"])

    def _show_pair(self, first: QImage, second: QImage) -> None:
        scale = first.width() / second.width()
        rect = QRectF(0, 0, first.width(), max(first.height(), second.height() * scale))
        self.top_item = None
        for view in (self.left, self.right, self.overlay):
            view.clear_images()
            view.fitting = True
        self.left.add_image(first)
        self.right.add_image(second, scale)
        self.overlay.add_image(first)
        self.top_item = self.overlay.add_image(second, scale)
        for view in (self.left, self.right, self.overlay):
            view.set_content_rect(rect)
        self._apply_opacity(self.opacity.value())
        self._set_line_up(self.line_up.isChecked())
        self.left_caption.setText(self.first_choice.currentText())
        self.right_caption.setText(self.second_choice.currentText())
        self.status.setText("")

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
