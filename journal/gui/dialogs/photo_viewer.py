"""One photo in full, with zoom: fit to the window, 100 %, the mouse wheel, Ctrl+plus/minus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from journal.core.domain.model import Photo
from journal.core.errors import NotFound
from journal.gui.feeds.image_loader import ImageLoader
from journal.gui.session import JournalSession
from journal.gui.widgets.zoom_view import ZoomView, zoom_buttons


def photo_title(session: JournalSession, photo: Photo) -> str:
    """ "Left forearm, 2026-03-01" - the site and the day of the entry the photo belongs to."""
    try:
        entry = session.store.entry(photo.entry_id)
        site = session.store.site(entry.site_id)
    except NotFound:
        return photo.original_name or "Photo"
    return f"{site.name}, {entry.date.isoformat()}"


class PhotoViewer(QDialog):
    def __init__(self, session: JournalSession, photo: Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.photo = photo
        self.setWindowTitle(f"{photo_title(session, photo)} - Skin Journal")
        self.view = ZoomView(self)
        self.status = QLabel("Loading the photo...", self)
        self.status.setAccessibleName("Photo status")
        controls, self.zoom_label = zoom_buttons(lambda: self.view, [self.view], self)
        controls.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self.resize(900, 700)
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._show_image)
        self._loader.failed.connect(lambda _request, message: self.status.setText(message))
        self._request = self._loader.load(session.journal.photo_path(photo))
        self.view.setFocus()

    def _show_image(self, request: int, image: QImage) -> None:
        if request != self._request:
            return
        self.status.setText(f"{image.width()} x {image.height()} pixels")
        self.view.add_image(image)


def open_photo_viewer(parent: QWidget | None, session: JournalSession, photo: Photo) -> PhotoViewer:
    """Open the viewer beside the window (not modal) and return it."""
    viewer = PhotoViewer(session, photo, parent)
    viewer.show()
    return viewer
