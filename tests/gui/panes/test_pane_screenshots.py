"""Screenshots of the panes on a realistic journal, saved for a person to look at.

Each PNG goes under the test's tmp folder and is copied to /tmp/shots. The assertions are
what a person would check on each screen: the chart's axis and its points, two photos captioned
with their dates, the banner's words matching the warning signs listed, the refused value's message.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pane_helpers import skin_photo
from PySide6.QtWidgets import QApplication
from shots import keep_shot

from journal.core.domain.model import CareEvent, Entry, LabResult, Site
from journal.core.journal import Journal
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.panes.alerts_pane import AlertBanner, AlertsPane
from journal.gui.panes.charts_pane import ChartsPane
from journal.gui.panes.compare_view import OVERLAY, CompareDialog
from journal.gui.panes.records import LabsPane
from journal.gui.session import JournalSession


def _handmade_journal(folder: Path) -> None:
    """A year of one deposit with photos, labs, care and one ulceration (when no demo exists)."""
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        start = dt.date(2025, 6, 2)
        for week in range(0, 52, 2):
            day = start + dt.timedelta(weeks=week)
            shade = 200 - week
            photo = skin_photo(folder.parent, f"w{week}.jpg", (shade, 150, 130))
            journal.add_entry(
                Entry.new(
                    site_id=site.id,
                    date=day,
                    size_mm=3.0 + week * 0.03,
                    count=1 + week // 26,
                    pain=1 + (week == 40) * 4,
                    ulcerated=week == 40,
                ),
                [photo],
            )
            journal.store.add_care(CareEvent.new(date=day, kind="massage", what="forearm massage"))
        for month, value in enumerate((2.4, 2.45, 2.61, 2.5)):
            journal.store.add_lab(
                LabResult.new(
                    date=start + dt.timedelta(days=90 * month),
                    test="calcium",
                    value=value,
                    unit="mmol/L",
                    low=2.15,
                    high=2.55,
                )
            )


@pytest.fixture(scope="module")
def realistic_journal(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("realistic") / "journal"
    try:
        from journal.core.demo.generate import generate_demo
    except ImportError:
        _handmade_journal(folder)
    else:
        with Journal.open(folder) as journal:
            generate_demo(journal, years=1.5, sites=4, seed=1)
    return folder


@pytest.fixture
def demo_session(qtbot, realistic_journal, tmp_path):
    folder = tmp_path / "journal"
    shutil.copytree(realistic_journal, folder)
    journal = Journal.open(folder)
    yield JournalSession(journal)
    journal.close()


def _save(widget, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    QApplication.processEvents()  # what a person sees: after pending layout and paint events
    assert widget.grab().save(str(path))
    keep_shot(path)
    return path


def _site_with_photos(session) -> int:
    """The deposit with the most photos: its chart has sizes, its compare view two photos."""
    deposits = [s for s in session.store.sites() if s.kind == "deposit"]
    return max(deposits, key=lambda s: len(session.store.photos(site_id=s.id))).id


def test_screenshots_of_the_panes(qtbot, demo_session, tmp_path):
    session = demo_session
    site_id = _site_with_photos(session)

    charts = ChartsPane(session)
    qtbot.addWidget(charts)
    charts.resize(1000, 640)
    session.site_selected.emit(site_id)
    charts.show()
    qtbot.waitUntil(lambda: charts.up_to_date, timeout=10_000)
    _save(charts, tmp_path, "pane_charts.png")
    # The size chart, its axis in millimetres, one point per measured entry of the site.
    assert "size (mm)" in [axes.get_ylabel() for axes in charts.canvas.figure.axes]
    measured = [e.date for e in session.store.entries(site_id) if e.size_mm is not None]
    assert charts.plotted("size_mm")[0] == measured and len(measured) > 10

    compare = CompareDialog(session, site_id)
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitUntil(lambda: compare.top_item is not None, timeout=10_000)
    _save(compare, tmp_path, "pane_compare_side_by_side.png")
    # Two photos side by side, the earliest and the latest of the site, each captioned with its date.
    dates = sorted({p.taken_on for p in session.store.photos(site_id=site_id) if p.taken_on})
    assert compare.left.isVisible() and compare.right.isVisible()
    assert dates[0].isoformat() in compare.left_caption.text()
    assert dates[-1].isoformat() in compare.right_caption.text()
    compare.set_mode(OVERLAY)
    compare.opacity.setValue(60)
    _save(compare, tmp_path, "pane_compare_overlay.png")
    assert compare.overlay.isVisible() and not compare.left.isVisible()  # one picture over the other

    holder = AlertsPane(session)
    qtbot.addWidget(holder)
    banner = AlertBanner(session, holder)
    holder.layout().insertWidget(0, banner)
    holder.resize(1000, 560)
    holder.show()
    _save(holder, tmp_path, "pane_alerts.png")
    # The banner's count is the number of warning signs listed under it, each at a site of the
    # journal or, for a lab value, said to be tied to none.
    listed = holder.model.rowCount()
    assert listed > 0, "the realistic journal should show at least one warning sign"
    assert banner.isVisible()
    assert banner.label.text().startswith(f"{listed} warning sign{'s' if listed != 1 else ''} ")
    names = {site.name for site in session.store.sites()} | {"not tied to a site"}
    assert {holder.model.index(row, AlertColumn.SITE).data() for row in range(listed)} <= names

    labs = LabsPane(session)
    qtbot.addWidget(labs)
    labs.resize(1000, 560)
    labs.show()
    labs_before = session.store.labs()
    labs.form.editors["test"].set_value("calcium")
    labs.form.editors["value"].set_value("two point five")
    labs.save()
    _save(labs, tmp_path, "pane_labs.png")
    # The refused value is named in words beside it, and nothing was saved.
    errors = labs.form.visible_errors()
    assert list(errors) == ["value"] and errors["value"]
    assert session.store.labs() == labs_before
