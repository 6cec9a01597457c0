"""Page 1 of the printed summary says everything that needs action, read back with pdftotext
from journals built for each case; and what follows is short. Pages are kept as PNGs in
/tmp/shots13 to look at."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from journal.core.alerts import acknowledge, current_alerts
from journal.core.domain.model import Entry, LabResult, Site
from journal.core.journal import Journal
from journal.core.measure.model import Measurement, Reference
from journal.core.summary.content import gather_summary
from journal.report import SummaryOptions, write_pdf

TODAY = dt.date.today()
SHOTS = Path("/tmp/shots13")


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert found is not None
    return int(found.group(1))


def keep_pages(pdf: Path, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for old in SHOTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(SHOTS / name)], check=True)


def site(journal: Journal, name: str, **raw: object) -> Site:
    return journal.store.add_site(Site.new(name=name, **{"kind": "deposit", "region": "forearm", **raw}))


def log(
    journal: Journal, where: Site, day: dt.date, photos: list[Path] | None = None, **raw: object
) -> Entry:
    entry, _ = journal.add_entry(Entry.new(site_id=where.id, date=day, **raw), photos or [])
    return entry


def summary_pdf(journal: Journal, out: Path, since: dt.date, **options: object) -> tuple[Path, int]:
    pages = write_pdf(
        journal,
        out,
        SummaryOptions(since=since, until=TODAY, page_size="A4", **options),  # type: ignore[arg-type]
    )
    assert pdf_pages(out) == pages
    return out, pages


@pytest.fixture
def needs_action(journal: Journal, samples: Path, qapp) -> Journal:  # noqa: ARG001
    """Four sites: an alert open since long before the period, an alert acknowledged in it, a
    size change beyond noise (calliper), the same change within noise (ruler); and a lab out of
    its range."""
    photo = samples / "photos" / "forearm_2026-03-01.jpg"
    old = site(journal, "Old elbow", region="elbow")
    log(journal, old, ago(200), discharge=True)  # raised long before the period, never acknowledged
    log(journal, old, ago(20), size_mm=4.0, size_method="ruler")
    log(journal, old, ago(5), size_mm=4.0, size_method="ruler")
    knee = site(journal, "Left knee", region="knee")
    log(journal, knee, ago(40), size_mm=3.0, size_method="ruler", photos=[photo])
    log(journal, knee, ago(12), size_mm=3.0, size_method="ruler", pain=4, inflamed=True, photos=[photo])
    log(journal, knee, ago(2), size_mm=3.0, size_method="ruler", pain=4, photos=[photo])
    [knee_alert] = [a for a in current_alerts(journal.store) if a.site == "Left knee"]
    acknowledge(journal.store, knee_alert.id, "shown to Dr Meyer")
    grows = site(journal, "Right forearm")
    steady = site(journal, "Left forearm")
    for where, method in ((grows, "calliper"), (steady, "ruler")):
        log(journal, where, ago(28), size_mm=4.0, size_method=method, photos=[photo])
        log(journal, where, ago(3), size_mm=4.9, size_method=method, photos=[photo])
    journal.store.add_lab(
        LabResult.new(date=ago(10), test="calcium", value=2.9, unit="mmol/L", low=2.2, high=2.6)
    )
    journal.store.add_lab(
        LabResult.new(date=ago(9), test="phosphate", value=1.1, unit="mmol/L", low=0.8, high=1.5)
    )
    return journal


def test_page_one_lists_every_open_alert_whatever_its_date_and_what_needs_action(
    needs_action: Journal, tmp_path: Path
) -> None:
    pdf, pages = summary_pdf(
        needs_action, tmp_path / "summary.pdf", ago(30), questions="Is the knee getting worse?"
    )
    keep_pages(pdf, "needs-action")
    page1 = pdftotext(pdf, 1)
    # The alert raised 200 days ago, before the 30-day period, is still open: it leads.
    # (the lab outside its range raised the other open alert)
    assert "Warning signs: 2 open at the end of the period, 1 more raised or acknowledged in it" in page1
    assert f"OPEN raised before this period {ago(200).isoformat()} Old elbow" in page1
    assert "Chalk-like discharge" in page1 and f"{ago(200).isoformat()}: discharge = yes" in page1
    assert "Acknowledged" in page1 and "shown to Dr Meyer" in page1
    assert page1.index("Old elbow") < page1.index("Left knee")  # open first, then acknowledged
    # The person's question and the lab outside its own range, with the range.
    assert "Is the knee getting worse?" in page1
    assert "Labs outside the lab's range" in page1
    assert "2.9 mmol/L 2.2 – 2.6 mmol/L" in page1 and "phosphate" not in page1.split("Labs outside")[1]


def test_sites_at_a_glance_ordered_by_what_needs_attention(needs_action: Journal, tmp_path: Path) -> None:
    pdf, _ = summary_pdf(needs_action, tmp_path / "summary.pdf", ago(30))
    page1 = pdftotext(pdf, 1)
    glance = page1.split("Sites at a glance")[1]
    order = [glance.index(name) for name in ("Old elbow", "Right forearm", "Left knee", "Left forearm")]
    # An open alert, then a change beyond noise, then an alert of the period (acknowledged), then the rest.
    assert order == sorted(order)
    # The same 0.9 mm: beyond the calliper's noise, within the ruler's.
    right = glance[glance.index("Right forearm") : glance.index("Left forearm")]
    left = glance[glance.index("Left forearm") :]
    assert "Beyond noise: size +0.9 (noise ±0.7 mm)" in right
    assert "within noise" in left.split("Beyond noise:")[0]


def test_only_sites_with_something_to_see_get_their_half_page(needs_action: Journal, tmp_path: Path) -> None:
    pdf, pages = summary_pdf(needs_action, tmp_path / "summary.pdf", ago(30))
    text = pdftotext(pdf)
    after = text.split("Sites with something to see", 1)[1]  # the heading after page 1
    for name in ("Old elbow", "Left knee", "Right forearm"):
        assert name in after, name
    assert "Left forearm" not in after.split("Daily checks")[0]  # a line on page 1, no section
    assert "with nothing beyond noise and no alert: their line in the table above is all there is" in text
    # "What follows" names the page each part starts on, and it is that page.
    found = re.search(r"half a page each, from page (\d+)", text)
    assert found is not None
    assert "Sites with something to see" in pdftotext(pdf, int(found.group(1))).split("What follows")[-1]
    records = re.search(r"care and visits: from page (\d+)", text)
    assert records is not None and "Daily checks" in pdftotext(pdf, int(records.group(1)))
    assert pages <= 3


def test_a_rate_only_from_three_measurements_over_four_weeks(
    journal: Journal,
    tmp_path: Path,
    qapp,  # noqa: ARG001
) -> None:
    three = site(journal, "Three sizes")
    two = site(journal, "Two sizes")
    short = site(journal, "Three in three weeks")
    for days, size in ((35, 4.0), (21, 5.0), (7, 6.0)):
        log(journal, three, ago(days), size_mm=size, size_method="calliper")
    for days, size in ((35, 4.0), (7, 6.0)):
        log(journal, two, ago(days), size_mm=size, size_method="calliper")
    for days, size in ((22, 4.0), (15, 5.0), (1, 6.0)):
        log(journal, short, ago(days), size_mm=size, size_method="calliper")
    pdf, _ = summary_pdf(journal, tmp_path / "summary.pdf", ago(40))
    text = pdftotext(pdf)
    # 2 mm over 28 days on a straight line: 2.17 mm per month, an average month being 30.44 days.
    assert "+2.17" in text
    sections = {name: text.split(name)[-1] for name in ("Three sizes", "Two sizes", "Three in three weeks")}
    rate = re.compile(r"[+-]\d+\.\d\d\b")
    assert rate.search(sections["Two sizes"].split("Per month: the slope")[0]) is None
    assert rate.search(sections["Three in three weeks"].split("Per month: the slope")[0]) is None
    assert "otherwise first and latest only" in text


def test_the_strip_shows_every_alert_date_with_its_size_and_pain(
    journal: Journal,
    samples: Path,
    tmp_path: Path,
    qapp,  # noqa: ARG001
) -> None:
    photo = samples / "photos" / "elbow_no_exif.png"  # no camera date: dated by its entry
    finger = site(journal, "Right index finger", region="finger")
    alert_days = (ago(62), ago(41))  # two of the weekly entries
    for days in range(90, 0, -7):
        day = ago(days)
        log(
            journal,
            finger,
            day,
            photos=[photo],
            size_mm=5.0,
            size_method="ruler",
            pain=2,
            discharge=day in alert_days,
        )
    summary = gather_summary(journal, since=ago(95), until=TODAY, today=TODAY)
    assert set(alert_days) <= set(summary.sites[0].alert_dates)
    pdf, _ = summary_pdf(journal, tmp_path / "summary.pdf", ago(95))
    keep_pages(pdf, "strip")
    text = pdftotext(pdf)
    strip = text.split("Photos (")[1]
    for day in summary.sites[0].alert_dates:
        assert f"{day.isoformat()} (alert)" in strip
    assert f"{ago(90).isoformat()} (first)" in strip and f"{ago(6).isoformat()} (latest)" in strip
    assert "size 5 ±1.5 mm, pain 2" in strip


def test_a_strip_photo_shows_its_photo_measurement(
    journal: Journal,
    samples: Path,
    tmp_path: Path,
    qapp,  # noqa: ARG001
) -> None:
    photo = samples / "photos" / "forearm_2026-03-01.jpg"
    arm = site(journal, "Left forearm")
    # The size as the measurement below gives it: 100 px at 20 mm per 400 px.
    first = log(journal, arm, ago(30), photos=[photo], size_mm=5.0, size_method="photo", inflamed=True)
    [stored] = journal.store.photos(entry_id=first.id)
    reference = Reference.new(kind="ruler", segment=[20, 20, 420, 20], length_mm=20)
    measured = journal.store.add_measurement(Measurement.new(stored.id, reference, [100, 200, 200, 200]))
    log(journal, arm, ago(2), photos=[photo], size_mm=4.0, size_method="ruler")
    pdf, _ = summary_pdf(journal, tmp_path / "summary.pdf", ago(40))
    keep_pages(pdf, "measured")
    text = pdftotext(pdf)
    plus = f"±{measured.length_uncertainty_mm:.1f}"
    assert f"size 5 {plus} mm" in text
    assert "the length (yellow) and width (blue) measured on the photo" in text


def test_twenty_sites_with_nothing_new_fit_on_two_pages(journal: Journal, tmp_path: Path, qapp) -> None:  # noqa: ARG001
    for n in range(20):
        where = site(journal, f"Site {n + 1:02d}")
        log(journal, where, ago(10), size_mm=4.0, size_method="ruler", pain=2)
        log(journal, where, ago(3), size_mm=4.5, size_method="ruler", pain=3)
    pdf, pages = summary_pdf(journal, tmp_path / "summary.pdf", ago(11))
    keep_pages(pdf, "twenty-steady")
    assert pages <= 2
    text = pdftotext(pdf)
    assert "No site had an alert or a change beyond measurement noise in this period." in text
    assert all(f"Site {n + 1:02d}" in text for n in range(20))
