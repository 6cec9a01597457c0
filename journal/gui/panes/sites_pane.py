"""The side list of sites, with the checks that are due above it.

Selecting a site tells the session (`site_selected`); every pane that follows the current
site listens there. After any reload the same site stays selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from journal.core.language import Words
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.site_list_model import SiteListModel, SiteRole
from journal.gui.panes.reminders_panel import RemindersPanel
from journal.gui.session import touches
from journal.gui.widgets.delegates.site_delegate import SiteDelegate

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class SitesPaneWords(Words):
    "The list of sites beside the tabs."


class SitesPane(QWidget):
    log_requested = Signal(int)  # "Log now" for this site

    def __init__(
        self,
        session: JournalSession,
        thumbnails: ThumbnailCache,
        alert_counts: Callable[[], dict[int, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SiteListModel(session, thumbnails, alert_counts, self)
        self.reminders = RemindersPanel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SiteDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(SitesPaneWords.tr("Sites"))
        self.view.setAccessibleDescription(
            SitesPaneWords.tr("The body sites you follow; choose one to see its entries")
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setMinimumWidth(230)
        title = QLabel(SitesPaneWords.tr("&Sites"))
        title.setBuddy(self.view)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.add_button = QPushButton(SitesPaneWords.tr("Add site\u2026"))
        self.empty_hint = QLabel(
            SitesPaneWords.tr("No sites yet. Add the first place on your skin you want to follow.")
        )
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.reminders)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.add_button)

        self.reminders.log_requested.connect(self.log_requested)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        # The list shows each site's latest photo, entry count and trend.
        session.changed.connect(
            lambda changes: self.model.reload() if touches(changes, "sites", "entries", "photos") else None
        )
        session.alerts_changed.connect(self.model.reload_alerts)
        session.site_selected.connect(self.select_site)

    def load(self) -> None:
        self.model.reload()

    def set_context_actions(self, actions: list[QAction]) -> None:
        self.view.addActions(actions)

    def current_site_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(SiteRole.SITE_ID) if index.isValid() else None

    def select_site(self, site_id: int) -> None:
        row = self.model.row_of(site_id)
        if row < 0 or self.view.currentIndex().row() == row:
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _after_reset(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.reminders.show_due(self.model.overviews())
        wanted = self.session.current_site_id
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        elif wanted is not None:
            self.session.site_selected.emit(-1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        site_id = current.data(SiteRole.SITE_ID) if current.isValid() else -1
        if site_id != self.session.current_site_id:
            self.session.site_selected.emit(site_id if site_id is not None else -1)
