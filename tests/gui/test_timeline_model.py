"""The timeline model: a site's entries newest first, values, signs, thumbnails; long sites."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from journal.core.domain.model import Entry
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.timeline_model import PAGE_SIZE, Column, TimelineModel, TimelineRole


def test_model_passes_qt_checks(qtmodeltester, session, journal, elbow, samples) -> None:
    journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01", tightness=3, ulcerated=True),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    )
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-08", size_mm=4.5, note="after the bath"))
    model = TimelineModel(session, ThumbnailCache())
    model.set_site(elbow.id)
    qtmodeltester.check(model)


def test_entries_newest_first_with_values_and_signs_in_plain_words(session, journal, elbow) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=4.0, pain=2))
    journal.add_entry(
        Entry.new(
            site_id=elbow.id,
            date="2026-03-15",
            size_mm=4.6,
            pain=5,
            ulcerated=True,
            discharge=True,
            inflamed=False,
            mobility="reduced",
            note="cracked\nsecond line",
        )
    )
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
    journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-01"), [samples / "photos" / "elbow_no_exif.png"]
    )
    cache = ThumbnailCache()
    model = TimelineModel(session, cache)
    model.set_site(elbow.id)
    key = model.index(0, Column.PHOTO).data(TimelineRole.THUMB_KEY)
    assert not cache.is_cached(key)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        model.index(0, Column.PHOTO).data(Qt.ItemDataRole.DecorationRole)
    assert changed.args[0].row() == 0 and cache.is_cached(key)


def _long_site(journal, site, days: int) -> None:
    start = dt.date(2000, 1, 1)
    with journal.store.transaction():
        for day in range(days):
            journal.store.add_entry(
                Entry(site_id=site.id, date=start + dt.timedelta(days=day), pain=day % 11)
            )


def test_a_long_site_passes_qt_checks_while_pages_are_fetched(qtmodeltester, session, journal, elbow) -> None:
    _long_site(journal, elbow, PAGE_SIZE * 2 + 50)
    model = TimelineModel(session, ThumbnailCache())
    model.set_site(elbow.id)
    qtmodeltester.check(model)  # the checker also asks for more rows (fetchMore) and watches the inserts
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    qtmodeltester.check(model)


def test_a_site_of_a_thousand_entries_shows_the_newest_page_and_more_when_scrolled_to_the_end(
    qtbot, session, journal, elbow
) -> None:
    from journal.gui.panes.timeline_pane import TimelinePane

    _long_site(journal, elbow, 1000)
    pane = TimelinePane(session, ThumbnailCache())
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    session.site_selected.emit(elbow.id)
    assert pane.model.rowCount() == PAGE_SIZE < 1000  # only the first page is read
    assert "1000 entries" in pane.subtitle.text()  # the count says all of them nonetheless
    assert pane.model.index(0, Column.DATE).data() == "2002-09-26"  # the newest
    # Fixed row heights: the view never measures rows while scrolling.
    assert pane.view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    seen = [pane.model.rowCount()]
    while pane.model.rowCount() < 1000 and len(seen) < 40:
        pane.view.scrollToBottom()  # as a person dragging the scroll bar to its end
        qtbot.waitUntil(lambda: pane.model.rowCount() > seen[-1], timeout=3000)
        seen.append(pane.model.rowCount())
    assert seen == [*range(PAGE_SIZE, 1000, PAGE_SIZE), 1000]  # a page at a time, to the end
    assert pane.model.index(999, Column.DATE).data() == "2000-01-01"  # the oldest, at the very end
    assert not pane.model.canFetchMore()


def test_selecting_an_old_entry_fetches_the_pages_down_to_it(qtbot, session, journal, elbow) -> None:
    from journal.gui.panes.timeline_pane import TimelinePane

    _long_site(journal, elbow, 1000)
    oldest = journal.store.entries(elbow.id)[0]
    pane = TimelinePane(session, ThumbnailCache())
    qtbot.addWidget(pane)
    session.site_selected.emit(elbow.id)
    pane.select_entry(oldest.id)
    assert pane.current_entry() == oldest
    assert pane.model.rowCount() == 1000


def test_an_edit_shows_in_its_row_without_reading_the_site_again(qtbot, session, journal, elbow) -> None:
    import dataclasses

    from journal.core.operations.entries import edit_entry
    from journal.gui.panes.timeline_pane import TimelinePane

    _long_site(journal, elbow, 500)
    pane = TimelinePane(session, ThumbnailCache())
    qtbot.addWidget(pane)
    session.site_selected.emit(elbow.id)
    while pane.model.canFetchMore():
        pane.model.fetchMore()
    row = 450
    entry = pane.model.entry_at(row)
    pane.view.selectRow(row)
    resets: list[bool] = []
    pane.model.modelReset.connect(lambda: resets.append(True))
    session.apply(edit_entry(journal, dataclasses.replace(entry, note="swollen after the walk")))
    assert pane.model.index(row, Column.NOTE).data() == "swollen after the walk"
    assert not resets and pane.model.rowCount() == 500  # in place: the rows scrolled to stay loaded
    assert pane.current_entry().id == entry.id
    # A new date moves the entry: the site is read again, in order, and the entry stays selected.
    moved = dataclasses.replace(pane.model.entry_at(row), date=dt.date(2005, 1, 1))
    session.apply(edit_entry(journal, moved))
    assert resets and pane.model.index(0, Column.DATE).data() == "2005-01-01"
    assert pane.current_entry().id == entry.id
