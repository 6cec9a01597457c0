"""A photo is captioned with the day it was taken, not its entry's: in the compare view and in
the summary's photo strips (a 2026-04-02 photo on an entry of today used to read as today)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shots import save_widget
from test_report_pdf import pdftotext, words

from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.gui.panes.compare_view import CompareDialog
from journal.gui.session import JournalSession
from journal.report import SummaryOptions, write_pdf

TODAY = dt.date.today()


@pytest.fixture
def forearm(journal: Journal, samples: Path) -> Site:
    """An entry of 2026-03-01 with the photo taken that day, and one of today with a photo of 2026-04-02;
    the size doubled (beyond the noise of two ruler readings), so the summary gives the site its photo strip."""
    site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    photos = samples / "photos"
    journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01", size_mm=3.0), [photos / "forearm_2026-03-01.jpg"]
    )
    journal.add_entry(
        Entry.new(site_id=site.id, date=TODAY, size_mm=6.0), [photos / "forearm_2026-04-02_rotated.jpg"]
    )
    return site


def test_compare_captions_carry_the_day_each_photo_was_taken(qtbot, journal: Journal, forearm: Site) -> None:
    dialog = CompareDialog(JournalSession(journal), forearm.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.right_caption.text() != "", timeout=5000)
    save_widget(dialog, "compare-photo-dates.png")
    assert dialog.left_caption.text() == "2026-03-01"
    assert dialog.right_caption.text() == f"2026-04-02 (entry of {TODAY.isoformat()})"
    assert [dialog.first_choice.itemText(i) for i in range(dialog.first_choice.count())] == [
        "2026-03-01",
        f"2026-04-02 (entry of {TODAY.isoformat()})",
    ]


def test_the_summary_strip_captions_carry_the_day_each_photo_was_taken(
    qapp, journal: Journal, forearm: Site, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    write_pdf(journal, out, SummaryOptions(since=dt.date(2026, 1, 1), until=TODAY, page_size="A4"))
    text = words(pdftotext(out))
    # The entries' table says 2026-03-01 and today; only a caption can say 2026-04-02.
    assert "2026-04-02 (latest) entry of " + TODAY.isoformat() in text
    assert "2026-03-01 (first)" in text


def test_a_compare_view_closed_while_its_photos_load_draws_nothing_later(
    qtbot, journal: Journal, forearm: Site
) -> None:
    """Closing the dialog (and then the journal, as a restore or the idle lock does) before the
    photos arrive: their late answer is dropped, never read against the closed journal."""
    dialog = CompareDialog(JournalSession(journal), forearm.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    journal.close()
    qtbot.wait(1500)  # the loader's answers arrive meanwhile; an error in one fails the test
    assert dialog.images == {} or len(dialog.images) < 2
