"""The journal's records as plain dataclasses.

Each record type has a `new(...)` constructor that validates raw input (from a form,
the command line or a CSV row) and refuses bad values with a message naming the field.
Stored records carry their database `id`; a record not yet saved has `id=None`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, ClassVar

from journal.core.domain import choices as C
from journal.core.domain import lab_tests
from journal.core.domain import validate as v
from journal.core.domain.validate import ValidateWords
from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.measure.uncertainty import SIZE_METHODS


class ModelWords(Words):
    """Why a record was refused."""


# Signs on an entry that the documents list as reasons for prompt medical attention.
ENTRY_WARNING_FIELDS = ("inflamed", "ulcerated", "discharge", "restricted_movement")
DAILY_SYMPTOM_FIELDS = ("fatigue", "weakness", "urination_changes")
# The stored photo files: pictures are re-encoded as JPEG, or PNG when lossless.
PHOTO_EXTS = ("jpg", "png")


@dataclasses.dataclass(frozen=True)
class Site:
    name: str
    kind: str
    region: str
    near_joint: bool = False
    diagnosed_type: str | None = None
    resolved_on: dt.date | None = None
    archived: bool = False
    reminder_days: int = 7
    notes: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> Site:
        return cls(
            name=v.text("name", raw.get("name"), required=True, max_len=200) or "",
            kind=v.choice("kind", raw.get("kind"), C.SITE_KINDS, required=True) or "",
            region=v.choice("region", raw.get("region"), C.REGIONS, required=True) or "",
            near_joint=bool(v.flag("near_joint", raw.get("near_joint"))),
            diagnosed_type=v.choice("diagnosed_type", raw.get("diagnosed_type"), C.DIAGNOSED_TYPES),
            resolved_on=v.optional_record_date("resolved_on", raw.get("resolved_on")),
            archived=bool(v.flag("archived", raw.get("archived"))),
            reminder_days=v.optional_int("reminder_days", raw.get("reminder_days"), 1, 365) or 7,
            notes=v.text("notes", raw.get("notes")),
            id=raw.get("id"),
        )


@dataclasses.dataclass(frozen=True)
class Entry:
    site_id: int
    date: dt.date
    tightness: int | None = None
    mobility: str | None = None
    shiny: bool | None = None
    pale: bool | None = None
    hair_thinning: bool | None = None
    size_mm: float | None = None
    width_mm: float | None = None  # the width across the bump, at right angles to size_mm
    size_method: str | None = None  # how size and width were measured: one of SIZE_METHODS
    count: int | None = None
    colour: str | None = None
    pain: int | None = None
    inflamed: bool | None = None
    ulcerated: bool | None = None
    discharge: bool | None = None
    restricted_movement: bool | None = None
    note: str | None = None
    id: int | None = None

    VALUE_FIELDS: ClassVar[tuple[str, ...]] = (
        "tightness",
        "mobility",
        "shiny",
        "pale",
        "hair_thinning",
        "size_mm",
        "width_mm",
        "size_method",
        "count",
        "colour",
        "pain",
        "inflamed",
        "ulcerated",
        "discharge",
        "restricted_movement",
    )

    @classmethod
    def new(cls, **raw: Any) -> Entry:
        site_id = raw.get("site_id")
        if not isinstance(site_id, int):
            raise ValidationError("site", ModelWords.tr("a site is required"))
        return cls(
            site_id=site_id,
            date=v.record_date("date", raw.get("date")),
            tightness=v.optional_int("tightness", raw.get("tightness"), 0, 10),
            mobility=v.choice("mobility", raw.get("mobility"), C.MOBILITY),
            shiny=v.flag("shiny", raw.get("shiny")),
            pale=v.flag("pale", raw.get("pale")),
            hair_thinning=v.flag("hair_thinning", raw.get("hair_thinning")),
            size_mm=v.optional_float("size_mm", raw.get("size_mm"), 0.0, 100.0, step=0.1),
            width_mm=v.optional_float("width_mm", raw.get("width_mm"), 0.0, 100.0, step=0.1),
            size_method=v.choice("size_method", raw.get("size_method"), SIZE_METHODS),
            count=v.optional_int("count", raw.get("count"), 0, 10_000),
            colour=v.choice("colour", raw.get("colour"), C.COLOURS),
            pain=v.optional_int("pain", raw.get("pain"), 0, 10),
            inflamed=v.flag("inflamed", raw.get("inflamed")),
            ulcerated=v.flag("ulcerated", raw.get("ulcerated")),
            discharge=v.flag("discharge", raw.get("discharge")),
            restricted_movement=v.flag("restricted_movement", raw.get("restricted_movement")),
            note=v.text("note", raw.get("note")),
            id=raw.get("id"),
        )

    def warning_signs(self) -> list[str]:
        return [name for name in ENTRY_WARNING_FIELDS if getattr(self, name)]


@dataclasses.dataclass(frozen=True)
class Photo:
    entry_id: int
    sha256: str
    ext: str
    taken_on: dt.date | None
    width: int
    height: int
    original_name: str | None = None
    id: int | None = None

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.{self.ext}"

    @classmethod
    def new(cls, **raw: Any) -> Photo:
        """A photo row from outside (a CSV file); the picture itself is checked elsewhere."""
        entry_id = raw.get("entry_id")
        if not isinstance(entry_id, int):
            raise ValidationError("entry", ModelWords.tr("the entry this photo belongs to is required"))
        sha256 = (v.text("sha256", raw.get("sha256"), required=True, max_len=64) or "").lower()
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValidationError(
                "sha256",
                ModelWords.tr("{value} is not a SHA-256 hash (64 hexadecimal digits)").format(
                    value=repr(sha256)
                ),
            )
        width = v.optional_int("width", raw.get("width"), 1, 1_000_000)
        height = v.optional_int("height", raw.get("height"), 1, 1_000_000)
        if width is None or height is None:
            raise ValidationError(
                "width" if width is None else "height", ValidateWords.tr("a value is required")
            )
        return cls(
            entry_id=entry_id,
            sha256=sha256,
            ext=v.choice("ext", raw.get("ext"), PHOTO_EXTS, required=True) or "",
            taken_on=v.optional_record_date("taken_on", raw.get("taken_on")),
            width=width,
            height=height,
            original_name=v.text("original_name", raw.get("original_name"), max_len=1000),
            id=raw.get("id"),
        )


@dataclasses.dataclass(frozen=True)
class DailyCheck:
    date: dt.date
    fatigue: bool | None = None
    weakness: bool | None = None
    urination_changes: bool | None = None
    stress: int | None = None
    note: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> DailyCheck:
        return cls(
            date=v.record_date("date", raw.get("date")),
            fatigue=v.flag("fatigue", raw.get("fatigue")),
            weakness=v.flag("weakness", raw.get("weakness")),
            urination_changes=v.flag("urination_changes", raw.get("urination_changes")),
            stress=v.optional_int("stress", raw.get("stress"), 0, 10),
            note=v.text("note", raw.get("note")),
            id=raw.get("id"),
        )


@dataclasses.dataclass(frozen=True)
class LabResult:
    date: dt.date
    test: str
    value: float
    unit: str
    low: float | None = None
    high: float | None = None
    note: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> LabResult:
        low = v.measured("low", raw.get("low"))
        high = v.measured("high", raw.get("high"))
        if low is not None and high is not None and low > high:
            raise ValidationError(
                "low",
                ModelWords.tr("the reference low {low} is above the high {high}").format(low=low, high=high),
            )
        return cls(
            date=v.record_date("date", raw.get("date")),
            test=lab_tests.test_name("test", raw.get("test")),
            value=v.measured("value", raw.get("value"), required=True) or 0.0,
            unit=v.text("unit", raw.get("unit"), required=True, max_len=40) or "",
            low=low,
            high=high,
            note=v.text("note", raw.get("note")),
            id=raw.get("id"),
        )

    @property
    def out_of_range(self) -> bool:
        return (self.low is not None and self.value < self.low) or (
            self.high is not None and self.value > self.high
        )


@dataclasses.dataclass(frozen=True)
class CareEvent:
    date: dt.date
    kind: str
    what: str
    amount: float | None = None
    unit: str | None = None
    minutes: int | None = None
    note: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> CareEvent:
        amount = v.measured("amount", raw.get("amount"), low=0.0)
        unit = v.text("unit", raw.get("unit"), max_len=40)
        if amount is not None and unit is None:
            raise ValidationError("unit", ModelWords.tr("an amount needs a unit (for example mcg or mg)"))
        return cls(
            date=v.record_date("date", raw.get("date")),
            kind=v.choice("kind", raw.get("kind"), C.CARE_KINDS, required=True) or "",
            what=v.text("what", raw.get("what"), required=True, max_len=200) or "",
            amount=amount,
            unit=unit,
            minutes=v.optional_int("minutes", raw.get("minutes"), 0, 24 * 60),
            note=v.text("note", raw.get("note")),
            id=raw.get("id"),
        )


@dataclasses.dataclass(frozen=True)
class Visit:
    date: dt.date
    clinician: str | None = None
    findings: str | None = None  # what they said, in the person's words
    note: str | None = None
    id: int | None = None
    # The findings in structured form (migration 0009), each optional.
    site_id: int | None = None  # the site the findings are about
    ultrasound_mm: float | None = None  # thickness on ultrasound
    ultrasound_depth_mm: float | None = None  # how deep under the skin's surface
    xray: str | None = None  # what the X-ray showed, in the doctor's words
    biopsy: bool | None = None  # a biopsy was done (None: not said)
    biopsy_result: str | None = None  # in the doctor's words
    named_type: str | None = None  # the type of deposit the doctor named (DIAGNOSED_TYPES)

    STRUCTURED: ClassVar[tuple[str, ...]] = (
        "site_id",
        "ultrasound_mm",
        "ultrasound_depth_mm",
        "xray",
        "biopsy",
        "biopsy_result",
        "named_type",
    )

    @classmethod
    def new(cls, **raw: Any) -> Visit:
        site_id = raw.get("site_id")
        if site_id is not None and (isinstance(site_id, bool) or not isinstance(site_id, int)):
            raise ValidationError(
                "site", ModelWords.tr("{value} is not a site of this journal").format(value=repr(site_id))
            )
        biopsy = v.flag("biopsy", raw.get("biopsy"))
        biopsy_result = v.text("biopsy_result", raw.get("biopsy_result"))
        if biopsy_result is not None and biopsy is False:
            raise ValidationError(
                "biopsy_result", ModelWords.tr("a biopsy result needs the biopsy marked as done")
            )
        ultrasound_mm = v.optional_float("ultrasound_mm", raw.get("ultrasound_mm"), 0.1, 100.0)
        depth = v.optional_float("ultrasound_depth_mm", raw.get("ultrasound_depth_mm"), 0.0, 100.0)
        if (ultrasound_mm is not None or depth is not None) and site_id is None:
            raise ValidationError(
                "site_id", ModelWords.tr("say which site the ultrasound was of, so it can be charted")
            )
        return cls(
            date=v.record_date("date", raw.get("date")),
            clinician=v.text("clinician", raw.get("clinician"), max_len=200),
            findings=v.text("findings", raw.get("findings")),
            note=v.text("note", raw.get("note")),
            id=raw.get("id"),
            site_id=site_id,
            ultrasound_mm=ultrasound_mm,
            ultrasound_depth_mm=depth,
            xray=v.text("xray", raw.get("xray")),
            biopsy=True if biopsy_result is not None and biopsy is None else biopsy,
            biopsy_result=biopsy_result,
            named_type=v.choice("named_type", raw.get("named_type"), C.DIAGNOSED_TYPES),
        )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in dataclasses.fields(cls))
    return names


def to_plain(record: Any) -> dict[str, Any]:
    """A record as JSON-ready values: dates as YYYY-MM-DD."""
    out: dict[str, Any] = {}
    for name in _field_names(type(record)):  # cached: listings call this once per row
        value = getattr(record, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def plain_text(value: Any) -> str:
    """A stored value as a person reads it: 2.5 not 2.50000001, yes/no, dates ISO, no 'None'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:16].replace("T", " ")
    return str(value)
