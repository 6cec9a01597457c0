"""The entry editor (Ctrl+N): one check of one site, every value optional but the date.

The form reads and writes plain `Entry` values; `Entry.new` validates them, the journal
saves them (photos first, durable, then the rows, in one transaction) and the change goes
on the undo stack. Nothing is written until Save, and a refused photo or value leaves the
journal as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError, ValidationError
from journal.core.model import Entry, Photo
from journal.core.validate import latest_date
from journal.gui.entry_commands import EntryAdded, EntryEdited
from journal.gui.entry_form import EntryForm
from journal.gui.widgets.date_edit import DateField
from journal.gui.widgets.photo_tray import PhotoTray


class EntryEditor(QDialog):
    saved = Signal(int)  # the entry's id

    def __init__(self, session: Any, undo_stack: QUndoStack, site_id: int | None = None,
                 entry: Entry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.undo_stack, self.entry = session, undo_stack, entry
        self.setWindowTitle("Edit entry" if entry else "New entry")
        self.setAcceptDrops(True)

        self.site = QComboBox()
        self.site.setAccessibleName("Site")
        chosen = entry.site_id if entry else site_id
        for site in session.store.sites(include_archived=True):
            if not site.archived or site.id == chosen:
                self.site.addItem(f"{site.name} ({site.region})", site.id)
        self.site.setCurrentIndex(max(self.site.findData(chosen), 0))
        self.date = DateField(entry.date if entry else None, latest=latest_date)
        self.date.setAccessibleName("Date of the check")
        self.date.setMaximumWidth(180)
        self.form = EntryForm()
        self.photos = PhotoTray(self.chosen_date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Anything else worth remembering (optional)")
        self.note.setMaximumHeight(90)

        top = QFormLayout()
        top.addRow("&Site:", self.site)
        top.addRow("&Date:", self.date)
        photo_box = QGroupBox("Photos")
        QVBoxLayout(photo_box).addWidget(self.photos)
        right = QVBoxLayout()
        right.addWidget(self.form.signs_box)
        note_form = QFormLayout()
        note_form.addRow("N&ote:", self.note)
        right.addLayout(note_form)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.form.values_box, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(photo_box)
        layout.addWidget(self.buttons)

        if entry is not None:
            self.form.load(entry)
            self.note.setPlainText(entry.note or "")
            assert entry.id is not None
            self.photos.show_saved([(p, _thumbnail(session.journal, p))
                                    for p in session.store.photos(entry_id=entry.id)])
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.photos.busy_changed.connect(self._busy)
        self.site.setFocus()

    def chosen_date(self) -> dt.date:
        return self.date.date().toPython()

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setToolTip("Waiting for the photos to be prepared" if busy else "")

    def values(self) -> dict[str, Any]:
        return {"site_id": self.site.currentData(), "date": self.chosen_date(),
                "note": self.note.toPlainText().strip() or None, **self.form.values()}

    def save(self) -> None:
        if self.photos.busy:
            return
        try:
            entry = Entry.new(**self.values(), id=self.entry.id if self.entry else None)
        except ValidationError as exc:
            QMessageBox.warning(self, "Entry not saved", f"{exc.reason.capitalize()} ({exc.field}).")
            return
        try:
            self._write(entry)
        except (JournalError, OSError) as exc:
            QMessageBox.critical(self, "Entry not saved", f"The entry could not be saved: {exc}\n\nNothing was changed.")
            return
        self.accept()

    def _write(self, entry: Entry) -> None:
        journal, store = self.session.journal, self.session.store
        if self.entry is None:
            saved, photos = journal.add_prepared_entry(entry, self.photos.pending)
            self.undo_stack.push(EntryAdded(self.session, saved, photos))
        else:
            before = (store.entry(entry.id), store.photos(entry_id=entry.id))
            with store.transaction():
                saved = store.update_entry(entry)
                for photo in self.photos.removed:  # the row only: the file stays for undo
                    store.delete_photo(photo.id)
                journal.add_prepared_photos(entry.id, self.photos.pending)
                after = (saved, store.photos(entry_id=entry.id))
            self.undo_stack.push(EntryEdited(self.session, before, after))
            if before[0].site_id != saved.site_id:
                self.session.entries_changed.emit(before[0].site_id)
        self.photos.pending, self.photos.removed = [], []
        self.session.entries_changed.emit(saved.site_id)
        self.saved.emit(saved.id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.photos.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.photos.dropEvent(event)


def _thumbnail(journal: Any, photo: Photo) -> Path:
    """The saved photo's thumbnail; a missing or unreadable photo file shows as a blank tile."""
    try:
        return Path(journal.thumbnail_path(photo))
    except (OSError, ValueError, JournalError):
        return Path(journal.files.thumb_path(photo.sha256))

