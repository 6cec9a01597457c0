"""The standard codes the FHIR export uses: LOINC for lab tests (the journal's own table) and
pain, UCUM for units, SNOMED CT for the app's body regions. One table each, with where each
value comes from.

What is not in a table is exported with its words only (`code.text`, a unit without a UCUM
code), never with a guessed code; the export names each such gap for the person.
"""

from __future__ import annotations

import functools
import unicodedata

from journal.core.domain import lab_tests

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"

# Lab tests' LOINC codes are in one table, the journal's own (journal/core/domain/lab_tests.py,
# with their sources): a test has one code per property (mass or moles per volume, from
# CLINICAL-NOTES.md "Labs", taken from LOINC's pages loinc.org/<code>), so the unit decides.


def lab_loinc(test: str, unit: str | None) -> str | None:
    """The LOINC code of a lab result in `unit`, from the journal's table, or None.

    Stricter than the table's own look-up: a code only for a UCUM unit per volume (LOINC's
    serum and plasma codes are concentrations) of the property the code is for. A vitamin D in
    nmol/L is not given vitamin D's mass-per-volume code (62292-8), the only one in the table,
    nor a calcium in "mg" calcium's: its words say what it is, not a code that contradicts it."""
    code = ucum(unit)
    named = lab_tests.BY_KEY.get(test)
    if code is None or "/" not in code or named is None:
        return None
    return dict(named.loinc).get(lab_tests.unit_family(code))


# Pain severity 0-10 verbal numeric rating, reported (CLINICAL-NOTES.md, "Scores a patient can
# do at home"; loinc.org/72514-3).
PAIN_LOINC = "72514-3"

# The spellings people and labs print, to their UCUM code (the Unified Code for Units of
# Measure, ucum.org: "u" stands for micro, "[IU]" for international units, case matters).
_UCUM_UNITS: dict[str, str] = {
    "mmol/l": "mmol/L",
    "umol/l": "umol/L",
    "nmol/l": "nmol/L",
    "pmol/l": "pmol/L",
    "mg/dl": "mg/dL",
    "mg/l": "mg/L",
    "g/dl": "g/dL",
    "g/l": "g/L",
    "ng/ml": "ng/mL",
    "ug/l": "ug/L",
    "pg/ml": "pg/mL",
    "ng/l": "ng/L",
    "u/l": "U/L",
    "iu/l": "[IU]/L",
    "mg": "mg",
    "g": "g",
    "ug": "ug",
    "mcg": "ug",
    "iu": "[IU]",
    "ml": "mL",
    "l": "L",
    "mm": "mm",
    "min": "min",
}


@functools.lru_cache(maxsize=256)  # a long journal asks for the same few units thousands of times
def ucum(unit: str | None) -> str | None:
    """The UCUM code of a unit as printed ("µmol/l" -> "umol/L"), or None if it has none here."""
    if not unit:
        return None
    # NFKC turns the micro sign into the Greek mu; both are the "u" of UCUM.
    folded = unicodedata.normalize("NFKC", unit).strip().replace("\u03bc", "u").replace(" ", "")
    return _UCUM_UNITS.get(folded.casefold())


# SNOMED CT body structure codes for the regions the app offers (choices.REGIONS), from the
# SNOMED CT International Edition (browser.ihtsdotools.org), all in FHIR R4's example value
# set for Observation.bodySite (hl7.org/fhir/R4/valueset-body-site.html, descendants of
# 442083009 "Anatomical or acquired body structure"). "other" has no code: its words only.
REGION_SNOMED: dict[str, tuple[str, str]] = {
    "scalp": ("41695006", "Scalp structure"),
    "face": ("89545001", "Face structure"),
    "neck": ("45048000", "Neck structure"),
    "hand": ("85562004", "Hand structure"),
    "finger": ("7569003", "Finger structure"),
    "forearm": ("14975008", "Forearm structure"),
    "elbow": ("127949000", "Elbow region structure"),
    "knee": ("72696002", "Knee region structure"),
    "foot": ("56459004", "Foot structure"),
    "trunk": ("22943007", "Trunk structure"),
}

# FHIR's own code systems (hl7.org/fhir/R4/terminologies-systems.html).
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
MEDIA_TYPE = "http://terminology.hl7.org/CodeSystem/media-type"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
