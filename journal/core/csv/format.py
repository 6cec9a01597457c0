"""The CSV files of a journal: which files, which columns, and how a cell is kept from
becoming a spreadsheet formula. Shared by the export and the import, so both speak one format.

One file per record type, a header row of field names, ISO dates, a decimal point, yes/no
for checkboxes and UTF-8. Entries and photos name their site (column `site`), not a
database id, so a file means something in a spreadsheet and in another journal. Entries
carry a key (column `entry`: 1, 2, 3 ... in the order they were recorded) that photos.csv
refers to. Photo files themselves are never in a CSV file: photos.csv lists them by hash,
and `export csv --photos` copies the pictures into a `photos/` folder beside the files.
"""

from __future__ import annotations

import re

from journal.core.domain.model import Entry

# Site phases and hand readings came later (migrations 0010, 0011): they are new files at the
# end, so the files and columns of older exports stay as they were and still import.
KINDS = ("sites", "entries", "photos", "daily", "labs", "care", "visits", "site_phases", "finger_palm")

ENTRY_VALUES = Entry.VALUE_FIELDS  # the values an entry holds, in the model's order

COLUMNS: dict[str, tuple[str, ...]] = {
    "sites": (
        "name",
        "kind",
        "region",
        "near_joint",
        "diagnosed_type",
        "resolved_on",
        "archived",
        "reminder_days",
        "notes",
    ),
    "entries": ("entry", "site", "date", *ENTRY_VALUES, "note"),
    "photos": ("entry", "site", "date", "sha256", "ext", "taken_on", "width", "height", "original_name"),
    "daily": ("date", "fatigue", "weakness", "urination_changes", "stress", "note"),
    "labs": ("date", "test", "value", "unit", "low", "high", "note"),
    "care": ("date", "kind", "what", "amount", "unit", "minutes", "note"),
    "visits": (
        "date",
        "clinician",
        "findings",
        "note",
        # the structured findings (migration 0009); the site by name, as entries name theirs
        "site",
        "ultrasound_mm",
        "ultrasound_depth_mm",
        "xray",
        "biopsy",
        "biopsy_result",
        "named_type",
    ),
    # the site by name, as entries name theirs; one phase a site and day
    "site_phases": ("site", "date", "phase", "note"),
    # one reading a day, hand and finger
    "finger_palm": ("date", "hand", "finger", "distance_mm", "note"),
}

# Columns whose text a person typed; they are the ones a formula could hide in. The other
# text columns hold dates or words from choices.py, which the model refuses unless they
# start with a digit or a letter.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "sites": ("name", "notes"),
    "entries": ("site", "note"),
    "photos": ("site", "original_name"),
    "daily": ("note",),
    "labs": ("test", "unit", "note"),  # a test the journal does not know keeps the name typed
    "care": ("what", "unit", "note"),
    "visits": ("clinician", "findings", "note", "site", "xray", "biopsy_result"),
    "site_phases": ("site", "note"),
    "finger_palm": ("note",),
}

YES, NO = "yes", "no"

# OWASP's CSV injection rule: a cell starting with one of these is read as a formula
# (tab and carriage return because some spreadsheets skip them and read what follows).
FORMULA_STARTS = "=+-@\t\r"
_GUARD = "'"
# A cell is guarded when it starts with quotes followed by a formula character. Counting the
# quotes already there makes the rule reversible: "'=x" (typed so) becomes "''=x" and back.
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """The cell as a spreadsheet must show it: a leading quote stops formula evaluation."""
    if _NEEDS_GUARD.match(text):
        return _GUARD + text
    return text


def restore(text: str) -> str:
    """Undo `neutralise` for a cell read back from a file."""
    if text.startswith(_GUARD) and _GUARDED.match(text):
        return text[1:]
    return text


_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")


def is_formula(cell: str) -> bool:
    """True for a cell a spreadsheet would evaluate (what an export must never contain).
    A plain number such as -1.5 is a value, not a formula."""
    return bool(cell) and cell[0] in FORMULA_STARTS and not _PLAIN_NUMBER.fullmatch(cell)


def file_name(kind: str) -> str:
    return f"{kind}.csv"
