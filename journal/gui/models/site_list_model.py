"""The sites in the side list: one row per site, built from the core's site overviews.

The model holds plain `SiteOverview` values and the open-alert count per site; it never
queries by itself except through `reload()`, which the session's signals trigger. Raw
values go out under named roles so the delegate, tests and screen readers read the same data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt

from journal.core.charts.overview import SiteOverview, last_check_words, site_overviews
from journal.core.charts.trends import Direction
from journal.core.domain.choices import REGION_LABELS, shown
from journal.core.language import Words, date_text
from journal.gui.feeds.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class SiteListModelWords(Words):
    """The list of sites: a site's status and what a screen reader says of it."""


THUMB = QSize(48, 48)
ARROWS = {Direction.UP: "\u2191", Direction.DOWN: "\u2193", Direction.STEADY: "\u2192"}

Index = QModelIndex | QPersistentModelIndex


class SiteRole(IntEnum):
    SITE_ID = Qt.ItemDataRole.UserRole + 1
    OVERVIEW = Qt.ItemDataRole.UserRole + 2
    REGION = Qt.ItemDataRole.UserRole + 3
    LAST_CHECKED = Qt.ItemDataRole.UserRole + 4
    TREND = Qt.ItemDataRole.UserRole + 5  # "up" | "down" | "steady" | None
    ALERTS = Qt.ItemDataRole.UserRole + 6
    STATUS = Qt.ItemDataRole.UserRole + 7  # "resolved" | "archived" | ""


class SiteListModel(QAbstractListModel):
    def __init__(
        self,
        session: JournalSession,
        thumbnails: ThumbnailCache,
        alert_counts: Callable[[], dict[int, int]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._thumbs = thumbnails
        self._alert_counts = alert_counts or (lambda: {})
        self._rows: list[SiteOverview] = []
        self._alerts: dict[int, int] = {}
        self.include_archived = False
        thumbnails.ready.connect(self._thumbnail_ready)

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = site_overviews(self._session.store, include_archived=self.include_archived)
        self._alerts = self._alert_counts()
        self.endResetModel()

    def reload_alerts(self) -> None:
        self._alerts = self._alert_counts()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [SiteRole.ALERTS])

    def set_include_archived(self, include: bool) -> None:
        self.include_archived = include
        self.reload()

    def row_of(self, site_id: int) -> int:
        for row, line in enumerate(self._rows):
            if line.site.id == site_id:
                return row
        return -1

    def overviews(self) -> list[SiteOverview]:
        return list(self._rows)

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        site = line.site
        if role == Qt.ItemDataRole.DisplayRole:
            return site.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(line)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(line)
        if role == SiteRole.SITE_ID:
            return site.id
        if role == SiteRole.OVERVIEW:
            return line
        if role == SiteRole.REGION:
            return site.region
        if role == SiteRole.LAST_CHECKED:
            return line.last_checked
        if role == SiteRole.TREND:
            return None if line.trend is None else str(line.trend.direction)
        if role == SiteRole.ALERTS:
            return self._alerts.get(site.id or -1, 0)
        if role == SiteRole.STATUS:
            return (
                SiteListModelWords.mark("archived")
                if site.archived
                else (SiteListModelWords.mark("resolved") if site.resolved_on else "")
            )
        return None

    def _thumbnail(self, line: SiteOverview) -> Any:
        photo = line.latest_photo
        if photo is None:
            return None
        files = self._session.journal.files
        return self._thumbs.pixmap(photo.sha256, lambda: files.read_thumbnail(photo.sha256, photo.ext), THUMB)

    def _describe(self, line: SiteOverview) -> str:
        parts = [
            line.site.name,
            shown(REGION_LABELS, line.site.region),
            last_check_words(line.last_checked, dt.date.today()),
        ]
        if line.trend is not None:
            parts.append(line.trend.describe())
        alerts = self._alerts.get(line.site.id or -1, 0)
        if alerts:
            # English has no .qm to pick the singular from "%n ...": the singular is its own text.
            parts.append(
                SiteListModelWords.tr("1 open alert")
                if alerts == 1
                else SiteListModelWords.tr("%n open alerts", "", alerts)
            )
        if line.site.resolved_on:
            parts.append(
                SiteListModelWords.tr("resolved on {date}").format(date=date_text(line.site.resolved_on))
            )
        if line.site.archived:
            parts.append(SiteListModelWords.tr("archived"))
        return ", ".join(parts)

    def _thumbnail_ready(self, key: str) -> None:
        for row, line in enumerate(self._rows):
            if line.latest_photo is not None and line.latest_photo.sha256 == key:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
