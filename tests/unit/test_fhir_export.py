"""The FHIR R4 export: a demo journal's bundle parses with a maintained FHIR model library
(fhir.resources, R4B models: wire-compatible with R4 for these resources), every reference in
it resolves, every lab, entry and photo is found in it with the same values and dates, ids stay
the same from one export to the next, and odd data exports with what is known and is named."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from journal.core.demo.generate import generate_demo
from journal.core.domain import choices as C
from journal.core.domain import lab_tests
from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Site, Visit
from journal.core.domain.profile import make_profile, save_profile
from journal.core.fhir import codes
from journal.core.fhir.bundle import NAMESPACE, build_bundle, bundle_json, write_fhir
from journal.core.journal import Journal
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference
from journal.core.operations import measurements as measure_ops

END = dt.date(2026, 6, 30)


def validated(bundle: dict[str, Any]) -> Any:
    """The bundle parsed by fhir.resources' R4B models (a test dependency only)."""
    r4b = pytest.importorskip(
        "fhir.resources.R4B.bundle",
        reason="fhir.resources is not installed (a test dependency: pip install fhir.resources)",
    )
    # Through JSON text, as a personal health record reads the file.
    return r4b.Bundle.model_validate_json(bundle_json(bundle))


def by_id(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["resource"]["id"]: e["resource"] for e in bundle["entry"]}


def references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in references(v)]
    if isinstance(value, list):
        return [r for v in value for r in references(v)]
    return []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo journal with one size measured on its photo."""
    folder = tmp_path_factory.mktemp("fhir") / "journal"
    with Journal.open(folder) as journal:
        generate_demo(journal, years=0.25, sites=2, seed=4, end=END)
        save_profile(journal.store, make_profile("Ada Example", "scleroderma", "vitamin D 1000 IU"))
        entry = journal.store.entries()[-1]
        photo = journal.store.photos(entry_id=entry.id)[0]
        ruler = Reference.new(kind="ruler", length_mm=10, segment=(10, 10, 110, 10))
        measure_ops.measure_photo(
            journal, photo.id, ruler, Segment.of(20, 40, 80, 40), Segment.of(50, 20, 50, 60)
        )
    return folder


def test_the_demo_bundle_parses_as_fhir_and_every_reference_resolves(demo):
    with Journal.open(demo, readonly=True) as journal:
        export = build_bundle(journal)
    parsed = validated(export.bundle)
    assert parsed.type == "collection" and len(parsed.entry) == sum(export.counts.values())
    urls = [e["fullUrl"] for e in export.bundle["entry"]]
    ids = [e["resource"]["id"] for e in export.bundle["entry"]]
    assert len(set(urls)) == len(urls) and len(set(ids)) == len(ids)
    dangling = set(references(export.bundle)) - set(urls)
    assert not dangling
    assert export.counts["Patient"] == 1 and export.counts["Media"] > 0 and export.counts["Encounter"] > 0


def test_every_lab_entry_and_photo_of_the_demo_is_in_the_bundle_with_its_values_and_dates(demo):
    with Journal.open(demo, readonly=True) as journal:
        store = journal.store
        sites = {s.id: s for s in store.sites()}
        entries, labs, photos = store.entries(), store.labs(), store.photos()
        measured = store.latest_measurements()
        export = build_bundle(journal, photos="embed")
        pictures = {p.id: journal.photo_path(p).read_bytes() for p in photos}
    resources = by_id(export.bundle)
    assert labs and entries and photos

    for lab in labs:
        obs = resources[f"lab-{lab.id}"]
        assert obs["effectiveDateTime"] == lab.date.isoformat()
        assert (obs["valueQuantity"]["value"], obs["valueQuantity"]["unit"]) == (lab.value, lab.unit)
        limits = obs["referenceRange"][0]
        assert (limits["low"]["value"], limits["high"]["value"]) == (lab.low, lab.high)
        flags = [c["code"] for i in obs.get("interpretation", []) for c in i["coding"]]
        assert flags == (["H"] if lab.value > lab.high else ["L"] if lab.value < lab.low else [])
        loinc = codes.lab_loinc(lab.test, lab.unit)
        assert [c["code"] for c in obs["code"].get("coding", [])] == ([loinc] if loinc else [])
    assert any(o.get("interpretation") for o in resources.values()), "the demo has a flagged calcium"

    for entry in entries:
        panel = resources[f"entry-{entry.id}"]
        site = sites[entry.site_id]
        assert panel["effectiveDateTime"] == entry.date.isoformat()
        assert site.name in panel["bodySite"]["text"]
        assert panel["bodySite"]["coding"][0]["code"] == codes.REGION_SNOMED[site.region][0]
        assert panel.get("note", [{}])[0].get("text") == entry.note
        members = {m["reference"] for m in panel.get("hasMember", [])}
        for field in (
            "pain",
            "tightness",
            "count",
            "inflamed",
            "ulcerated",
            "discharge",
            "restricted_movement",
            "shiny",
            "pale",
            "hair_thinning",
            "mobility",
            "colour",
        ):
            value = getattr(entry, field)
            rid = f"entry-{entry.id}-{field.replace('_', '-')}"
            if value is None:
                assert rid not in resources
                continue
            obs = resources[rid]
            if isinstance(value, str):  # a choice, in the words the app shows
                key, value = "valueString", {**C.MOBILITY_LABELS, **C.COLOUR_LABELS}[value]
            else:
                key = "valueBoolean" if isinstance(value, bool) else "valueInteger"
            assert obs[key] == value and obs["effectiveDateTime"] == entry.date.isoformat()
            assert _full_url(export.bundle, rid) in members
        if entry.pain is not None:
            assert resources[f"entry-{entry.id}-pain"]["code"]["coding"][0]["code"] == "72514-3"
        if entry.size_mm is not None:
            size = resources[f"entry-{entry.id}-size"]
            assert size["valueQuantity"] == {
                "value": entry.size_mm,
                "unit": "mm",
                "system": codes.UCUM,
                "code": "mm",
            }
            if entry.width_mm is not None:
                assert size["component"][0]["valueQuantity"]["value"] == entry.width_mm
            if entry.size_method == "photo" and entry.id in measured:
                media = resources[f"photo-{measured[entry.id].photo_id}"]
                assert size["derivedFrom"] == [{"reference": _full_url(export.bundle, media["id"])}]
                assert size["method"]["text"] == "photo measurement"

    photo_entries = {e.id: e for e in entries}
    for photo in photos:
        media = resources[f"photo-{photo.id}"]
        entry = photo_entries[photo.entry_id]
        assert media["createdDateTime"] == (photo.taken_on or entry.date).isoformat()
        assert sites[entry.site_id].name in media["bodySite"]["text"]
        assert base64.b64decode(media["content"]["data"]) == pictures[photo.id]
        panel = resources[f"entry-{entry.id}"]
        assert {"reference": _full_url(export.bundle, media["id"])} in panel["derivedFrom"]
    assert any("derivedFrom" in r for k, r in resources.items() if k.endswith("-size")), "a measured size"


def _full_url(bundle: dict[str, Any], rid: str) -> str:
    return next(e["fullUrl"] for e in bundle["entry"] if e["resource"]["id"] == rid)


def test_each_full_url_is_the_name_based_uuid_of_its_resource(demo):
    """RFC 4122 version 5 (as Python's uuid.uuid5 makes it) of "Type/id", for every resource."""
    with Journal.open(demo, readonly=True) as journal:
        export = build_bundle(journal)
    for item in export.bundle["entry"]:
        name = f"{item['resource']['resourceType']}/{item['resource']['id']}"
        assert item["fullUrl"] == f"urn:uuid:{uuid.uuid5(NAMESPACE, name)}"


def test_the_patient_holds_only_the_name_from_about_you(demo):
    with Journal.open(demo, readonly=True) as journal:
        export = build_bundle(journal)
    patient = by_id(export.bundle)["patient"]
    assert patient == {"resourceType": "Patient", "id": "patient", "name": [{"text": "Ada Example"}]}
    text = json.dumps(export.bundle)
    assert "scleroderma" not in text and "1000 IU" not in text


def test_exporting_twice_gives_the_same_ids_and_the_same_file_but_its_time(demo, tmp_path):
    with Journal.open(demo, readonly=True) as journal:
        first = write_fhir(journal, tmp_path / "one.json")
        second = write_fhir(journal, tmp_path / "two.json")
    one, two = (json.loads((tmp_path / name).read_text("utf-8")) for name in ("one.json", "two.json"))
    assert [(e["fullUrl"], e["resource"]["id"]) for e in one["entry"]] == [
        (e["fullUrl"], e["resource"]["id"]) for e in two["entry"]
    ]
    one.pop("timestamp"), two.pop("timestamp")
    assert one == two and first.counts == second.counts
    assert oct((tmp_path / "one.json").stat().st_mode & 0o777) == "0o600"


def test_the_period_keeps_records_of_those_days_and_their_photos(demo):
    since, until = END - dt.timedelta(days=30), END - dt.timedelta(days=10)
    with Journal.open(demo, readonly=True) as journal:
        export = build_bundle(journal, since=since, until=until)
        wanted = {e.id for e in journal.store.entries(since=since, until=until)}
        photos = {p.id for p in journal.store.photos_of_entries(wanted)}
    validated(export.bundle)
    resources = by_id(export.bundle)
    assert {int(k.split("-")[1]) for k in resources if k.startswith("entry-")} == wanted
    assert {int(k.split("-")[1]) for k in resources if k.startswith("photo-")} == photos
    dates = [
        r.get("effectiveDateTime")
        or r.get("createdDateTime")
        or r.get("performedDateTime")
        or r["period"]["start"]
        for r in resources.values()
        if r["resourceType"] != "Patient"
    ]
    assert dates and all(since.isoformat() <= d <= until.isoformat() for d in dates)


def test_odd_data_exports_what_is_known_and_names_what_could_not_be_coded(journal):
    odd = journal.store.add_site(Site.new(name="Behind the ear", kind="deposit", region="other"))
    journal.store.add_entry(Entry.new(site_id=odd.id, date="2026-03-01", pain=4, size_mm=3, width_mm=2))
    store = journal.store
    no_range = store.add_lab(LabResult.new(date="2026-03-02", test="calcium", value="2.61", unit="mmol/L"))
    odd_unit = store.add_lab(
        LabResult.new(
            date="2026-03-02", test="phosphate", value="1.1", unit="mmol per litre", low="0.8", high="1.5"
        )
    )
    other = store.add_lab(LabResult.new(date="2026-03-02", test="other", value="180", unit="U/L", note="CK"))
    moles_d = store.add_lab(
        LabResult.new(date="2026-03-02", test="vitamin_d", value="40", unit="nmol/L", low="50", high="125")
    )
    export = build_bundle(journal)
    validated(export.bundle)
    resources = by_id(export.bundle)

    assert "referenceRange" not in resources[f"lab-{no_range.id}"]
    assert "interpretation" not in resources[f"lab-{no_range.id}"]  # no range: no flag to give
    unit = resources[f"lab-{odd_unit.id}"]["valueQuantity"]
    assert unit == {"value": 1.1, "unit": "mmol per litre"}  # as printed, no UCUM code guessed
    assert "coding" not in resources[f"lab-{other.id}"]["code"]
    assert resources[f"lab-{other.id}"]["note"] == [{"text": "CK"}]
    low_d = resources[f"lab-{moles_d.id}"]
    assert "coding" not in low_d["code"] and low_d["interpretation"][0]["coding"][0]["code"] == "L"
    site = next(r for r in resources.values() if r["id"].endswith("-pain"))["bodySite"]
    assert site == {"text": "Behind the ear (other)"}

    said = "\n".join(export.not_coded)
    assert '"mmol per litre"' in said and "not a UCUM unit" in said
    assert "Vitamin D in nmol/L" in said and "another test" in said
    assert '"Behind the ear"' in said and "without the lab's reference range" in said


def test_every_code_of_the_journal_s_lab_table_is_exported_and_none_against_its_unit(journal):
    """One table of lab codes (domain/lab_tests.py): each of its codes is the export's for a
    result in a unit of that code's kind; a unit of the other kind, or not per volume, gets none."""
    units = {"mass": "mg/dL", "moles": "mmol/L"}
    for test in lab_tests.NAMED_TESTS:
        for family, loinc in test.loinc:
            assert codes.lab_loinc(test.key, units[family]) == loinc, (test.key, family)
    store = journal.store
    given = {
        ("ionised_calcium", "1.21", "mmol/L"): "1995-0",
        ("albumin", "4.1", "g/dL"): "1751-7",
        ("creatine_kinase", "180", "U/L"): "2157-6",
        ("creatinine", "80", "\u00b5mol/L"): "14682-9",
        ("vitamin_d", "30", "ng/mL"): "62292-8",
        ("vitamin_d", "75", "nmol/L"): None,  # the table's only vitamin D code is mass per volume
        ("pth", "3.1", "pmol/L"): None,  # and PTH's
        ("calcium", "10", "mg"): None,  # not a concentration
        ("Magnesium", "0.8", "mmol/L"): None,  # a test the table does not know
    }
    saved = {
        store.add_lab(LabResult.new(date="2026-03-02", test=test, value=value, unit=unit)).id: code
        for (test, value, unit), code in given.items()
    }
    export = build_bundle(journal)
    validated(export.bundle)
    resources = by_id(export.bundle)
    found = {
        lab_id: resources[f"lab-{lab_id}"]["code"].get("coding", [{}])[0].get("code") for lab_id in saved
    }
    assert found == saved
    said = "\n".join(export.not_coded)
    assert "Vitamin D in nmol/L" in said and "PTH in pmol/L" in said and "Magnesium in mmol/L" in said


def test_an_empty_journal_gives_a_bundle_with_its_patient_only(journal):
    export = build_bundle(journal)
    validated(export.bundle)
    assert [e["resource"] for e in export.bundle["entry"]] == [{"resourceType": "Patient", "id": "patient"}]
    assert export.not_coded == ()


def test_the_sample_bundle_in_the_docs_parses_as_fhir():
    sample = Path(__file__).resolve().parents[2] / "docs" / "fhir" / "sample-bundle.json"
    bundle = json.loads(sample.read_text("utf-8"))
    validated(bundle)
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert set(references(bundle)) <= urls


def test_care_daily_checks_and_visits_keep_their_values_and_free_text(journal):
    store = journal.store
    pill = store.add_care(
        CareEvent.new(date="2026-03-01", kind="supplement", what="Vitamin K2", amount="100", unit="mcg")
    )
    rub = store.add_care(
        CareEvent.new(date="2026-03-01", kind="massage", what="Scalp", minutes="15", note="gentle")
    )
    day = store.save_daily(DailyCheck.new(date="2026-03-01", fatigue="yes", stress="6", note="long day"))
    visit = store.add_visit(
        Visit.new(
            date="2026-03-03", clinician="Dr <B> & co", findings="Calcium 2.6 < 2.7", note="photos weekly"
        )
    )
    export = build_bundle(journal)
    validated(export.bundle)
    resources = by_id(export.bundle)
    dose = resources[f"care-{pill.id}"]["dosage"][0]
    assert dose["doseAndRate"][0]["doseQuantity"] == {
        "value": 100.0,
        "unit": "mcg",
        "system": codes.UCUM,
        "code": "ug",
    }
    procedure = resources[f"care-{rub.id}"]
    assert procedure["code"]["text"] == "Massage: Scalp" and procedure["performedDateTime"] == "2026-03-01"
    assert [n["text"] for n in procedure["note"]] == ["gentle", "Took 15 minutes."]
    check = resources[f"daily-{day.id}"]
    answers = {c["code"]["text"]: c.get("valueBoolean", c.get("valueInteger")) for c in check["component"]}
    assert answers == {"Fatigue": True, "Stress (0-10)": 6} and check["note"] == [{"text": "long day"}]
    encounter = resources[f"visit-{visit.id}"]
    assert encounter["period"] == {"start": "2026-03-03", "end": "2026-03-03"}
    assert encounter["participant"][0]["individual"]["display"] == "Dr <B> & co"
    assert "Calcium 2.6 &lt; 2.7" in encounter["text"]["div"] and "photos weekly" in encounter["text"]["div"]


def test_a_visit_s_structured_findings_are_exported_with_its_encounter_and_the_site(journal):
    store = journal.store
    crown = store.add_site(Site.new(name="Crown", kind="deposit", region="scalp"))
    full = store.add_visit(
        Visit.new(
            date="2026-04-02",
            clinician="Dr Meier",
            site_id=crown.id,
            ultrasound_mm="3.2",
            ultrasound_depth_mm="1.5",
            xray="calcified nodule <2 mm",
            biopsy="yes",
            biopsy_result="dystrophic calcification",
            named_type="dystrophic",
        )
    )
    no_site = store.add_visit(Visit.new(date="2026-05-02", biopsy="no", xray="nothing seen"))
    export = build_bundle(journal)
    validated(export.bundle)
    resources = by_id(export.bundle)
    assert set(references(export.bundle)) <= {e["fullUrl"] for e in export.bundle["entry"]}
    at_visit = {"reference": _full_url(export.bundle, f"visit-{full.id}")}

    ultrasound = resources[f"visit-{full.id}-ultrasound"]
    assert ultrasound["bodySite"] == {
        "text": "Crown (scalp)",
        "coding": [{"system": codes.SNOMED, "code": "41695006", "display": "Scalp structure"}],
    }
    assert ultrasound["valueQuantity"] == {"value": 3.2, "unit": "mm", "system": codes.UCUM, "code": "mm"}
    assert ultrasound["component"][0]["valueQuantity"]["value"] == 1.5
    assert "depth" in ultrasound["component"][0]["code"]["text"]
    assert ultrasound["category"][0]["coding"][0]["code"] == "imaging"
    assert (ultrasound["encounter"], ultrasound["effectiveDateTime"]) == (at_visit, "2026-04-02")
    xray = resources[f"visit-{full.id}-xray"]
    assert (xray["valueString"], xray["encounter"]) == ("calcified nodule <2 mm", at_visit)
    assert resources[f"visit-{full.id}-type"]["valueString"] == "Dystrophic"
    biopsy = resources[f"visit-{full.id}-biopsy"]
    assert biopsy["resourceType"] == "Procedure" and biopsy["encounter"] == at_visit
    assert biopsy["note"] == [{"text": "Result: dystrophic calcification"}]
    assert biopsy["bodySite"][0]["text"] == "Crown (scalp)"
    told = resources[f"visit-{full.id}"]["text"]["div"]
    for words in (
        "About the site: Crown (scalp)",
        "thickness 3.2 mm, depth 1.5 mm",
        "X-ray showed: calcified nodule &lt;2 mm",
        "Biopsy: done; result: dystrophic calcification",
        "Type the doctor named: Dystrophic",
    ):
        assert words in told

    # No site: no body site; a biopsy not done is said in the narrative, not made a Procedure.
    assert "bodySite" not in resources[f"visit-{no_site.id}-xray"]
    assert f"visit-{no_site.id}-biopsy" not in resources
    assert "<p>Biopsy: not done</p>" in resources[f"visit-{no_site.id}"]["text"]["div"]
    assert any("ultrasound, X-ray, biopsy" in line for line in export.not_coded)
