"""The entries of one site, newest first, as a table: photo, date, ratings, size, signs, note.

Rows come a page at a time (Qt's canFetchMore/fetchMore): showing a site reads its newest
PAGE_SIZE entries and their photos, and the view asks for the next page when it is
scrolled near the end, so a site with thousands of entries opens as fast as one with ten.
Each page is two indexed queries; thumbnails are only asked for when a row is painted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt

from journal.core.domain.model import Entry, Photo
from journal.core.errors import NotFound
from journal.core.language import Words, date_text, number
from journal.core.measure.uncertainty import size_uncertainty_mm
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.wording import RATING_ENDS, entry_details, short_number, warning_text

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class TimelineModelWords(Words):
    "The timeline's column headers and what a screen reader says of a cell."


THUMB = QSize(56, 56)
# Rows of about 70 px: 60 fill a window 4,000 px tall. 200 took 6.9 ms to read on the ten-year
# demo against 2 ms for 50 (start-up and every change of site pay it); the view asks for more.
PAGE_SIZE = 60
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    PHOTO = 0
    DATE = 1
    TIGHTNESS = 2
    PAIN = 3
    SIZE = 4
    COUNT = 5
    SIGNS = 6
    DETAILS = 7
    NOTE = 8


HEADERS = {
    Column.PHOTO: TimelineModelWords.mark("Photo"),
    Column.DATE: TimelineModelWords.mark("Date"),
    Column.TIGHTNESS: TimelineModelWords.mark("Tightness"),
    Column.PAIN: TimelineModelWords.mark("Pain"),
    Column.SIZE: TimelineModelWords.mark("Size"),
    Column.COUNT: TimelineModelWords.mark("Count"),
    Column.SIGNS: TimelineModelWords.mark("Warning signs"),
    Column.DETAILS: TimelineModelWords.mark("Other observations"),
    Column.NOTE: TimelineModelWords.mark("Note"),
}
RATING_COLUMNS = {Column.TIGHTNESS: "tightness", Column.PAIN: "pain"}


class TimelineRole(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2
    PHOTOS = Qt.ItemDataRole.UserRole + 3
    RATING = Qt.ItemDataRole.UserRole + 4  # int 0-10 or None, in the rating columns
    THUMB_KEY = Qt.ItemDataRole.UserRole + 5


class TimelineModel(QAbstractTableModel):
    def __init__(self, session: JournalSession, thumbnails: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._thumbs = thumbnails
        self.site_id: int | None = None
        self._entries: list[Entry] = []
        self._total = 0  # the site's entries in the store; len(self._entries) of them are loaded
        self._photos: dict[int, list[Photo]] = {}
        self._rows_by_key: dict[str, list[int]] = defaultdict(list)
        self._photo_u: dict[int, float | None] = {}  # a photo-measured size's ±, read when first shown
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_site(self, site_id: int | None) -> None:
        self.site_id = site_id
        self.reload()

    def reload(self, at_least: int = 0) -> None:
        """Read the site again from its first page (and on, until `at_least` rows are loaded,
        so a refresh keeps the rows the person had scrolled to)."""
        self.beginResetModel()
        self._entries, self._photos, self._rows_by_key = [], defaultdict(list), defaultdict(list)
        self._photo_u = {}
        store = self._session.store
        with store.read_transaction():  # the count and the pages from one snapshot
            self._total = 0 if self.site_id is None else store.entry_count(self.site_id)
            self._load(max(at_least, PAGE_SIZE))
        self.endResetModel()

    def _load(self, count: int) -> None:
        self._append(*self._read(count))

    def _read(self, count: int) -> tuple[list[Entry], list[Photo]]:
        """The next `count` entries below those loaded, and their photos (two indexed queries)."""
        if self.site_id is None:
            return [], []
        store = self._session.store
        page = store.entries_page(self.site_id, count, after=self._entries[-1] if self._entries else None)
        if len(page) < count:  # the store holds fewer than counted (changed meanwhile): no endless fetching
            self._total = len(self._entries) + len(page)
        return page, store.photos_of_entries(e.id for e in page if e.id is not None)

    def _append(self, page: list[Entry], photos: list[Photo]) -> None:
        first_row = len(self._entries)
        self._entries.extend(page)
        for photo in photos:
            self._photos[photo.entry_id].append(photo)
        for row, entry in enumerate(page, start=first_row):
            first = self._photos.get(entry.id or -1)
            if first:
                self._rows_by_key[first[0].sha256].append(row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        first = len(self._entries)
        page, photos = self._read(min(PAGE_SIZE, self._total - first))
        if page:  # Qt hears of exactly the rows read, before they are there
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page, photos)
            self.endInsertRows()

    def refresh_entries(self, entry_ids: set[int]) -> bool:
        """Read these loaded entries (and their photos) again in place, so an edit costs a few
        rows, not the whole site. False, changing nothing, when that cannot be done (one of them
        is not loaded, is gone, moved to another site or to another place in the order): the
        caller then reloads."""
        rows = {entry.id: row for row, entry in enumerate(self._entries) if entry.id in entry_ids}
        if self.site_id is None or not entry_ids or len(rows) != len(entry_ids):
            return False
        store = self._session.store
        for entry_id in entry_ids:
            self._photo_u.pop(entry_id, None)
        fresh = {entry.id: entry for entry in store.entries_by_id(entry_ids)}
        if len(fresh) != len(entry_ids):
            return False

        def key(e: Entry) -> tuple[dt.date, int]:  # the newest-first order, reversed
            return (e.date, e.id or 0)

        for entry_id, row in rows.items():
            entry = fresh[entry_id]
            above = self._entries[row - 1] if row > 0 else None
            below = self._entries[row + 1] if row + 1 < len(self._entries) else None
            if (
                entry.site_id != self.site_id
                or (above is not None and key(above) < key(entry))
                or (below is not None and key(entry) < key(below))
            ):
                return False
        photos: dict[int, list[Photo]] = defaultdict(list)
        for photo in store.photos_of_entries(entry_ids):
            photos[photo.entry_id].append(photo)
        for entry_id, row in rows.items():
            self._entries[row] = fresh[entry_id]
            self._photos[entry_id] = photos.get(entry_id, [])
        self._rows_by_key = defaultdict(list)
        for row, entry in enumerate(self._entries):
            first = self._photos.get(entry.id or -1)
            if first:
                self._rows_by_key[first[0].sha256].append(row)
        for row in sorted(rows.values()):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def total_entries(self) -> int:
        """The site's entries in the journal, loaded or not."""
        return self._total

    def loaded_entries(self) -> list[Entry]:
        return list(self._entries)

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int:
        """The entry's row, fetching pages down to it if it is not loaded yet; -1 if it is not
        one of this site's entries."""
        row = next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)
        if row >= 0 or self.site_id is None or not self.canFetchMore():
            return row
        store = self._session.store
        try:
            entry = store.entry(entry_id)
        except NotFound:
            return -1
        if entry.site_id != self.site_id:
            return -1
        wanted = store.entries_newer_than(entry) + 1
        while len(self._entries) < wanted and self.canFetchMore():
            self.fetchMore()
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return TimelineModelWords.tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        photos = self._photos.get(entry.id or -1, [])
        if role == TimelineRole.ENTRY:
            return entry
        if role == TimelineRole.ENTRY_ID:
            return entry.id
        if role == TimelineRole.PHOTOS:
            return photos
        if role == TimelineRole.THUMB_KEY:
            return photos[0].sha256 if photos else None
        if role == TimelineRole.RATING:
            field = RATING_COLUMNS.get(column)
            return None if field is None else getattr(entry, field)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PHOTO and photos:
            first = photos[0]
            files = self._session.journal.files
            return self._thumbs.pixmap(
                first.sha256, lambda: files.read_thumbnail(first.sha256, first.ext), THUMB
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column, photos)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(entry, column, photos)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SIZE, Column.COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: Entry, column: Column, photos: list[Photo]) -> str | None:
        if column == Column.PHOTO:
            return f"+{len(photos) - 1}" if len(photos) > 1 else None
        if column == Column.DATE:
            return date_text(entry.date)
        if column in RATING_COLUMNS:
            value = getattr(entry, RATING_COLUMNS[column])
            return None if value is None else f"{value}/10"
        if column == Column.SIZE:
            return self._size(entry)
        if column == Column.COUNT:
            return None if entry.count is None else str(entry.count)
        if column == Column.SIGNS:
            signs = warning_text(entry)
            return f"\u26a0 {signs}" if signs else None
        if column == Column.DETAILS:
            return entry_details(entry) or None
        return (entry.note or "").splitlines()[0] if entry.note else None

    def _size(self, entry: Entry) -> str | None:
        """ "6.2 ± 0.3 mm" (and the width, "× 4 mm"): a size with the ± of how it was measured."""
        if entry.size_mm is None:
            return None
        photo = None
        if entry.size_method == "photo" and entry.id is not None:
            if entry.id not in self._photo_u:
                measured = self._session.store.latest_measurement_for_entry(entry.id)
                self._photo_u[entry.id] = None if measured is None else measured.length_uncertainty_mm
            photo = self._photo_u[entry.id]
        spread = size_uncertainty_mm(entry.size_method, entry.size_mm, photo)
        # Numbers the locale's way ("6,2 ± 0,3 mm" in German), as the entry editor shows them.
        text = short_number(entry.size_mm) + (f" ± {number(spread, 1)}" if spread else "") + " mm"
        return text + (f" × {short_number(entry.width_mm)} mm" if entry.width_mm is not None else "")

    def _spoken(self, entry: Entry, column: Column, photos: list[Photo]) -> str:
        header = TimelineModelWords.tr(HEADERS[column])
        if column == Column.PHOTO:
            count = len(photos)
            if not photos:
                return TimelineModelWords.tr("no photo")
            return (
                TimelineModelWords.tr("1 photo")
                if count == 1
                else TimelineModelWords.tr("%n photos", "", count)
            )
        if column in RATING_COLUMNS:
            field = RATING_COLUMNS[column]
            value = getattr(entry, field)
            low, high = RATING_ENDS[field]
            if value is None:
                return TimelineModelWords.tr("{column}: not checked").format(column=header)
            return TimelineModelWords.tr("{column}: {value} of 10 (0 {low}, 10 {high})").format(
                column=header, value=value, low=low, high=high
            )
        if column == Column.NOTE and entry.note:
            return entry.note
        shown = self._display(entry, column, photos)
        if shown is None:
            return TimelineModelWords.tr("{column}: not checked").format(column=header)
        return TimelineModelWords.tr("{column}: {value}").format(column=header, value=shown)

    def _thumbnail_ready(self, key: str) -> None:
        for row in self._rows_by_key.get(key, []):
            index = self.index(row, Column.PHOTO)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
