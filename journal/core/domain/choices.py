"""The fixed vocabularies of the journal, stored as these exact strings."""

from journal.core.domain.lab_tests import NAMED_TESTS, OLD_OTHER

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

# Words shown to people; the stored values above stay stable.
MOBILITY_LABELS = {"free": "moves freely", "reduced": "reduced", "stuck": "stuck"}
COLOUR_LABELS = {"white": "white", "yellow": "yellow", "skin": "skin-coloured", "red": "red"}
LAB_TEST_LABELS = {**{test.key: test.label for test in NAMED_TESTS}, OLD_OTHER: "Other"}
CARE_KIND_LABELS = {
    "massage": "Massage",
    "supplement": "Supplement",
    "skin_care": "Skin care",
    "sun_protection": "Sun protection",
    "other": "Other",
}

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
