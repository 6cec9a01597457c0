"""The entry editor's Width and "measured with" fields, and sizes shown with their ± in the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal.core.domain.model import Entry, Site
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference
from journal.core.operations import entries as entry_ops
from journal.core.operations import measurements as measure_ops
from journal.gui.dialogs.entry_form import EntryForm
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.timeline_model import Column, TimelineModel


def test_the_form_takes_width_and_method_and_loads_them_back(qtbot):
    form = EntryForm()
    qtbot.addWidget(form.values_box)
    assert form.values()["width_mm"] is None and form.values()["size_method"] is None
    form.size.set_measured(6.0)
    form.width.set_measured(4.5)
    form.method.set_value("calliper")
    values = form.values()
    assert (values["size_mm"], values["width_mm"], values["size_method"]) == (6.0, 4.5, "calliper")
    entry = Entry.new(site_id=1, date="2026-03-01", **values)
    again = EntryForm()
    qtbot.addWidget(again.values_box)
    again.load(entry)
    assert again.values() == values
    assert [again.method.itemText(i) for i in range(again.method.count())][1:] == [
        "photo measurement",
        "ruler",
        "calliper",
        "estimate",
    ]


def test_the_timeline_shows_each_size_with_its_uncertainty(qtbot, session, samples):
    store = session.store
    site = store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    store.add_entry(Entry.new(site_id=site.id, date="2026-03-01", size_mm=5.0))
    store.add_entry(Entry.new(site_id=site.id, date="2026-03-08", size_mm=5.0, size_method="ruler"))
    (_, photos) = entry_ops.add_entry(
        session.journal,
        Entry.new(site_id=site.id, date="2026-03-15"),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    ).value
    ruler = Reference.new(kind="ruler", length_mm=10, segment=(0, 0, 200, 0))  # 0.05 mm a pixel
    measure_ops.measure_photo(
        session.journal, photos[0].id, ruler, Segment.of(10, 100, 130, 100), Segment.of(50, 60, 50, 140)
    )
    model = TimelineModel(session, ThumbnailCache())
    model.set_site(site.id)
    shown = [model.index(row, Column.SIZE).data(Qt.ItemDataRole.DisplayRole) for row in range(3)]
    # newest first: 6.0 mm by photo (±0.16: 0.05 * 2.83 * sqrt(1 + 0.36)), 5 by ruler (±1.5), 5 typed
    assert shown == ["6 ± 0.2 mm × 4 mm", "5 ± 1.5 mm", "5 mm"]
