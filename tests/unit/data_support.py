"""A small journal with every record type, real photos, and text that looks like formulas:
the material for the CSV and backup tests."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Site, Visit
from journal.core.journal import Journal

FORMULA_TEXTS = ("=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "'=typed with a quote", "''-two quotes")


def fill_journal(journal: Journal, samples: Path) -> None:
    store = journal.store
    temple = store.add_site(
        Site.new(
            name="Left temple",
            kind="deposit",
            region="face",
            near_joint=False,
            notes='=HYPERLINK("http://example.invalid","x")',
            reminder_days=14,
        )
    )
    scalp = store.add_site(
        Site.new(
            name="Kopfhaut hinten ä ö 日本",
            kind="area",
            region="scalp",
            diagnosed_type="unknown",
            resolved_on="2026-06-01",
            archived=True,
        )
    )
    formula_site = store.add_site(Site.new(name="@elbow", kind="deposit", region="elbow", near_joint=True))
    photos = samples / "photos"
    journal.add_entry(
        Entry.new(
            site_id=temple.id,
            date="2026-03-01",
            size_mm="2.5",
            count=3,
            tightness=4,
            mobility="free",
            colour="white",
            pain=1,
            shiny=True,
            pale=False,
            note='first look, "quoted", with a comma',
        ),
        [photos / "forearm_2026-03-01.jpg", photos / "elbow_no_exif.png"],
    )
    journal.add_entry(
        Entry.new(
            site_id=temple.id, date="2026-04-02", size_mm="3.1", inflamed=True, note="line one\nline two"
        ),
        [photos / "forearm_2026-04-02_rotated.jpg"],
    )
    journal.add_entry(
        Entry.new(site_id=scalp.id, date="2026-02-10", tightness=7, hair_thinning=True, mobility="stuck"),
        [photos / "Kopfhaut hinten ä ö 日本.jpg", photos / "scalp_crown_phone.heic"],
    )
    for number, text in enumerate(FORMULA_TEXTS, start=1):
        store.add_entry(
            Entry.new(
                site_id=formula_site.id,
                date=f"2026-05-{number:02d}",
                pain=number,
                ulcerated=number % 2 == 0,
                note=text,
            )
        )
    store.add_entry(Entry.new(site_id=temple.id, date="2026-01-15", size_mm="2.0"))  # recorded late
    store.save_daily(DailyCheck.new(date="2026-03-01", fatigue=True, weakness=False, stress=3, note="-tired"))
    store.save_daily(DailyCheck.new(date="2026-03-02", urination_changes=True))
    store.add_lab(
        LabResult.new(date="2026-03-05", test="calcium", value="2.35", unit="mmol/L", low="2.1", high="2.6")
    )
    store.add_lab(
        LabResult.new(
            date="2026-03-05",
            test="other",
            value="-1.5",
            unit="mmol/L",
            low="-2",
            high="2",
            note="base excess",
        )
    )
    store.add_care(
        CareEvent.new(date="2026-03-03", kind="supplement", what="Vitamin K2", amount="100", unit="mcg")
    )
    store.add_care(CareEvent.new(date="2026-03-04", kind="massage", what="+ circles with oil", minutes=10))
    store.add_visit(
        Visit.new(
            date="2026-03-20", clinician="Dr. Ängström", findings="=stable", note="asked about\r\nthe knee"
        )
    )


def table_rows(journal: Journal) -> dict[str, list[dict[str, object]]]:
    """Every record as plain values without database ids (which differ between journals),
    entries and photos naming their site, so two journals can be compared."""
    store = journal.store
    names = {s.id: s.name for s in store.sites()}
    entries = {e.id: e for e in store.entries()}

    def plain(record: object, *drop: str) -> dict[str, object]:
        values = {k: v for k, v in vars(record).items() if k not in ("id", *drop)}
        return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}

    return {
        "sites": sorted((plain(s) for s in store.sites()), key=str),
        "entries": sorted(
            ({**plain(e, "site_id"), "site": names[e.site_id]} for e in entries.values()), key=str
        ),
        "photos": sorted(
            (
                {**plain(p, "entry_id"), "entry": plain(entries[p.entry_id], "site_id")}
                for p in store.photos()
            ),
            key=str,
        ),
        "daily": [plain(d) for d in store.daily_checks()],
        "labs": [plain(x) for x in store.labs()],
        "care": [plain(x) for x in store.care_events()],
        "visits": [plain(x) for x in store.visits()],
    }


def csv_cells(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))
