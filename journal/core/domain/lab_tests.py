"""The lab tests the journal knows by name, their LOINC codes, and the units a chart may convert.

A result keeps the unit the lab printed (`LabResult.unit`); conversion happens only to draw one
test on one axis (journal/core/charts/lab_units.py). A test the journal does not know by name
(magnesium, ferritin ...) is kept under the name the person gives it and charted per unit.
"""

from __future__ import annotations

import dataclasses
import re

from journal.core.errors import ValidationError
from journal.core.language import Words


class LabTestWords(Words):
    """The named lab tests' names and why a lab test's name was refused."""


# The codes and factors below are from ../shared/CLINICAL-NOTES.md ("Labs"), which gathered them
# from LOINC (https://loinc.org/<code>/) and the usual SI conversion tables. They were NOT checked
# against loinc.org's own pages here (no network): check before a FHIR export relies on them.


@dataclasses.dataclass(frozen=True)
class LabTest:
    key: str  # stored in labs.test
    label: str  # shown, in English (marked; `label(key)` gives it in the person's language)
    # LOINC code by the kind of unit the lab printed: "mass" (mg/dL, g/dL, ng/mL, pg/mL, U/L)
    # or "moles" (mmol/L, umol/L).
    loinc: tuple[tuple[str, str], ...]
    # Calcium and phosphate only: how many mmol/L one mg/dL is, to draw both units on one axis.
    mg_dl_to_mmol_l: float | None = None

    def loinc_for(self, unit: str) -> str | None:
        """The LOINC code for a result in `unit` (as printed), if the unit says which one."""
        codes = dict(self.loinc)
        family = unit_family(unit)
        if family in codes:
            return codes[family]
        return next(iter(codes.values())) if len(codes) == 1 else None


NAMED_TESTS: tuple[LabTest, ...] = (
    # calcium, total, serum/plasma: 17861-6 (mass/volume), 2000-8 (moles/volume);
    # mg/dL x 0.2495 = mmol/L (CLINICAL-NOTES, Labs table).
    LabTest(
        "calcium",
        LabTestWords.mark("Calcium"),
        (("mass", "17861-6"), ("moles", "2000-8")),
        mg_dl_to_mmol_l=0.2495,
    ),
    # calcium, ionised: 1995-0 (mmol/L).
    LabTest("ionised_calcium", LabTestWords.mark("Ionised calcium"), (("moles", "1995-0"),)),
    # phosphate, serum/plasma: 2777-1 (mass), 14879-1 (moles); mg/dL x 0.3229 = mmol/L.
    LabTest(
        "phosphate",
        LabTestWords.mark("Phosphate"),
        (("mass", "2777-1"), ("moles", "14879-1")),
        mg_dl_to_mmol_l=0.3229,
    ),
    # 25-hydroxyvitamin D (D2+D3): 62292-8 (ng/mL).
    LabTest("vitamin_d", LabTestWords.mark("Vitamin D"), (("mass", "62292-8"),)),
    # parathyroid hormone, intact: 2731-8 (pg/mL).
    LabTest("pth", LabTestWords.mark("PTH"), (("mass", "2731-8"),)),
    # creatinine, serum/plasma: 2160-0 (mg/dL), 14682-9 (umol/L). Drawn per unit, as the issue asks.
    LabTest("creatinine", LabTestWords.mark("Creatinine"), (("mass", "2160-0"), ("moles", "14682-9"))),
    # albumin: 1751-7 (g/dL).
    LabTest("albumin", LabTestWords.mark("Albumin"), (("mass", "1751-7"),)),
    # creatine kinase: 2157-6 (U/L).
    LabTest("creatine_kinase", LabTestWords.mark("Creatine kinase (CK)"), (("mass", "2157-6"),)),
)
BY_KEY = {test.key: test for test in NAMED_TESTS}
# Results saved before tests could be named: kept, shown as "Other".
OLD_OTHER = "other"

ALIASES = {
    "vitamin d": "vitamin_d",
    "vitamin-d": "vitamin_d",
    "25-oh-d": "vitamin_d",
    "25-oh vitamin d": "vitamin_d",
    "parathyroid hormone": "pth",
    "ionised calcium": "ionised_calcium",
    "ionized calcium": "ionised_calcium",
    "ionised_calcium": "ionised_calcium",
    "ionized_calcium": "ionised_calcium",
    "phosphorus": "phosphate",
    "ck": "creatine_kinase",
    "creatine kinase": "creatine_kinase",
    "creatine kinase (ck)": "creatine_kinase",
}
MAX_NAME = 80


def test_name(field: str, value: object) -> str:
    """The test as stored: a named test's key ("Calcium" -> "calcium"), else the name as given
    ("Magnesium"), so a test the journal does not know keeps its own name."""
    if value is None or not str(value).strip():
        raise ValidationError(
            field,
            LabTestWords.tr(
                "a value is required: one of {choices}, or the test's name as on the report"
            ).format(choices=", ".join(BY_KEY)),
        )
    given = " ".join(str(value).split())
    folded = given.lower()
    folded = ALIASES.get(folded, folded)
    if folded in BY_KEY or folded == OLD_OTHER:
        return folded
    for test in NAMED_TESTS:  # the English name, or the name in the person's language
        if folded in (test.label.lower(), LabTestWords.tr(test.label).lower()):
            return test.key
    if len(given) > MAX_NAME:
        raise ValidationError(
            field, LabTestWords.tr("a test's name is at most {count} characters").format(count=MAX_NAME)
        )
    if not given[0].isalnum():
        raise ValidationError(
            field,
            LabTestWords.tr("{value} does not look like a test's name: start it with a letter").format(
                value=repr(given)
            ),
        )
    if "\x00" in given:
        raise ValidationError(field, LabTestWords.tr("contains a NUL character"))
    return given


OTHER_LABEL = LabTestWords.mark("Other")


def label(test: str) -> str:
    """The words for a stored test in the person's language: "Vitamin D", "Other", or the name
    the person gave (as given)."""
    named = BY_KEY.get(test)
    if named is not None:
        return LabTestWords.tr(named.label)
    return LabTestWords.tr(OTHER_LABEL) if test == OLD_OTHER else test


def loinc(test: str, unit: str) -> str | None:
    named = BY_KEY.get(test)
    return named.loinc_for(unit) if named is not None else None


# -- units ---------------------------------------------------------------------------------------
_SPACES = re.compile(r"\s+")


def unit_key(unit: str) -> str:
    """A unit as compared: "mmol/l", "umol/l" (from "µmol/L", "μmol/L"), spaces dropped."""
    text = _SPACES.sub("", unit).lower().replace("µ", "u").replace("μ", "u")  # micro sign, Greek mu
    return text


MG_DL = "mg/dl"
MMOL_L = "mmol/l"
_MOLES = ("mmol/l", "umol/l", "nmol/l", "pmol/l", "mol/l")


def unit_family(unit: str) -> str:
    """ "moles" for an amount of substance per volume, else "mass" (mass, or units of activity)."""
    return "moles" if unit_key(unit) in _MOLES else "mass"


def convertible(test: str, unit: str) -> bool:
    """Whether a result of `test` in `unit` can be drawn with its test's other unit (calcium and
    phosphate in mg/dL or mmol/L)."""
    named = BY_KEY.get(test)
    return named is not None and named.mg_dl_to_mmol_l is not None and unit_key(unit) in (MG_DL, MMOL_L)


def convert(test: str, value: float, from_unit: str, to_unit: str) -> float:
    """`value` of `test` from one unit to the other (calcium, phosphate: mg/dL <-> mmol/L)."""
    src, dst = unit_key(from_unit), unit_key(to_unit)
    if src == dst:
        return value
    named = BY_KEY.get(test)
    factor = named.mg_dl_to_mmol_l if named is not None else None
    if factor is None or {src, dst} != {MG_DL, MMOL_L}:
        raise ValueError(f"{label(test)} cannot be converted from {from_unit} to {to_unit}")
    return value * factor if src == MG_DL else value / factor


# Said beside calcium and phosphate results, in the window and the summary (CLINICAL-NOTES, Labs:
# dystrophic calcinosis usually comes with normal blood calcium and phosphate, Hoeltzel et al. 2014).
NORMAL_LABS_NOTE = LabTestWords.mark(
    "Deposits in the skin often come with normal blood calcium and phosphate, "
    "so a normal result does not rule them out."
)
NOTE_TESTS = ("calcium", "ionised_calcium", "phosphate")


def normal_labs_note() -> str:
    """NORMAL_LABS_NOTE in the person's language."""
    return LabTestWords.tr(NORMAL_LABS_NOTE)
