"""The summary for the doctor in German: written with German installed, read back with pdftotext.

The compiled translation is built from the repository's .ts files into a temporary folder and
installed as the window installs it (Qt's translator, the locale's numbers and dates), so the
test shows what a German window's "Save as PDF" writes. A page of it is kept in /tmp/shots.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from german_support import window_german

from journal.core.journal import Journal
from journal.report import SummaryOptions, write_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with window_german(qapp, tmp_path / "i18n", monkeypatch):
        yield


def pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_the_summary_is_written_in_german(german: None, demo_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    out = tmp_path / "zusammenfassung.pdf"
    until = dt.date.today()
    with Journal.open(folder) as journal:
        since = journal.store.entries()[0].date
        write_pdf(journal, out, SummaryOptions(since=since, until=until, page_size="A4"))
    text = pdftotext(out)
    # Headings, the footer and the page references, in German.
    for heading in (
        "Zusammenfassung des Hauttagebuchs",
        "Körperstellen im Überblick",
        "Was folgt",
        "Tageschecks",
    ):
        assert heading in text
    assert "Selbst erfasst; keine Diagnose" in text
    assert "Seite 1 von" in text
    assert "Tageschecks, Laborwerte und Diagramme, Pflege und Maßnahmen, Arztbesuche: ab Seite " in text
    # Dates the German way (day.month.year), numbers with a decimal comma.
    assert f"Zeitraum: {since:%d.%m.%Y} bis {until:%d.%m.%Y}" in text
    assert "Sites at a glance" not in text and "What follows" not in text
    # The evidence behind an alert names what was logged in German too.
    assert ": aufgebrochen = ja" in text and "ulcerated = yes" not in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")], check=True
    )
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    shutil.copy(next(tmp_path.glob("page*.png")), shots / "german-summary-page1.png")
