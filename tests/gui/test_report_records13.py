"""The summary's visits show their structured findings; a site's phases and its ultrasound
thickness, and the finger-to-palm readings, are printed and charted (read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from journal.core.domain.hand import FingerPalm
from journal.core.domain.model import Entry, Site, Visit
from journal.core.domain.phases import SitePhase
from journal.core.operations import hand as hand_ops
from journal.core.operations import phases as phase_ops
from journal.core.operations import records as record_ops
from journal.report import SummaryOptions, write_pdf

TODAY = dt.date.today()
SHOTS = Path("/tmp/shots13r2")


def test_summary_prints_findings_phases_ultrasound_and_hands(qapp, journal, tmp_path):  # noqa: ARG001
    site = journal.store.add_site(Site.new(name="Right thumb", kind="deposit", region="finger"))
    for back, size in ((40, 4.0), (20, 5.0), (2, 4.5)):
        journal.store.add_entry(
            Entry.new(site_id=site.id, date=TODAY - dt.timedelta(days=back), size_mm=size)
        )
    record_ops.add_visit(
        journal,
        Visit.new(
            date=TODAY - dt.timedelta(days=30),
            clinician="Dr Lee",
            findings="hard lump",
            site_id=site.id,
            ultrasound_mm=3.4,
            ultrasound_depth_mm=1.2,
            xray="calcified nodule",
            biopsy_result="calcinosis cutis",
            named_type="dystrophic",
        ),
    )
    phase_ops.set_phase(journal, SitePhase(site.id, TODAY - dt.timedelta(days=40), "active"))
    phase_ops.set_phase(journal, SitePhase(site.id, TODAY - dt.timedelta(days=15), "broke_open"))
    for back, mm in ((35, 18.0), (5, 14.0)):
        hand_ops.add_finger_palm(
            journal,
            FingerPalm.new(
                date=TODAY - dt.timedelta(days=back), hand="right", finger="index", distance_mm=mm
            ),
        )
    pdf = tmp_path / "summary.pdf"
    write_pdf(journal, pdf, SummaryOptions(since=TODAY - dt.timedelta(days=60), until=TODAY))
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for said in (
        "Ultrasound: 3.4 mm thick, 1.2 mm deep",
        "X-ray: calcified nodule",
        "Biopsy: done: calcinosis cutis",
        "Type named: dystrophic",
        "Site: Right thumb",
        f"Phases: active from {(TODAY - dt.timedelta(days=40)).isoformat()}",
        "broke open from",
        "Hand function",
        "right index 18 mm",
        "-4 mm",
        "Torok et al",
    ):
        assert said in text, said
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(SHOTS / "summary")], check=True)
