"""One photo in full, with zoom (fit to the window, 100 %, the mouse wheel, Ctrl+plus/minus),
and the tools to measure on it: set the scale from a reference, then click the bump's ends.

The view shows a reduced copy of a large photo (a quarter of a 12 MP one's pixels, decoded
straight at that size), scaled back up so that the scene's coordinates are the stored photo's
pixels: a clicked point is stored as it is, and the zoom's 100 % is one photo pixel per screen
pixel. A saved measurement is drawn on the photo with its size and uncertainty.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.core.domain.model import Photo
from journal.core.errors import NotFound
from journal.core.language import Words, date_text
from journal.gui.feeds.image_loader import ImageLoader, reduction
from journal.gui.session import JournalSession
from journal.gui.widgets.point_editor import PointEditor
from journal.gui.widgets.screen_size import resize_within_screen
from journal.gui.widgets.zoom_view import ZoomView, zoom_buttons


class PhotoViewerWords(Words):
    "One photo in full, with zoom and the measuring tools."


def photo_title(session: JournalSession, photo: Photo) -> str:
    """ "Left forearm, 2026-03-01" - the site and the day of the entry the photo belongs to."""
    try:
        entry = session.store.entry(photo.entry_id)
        site = session.store.site(entry.site_id)
    except NotFound:
        return photo.original_name or PhotoViewerWords.tr("Photo")
    return f"{site.name}, {date_text(entry.date)}"


class PhotoViewer(QDialog):
    def __init__(
        self, session: JournalSession, photo: Photo, parent: QWidget | None = None, measure: bool = False
    ) -> None:
        super().__init__(parent)
        from journal.gui.dialogs.measure_panel import ROLES, MeasurePanel

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.photo = photo
        self.setWindowTitle(
            PhotoViewerWords.tr("{title} - Skin Journal").format(title=photo_title(session, photo))
        )
        self.view = ZoomView(self)
        self.status = QLabel(PhotoViewerWords.tr("Loading the photo..."), self)
        self.status.setAccessibleName(PhotoViewerWords.tr("Photo status"))
        self.editor = PointEditor(self.view, ROLES, self)
        self.editor.bounds = QRectF(0, 0, photo.width, photo.height)
        self.panel = MeasurePanel(session, photo, self.editor, self)
        self.measure_button = QPushButton(PhotoViewerWords.tr("&Measure"), self)
        self.measure_button.setCheckable(True)
        self.measure_button.setToolTip(
            PhotoViewerWords.tr("Set the scale from a ruler or a coin and measure the bump")
        )
        controls, self.zoom_label = zoom_buttons(lambda: self.view, [self.view], self)
        controls.addWidget(self.measure_button)
        controls.addWidget(self.status, 1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        resize_within_screen(self, 1100 if measure else 900, 700)
        self.measure_button.toggled.connect(self.set_measuring)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, session.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, session.undo_stack.redo),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.set_measuring(measure)
        self.measure_button.setChecked(measure)

        self._reduced_by = reduction(photo.width, photo.height)
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._show_image)
        self._loader.failed.connect(lambda _request, message: self.status.setText(message))
        self._request = self._loader.load_photo(session.journal.files, photo, self._reduced_by)
        self.view.setFocus()

    def set_measuring(self, on: bool) -> None:
        """Show the measuring panel and let clicks place points (off: clicks pan the photo)."""
        self.panel.setVisible(on)
        self.editor.editable = on
        if on and self.editor.segment("reference") is None:
            self.editor.set_step("reference")
        elif not on:
            self.editor.set_step(None)
        self.view.setFocus()

    def _show_image(self, request: int, image: QImage) -> None:
        if request != self._request:
            return
        self.status.setText(
            PhotoViewerWords.tr("{width} x {height} pixels").format(
                width=self.photo.width, height=self.photo.height
            )
        )
        # Scaled back to the stored photo's pixels: scene coordinates are photo coordinates.
        self.view.add_image(image, self.photo.width / max(1, image.width()))
        self.view.set_content_rect(QRectF(0, 0, self.photo.width, self.photo.height))


def open_photo_viewer(
    parent: QWidget | None, session: JournalSession, photo: Photo, measure: bool = False
) -> PhotoViewer:
    """Open the viewer beside the window (not modal) and return it; `measure` opens its tools."""
    viewer = PhotoViewer(session, photo, parent, measure)
    viewer.show()
    return viewer
