"""One daily check per date, merged rather than replaced, for the window and the command line.

A second save for a day changes only what it gives: a symptom logged as "yes" is never
turned into "no" (or "not checked") by a save that did not see it, because a logged change
in urination (a sign of a kidney problem) was lost that way. The person may still correct
a "yes" they can see (the window shows it) or explicitly (`daily --replace`).

Yes/no fields are three-state: None is "not checked", which a save leaves as it is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from journal.core.domain.model import DailyCheck
from journal.core.errors import ValidationError

YES_NO_FIELDS = ("fatigue", "weakness", "urination_changes")
FIELDS = (*YES_NO_FIELDS, "stress", "note")


class LoggedYesKept(ValidationError):
    """A save would have turned a logged "yes" into "no" or "not checked"; nothing was saved."""

    def __init__(self, field: str, day: dt.date, to: bool | None) -> None:
        words = "no" if to is False else "not checked"
        super().__init__(
            field,
            f"the daily check of {day.isoformat()} already says yes; it was kept, not changed to {words}",
        )
        self.day = day


def given(check: DailyCheck) -> dict[str, Any]:
    """What a check says (the fields it has a value for): a command line's flags, an import's row."""
    return {name: getattr(check, name) for name in FIELDS if getattr(check, name) is not None}


def edited(seen: DailyCheck | None, form: DailyCheck) -> dict[str, Any]:
    """What a person changed in a form that showed `seen` (None: the day had no check), including
    a value taken away (set back to "not checked" or emptied)."""
    if seen is None:
        return given(form)
    return {name: getattr(form, name) for name in FIELDS if getattr(form, name) != getattr(seen, name)}


def merge(
    saved: DailyCheck | None,
    day: dt.date,
    changes: Mapping[str, Any],
    *,
    replace: bool = False,
    seen: DailyCheck | None = None,
    keep_logged_yes: bool = False,
) -> DailyCheck:
    """The day's check once `changes` are made to what is saved now (`saved`, None if nothing is).

    A "yes" in `saved` is changed only with `replace`, or when `seen` (what the person's form
    showed) held that "yes" too: otherwise LoggedYesKept names the field, or with
    `keep_logged_yes` the "yes" quietly stays. A new note is added below a different saved one,
    unless `replace` or the person edited the note they saw.
    """
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"not daily check fields: {sorted(unknown)}")
    base = saved if saved is not None else DailyCheck(date=day)
    values: dict[str, Any] = {}
    for name in YES_NO_FIELDS:
        if name not in changes:
            continue
        now, wanted = getattr(base, name), changes[name]
        if now is True and wanted is not True and not replace and getattr(seen, name, None) is not True:
            if keep_logged_yes:
                continue
            raise LoggedYesKept(name, day, wanted)
        values[name] = wanted
    if "stress" in changes:
        values["stress"] = changes["stress"]
    if "note" in changes:
        values["note"] = _note(
            base.note, changes["note"], replace or (seen is not None and seen.note == base.note)
        )
    # Checked again as a whole: two notes joined may be longer than one may be.
    return DailyCheck.new(**dataclasses.asdict(dataclasses.replace(base, date=day, **values)))


def _note(saved: str | None, wanted: str | None, overwrite: bool) -> str | None:
    if overwrite or not saved:
        return wanted
    if not wanted or wanted == saved or wanted in saved.split("\n"):
        return saved  # nothing new to add (a repeated note is not written twice)
    return f"{saved}\n{wanted}"
