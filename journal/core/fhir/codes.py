"""The standard codes the FHIR export uses: LOINC for lab tests and pain, UCUM for units,
SNOMED CT for the app's body regions. One table each, with where each value comes from.

What is not in a table is exported with its words only (`code.text`, a unit without a UCUM
code), never with a guessed code; the export names each such gap for the person.
"""

from __future__ import annotations

import functools
import unicodedata

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"

# LOINC codes by the journal's lab test and the lab's unit (as its UCUM code): the same test
# has one code per property (mass or moles per volume), so the unit decides. From the table
# in the project's CLINICAL-NOTES.md ("Labs"), taken from LOINC's own pages (loinc.org/<code>):
#   calcium total S/P: 17861-6 mass/volume, 2000-8 moles/volume;
#   phosphate S/P: 2777-1 mass/volume, 14879-1 moles/volume;
#   creatinine S/P: 2160-0 mass/volume, 14682-9 moles/volume;
#   25-hydroxyvitamin D2+D3 S/P: 62292-8 mass/volume (no moles/volume code in the notes: a
#   result in nmol/L is exported with its words only rather than with an unchecked code);
#   parathyrin intact S/P: 2731-8 mass/volume (pg/mL and ng/L are the same quantity).
LAB_LOINC: dict[tuple[str, str], str] = {
    ("calcium", "mg/dL"): "17861-6",
    ("calcium", "mmol/L"): "2000-8",
    ("phosphate", "mg/dL"): "2777-1",
    ("phosphate", "mmol/L"): "14879-1",
    ("creatinine", "mg/dL"): "2160-0",
    ("creatinine", "umol/L"): "14682-9",
    ("vitamin_d", "ng/mL"): "62292-8",
    ("pth", "pg/mL"): "2731-8",
    ("pth", "ng/L"): "2731-8",
}

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
