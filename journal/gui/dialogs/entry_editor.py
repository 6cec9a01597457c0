"""The entry editor (Ctrl+N): one check of one site, every value optional but the date.

The form reads and writes plain `Entry` values; `Entry.new` validates them, the journal
saves them (photos first, durable, then the rows, in one transaction) and the change goes
on the undo stack. Nothing is written until Save, and a refused photo or value leaves the
journal as it was.

A new entry whose date nobody chose takes the day its first photo was taken (its camera's date);
a photo taken more than a day away from the entry's date raises a question: use the photo's
date, keep the entry's, or leave the photo out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.choices import REGION_LABELS, shown
from journal.core.domain.model import Entry, Photo, Site
from journal.core.domain.validate import latest_date
from journal.core.errors import JournalError, ValidationError
from journal.core.language import Words, date_text
from journal.core.operations import entries as ops
from journal.core.operations.last_time import last_time, same_as
from journal.core.photos.dates import camera_date, disagrees
from journal.core.photos.pipeline import PreparedPhoto
from journal.gui.dialogs.entry_form import EntryForm
from journal.gui.widgets.date_edit import DateField
from journal.gui.widgets.photo_tray import CHANGED_TILE, PhotoTray
from journal.gui.widgets.targets import fit_for_stiff_hands

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class EntryEditorWords(Words):
    "The entry editor's words."


class EntryEditor(QDialog):
    saved = Signal(int)  # the entry's id

    def __init__(
        self,
        session: JournalSession,
        site_id: int | None = None,
        entry: Entry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.entry = session, entry
        self.setWindowTitle(EntryEditorWords.tr("Edit entry") if entry else EntryEditorWords.tr("New entry"))
        self.setAcceptDrops(True)

        self.site = QComboBox()
        self.site.setAccessibleName(EntryEditorWords.tr("Site"))
        chosen = entry.site_id if entry else site_id
        self._sites: dict[int, Site] = {}
        for site in session.store.sites(include_archived=True):
            if not site.archived or site.id == chosen:
                self.site.addItem(f"{site.name} ({shown(REGION_LABELS, site.region)})", site.id)
                assert site.id is not None
                self._sites[site.id] = site
        self.site.setCurrentIndex(max(self.site.findData(chosen), 0))
        self.date = DateField(entry.date if entry else None, latest=latest_date)
        self.date.setAccessibleName(EntryEditorWords.tr("Date of the check"))
        self.date.setMaximumWidth(180)
        self.date_note = QLabel()  # says so when the date came from a photo
        self.date_note.setObjectName("date-from-photo")
        self.date_note.setEnabled(False)  # dimmed: a hint, not a field
        self.date_note.hide()
        self._date_given = entry is not None  # a new entry's date is only a default until chosen
        self._setting_date = False
        self._kept: set[tuple[dt.date, dt.date]] = set()  # (photo's day, entry's day) answered "keep"
        self._waiting: list[tuple[PreparedPhoto, Callable[[bool], None]]] = []  # photos to ask about
        self.question: QMessageBox | None = None
        self.viewer: QDialog | None = None  # the photo viewer opened to measure
        self.form = EntryForm()
        self.photos = PhotoTray(self.chosen_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.note.setAccessibleName(EntryEditorWords.tr("Note"))
        self.note.setPlaceholderText(EntryEditorWords.tr("Anything else worth remembering (optional)"))
        self.note.setMaximumHeight(90)

        top = QFormLayout()
        top.addRow(EntryEditorWords.tr("&Site:"), self.site)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.date_note, 1)
        date_label = QLabel(EntryEditorWords.tr("&Date:"))
        date_label.setBuddy(self.date)
        top.addRow(date_label, date_row)
        # "Same as last time": the previous entry's values, to confirm or change (a few taps
        # instead of a dozen for a hand that finds the form hard).
        self.same_button = QPushButton(EntryEditorWords.tr("Sam&e as last time"))
        self.same_note = QLabel()
        self.same_note.setObjectName("same-as-last-time")
        self.same_note.setWordWrap(True)
        self.same_note.setEnabled(False)  # dimmed: a hint, not a field
        same_row = QHBoxLayout()
        same_row.addWidget(self.same_button)
        same_row.addWidget(self.same_note, 1)
        top.addRow("", same_row)
        photo_box = QGroupBox(EntryEditorWords.tr("Photos"))
        photo_column = QVBoxLayout(photo_box)
        photo_column.addWidget(self.photos)
        # Measuring works on a saved photo (its points are kept with the photo row).
        self.measure_button = QPushButton(EntryEditorWords.tr("&Measure on photo\u2026"))
        self.measure_button.setToolTip(
            EntryEditorWords.tr(
                "Open the selected saved photo to set its scale from a ruler or a coin and measure the bump"
            )
        )
        self.measure_button.setEnabled(False)
        self.measure_button.setVisible(entry is not None)
        photo_column.addWidget(self.measure_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.form.signs_box)
        note_form = QFormLayout()
        note_form.addRow(EntryEditorWords.tr("N&ote:"), self.note)
        right.addLayout(note_form)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.form.values_box, 3)
        columns.addLayout(right, 2)
        # The fields and photos scroll on a short screen (1024x700, or at 2x): with targets a
        # stiff hand can hit, the whole form is taller than such a screen, and Save must stay in view.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(columns)
        body_layout.addWidget(photo_box)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setWidget(body)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the area
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.buttons)

        if entry is not None:
            self.form.load(entry)
            self.note.setPlainText(entry.note or "")
            assert entry.id is not None
            self.photos.show_saved(
                [(p, _thumbnail(session.journal, p)) for p in session.store.photos(entry_id=entry.id)]
            )
        self.fit_to_site()
        self.site.currentIndexChanged.connect(lambda _i: self.fit_to_site())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.photos.busy_changed.connect(self._busy)
        self.photos.list.itemSelectionChanged.connect(
            lambda: self.measure_button.setEnabled(self.selected_saved_photo() is not None)
        )
        self.photos.list.itemDoubleClicked.connect(lambda _item: self.measure_photo())
        self.measure_button.clicked.connect(self.measure_photo)
        session.changed.connect(self._measured)
        self.photos.gate = self._photo_date_gate
        self.date.dateChanged.connect(self._date_edited)
        self.date.edited.connect(self._date_edited)  # today typed over today is chosen too
        self.same_button.clicked.connect(self.same_as_last_time)
        self.site.currentIndexChanged.connect(lambda _i: self._offer_last_time())
        self._offer_last_time()
        fit_for_stiff_hands(self)
        self._fit_to_screen(body)
        self.site.setFocus()

    def _fit_to_screen(self, body: QWidget) -> None:
        """As large as the whole form wants, but no larger than the screen it opens on."""
        wanted = self.sizeHint()
        wanted.setHeight(wanted.height() - self.fields_area.sizeHint().height() + body.sizeHint().height())
        # The body's width, the dialog's margins and the scroll bar it shows on a short screen: 24 px
        # guessed for the last two left a horizontal scroll bar (and a squeezed form) at 1024x700.
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        beside = margins.left() + margins.right() + self.fields_area.verticalScrollBar().sizeHint().width()
        wanted.setWidth(
            max(wanted.width(), body.sizeHint().width() + 2 * self.fields_area.frameWidth() + beside)
        )
        screen = self.screen().availableGeometry().size() if self.screen() is not None else wanted
        self.resize(min(wanted.width(), screen.width()), min(wanted.height(), screen.height() - 40))

    # -- same as last time -----------------------------------------------------------------------
    def previous_entry(self) -> Entry | None:
        site_id = self.site.currentData()
        return None if site_id is None else last_time(self.session.journal, site_id, editing=self.entry)

    def _offer_last_time(self) -> None:
        previous = self.previous_entry()
        self.same_button.setEnabled(previous is not None)
        self.same_button.setToolTip(
            EntryEditorWords.tr("This site has no earlier entry.")
            if previous is None
            else EntryEditorWords.tr(
                "Fill in the values of the check of {date} to confirm or change (not its date, note or photos)"
            ).format(date=date_text(previous.date))
        )
        self.same_note.clear()

    def same_as_last_time(self) -> None:
        """Fill the form with the site's previous entry's values; nothing is saved until Save."""
        previous = self.previous_entry()
        if previous is None:
            return
        self.form.load(same_as(previous, previous.site_id, self.chosen_date()))
        self.fit_to_site()  # a copied value in a field the site does not ask for is shown, not hidden
        self.same_note.setText(
            EntryEditorWords.tr("Filled in from the check of {date}: confirm or change each value.").format(
                date=date_text(previous.date)
            )
        )

    def fit_to_site(self) -> None:
        """Ask what fits the chosen site; a value already there stays shown (and saved)."""
        self.form.fit(self._sites.get(self.site.currentData()))

    # -- measuring on a saved photo -------------------------------------------------------------
    def selected_saved_photo(self) -> Photo | None:
        from journal.gui.widgets.photo_tray import SAVED

        items = self.photos.list.selectedItems()
        photo_id = items[0].data(SAVED) if len(items) == 1 else None
        return next((p for p in self.photos.saved if p.id == photo_id), None)

    def measure_photo(self) -> None:
        """The photo viewer with its measuring tools open, on the selected saved photo."""
        from journal.gui.dialogs.photo_viewer import open_photo_viewer

        photo = self.selected_saved_photo()
        if photo is not None:
            self.viewer = open_photo_viewer(self, self.session, photo, measure=True)

    def _measured(self, changes: Any) -> None:
        """A measurement saved (or undone) on this entry's photo sets its size: the form shows it,
        so Save does not write the old size back."""
        entry_id = self.entry.id if self.entry is not None else None
        if (
            entry_id is None
            or "measurements" not in changes
            or entry_id not in changes.ids.get("entries", ())
        ):
            return
        try:
            self.entry = self.session.store.entry(entry_id)
        except JournalError:
            return
        self.form.size.set_measured(self.entry.size_mm)

    def chosen_date(self) -> dt.date:
        return self.date.day()

    # -- the date and the photos' dates ---------------------------------------------------------
    def _date_edited(self) -> None:
        if not self._setting_date:  # the person chose it
            self._date_given = True
            self.date_note.hide()

    def _use_photo_date(self, day: dt.date, photo: PreparedPhoto) -> None:
        self._setting_date = True
        try:
            self.date.setDate(day)
        finally:
            self._setting_date = False
        self._date_given = True
        self.date_note.setText(
            EntryEditorWords.tr("the day {name} was taken (its camera's date)").format(
                name=photo.original_name
            )
        )
        self.date_note.show()

    def _photo_date_gate(self, photo: PreparedPhoto, done: Callable[[bool], None]) -> None:
        """The tray's question before a photo joins the entry; one question at a time."""
        self._waiting.append((photo, done))
        if self.question is None:
            self._next_photo()

    def _next_photo(self) -> None:
        while self._waiting:
            photo, done = self._waiting[0]
            day = camera_date(photo)
            if day is not None and not self._date_given:
                self._use_photo_date(day, photo)
            entry_day = self.chosen_date()
            if day is None or not disagrees(day, entry_day) or (day, entry_day) in self._kept:
                self._waiting.pop(0)
                done(True)
                continue
            self._ask_about(photo, day, entry_day)
            return

    def _ask_about(self, photo: PreparedPhoto, day: dt.date, entry_day: dt.date) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            EntryEditorWords.tr("Photo from another day"),
            EntryEditorWords.tr(
                "This photo was taken on {day}, the entry is dated {entry_day}. Use the photo's date?"
            ).format(day=date_text(day), entry_day=date_text(entry_day)),
            parent=self,
        )
        box.setInformativeText(
            photo.original_name
            + "\n\n"
            + EntryEditorWords.tr(
                '"Keep the entry\'s date" adds the photo with its own date; "Cancel" leaves the photo out.'
            )
        )
        use = box.addButton(EntryEditorWords.tr("&Use the photo's date"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(EntryEditorWords.tr("&Keep the entry's date"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use)
        box.setObjectName("photo-date-question")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        # open(), not exec(): photos still being prepared may arrive while it is shown.
        box.finished.connect(lambda _result: self._answered(box, box.clickedButton() or None, use, keep))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, clicked: object, use: object, keep: object) -> None:
        photo, done = self._waiting.pop(0)
        day = camera_date(photo)
        assert day is not None
        self.question = None
        box.deleteLater()
        if clicked is use:
            self._use_photo_date(day, photo)
        elif clicked is keep:
            self._kept.add((day, self.chosen_date()))
        done(clicked is use or clicked is keep)
        self._next_photo()

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setToolTip(
            EntryEditorWords.tr("Waiting for the photos to be prepared") if busy else ""
        )

    def values(self) -> dict[str, Any]:
        return {
            "site_id": self.site.currentData(),
            "date": self.chosen_date(),
            "note": self.note.toPlainText().strip() or None,
            **self.form.values(),
        }

    def save(self) -> None:
        if self.photos.busy:
            return
        try:
            entry = Entry.new(**self.values(), id=self.entry.id if self.entry else None)
        except ValidationError as exc:
            QMessageBox.warning(
                self, EntryEditorWords.tr("Entry not saved"), f"{exc.reason.capitalize()} ({exc.field})."
            )
            return
        try:
            self._write(entry)
        except (JournalError, OSError) as exc:
            QMessageBox.critical(
                self,
                EntryEditorWords.tr("Entry not saved"),
                EntryEditorWords.tr("The entry could not be saved: {error}\n\nNothing was changed.").format(
                    error=exc
                ),
            )
            return
        self.accept()

    def _write(self, entry: Entry) -> None:
        """One operation (one transaction) on the window's undo stack, which tells the panes."""
        journal = self.session.journal
        if self.entry is None:
            outcome = ops.add_entry(journal, entry, self.photos.pending)
        else:
            outcome = ops.edit_entry(
                journal,
                entry,
                add_photos=self.photos.pending,
                remove_photo_ids=[photo.id for photo in self.photos.removed if photo.id is not None],
            )
        self.session.do(outcome)
        self.photos.pending, self.photos.removed = [], []
        self.saved.emit(outcome.value[0].id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.photos.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.photos.dropEvent(event)


def _thumbnail(journal: Any, photo: Photo) -> bytes | None:
    """The saved photo's thumbnail bytes, read (and, in an encrypted journal, decrypted in memory)
    through the journal's PhotoFiles; a missing or unreadable file shows as a blank tile, a sealed
    file that was changed as a crossed-out one (CHANGED_TILE)."""
    from journal.core.crypt.sealed import SealBroken

    try:
        return bytes(journal.files.read_thumbnail(photo.sha256, photo.ext))
    except SealBroken:
        return CHANGED_TILE
    except (OSError, ValueError, JournalError):
        return None
