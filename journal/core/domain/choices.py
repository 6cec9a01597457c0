"""The fixed vocabularies of the journal, stored as these exact strings."""

from collections.abc import Mapping

from journal.core.domain.lab_tests import NAMED_TESTS, OLD_OTHER
from journal.core.language import Words


class ChoiceWords(Words):
    """The words shown for the stored choices (mobility, colour, kind of care)."""


SITE_KINDS = ("deposit", "area")
REGIONS = (
    "scalp",
    "face",
    "neck",
    "hand",
    "finger",
    "forearm",
    "elbow",
    "knee",
    "foot",
    "trunk",
    "other",
)
# Only what a doctor said; the app itself never assigns one.
DIAGNOSED_TYPES = ("dystrophic", "metastatic", "iatrogenic", "idiopathic", "unknown")
MOBILITY = ("free", "reduced", "stuck")
COLOURS = ("white", "yellow", "skin", "red")
# The tests known by name (journal/core/domain/lab_tests.py); any other test keeps its own name.
LAB_TESTS = tuple(test.key for test in NAMED_TESTS)
CARE_KINDS = ("massage", "supplement", "skin_care", "sun_protection", "other")

# Words shown to people; the stored values above stay stable. Marked here (English, as the
# aliases below and the FHIR export read them), translated where shown: `shown(LABELS, value)`.
REGION_LABELS = {
    "scalp": ChoiceWords.mark("scalp"),
    "face": ChoiceWords.mark("face"),
    "neck": ChoiceWords.mark("neck"),
    "hand": ChoiceWords.mark("hand"),
    "finger": ChoiceWords.mark("finger"),
    "forearm": ChoiceWords.mark("forearm"),
    "elbow": ChoiceWords.mark("elbow"),
    "knee": ChoiceWords.mark("knee"),
    "foot": ChoiceWords.mark("foot"),
    "trunk": ChoiceWords.mark("trunk"),
    "other": ChoiceWords.mark("other"),
}
MOBILITY_LABELS = {
    "free": ChoiceWords.mark("moves freely"),
    "reduced": ChoiceWords.mark("reduced"),
    "stuck": ChoiceWords.mark("stuck"),
}
COLOUR_LABELS = {
    "white": ChoiceWords.mark("white"),
    "yellow": ChoiceWords.mark("yellow"),
    "skin": ChoiceWords.mark("skin-coloured"),
    "red": ChoiceWords.mark("red"),
}
LAB_TEST_LABELS = {**{test.key: test.label for test in NAMED_TESTS}, OLD_OTHER: "Other"}
CARE_KIND_LABELS = {
    "massage": ChoiceWords.mark("Massage"),
    "supplement": ChoiceWords.mark("Supplement"),
    "skin_care": ChoiceWords.mark("Skin care"),
    "sun_protection": ChoiceWords.mark("Sun protection"),
    "other": ChoiceWords.mark("Other"),
}


def shown(labels: Mapping[str, str], value: str) -> str:
    """The words for a stored choice in the person's language (an unknown value as stored)."""
    label = labels.get(value)
    return ChoiceWords.tr(label) if label is not None else value


# Accept the spellings people type ("skin-coloured", "vitamin D", "skin care").
ALIASES = {
    "skin-coloured": "skin",
    "skin-colored": "skin",
    "skin coloured": "skin",
    "moves freely": "free",
    "freely": "free",
    "vitamin d": "vitamin_d",
    "vitamin-d": "vitamin_d",
    "25-oh-d": "vitamin_d",
    "skin care": "skin_care",
    "skin-care": "skin_care",
    "sun protection": "sun_protection",
    "sun-protection": "sun_protection",
}
