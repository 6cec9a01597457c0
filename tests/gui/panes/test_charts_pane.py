"""The charts pane: a site's values over time, the period shown, the value under the pointer,
saving as PNG, the labs view, and matplotlib loaded only when the charts are first shown."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

from pane_helpers import add_entry, add_site
from PIL import Image

from journal.core.charts.colours import ALERT_COLOUR
from journal.core.domain.model import CareEvent, LabResult
from journal.core.operations import Changes
from journal.gui.panes.charts_pane import LABS_VIEW, ChartsPane

SIZES = {"2026-01-05": 3.1, "2026-02-02": 3.4, "2026-03-02": 3.2, "2026-04-06": 3.9}


def _site_with_entries(session):
    site = add_site(session)
    for day, size in SIZES.items():
        add_entry(session, site, day, size_mm=size, count=2, pain=1)
    return site


def _shown_pane(qtbot, session):
    pane = ChartsPane(session)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.up_to_date, timeout=10_000)
    return pane


def _xlim_dates(pane):
    from matplotlib.dates import num2date

    low, high = pane.figure.axes[0].get_xlim()
    return num2date(low).date(), num2date(high).date()


def test_the_chart_plots_the_sites_entries(qtbot, session):
    site = _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    dates, sizes = pane.plotted("size_mm")
    assert dates == [dt.date.fromisoformat(d) for d in SIZES]
    assert sizes == list(SIZES.values())
    assert pane.plotted("count")[1] == [2.0] * 4

    add_entry(session, site, "2026-05-04", size_mm=4.4)  # a new entry elsewhere in the window
    qtbot.waitUntil(lambda: len(pane.plotted("size_mm")[0]) == 5, timeout=3000)
    assert pane.plotted("size_mm")[1][-1] == 4.4


def _covers_with_a_day_of_room(limits: tuple[dt.date, dt.date], since: dt.date, until: dt.date) -> bool:
    """The axis shows the chosen range, with at most a day's room at each end so that a point on
    the first or last day is never cut in half."""
    low, high = limits
    return since - dt.timedelta(days=1) <= low <= since and until <= high <= until + dt.timedelta(days=1)


def test_the_date_range_sets_the_time_axis(qtbot, session):
    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    pane.range.set_range(dt.date(2026, 2, 1), dt.date(2026, 3, 15))
    assert _covers_with_a_day_of_room(_xlim_dates(pane), dt.date(2026, 2, 1), dt.date(2026, 3, 15))
    assert pane.plotted("size_mm")[0] == [dt.date(2026, 2, 2), dt.date(2026, 3, 2)]
    assert pane.range.preset.currentText() == "Custom"

    pane.range.preset.setCurrentText("Last 3 months")
    today = dt.date.today()
    assert _covers_with_a_day_of_room(_xlim_dates(pane), today - dt.timedelta(days=91), today)
    pane.range.preset.setCurrentText("All")
    assert pane.range.current() == (None, None)
    assert len(pane.plotted("size_mm")[0]) == 4


def test_the_value_under_the_pointer_is_read_out(qtbot, session):
    from matplotlib.backend_bases import MouseEvent

    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    pane.canvas.draw()
    line = next(line for line in pane.figure.axes[0].get_lines() if line.get_gid() == "size_mm")
    x, y = line.axes.transData.transform(line.get_xydata()[3])
    MouseEvent("motion_notify_event", pane.canvas, x + 3, y - 2)._process()
    assert pane.readout.text() == "2026-04-06  largest size (mm): 3.9"
    MouseEvent("motion_notify_event", pane.canvas, 5, 5)._process()
    assert pane.readout.text().startswith("Point at the chart")


def test_care_and_alert_dates_are_marked(qtbot, session):
    site = add_site(session)
    add_entry(session, site, "2026-01-05", size_mm=3.0)
    add_entry(session, site, "2026-02-02", size_mm=3.1, ulcerated=True)
    session.store.add_care(CareEvent.new(date="2026-01-20", kind="massage", what="forearm massage"))
    session.notify(Changes.of(care=[]))
    pane = _shown_pane(qtbot, session)
    alert_lines = [
        line
        for axes in pane.figure.axes
        for line in axes.get_lines()
        if line.get_color() == ALERT_COLOUR
        and line.get_linestyle() == "--"
        and line.get_gid() is None
        and len(line.get_xdata()) == 2
    ]
    assert alert_lines and all(line.get_xdata()[0] == dt.date(2026, 2, 2) for line in alert_lines)
    assert pane.plotted("care_massage")[0] == [dt.date(2026, 1, 20)]


def test_save_png_writes_a_real_picture(qtbot, session, tmp_path):
    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    target = pane.save_png(tmp_path / "forearm.png")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(target) as image:
        assert image.size == (1200, 750)  # 8 x 5 inches at 150 dpi, whatever the window size
        assert len(image.convert("RGB").getcolors(1_000_000)) > 20  # something was drawn
    assert "Saved the chart" in pane.readout.text()


def test_save_png_to_a_missing_folder_says_so(qtbot, session, tmp_path):
    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    assert pane.save_png(tmp_path / "no such folder" / "chart.png") is None
    assert "not saved" in pane.readout.text()
    assert not (tmp_path / "no such folder").exists()


def test_labs_view_shows_values_and_the_reference_band(qtbot, session):
    for day, value in (("2026-01-05", 2.4), ("2026-03-05", 2.7), ("2026-06-01", 2.5)):
        session.store.add_lab(
            LabResult.new(date=day, test="calcium", value=value, unit="mmol/L", low=2.15, high=2.55)
        )
    session.store.add_lab(LabResult.new(date="2026-02-01", test="vitamin_d", value=40, unit="nmol/L"))
    session.notify(Changes.of(labs=[]))
    pane = _shown_pane(qtbot, session)
    pane.set_view(LABS_VIEW)
    assert [pane.test_choice.itemText(i) for i in range(pane.test_choice.count())] == ["Calcium", "Vitamin D"]
    assert pane.plotted("value")[1] == [2.4, 2.7, 2.5]
    assert pane.plotted("out_of_range") == ([dt.date(2026, 3, 5)], [2.7])
    band = pane.figure.axes[0].collections[0]
    low, high = band.get_paths()[0].get_extents().y0, band.get_paths()[0].get_extents().y1
    assert (round(low, 2), round(high, 2)) == (2.15, 2.55)
    pane.test_choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: pane.plotted("value")[1] == [40.0], timeout=3000)


def test_a_journal_without_sites_says_what_to_do(qtbot, session):
    pane = _shown_pane(qtbot, session)
    assert pane.figure is None
    assert "Add a site" in pane.placeholder.text()
    assert not pane.save_button.isEnabled()


def test_creating_the_pane_does_not_import_matplotlib(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from journal.core.journal import Journal
        from journal.core.domain.model import Entry, Site
        from journal.gui.session import JournalSession
        from journal.gui.panes.charts_pane import ChartsPane
        app = QApplication([])
        journal = Journal.open({str(tmp_path / "journal")!r})
        site = journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
        journal.store.add_entry(Entry.new(site_id=site.id, date="2026-01-02", tightness=4))
        pane = ChartsPane(JournalSession(journal))
        assert not [m for m in sys.modules if m.startswith("matplotlib")], "imported before shown"
        pane.show()
        assert "Drawing" in pane.placeholder.text()  # the pane shows at once, then draws
        while not pane.up_to_date:
            app.processEvents()
        assert "matplotlib.backends.backend_qtagg" in sys.modules
        assert pane.figure is not None
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def test_on_a_dark_desktop_the_chart_is_drawn_on_dark_colours(qtbot, session, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    _site_with_entries(session)
    pane = ChartsPane(session)
    qtbot.addWidget(pane)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
    ):
        dark.setColor(role, QColor(colour))
    pane.setPalette(dark)
    pane.show()
    qtbot.waitUntil(lambda: pane.up_to_date, timeout=10_000)
    from matplotlib.colors import to_hex

    assert to_hex(pane.figure.get_facecolor()) == "#2b2b2b"
    assert pane.figure.axes[0].yaxis.label.get_color() == "#e0e0e0"
    # A saved chart is for printing and sharing: always the light version.
    with Image.open(pane.save_png(tmp_path / "light.png")) as image:
        assert image.convert("RGB").getpixel((3, 3)) == (255, 255, 255)


def test_arrow_keys_read_the_values_without_a_mouse(qtbot, session):
    from PySide6.QtCore import Qt

    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    assert pane.canvas.focusPolicy() != Qt.FocusPolicy.NoFocus
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Right)
    first = pane.readout.text()
    assert first.startswith("2026-01-05  ")
    qtbot.keyClick(pane.canvas, Qt.Key.Key_End)
    assert pane.readout.text().startswith("2026-04-06  ")
    qtbot.keyClick(pane.canvas, Qt.Key.Key_Home)
    assert pane.readout.text() == first


def test_hovering_the_care_strip_names_the_care(qtbot, session):
    from matplotlib.backend_bases import MouseEvent

    site = add_site(session)
    add_entry(session, site, "2026-01-05", size_mm=3.0)
    add_entry(session, site, "2026-03-05", size_mm=3.2)
    session.store.add_care(CareEvent.new(date="2026-02-01", kind="massage", what="forearm massage"))
    pane = _shown_pane(qtbot, session)
    pane.canvas.draw()
    line = next(
        line for axes in pane.figure.axes for line in axes.get_lines() if line.get_gid() == "care_massage"
    )
    x, y = line.axes.transData.transform(line.get_xydata()[0])
    MouseEvent("motion_notify_event", pane.canvas, x, y)._process()
    assert pane.readout.text() == "2026-02-01  care: Massage"


def test_a_sentence_under_the_chart_says_what_it_shows(qtbot, session):
    site = _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    sentence = (
        f"{site.name}: largest size from 3.1 mm on 2026-01-05 to 3.9 mm on 2026-04-06; count 2 at the start and the end; "
        "pain 1 at the start and the end."
    )
    assert pane.summary.text() == sentence
    assert pane.summary.isVisible()
    assert pane.canvas.accessibleDescription().startswith(sentence)  # what a screen reader says
    pane.range.set_range(dt.date(2026, 2, 1), dt.date(2026, 3, 15))
    assert "from 3.4 mm on 2026-02-02 to 3.2 mm on 2026-03-02" in pane.summary.text()


def test_show_as_table_shows_the_charted_values(qtbot, session):
    _site_with_entries(session)
    pane = _shown_pane(qtbot, session)
    assert not pane.table.isVisible()
    pane.table_toggle.setChecked(True)
    assert pane.table.isVisible() and not pane.canvas.isVisible()
    headers = [pane.table.horizontalHeaderItem(c).text() for c in range(pane.table.columnCount())]
    assert headers == ["Date", "Largest size (mm)", "Count", "Pain (0-10)"]
    rows = [
        tuple(pane.table.item(r, c).text() for c in range(pane.table.columnCount()))
        for r in range(pane.table.rowCount())
    ]
    assert rows == [(day, f"{size:g}", "2", "1") for day, size in SIZES.items()]
    assert not pane.table.tabKeyNavigation()  # Tab leaves the table
    pane.table_toggle.setChecked(False)
    assert pane.canvas.isVisible() and not pane.table.isVisible()


def test_show_as_table_follows_the_labs_view(qtbot, session):
    for day, value in (("2026-01-03", 9.1), ("2026-03-03", 11.0)):
        session.store.add_lab(
            LabResult.new(date=day, test="calcium", value=value, unit="mg/dL", low=8.5, high=10.5)
        )
    session.notify(Changes.of(labs=[]))
    pane = _shown_pane(qtbot, session)
    pane.set_view(LABS_VIEW)
    assert "2 results, from 9.1 on 2026-01-03 to 11 on 2026-03-03; 1 outside the lab's range" in (
        pane.summary.text()
    )
    pane.table_toggle.setChecked(True)
    assert pane.table.rowCount() == 2 and pane.table.item(1, 3).text() == "yes"
