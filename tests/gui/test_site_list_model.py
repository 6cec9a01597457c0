"""The side list's model: one row per site with its photo, last check, trend and alerts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from journal.core.charts.overview import last_check_words
from journal.core.domain.model import Entry, Site
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.site_list_model import SiteListModel, SiteRole


def _model(session, counts=None) -> SiteListModel:
    model = SiteListModel(session, ThumbnailCache(), counts)
    model.reload()
    return model


def test_model_passes_qt_checks_with_sites(qtmodeltester, session, journal, elbow) -> None:
    journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=4.0))
    model = _model(session)
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Left elbow", "Scalp crown"]


def test_row_has_region_last_check_trend_and_alerts(session, journal, elbow) -> None:
    for day, size in (("2026-03-01", 4.0), ("2026-03-08", 4.0), ("2026-03-15", 5.2)):
        journal.add_entry(Entry.new(site_id=elbow.id, date=day, size_mm=size))
    model = _model(session, lambda: {elbow.id: 2})
    index = model.index(model.row_of(elbow.id))
    assert index.data(SiteRole.REGION) == "elbow"
    assert index.data(SiteRole.LAST_CHECKED) == dt.date(2026, 3, 15)
    assert index.data(SiteRole.TREND) == "up"
    assert index.data(SiteRole.ALERTS) == 2
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Size went up" in spoken and "2 open alerts" in spoken


def test_latest_photo_thumbnail_loads_in_the_background(qtbot, session, journal, elbow, samples) -> None:
    journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / "forearm_2026-03-01.jpg"]
    )
    model = _model(session)
    index = model.index(0)
    first = index.data(Qt.ItemDataRole.DecorationRole)  # a placeholder while the worker decodes
    assert isinstance(first, QPixmap)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    loaded = index.data(Qt.ItemDataRole.DecorationRole)
    assert loaded.cacheKey() != first.cacheKey() and not loaded.isNull()


def test_archived_sites_show_only_when_asked(session, journal, elbow) -> None:
    journal.store.update_site(dataclasses.replace(elbow, archived=True))
    model = _model(session)
    assert model.rowCount() == 0
    model.set_include_archived(True)
    assert model.rowCount() == 1 and model.index(0).data(SiteRole.STATUS) == "archived"


def test_last_check_in_words() -> None:
    today = dt.date(2026, 5, 10)
    assert last_check_words(None, today) == "not checked yet"
    assert last_check_words(today, today) == "checked today"
    assert last_check_words(dt.date(2026, 5, 9), today) == "checked yesterday"
    assert last_check_words(dt.date(2026, 5, 1), today) == "checked 9 days ago"
    assert last_check_words(dt.date(2026, 1, 1), today) == "last checked 2026-01-01"
