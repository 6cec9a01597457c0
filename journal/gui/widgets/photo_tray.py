"""The photos of an entry in the editor: add by file dialog, drag and drop or paste.

New photos are prepared in the background as soon as they are added (so a refused file is
reported at once, before anything is saved) and wait here until the entry is saved. Photos
already saved on the entry show here too and can be taken off; like every other change in the
editor, that happens only when the person presses Save (`removed` lists them until then).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.model import Photo
from journal.core.language import Words, date_text
from journal.core.photos.pipeline import PreparedPhoto
from journal.core.photos.quality import photo_guidance, photo_warnings
from journal.gui.commands.photo_import import PhotoImporter


class PhotoTrayWords(Words):
    """The photos of an entry in the entry editor: adding, pasting, removing."""


ICON = QSize(96, 96)
FILE_FILTER = PhotoTrayWords.mark(
    "Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.JPG *.JPEG *.PNG *.HEIC *.HEIF *.WEBP);;All files (*)"
)
PENDING = Qt.ItemDataRole.UserRole + 1  # a new photo's sha256
SAVED = Qt.ItemDataRole.UserRole + 2  # a saved photo's row id
# A saved photo whose sealed file failed its authentication: compared by identity, never shown.
CHANGED_TILE = b"changed"
CHANGED_WORDS = PhotoTrayWords.mark("cannot be shown: the file was changed")
# Asked about each prepared photo before it joins the entry; answers later through the callback
# (True: add it, False: leave it out), so it may ask the person first without blocking.
Gate = Callable[[PreparedPhoto, Callable[[bool], None]], None]


class PhotoTray(QWidget):
    busy_changed = Signal(bool)

    def __init__(self, fallback_date: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fallback_date = fallback_date
        self.pending: list[PreparedPhoto] = []
        self.saved: list[Photo] = []  # on the entry when the editor opened
        self.removed: list[Photo] = []  # saved photos to take off when the entry is saved
        self._removed_items: dict[int | None, QListWidgetItem] = {}  # their tray items, to put back
        self.errors: list[str] = []  # what was refused, kept for the person (and tests) to read
        self.gate: Gate | None = None
        self._at_gate = 0  # photos prepared and waiting for the gate's answer
        self.importer = PhotoImporter(self)
        self.importer.prepared.connect(self._add_prepared)
        self.importer.rejected.connect(self._show_rejected)
        self.importer.progress.connect(self._show_progress)
        self.importer.idle.connect(lambda: self.busy_changed.emit(self.busy))

        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(ICON)
        # One row of thumbnails with room for their captions; on a crowded form (long words, a
        # small screen) the row gives up its margin rather than slide under the buttons.
        self.list.setMinimumHeight(ICON.height() + 24)
        self.list.setMaximumHeight(ICON.height() + 44)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setAccessibleName(PhotoTrayWords.tr("Photos of this entry"))
        self.add_button = QPushButton(PhotoTrayWords.tr("&Add photos\u2026"))
        self.paste_button = QPushButton(PhotoTrayWords.tr("Paste photo"))
        self.paste_button.setToolTip(PhotoTrayWords.tr("Paste a picture from the clipboard (Ctrl+V)"))
        self.remove_button = QPushButton(PhotoTrayWords.tr("&Remove"))
        self.remove_button.setToolTip(
            PhotoTrayWords.tr("Take the selected photos off this entry when you save (Delete)")
        )
        self.remove_button.setEnabled(False)
        self.removal_note = QLabel()  # says what Save will take off, since nothing changes before
        self.removal_note.setObjectName("photo-removal-note")
        self.removal_note.hide()
        # What makes the new photos hard to compare, each with its tip; they are added all the same.
        # (A photo taken on another day than the entry's is asked about by the editor instead.)
        self.quality_note = QLabel()
        self.quality_note.setObjectName("photo-quality-note")
        self.quality_note.setWordWrap(True)
        self.quality_note.setTextFormat(Qt.TextFormat.PlainText)
        self.quality_note.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(PhotoTrayWords.tr("Photo import progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        guidance = QLabel(
            PhotoTrayWords.tr("Drop photos here, or add or paste them.") + " " + photo_guidance()
        )
        guidance.setWordWrap(True)
        guidance.setEnabled(False)  # dimmed: advice, not a field

        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.removal_note)
        layout.addWidget(self.quality_note)
        layout.addWidget(guidance)

        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.installEventFilter(self)  # Delete in the list removes the selected photos
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    @property
    def busy(self) -> bool:
        return self.importer.busy or self._at_gate > 0

    # -- existing photos (editing an entry) ---------------------------------------------
    def show_saved(self, photos: list[tuple[Photo, bytes | None]]) -> None:
        """The entry's saved photos, each with its thumbnail's bytes (decrypted in memory for an
        encrypted journal; None when unreadable, CHANGED_TILE when its sealed file was changed)."""
        for photo, thumb in photos:
            self.saved.append(photo)
            name = photo.original_name or photo.file_name
            pixmap = QPixmap()
            if thumb is not None and thumb is not CHANGED_TILE:
                pixmap.loadFromData(thumb)
            item = QListWidgetItem(QIcon(pixmap), _label(name, photo.taken_on, PhotoTrayWords.tr("saved")))
            item.setData(SAVED, photo.id)
            tip = PhotoTrayWords.tr("{name}, {width}x{height}, saved on this entry").format(
                name=name, width=photo.width, height=photo.height
            )
            if thumb is CHANGED_TILE:
                item.setText(f"{item.text()}\n{PhotoTrayWords.tr(CHANGED_WORDS)}")
                tip = PhotoTrayWords.tr("{name}: this photo cannot be shown: the file was changed.").format(
                    name=name
                )
            item.setToolTip(tip)
            self.list.addItem(item)

    # -- adding ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, PhotoTrayWords.tr("Add photos"), str(last_photo_folder()), PhotoTrayWords.tr(FILE_FILTER)
        )
        if names:
            remember_photo_folder(Path(names[0]).parent)
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if paths:
            self._start([*paths])

    def paste(self) -> None:
        image = QApplication.clipboard().image()
        if image.isNull():
            urls = [
                Path(u.toLocalFile()) for u in QApplication.clipboard().mimeData().urls() if u.isLocalFile()
            ]
            if urls:
                self.add_files(urls)
                return
            QMessageBox.information(
                self, PhotoTrayWords.tr("Paste photo"), PhotoTrayWords.tr("The clipboard holds no picture.")
            )
            return
        self._start([QImage(image)])

    def _start(self, sources: list[Path | QImage]) -> None:
        self.busy_changed.emit(True)
        self.importer.add(sources, self._fallback_date())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
        elif event.mimeData().hasImage():
            self._start([QImage(event.mimeData().imageData())])
        event.acceptProposedAction()

    # -- results ----------------------------------------------------------------------------
    def _add_prepared(self, photo: PreparedPhoto) -> None:
        if any(p.sha256 == photo.sha256 for p in self.pending):
            return  # the same picture twice is stored once
        saved = next((p for p in self.saved if p.sha256 == photo.sha256), None)
        if saved is not None:  # already on the entry: adding it again keeps (or brings back) that one
            if saved in self.removed:
                self._take_back(saved)
            return
        if self.gate is None:
            self._add(photo)
            return
        self._at_gate += 1
        self.gate(photo, lambda keep: self._gate_answered(photo, keep))

    def _gate_answered(self, photo: PreparedPhoto, keep: bool) -> None:
        self._at_gate -= 1
        if keep and not any(p.sha256 == photo.sha256 for p in self.pending):
            self._add(photo)
        self.busy_changed.emit(self.busy)

    def _add(self, photo: PreparedPhoto) -> None:
        self.pending.append(photo)
        pixmap = QPixmap()
        pixmap.loadFromData(photo.thumbnail)
        warnings = [warning.sentence() for warning in photo_warnings(photo)]
        state = PhotoTrayWords.tr("new, hard to compare") if warnings else PhotoTrayWords.tr("new")
        item = QListWidgetItem(QIcon(pixmap), _label(photo.original_name, photo.taken_on, state))
        item.setData(PENDING, photo.sha256)
        first = PhotoTrayWords.tr("{name}, {width}x{height}, new").format(
            name=photo.original_name, width=photo.width, height=photo.height
        )
        item.setToolTip("\n".join([first, *warnings]))
        self.list.addItem(item)
        self._show_quality()

    def _show_quality(self) -> None:
        """The warnings of the photos waiting to be saved (a photo taken off takes its own along)."""
        lines = [
            f"\u26a0 {warning.sentence()}" for photo in self.pending for warning in photo_warnings(photo)
        ]
        self.quality_note.setText("\n".join(lines))
        self.quality_note.setVisible(bool(lines))

    def _show_rejected(self, message: str) -> None:
        self.errors.append(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            PhotoTrayWords.tr("Photo not added"),
            f"{message}\n\n" + PhotoTrayWords.tr("The entry is unchanged; other photos are not affected."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("photo-rejected")
        box.open()  # not exec(): more results may arrive while it is shown

    def _show_progress(self, finished: int, started: int) -> None:
        self.progress.setVisible(finished < started)
        self.progress.setRange(0, max(started, 1))
        self.progress.setValue(finished)
        self.progress.setFormat(
            PhotoTrayWords.tr("Preparing photos: {done} of {all}").format(done=finished, all=started)
        )

    # -- removing -------------------------------------------------------------------------
    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            sha, photo_id = item.data(PENDING), item.data(SAVED)
            if sha:
                self.pending = [p for p in self.pending if p.sha256 != sha]
                self._show_quality()
            elif photo_id is not None:
                self.removed.extend(p for p in self.saved if p.id == photo_id)
                self._removed_items[photo_id] = item
            self.list.takeItem(self.list.row(item))
        self._show_removals()

    def _take_back(self, photo: Photo) -> None:
        """A removed saved photo added again: it stays, as if never removed."""
        self.removed.remove(photo)
        row = [p for p in self.saved if p not in self.removed].index(photo)  # saved ones come first
        self.list.insertItem(row, self._removed_items.pop(photo.id))
        self._show_removals()

    def _show_removals(self) -> None:
        count = len(self.removed)
        self.removal_note.setVisible(bool(count))
        # English has no .qm to pick the singular from "%n ...": the singular is its own text.
        self.removal_note.setText(
            PhotoTrayWords.tr(
                "1 saved photo will be taken off this entry when you save "
                "(Cancel keeps it; Undo brings it back after saving)."
            )
            if count == 1
            else PhotoTrayWords.tr(
                "%n saved photos will be taken off this entry when you save "
                "(Cancel keeps them; Undo brings them back after saving).",
                "",
                count,
            )
        )


def _label(name: str, taken_on: dt.date | None, state: str) -> str:
    return f"{name}\n{date_text(taken_on) if taken_on else PhotoTrayWords.tr('no date')} \u00b7 {state}"


# The folder photos were last added from (a phone's import folder, usually the same each time).
PHOTO_FOLDER_KEY = "photos/last_folder"


def last_photo_folder() -> Path:
    """Where "Add photos" opens: the folder chosen last, while it still exists; else home."""
    saved = QSettings().value(PHOTO_FOLDER_KEY, "")
    folder = Path(str(saved)) if saved else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_photo_folder(folder: Path) -> None:
    QSettings().setValue(PHOTO_FOLDER_KEY, str(folder))
