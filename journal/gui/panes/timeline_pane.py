"""The timeline of the selected site: its entries newest first, in a table.

Rows have one fixed height, come a page at a time (the model fetches more as the view
nears the end) and thumbnails load lazily, so a site with thousands of entries opens and
scrolls as smoothly as one with ten. The pane's buttons are the window's actions
(New, Edit, Delete, Photo, Compare), so a button and its menu item never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.charts.trends import EARLIER_VALUES, TREND_FIELDS, trend
from journal.core.domain.choices import REGION_LABELS, shown
from journal.core.domain.model import Entry, Photo
from journal.core.errors import NotFound
from journal.core.language import Words, date_text
from journal.core.operations import Changes
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.timeline_model import THUMB, Column, TimelineModel, TimelineRole
from journal.gui.session import touches
from journal.gui.widgets.delegates.rating_delegate import RatingDelegate, rating_width
from journal.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class TimelinePaneWords(Words):
    "The timeline's title, its line under it and its table's name."


ROW_HEIGHT = THUMB.height() + 8
OPTIONAL_COLUMNS = {
    Column.TIGHTNESS: "tightness",
    Column.PAIN: "pain",
    Column.SIZE: "size_mm",
    Column.COUNT: "count",
}


class TimelinePane(QWidget):
    entry_activated = Signal(int)  # double-click or Enter on an entry: edit it
    photo_activated = Signal(object)  # double-click on a photo: the Photo

    def __init__(
        self, session: JournalSession, thumbnails: ThumbnailCache, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TimelineModel(session, thumbnails, self)
        self.title = ElidedLabel()  # a 200-character site name must not widen the window
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(TimelinePaneWords.tr("Entries of the selected site, newest first"))
        self.view.setTabKeyNavigation(False)  # Tab moves on to the buttons; arrows move in the table
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(THUMB)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no measuring on scroll
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        delegate = RatingDelegate(self.view)
        for column, width in (
            (Column.PHOTO, THUMB.width() + 28),
            (Column.DATE, 96),
            (Column.TIGHTNESS, rating_width() + 12),
            (Column.PAIN, rating_width() + 12),
            (Column.SIZE, 70),
            (Column.COUNT, 56),
            (Column.SIGNS, 200),
            (Column.DETAILS, 220),
        ):
            self.view.setColumnWidth(column, width)
        for column in (Column.TIGHTNESS, Column.PAIN):
            self.view.setItemDelegateForColumn(column, delegate)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)

        self.view.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._edit_current)
        session.site_selected.connect(self.show_site)
        session.changed.connect(self._changed)
        self._changed_entries: set[int] | None = None
        self.show_site(-1)

    def set_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the tab order, and focused by a click
            # The words only: the toolbar shows these actions' icons, a row of them here would be cramped.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.insertWidget(self.buttons.count() - 1, button)

    def show_site(self, site_id: int, keep_rows: int = 0) -> None:
        """Show a site's newest page of entries (or at least `keep_rows` rows, on a refresh)."""
        try:
            site = self.session.store.site(site_id) if site_id >= 0 else None
        except NotFound:
            site = None
        if site is None or site.id != self.model.site_id:
            keep_rows = 0
        self.model.site_id = None if site is None else site.id
        self.model.reload(at_least=keep_rows)
        if site is None:
            self.title.setText(TimelinePaneWords.tr("No site selected"))
            self.subtitle.setText(TimelinePaneWords.tr("Choose a site on the left, or add one."))
            return
        assert site.id is not None
        self.title.setText(f"{site.name}")
        self._describe(site)
        self._hide_unlogged(site.id)
        if self.model.rowCount():
            self.view.selectRow(0)

    def _hide_unlogged(self, site_id: int) -> None:
        # A scalp area has no size and a deposit often no tightness: hide what this site never logged.
        logged = self.session.store.fields_logged(site_id, OPTIONAL_COLUMNS.values())
        for column, field in OPTIONAL_COLUMNS.items():
            self.view.setColumnHidden(column, self.model.rowCount() > 0 and field not in logged)

    def _describe(self, site: Any) -> None:
        count = self.model.total_entries()
        parts = [
            shown(REGION_LABELS, site.region),
            (
                # English has no .qm to pick "1 entry" from "%n entries": the singular is its own text.
                TimelinePaneWords.tr("1 entry")
                if count == 1
                else TimelinePaneWords.tr("%n entries", "", count)
            ),
        ]
        # The same arrow as in the site list, from the few newest values it reads (not every row).
        recent = self.session.store.recent_measured_entries(TREND_FIELDS, EARLIER_VALUES + 1, site_id=site.id)
        found = trend(recent.get(site.id, []))
        if found is not None:
            parts.append(found.describe())
        if site.resolved_on:
            parts.append(TimelinePaneWords.tr("resolved on {date}").format(date=date_text(site.resolved_on)))
        self.subtitle.setText(" \u00b7 ".join(parts))

    def current_entry(self) -> Entry | None:
        index = self.view.currentIndex()
        return index.data(TimelineRole.ENTRY) if index.isValid() else None

    def current_photos(self) -> list[Photo]:
        index = self.view.currentIndex()
        return list(index.data(TimelineRole.PHOTOS) or []) if index.isValid() else []

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)

    def _changed(self, changes: Changes) -> None:
        """Reload only for this site's entries or photos, or for the site itself (renamed, gone).
        An edit of entries already shown is refreshed in place, without reading the site again."""
        site_id = self.model.site_id
        if site_id is None:
            return
        if touches(changes, "entries", "photos", site_id=site_id):
            entries = set(changes.ids.get("entries", ()))
            only_records = set(changes.ids) <= {"entries", "photos", "sites", "alerts"}
            self._changed_entries = entries if entries and only_records else None
            self._entries_changed(site_id)
        elif touches(changes, "sites", site_id=site_id):
            self.show_site(site_id)

    def _entries_changed(self, site_id: int) -> None:
        changed, self._changed_entries = self._changed_entries, None
        if site_id != self.model.site_id:
            return
        if changed is not None and self.model.refresh_entries(changed):
            site = self.session.store.site(site_id)
            self._describe(site)  # the trend may have turned
            self._hide_unlogged(site_id)
            return
        keep = self.current_entry()
        row = self.view.currentIndex().row()
        self.show_site(site_id, keep_rows=self.model.rowCount())
        if keep is not None and keep.id is not None and self.model.row_of(keep.id) >= 0:
            self.select_entry(keep.id)
        elif row >= 0 and self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))

    def _double_clicked(self, index: QModelIndex) -> None:
        photos = index.data(TimelineRole.PHOTOS)
        if index.column() == Column.PHOTO and photos:
            self.photo_activated.emit(photos[0])
        else:
            self.entry_activated.emit(index.data(TimelineRole.ENTRY_ID))

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.entry_activated.emit(entry.id)
