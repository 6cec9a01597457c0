"""The summary for the doctor as a real PDF, read back with poppler's tools, and its dialog.

The demo journal's summary is written once for the module; tests read it back the way a
person (or their doctor) would: the words on each page, the pictures in it, its pages as
images. PNGs of the pages are kept in /tmp/shots to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog
from shots import keep_shot, save_widget, shots_dir

from journal.core.alerts import RULE_TITLES, acknowledge, current_alerts
from journal.core.domain.model import Entry, LabResult, Site, Visit
from journal.core.errors import JournalError
from journal.core.journal import Journal
from journal.core.summary.content import PROFILE_KEY, QUESTIONS_KEY, gather_summary
from journal.report import SummaryOptions, page_size_for_locale, render_document, write_pdf

FOOTER = "Recorded by the patient; not a diagnosis"
TODAY = dt.date.today()
ROOT = Path(__file__).resolve().parents[2]


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_images(pdf: Path) -> list[dict[str, int]]:
    """Every picture in the PDF: page, pixel size and resolution on the page (pdfimages -list)."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        rows.append(
            {
                "page": int(cols[0]),
                "width": int(cols[3]),
                "height": int(cols[4]),
                "ppi": min(int(cols[12]), int(cols[13])),
            }
        )
    return rows


def words(text: str) -> str:
    return " ".join(text.split())  # table cells wrap: compare with single spaces


# -- the demo journal's summary ----------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path, qapp) -> Path:  # noqa: ARG001
    folder = tmp_path_factory.mktemp("report") / "demo"
    shutil.copytree(demo_template, folder)
    with Journal.open(folder) as journal:
        journal.store.set_setting(
            PROFILE_KEY,
            {
                "name": "Anna Example",
                "conditions": ["Limited scleroderma"],
                "medicines": ["Vitamin K2 100 mcg", "Magnesium 300 mg"],
            },
        )
        first_alert = current_alerts(journal.store)[0]
        acknowledge(journal.store, first_alert.id, "shown to Dr Meyer")
        acknowledge(journal.store, first_alert.id, "and to Dr Roth")  # both notes stay on paper
    return folder


@pytest.fixture(scope="module")
def demo_pdf(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dt.date]:
    out = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    with Journal.open(demo) as journal:
        since = journal.store.entries()[0].date
        # An explicit end keeps the period fixed even if the run crosses midnight.
        pages = write_pdf(
            journal,
            out,
            SummaryOptions(
                since=since,
                until=TODAY,
                questions="Is the forearm growing faster?\nShould I keep the K2?",
                page_size="A4",
            ),
        )
    return out, pages, since


@pytest.mark.slow
def test_demo_summary_says_what_the_doctor_needs(demo: Path, demo_pdf: tuple[Path, int, dt.date]) -> None:
    pdf, pages, since = demo_pdf
    text = words(pdftotext(pdf))
    assert f"Period: {since.isoformat()} to {TODAY.isoformat()}" in text
    assert "Skin journal summary for Anna Example" in text
    assert "Limited scleroderma" in text and "Magnesium 300 mg" in text
    assert "Is the forearm growing faster? Should I keep the K2?" in text
    with Journal.open(demo) as journal:
        sites = [s.name for s in journal.store.sites()]
        alerts = current_alerts(journal.store, include_acknowledged=True, since=since)
    assert len(sites) == 4 and len(alerts) >= 3
    for name in sites:
        assert name in text, name  # at least a line in the overview
    with Journal.open(demo) as journal:
        summary = gather_summary(journal, since=since, until=TODAY, today=TODAY)
    for shown in summary.detailed_sites:
        assert text.count(shown.site.name) >= 2, shown.site.name  # and its own half page
    for alert in alerts:
        assert words(RULE_TITLES[alert.rule]) in text
        assert f"{alert.date.isoformat()} {alert.site}" in text or alert.site is None
    # Open and acknowledged told apart in words, not only by colour.
    assert text.count("OPEN") == sum(1 for a in alerts if a.is_open)
    assert "Acknowledged" in text and "shown to Dr Meyer" in text and "and to Dr Roth" in text
    for heading in ("Daily checks", "Lab results", "Care", "Visits and findings", "Sites at a glance"):
        assert heading in text


@pytest.mark.slow
def test_every_page_has_the_footer(demo_pdf: tuple[Path, int, dt.date]) -> None:
    pdf, pages, _ = demo_pdf
    assert pdf_pages(pdf) == pages
    for page in range(1, pages + 1):
        text = words(pdftotext(pdf, page))
        assert FOOTER in text, page
        assert f"page {page} of {pages}" in text
        assert any(f"made {day.isoformat()}" in text for day in (TODAY, dt.date.today())), page


@pytest.mark.slow
def test_charts_are_sharp_and_photos_share_one_size(
    demo_pdf: tuple[Path, int, dt.date], tmp_path: Path
) -> None:
    pdf, pages, _ = demo_pdf
    images = pdf_images(pdf)
    charts = [i for i in images if i["width"] >= 1000]
    tiles = [i for i in images if i["width"] < 1000]
    assert len(charts) >= 1 + 1  # a chart per site with something to see, and lab charts
    assert all(chart["ppi"] >= 200 for chart in charts)
    assert len(tiles) >= 4  # at least four photos per site shown in the demo's long period
    assert len({(t["width"], t["height"]) for t in tiles}) == 1
    assert len({t["ppi"] for t in tiles}) == 1
    # The pages as a person sees them, kept in /tmp/shots to look at.
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    shots = sorted(tmp_path.glob("page-*.png"))
    assert len(shots) == pages
    for old in shots_dir().glob("report-demo-*.png"):
        old.unlink()
    for shot in shots:
        keep_shot(shot, f"report-demo-{shot.name}")


@pytest.mark.slow
def test_page_count_fits_the_content(demo: Path, demo_pdf: tuple[Path, int, dt.date], tmp_path: Path) -> None:
    _, four_site_pages, since = demo_pdf
    with Journal.open(demo) as journal:
        two = [s.name for s in journal.store.sites()][:2]
        two_site_pages = write_pdf(
            journal, tmp_path / "two.pdf", SummaryOptions(since=since, site_names=two, page_size="A4")
        )
    text = pdftotext(tmp_path / "two.pdf")
    assert all(name in text for name in two)
    # Half a page per site with something to see, a line for the rest, the records after.
    assert 2 <= two_site_pages <= four_site_pages <= 8


# -- a small journal, for the quicker checks ---------------------------------------------------
@pytest.fixture
def small(journal: Journal, samples: Path) -> Journal:
    store = journal.store
    forearm = store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    elbow = store.add_site(Site.new(name="Right elbow", kind="deposit", region="elbow", near_joint=True))
    photo = samples / "photos" / "forearm_2026-03-01.jpg"
    start = TODAY - dt.timedelta(days=120)
    for week in range(0, 17, 2):
        day = start + dt.timedelta(days=7 * week)
        journal.add_entry(Entry.new(site_id=forearm.id, date=day, size_mm=3 + week / 10, pain=1), [photo])
        journal.add_entry(Entry.new(site_id=elbow.id, date=day, size_mm=5, count=2))
    store.add_lab(LabResult.new(date=start, test="calcium", value=2.4, unit="mmol/L", low=2.2, high=2.6))
    store.add_visit(Visit.new(date=start - dt.timedelta(days=1), clinician="Dr Meyer"))
    return journal


def test_default_period_and_paper_sizes(small: Journal, tmp_path: Path) -> None:
    assert page_size_for_locale(QLocale("en_US")).id() == page_size_for_locale(QLocale("es_MX")).id()
    assert page_size_for_locale(QLocale("en_US")).name().startswith("Letter")
    assert page_size_for_locale(QLocale("de_DE")).name() == "A4"
    assert page_size_for_locale(QLocale("en_GB")).name() == "A4"
    write_pdf(small, tmp_path / "letter.pdf", SummaryOptions(page_size="Letter"))
    write_pdf(small, tmp_path / "a4.pdf", SummaryOptions(page_size="A4"))
    info = {
        name: subprocess.run(
            ["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True
        ).stdout
        for name in ("letter", "a4")
    }
    assert "612 x 792 pts (letter)" in info["letter"] and "(A4)" in info["a4"]
    visit_day = (TODAY - dt.timedelta(days=121)).isoformat()
    assert f"since the last visit ({visit_day})" in words(pdftotext(tmp_path / "letter.pdf"))


def test_a_missing_photo_file_is_named_and_the_rest_still_printed(
    small: Journal,
    samples: Path,
    tmp_path: Path,
    qapp,  # noqa: ARG001  # a QApplication, not the bare QGuiApplication write_pdf would start
) -> None:
    forearm = small.store.site_by_name("Left forearm")
    assert forearm is not None
    # Grown beyond a ruler's noise: the forearm gets its half page, with its photos.
    small.add_entry(
        Entry.new(site_id=forearm.id, date=TODAY, size_mm=8.0, pain=1),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    )
    [photo] = {p.sha256: p for p in small.store.photos()}.values()  # the same picture on every entry
    small.photo_path(photo).unlink()
    pages = write_pdf(small, tmp_path / "summary.pdf")
    text = words(pdftotext(tmp_path / "summary.pdf"))
    assert pages >= 1 and "photo file missing" in text and "Right elbow" in text


def test_an_unwritable_target_is_refused_and_leaves_nothing(small: Journal, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(JournalError, match="is a file, not a folder"):
        write_pdf(small, blocker / "summary.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "not-a-folder"]


# -- the dialog ------------------------------------------------------------------------------
def _open_preview_and_close(qtbot, dialog) -> dict[str, object]:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def look() -> None:
        previews = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog) and w.isVisible()
        ]
        if not previews:
            QTimer.singleShot(50, look)
            return
        preview = previews[0]
        widget = preview.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount()
        preview.resize(900, 1000)
        save_widget(preview, "report-preview.png")
        preview.reject()

    QTimer.singleShot(50, look)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "pages" in seen, timeout=60_000)
    return seen


def test_print_preview_opens_and_shows_the_same_pages_as_the_pdf(
    qtbot, small: Journal, tmp_path: Path
) -> None:
    from journal.gui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(small)
    qtbot.addWidget(dialog)
    dialog.paper_box.setCurrentText("A4")
    dialog.show()
    save_widget(dialog, "report-dialog.png")
    seen = _open_preview_and_close(qtbot, dialog)
    pdf_pages_written = write_pdf(small, tmp_path / "same.pdf", SummaryOptions(page_size="A4"))
    assert seen["pages"] == pdf_pages_written >= 1

    # Print goes through the same painting: a printer set up by the dialog, printing to a file.
    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    summary = gather_summary(small, since=dialog.choices().since, until=dialog.choices().until)
    printed = render_document(summary).paint(printer)
    assert printed == pdf_pages_written
    assert f"page {printed} of {printed}" in pdftotext(tmp_path / "printed.pdf", printed)


def test_save_as_pdf_uses_the_choices_and_remembers_the_questions(
    qtbot, small: Journal, tmp_path: Path, monkeypatch
) -> None:
    from journal.gui.dialogs.report_dialog import ReportDialog

    target = tmp_path / "out" / "for the visit"  # no suffix: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog = ReportDialog(small)
    qtbot.addWidget(dialog)
    dialog.since_edit.setDate(
        QDate.fromString((TODAY - dt.timedelta(days=60)).isoformat(), Qt.DateFormat.ISODate)
    )
    dialog.sites_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Right elbow
    dialog.questions_edit.setPlainText("Does the forearm need an X-ray?")
    dialog.save_button.click()
    saved = target.with_name("for the visit.pdf")
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=60_000)
    text = words(pdftotext(saved))
    assert "Left forearm" in text and "Right elbow" not in text
    assert "Does the forearm need an X-ray?" in text
    assert f"Period: {(TODAY - dt.timedelta(days=60)).isoformat()}" in text
    assert small.store.setting(QUESTIONS_KEY) == "Does the forearm need an X-ray?"
    dialog.sites_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.save_button.click()
    assert "Choose at least one site" in dialog.status.text()


# -- the command line ----------------------------------------------------------------------------
def test_cli_report_needs_no_display(small: Journal, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "journal", "--journal", str(small.folder), "report", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    out = tmp_path / "cli.pdf"
    since = (TODAY - dt.timedelta(days=30)).isoformat()
    done = run(
        "--out",
        str(out),
        "--from",
        since,
        "--to",
        TODAY.isoformat(),
        "--site",
        "left forearm",
        "--questions",
        "Any news?",
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote the summary" in done.stdout and str(out) in done.stdout
    text = words(pdftotext(out))
    assert f"Period: {since} to {TODAY.isoformat()}" in text and "Any news?" in text
    assert "Left forearm" in text and "Right elbow" not in text

    for bad, message in (
        (("--from", "2026-02-30"), "not a real date"),
        (("--site", "Knee"), "no site named"),
        (("--from", "2030-01-01", "--to", "2029-01-01"), "after the end"),
    ):
        refused = run("--out", str(tmp_path / "refused.pdf"), *bad)
        assert refused.returncode == 2 and message in refused.stderr
    assert not (tmp_path / "refused.pdf").exists()
