"""The store keeps every record type exactly as it was given, and refuses bad values by name."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Photo, Site, Visit
from journal.core.errors import NotFound, ValidationError

D = dt.date


def _site(journal, name="Left forearm", **extra) -> Site:
    raw = {"name": name, "kind": "deposit", "region": "forearm", **extra}
    return journal.store.add_site(Site.new(**raw))


def _photo(sha_char: str, **extra) -> Photo:
    raw = {
        "entry_id": 0,
        "sha256": sha_char * 64,
        "ext": "jpg",
        "taken_on": D(2026, 3, 1),
        "width": 800,
        "height": 600,
        "original_name": "forearm.jpg",
        **extra,
    }
    return Photo(**raw)


def _full_entry(site_id: int) -> Entry:
    return Entry.new(
        site_id=site_id,
        date="2026-03-01",
        tightness=7,
        mobility="reduced",
        shiny=True,
        pale=False,
        hair_thinning=True,
        size_mm="4.2",
        width_mm="3.1",
        size_method="calliper",
        count=3,
        colour="skin-coloured",
        pain=2,
        inflamed=True,
        ulcerated=False,
        discharge=True,
        restricted_movement=False,
        note="Harder after the weekend",
    )


# -- round trips ------------------------------------------------------------------------------


def test_site_round_trip_keeps_every_field(journal):
    saved = _site(
        journal,
        near_joint=True,
        diagnosed_type="dystrophic",
        resolved_on="2026-05-02",
        archived=True,
        reminder_days=14,
        notes="since spring",
    )
    assert saved.id is not None
    back = journal.store.site(saved.id)
    assert back == saved
    assert back.resolved_on == D(2026, 5, 2)
    assert back.near_joint is True and back.archived is True
    assert journal.store.site_by_name("left FOREARM") == saved


def test_entry_round_trip_keeps_every_field(journal):
    site = _site(journal)
    entry = _full_entry(site.id)
    saved, photos = journal.store.add_entry(entry)
    assert photos == []
    back = journal.store.entry(saved.id)
    assert back == dataclasses.replace(entry, id=saved.id)
    # every value field was set, so a lost column would show here as None
    assert all(getattr(back, name) is not None for name in Entry.VALUE_FIELDS)
    assert back.colour == "skin" and back.size_mm == 4.2 and back.shiny is True and back.pale is False


def test_entry_with_only_site_and_date_keeps_the_rest_unknown(journal):
    site = _site(journal)
    saved, _ = journal.store.add_entry(Entry.new(site_id=site.id, date="2026-03-02"))
    back = journal.store.entry(saved.id)
    assert all(getattr(back, name) is None for name in Entry.VALUE_FIELDS)
    assert back.note is None


def test_photo_rows_round_trip_with_their_entry(journal):
    site = _site(journal)
    saved, photos = journal.store.add_entry(
        _full_entry(site.id), [_photo("a"), _photo("b", ext="png", taken_on=None, original_name="ä.png")]
    )
    assert [p.entry_id for p in photos] == [saved.id, saved.id]
    back = journal.store.photos(entry_id=saved.id)
    assert back == photos
    assert back[1].original_name == "ä.png" and back[1].taken_on is None and back[1].ext == "png"
    assert journal.store.photos(site_id=site.id) == photos
    assert journal.store.photo(photos[0].id) == photos[0]


def test_the_same_photo_twice_on_one_entry_is_one_row(journal):
    site = _site(journal)
    saved, photos = journal.store.add_entry(_full_entry(site.id), [_photo("a"), _photo("a")])
    assert len(journal.store.photos(entry_id=saved.id)) == 1


def test_daily_check_round_trip_and_one_per_date(journal):
    first = journal.store.save_daily(
        DailyCheck.new(
            date="2026-03-01", fatigue=True, weakness=False, urination_changes=True, stress=6, note="long day"
        )
    )
    assert journal.store.daily_checks() == [first]
    again = journal.store.save_daily(DailyCheck.new(date="2026-03-01", fatigue=False, stress=2), replace=True)
    other_day = journal.store.save_daily(DailyCheck.new(date="2026-03-02", weakness=True))
    checks = journal.store.daily_checks()
    assert checks == [again, other_day]
    assert checks[0].id == first.id  # the same row, changed (see test_daily_merge.py)
    assert checks[0].fatigue is False and checks[0].stress == 2 and checks[0].note == "long day"
    assert checks[0].urination_changes is True  # not given again: kept
    assert journal.store.daily_checks(since=D(2026, 3, 2)) == [other_day]


def test_lab_care_visit_round_trip(journal):
    lab = journal.store.add_lab(
        LabResult.new(
            date="2026-02-10", test="vitamin D", value="61.5", unit="nmol/L", low=50, high=125, note="fasting"
        )
    )
    care = journal.store.add_care(
        CareEvent.new(
            date="2026-02-11",
            kind="supplement",
            what="Vitamin K2",
            amount=100,
            unit="mcg",
            note="with breakfast",
        )
    )
    massage = journal.store.add_care(
        CareEvent.new(date="2026-02-12", kind="massage", what="Scalp", minutes=10)
    )
    visit = journal.store.add_visit(
        Visit.new(
            date="2026-02-20",
            clinician="Dr. Ana Ruiz",
            findings="ultrasound dermal thickness 2.1 mm",
            note="recheck in 6 months",
        )
    )
    assert journal.store.labs() == [lab] and lab.test == "vitamin_d" and lab.value == 61.5
    assert journal.store.labs(test="calcium") == []
    assert journal.store.care_events() == [care, massage]
    assert massage.minutes == 10 and massage.amount is None
    assert journal.store.visits() == [visit]
    assert journal.store.visits()[0].findings == "ultrasound dermal thickness 2.1 mm"


def test_settings_round_trip_json_values(journal):
    assert journal.store.setting("theme", "light") == "light"
    journal.store.set_setting("theme", "dark")
    journal.store.set_setting("recent", {"sites": [1, 2], "zoom": 1.5})
    journal.store.set_setting("theme", "high contrast")
    assert journal.store.setting("theme") == "high contrast"
    assert journal.store.setting("recent") == {"sites": [1, 2], "zoom": 1.5}


def test_values_survive_closing_and_reopening(journal_dir):
    from journal.core.journal import Journal

    with Journal.open(journal_dir) as journal:
        site = _site(journal)
        saved, _ = journal.store.add_entry(_full_entry(site.id), [_photo("c")])
    with Journal.open(journal_dir) as journal:
        assert journal.store.entry(saved.id) == saved
        assert len(journal.store.photos(entry_id=saved.id)) == 1


# -- update and delete ----------------------------------------------------------------------------


def test_update_entry_site_lab_care_visit(journal):
    site = _site(journal)
    saved, _ = journal.store.add_entry(_full_entry(site.id))
    changed = dataclasses.replace(saved, tightness=3, note=None, size_mm=None)
    journal.store.update_entry(changed)
    assert journal.store.entry(saved.id) == changed

    renamed = journal.store.update_site(
        dataclasses.replace(site, name="Right forearm", resolved_on=D(2026, 6, 1))
    )
    assert journal.store.site(site.id).name == "Right forearm" == renamed.name
    assert journal.store.site_by_name("left forearm", missing_ok=True) is None

    lab = journal.store.add_lab(LabResult.new(date="2026-02-10", test="calcium", value=2.4, unit="mmol/L"))
    journal.store.update_lab(dataclasses.replace(lab, value=2.6))
    assert journal.store.labs()[0].value == 2.6
    care = journal.store.add_care(CareEvent.new(date="2026-02-11", kind="massage", what="Scalp"))
    journal.store.update_care(dataclasses.replace(care, minutes=15))
    assert journal.store.care_events()[0].minutes == 15
    visit = journal.store.add_visit(Visit.new(date="2026-02-20"))
    journal.store.update_visit(dataclasses.replace(visit, clinician="Dr. Lee"))
    assert journal.store.visits()[0].clinician == "Dr. Lee"


def test_updating_a_record_that_is_gone_is_refused(journal):
    site = _site(journal)
    saved, _ = journal.store.add_entry(_full_entry(site.id))
    journal.store.delete_entry(saved.id)
    with pytest.raises(NotFound):
        journal.store.update_entry(dataclasses.replace(saved, tightness=1))


def test_delete_lab_care_visit_daily(journal):
    lab = journal.store.add_lab(LabResult.new(date="2026-02-10", test="pth", value=5.1, unit="pmol/L"))
    care = journal.store.add_care(CareEvent.new(date="2026-02-11", kind="other", what="Warm compress"))
    visit = journal.store.add_visit(Visit.new(date="2026-02-20"))
    daily = journal.store.save_daily(DailyCheck.new(date="2026-02-21", stress=3))
    journal.store.delete_lab(lab.id)
    journal.store.delete_care(care.id)
    journal.store.delete_visit(visit.id)
    journal.store.delete_daily(daily.id)
    assert journal.store.labs() == journal.store.care_events() == journal.store.visits() == []
    assert journal.store.daily_checks() == []
    assert journal.store.is_empty()


def test_delete_entry_then_undo_brings_back_entry_and_photos(journal):
    site = _site(journal)
    keep, _ = journal.store.add_entry(Entry.new(site_id=site.id, date="2026-02-01", tightness=5))
    saved, photos = journal.store.add_entry(_full_entry(site.id), [_photo("a"), _photo("b")])

    entry, removed = journal.store.delete_entry(saved.id)
    assert entry == saved and removed == photos
    assert journal.store.entries() == [keep]
    assert journal.store.photos() == []  # the photo rows go with their entry
    with pytest.raises(NotFound):
        journal.store.entry(saved.id)

    journal.store.restore_entry(entry, removed)
    assert journal.store.entries() == [keep, saved]
    assert journal.store.photos(entry_id=saved.id) == photos  # same ids: references stay valid


def test_deleting_a_site_removes_its_entries_and_photo_rows(journal):
    site = _site(journal)
    other = _site(journal, name="Scalp crown", kind="area", region="scalp")
    journal.store.add_entry(_full_entry(site.id), [_photo("a")])
    kept, _ = journal.store.add_entry(Entry.new(site_id=other.id, date="2026-03-01"))
    journal.store.delete_site(site.id)
    assert journal.store.sites() == [other]
    assert journal.store.entries() == [kept]
    assert journal.store.photos() == []
    assert journal.store.integrity_problems() == []


def test_a_failed_transaction_leaves_nothing_behind(journal):
    site = _site(journal)
    with pytest.raises(RuntimeError), journal.store.transaction():
        journal.store.add_entry(_full_entry(site.id))
        journal.store.add_lab(LabResult.new(date="2026-02-10", test="calcium", value=2.4, unit="mmol/L"))
        raise RuntimeError("interrupted")
    assert journal.store.entries() == [] and journal.store.labs() == []


def test_an_entry_for_an_unknown_site_is_refused_and_nothing_saved(journal):
    with pytest.raises(NotFound):
        journal.store.add_entry(Entry.new(site_id=999, date="2026-03-01"), [_photo("a")])
    assert journal.store.entries() == [] and journal.store.photos() == []


def test_entries_filter_by_site_and_dates_and_order(journal):
    a = _site(journal)
    b = _site(journal, name="Scalp crown", kind="area", region="scalp")
    e1, _ = journal.store.add_entry(Entry.new(site_id=a.id, date="2026-03-05"))
    e2, _ = journal.store.add_entry(Entry.new(site_id=a.id, date="2026-03-01"))
    e3, _ = journal.store.add_entry(Entry.new(site_id=b.id, date="2026-03-03"))
    assert journal.store.entries() == [e2, e3, e1]
    assert journal.store.entries(newest_first=True) == [e1, e3, e2]
    assert journal.store.entries(site_id=a.id) == [e2, e1]
    assert journal.store.entries(since=D(2026, 3, 2), until=D(2026, 3, 4)) == [e3]
    assert journal.store.latest_entries() == {a.id: e1, b.id: e3}


# -- validation: the message names the field --------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field", "words"),
    [
        (lambda: Entry.new(site_id=1, date="2026-03-01", tightness=11), "tightness", "out of range"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", tightness=-1), "tightness", "out of range"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", pain="eleven"), "pain", "not a number"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", size_mm=100.1), "size_mm", "out of range"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", size_mm="2.35"), "size_mm", "steps of 0.1"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", size_mm="nan"), "size_mm", "finite"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", count=2.5), "count", "whole number"),
        (lambda: Entry.new(site_id=1, date="2026-02-30"), "date", "not a real date"),
        (lambda: Entry.new(site_id=1, date="01/03/2026"), "date", "YYYY-MM-DD"),
        (lambda: Entry.new(site_id=1, date=""), "date", "required"),
        (lambda: Entry.new(date="2026-03-01"), "site", "required"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", colour="purple"), "colour", "not one of"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", mobility="wobbly"), "mobility", "not one of"),
        (lambda: Entry.new(site_id=1, date="2026-03-01", shiny="maybe"), "shiny", "yes/no"),
        (lambda: Site.new(name="Moon spot", kind="deposit", region="moon"), "region", "not one of"),
        (lambda: Site.new(name="Spot", kind="freckle", region="hand"), "kind", "not one of"),
        (lambda: Site.new(name="  ", kind="deposit", region="hand"), "name", "required"),
        (
            lambda: Site.new(name="Spot", kind="deposit", region="hand", diagnosed_type="scary"),
            "diagnosed_type",
            "not one of",
        ),
        (
            lambda: Site.new(name="Spot", kind="deposit", region="hand", resolved_on="2026-13-01"),
            "resolved_on",
            "not a real date",
        ),
        (lambda: DailyCheck.new(date="2026-03-01", stress=12), "stress", "out of range"),
        (lambda: LabResult.new(date="2026-03-01", test="-x", value=1, unit="mg"), "test", "test's name"),
        (
            lambda: LabResult.new(date="2026-03-01", test="calcium", value="high", unit="mmol/L"),
            "value",
            "not a number",
        ),
        (lambda: LabResult.new(date="2026-03-01", test="calcium", value=2.4, unit=""), "unit", "required"),
        (
            lambda: LabResult.new(date="2026-03-01", test="calcium", value=2.4, unit="mmol/L", low=3, high=2),
            "low",
            "above the high",
        ),
        (lambda: CareEvent.new(date="2026-03-01", kind="surgery", what="x"), "kind", "not one of"),
        (
            lambda: CareEvent.new(date="2026-03-01", kind="supplement", what="K2", amount=100),
            "unit",
            "needs a unit",
        ),
        (
            lambda: CareEvent.new(date="2026-03-01", kind="massage", what="Scalp", minutes=-5),
            "minutes",
            "out of range",
        ),
        (lambda: Visit.new(date="2026-02-29"), "date", "not a real date"),  # 2026 is not a leap year
    ],
)
def test_refused_values_name_their_field(make, field, words):
    with pytest.raises(ValidationError) as caught:
        make()
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("size", "stored"), [("0", 0.0), ("2.3", 2.3), (100, 100.0), ("0.1", 0.1), (12.7, 12.7)]
)
def test_sizes_on_the_tenth_of_a_millimetre_are_kept_exactly(journal, size, stored):
    site = _site(journal)
    saved, _ = journal.store.add_entry(Entry.new(site_id=site.id, date="2026-03-01", size_mm=size))
    assert journal.store.entry(saved.id).size_mm == stored


@pytest.mark.parametrize("value", [0, 10])
def test_the_ends_of_the_ten_point_scales_are_accepted(value):
    entry = Entry.new(site_id=1, date="2026-03-01", tightness=value, pain=str(value))
    assert entry.tightness == value and entry.pain == value


# -- unique site names ----------------------------------------------------------------------------


def test_site_names_are_unique_ignoring_case(journal):
    _site(journal, name="Left forearm")
    with pytest.raises(ValidationError) as caught:
        _site(journal, name="LEFT Forearm")
    assert caught.value.field == "name" and "already exists" in str(caught.value)
    with pytest.raises(ValidationError):
        _site(journal, name="  left forearm  ")
    assert [s.name for s in journal.store.sites()] == ["Left forearm"]


def test_renaming_onto_another_sites_name_is_refused(journal):
    _site(journal, name="Left forearm")
    scalp = _site(journal, name="Scalp crown", kind="area", region="scalp")
    with pytest.raises(ValidationError) as caught:
        journal.store.update_site(dataclasses.replace(scalp, name="left forearm"))
    assert caught.value.field == "name"
    assert journal.store.site(scalp.id).name == "Scalp crown"
    # changing only the case of its own name is allowed
    journal.store.update_site(dataclasses.replace(scalp, name="SCALP crown"))
    assert journal.store.site(scalp.id).name == "SCALP crown"


def test_site_names_are_unique_ignoring_case_beyond_ascii(journal):
    _site(journal, name="Ärmel links")
    with pytest.raises(ValidationError):
        _site(journal, name="ärmel LINKS")
    assert journal.store.site_by_name("ÄRMEL LINKS").name == "Ärmel links"
    assert journal.store.site_by_name("Straße", missing_ok=True) is None
