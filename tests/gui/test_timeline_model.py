"""The timeline model: a site's entries newest first, values, signs, thumbnails; long sites."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from journal.core.domain.model import Entry
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.timeline_model import Column, TimelineModel, TimelineRole


def test_model_passes_qt_checks(qtmodeltester, session, journal, elbow, samples) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", tightness=3, ulcerated=True),
                      [samples / "photos" / "forearm_2026-03-01.jpg"])
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-08", size_mm=4.5, note="after the bath"))
    model = TimelineModel(session, ThumbnailCache())
    model.set_site(elbow.id)
    qtmodeltester.check(model)


def test_entries_newest_first_with_values_and_signs_in_plain_words(session, journal, elbow) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=4.0, pain=2))
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-15", size_mm=4.6, pain=5, ulcerated=True,
                                discharge=True, inflamed=False, mobility="reduced", note="cracked\nsecond line"))
    model = TimelineModel(session, ThumbnailCache())
    model.set_site(elbow.id)
    cell = lambda row, column: model.index(row, column).data()  # noqa: E731
    assert [cell(r, Column.DATE) for r in range(2)] == ["2026-03-15", "2026-03-01"]
    assert cell(0, Column.SIZE) == "4.6 mm"
    assert model.index(0, Column.PAIN).data(TimelineRole.RATING) == 5
    assert model.index(0, Column.TIGHTNESS).data(TimelineRole.RATING) is None
    assert cell(0, Column.SIGNS) == "\u26a0 Broke open; Chalk-like material came out"
    assert cell(1, Column.SIGNS) is None
    assert "mobility: reduced" in cell(0, Column.DETAILS)
    assert cell(0, Column.NOTE) == "cracked"
    spoken = model.index(0, Column.TIGHTNESS).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Tightness: not checked"


def test_thumbnail_arrives_for_the_row_with_the_photo(qtbot, session, journal, elbow, samples) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / "elbow_no_exif.png"])
    cache = ThumbnailCache()
    model = TimelineModel(session, cache)
    model.set_site(elbow.id)
    key = model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY)
    assert not cache.is_cached(key)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        model.index(0, Column.PHOTO).data(Qt.ItemDataRole.DecorationRole)
    assert changed.args[0].row() == 0 and cache.is_cached(key)


def test_thousands_of_entries_in_fixed_height_rows(qtbot, session, journal, elbow) -> None:
    from journal.gui.feeds.thumbnails import ThumbnailCache
    from journal.gui.panes.timeline_pane import TimelinePane

    start = dt.date(2000, 1, 1)
    with journal.store.transaction():
        for day in range(3000):
            journal.store.add_entry(Entry(site_id=elbow.id, date=start + dt.timedelta(days=day), pain=day % 11))
    pane = TimelinePane(session, ThumbnailCache())
    qtbot.addWidget(pane)
    session.site_selected.emit(elbow.id)
    assert pane.model.rowCount() == 3000
    assert pane.model.index(2999, Column.DATE).data() == "2000-01-01"
    # Fixed row heights: the view never measures rows while scrolling.
    assert pane.view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    pane.view.scrollToBottom()
    assert "3000 entries" in pane.subtitle.text()
