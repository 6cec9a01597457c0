"""Small checks shared by every record type; each names the field it refuses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re

from journal.core.domain.choices import ALIASES
from journal.core.errors import ValidationError
from journal.core.language import Words, number


class ValidateWords(Words):
    """Why a value was refused (the field's key goes in front, see ValidationError)."""


def _shown(value: float) -> str:
    """A bound as short as it is exact ("100", "0.5"), the locale's way."""
    plain = f"{value:g}"
    return plain if "e" in plain else number(value, len(plain.partition(".")[2]))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The largest size a measured number may have (a lab value, its reference range, a care amount).
# A lab prints its results with a handful of digits: calcium, phosphate, vitamin D, PTH and
# creatinine stay below a few thousand in every unit in use, and even a count printed per
# microlitre (platelets, at most a few million) stays below ten million. Anything larger is a
# typing slip, and a bound keeps every chart's and summary's arithmetic finite (1e308 overflowed).
MAX_MEASURED = 10_000_000.0

# The dates a record may carry. Before 1900 nothing a person logs happened (and year 1 made
# the alerts' and the summary's date arithmetic overflow); up to tomorrow, not today, because
# a person a time zone ahead of their computer's clock may already be living in it.
EARLIEST_DATE = dt.date(1900, 1, 1)


def latest_date() -> dt.date:
    """The last date a record may carry: tomorrow by this computer's clock."""
    return dt.date.today() + dt.timedelta(days=1)


def parse_date(field: str, value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, ValidateWords.tr("a date is required (YYYY-MM-DD)"))
    text = value.strip()
    if not _ISO_DATE.fullmatch(text):
        raise ValidationError(
            field, ValidateWords.tr("{value} is not a date in the form YYYY-MM-DD").format(value=repr(text))
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, ValidateWords.tr("{value} is not a real date (use YYYY-MM-DD)").format(value=repr(text))
        ) from None


def optional_date(field: str, value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    return parse_date(field, value)


def date_in_range(field: str, day: dt.date) -> dt.date:
    """`day` if a record may carry it (EARLIEST_DATE to tomorrow), else refused in words."""
    if day < EARLIEST_DATE:
        raise ValidationError(
            field,
            ValidateWords.tr("{date} is too early: the journal takes dates from {earliest} on").format(
                date=day.isoformat(), earliest=EARLIEST_DATE.isoformat()
            ),
        )
    latest = latest_date()
    if day > latest:
        raise ValidationError(
            field,
            ValidateWords.tr("{date} is in the future: the journal takes dates up to {latest}").format(
                date=day.isoformat(), latest=latest.isoformat()
            ),
        )
    return day


def record_date(field: str, value: object) -> dt.date:
    """A record's date as entered (form, command line, CSV): a real date, within the journal's range."""
    return date_in_range(field, parse_date(field, value))


def optional_record_date(field: str, value: object) -> dt.date | None:
    day = optional_date(field, value)
    return None if day is None else date_in_range(field, day)


def choice(field: str, value: object, allowed: tuple[str, ...], required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise ValidationError(
                field,
                ValidateWords.tr("a value is required (one of: {choices})").format(
                    choices=", ".join(allowed)
                ),
            )
        return None
    text = str(value).strip().lower()
    text = ALIASES.get(text, text)
    if text not in allowed:
        raise ValidationError(
            field,
            ValidateWords.tr("{value} is not one of: {choices}").format(
                value=repr(value), choices=", ".join(allowed)
            ),
        )
    return text


def _number(field: str, value: object) -> float:
    if isinstance(value, bool):
        raise ValidationError(field, ValidateWords.tr("{value} is not a number").format(value=repr(value)))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            raise ValidationError(
                field, ValidateWords.tr("{value} is not a number").format(value=repr(value))
            ) from None
    if not math.isfinite(number):
        raise ValidationError(
            field, ValidateWords.tr("{value} is not a finite number").format(value=repr(value))
        )
    return number


def optional_int(field: str, value: object, low: int, high: int | None) -> int | None:
    if value is None or value == "":
        return None
    number = _number(field, value)
    if number != int(number):
        raise ValidationError(
            field, ValidateWords.tr("{value} must be a whole number").format(value=repr(value))
        )
    whole = int(number)
    if whole < low or (high is not None and whole > high):
        upper = f"{high}" if high is not None else ValidateWords.tr("any", "no upper bound")
        raise ValidationError(
            field,
            ValidateWords.tr("{value} is out of range ({low} to {high})").format(
                value=whole, low=low, high=upper
            ),
        )
    return whole


def optional_float(
    field: str,
    value: object,
    low: float | None = None,
    high: float | None = None,
    step: float | None = None,
) -> float | None:
    if value is None or value == "":
        return None
    number = _number(field, value)
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValidationError(
            field,
            ValidateWords.tr("{value} is out of range ({low} to {high})").format(
                value=value, low=low, high=high
            ),
        )
    if step is not None:
        steps = round(number / step)
        if abs(steps * step - number) > 1e-6:
            raise ValidationError(
                field, ValidateWords.tr("{value} must be in steps of {step}").format(value=value, step=step)
            )
        number = round(steps * step, 6)
    return number


def bounded_number(field: str, value: object, low: float, high: float, whole: bool) -> float | int:
    """A setting's number: within [low, high], and an int when it must be whole."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValidationError(field, ValidateWords.tr("{value} is not a number").format(value=repr(value)))
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(
            field, ValidateWords.tr("{value} is not a number").format(value=repr(value))
        ) from None
    if not low <= number <= high:
        raise ValidationError(
            field,
            ValidateWords.tr("{value} is out of range ({low} to {high})").format(
                value=value, low=_shown(low), high=_shown(high)
            ),
        )
    if whole:
        if number != int(number):
            raise ValidationError(
                field, ValidateWords.tr("{value} must be a whole number").format(value=repr(value))
            )
        return int(number)
    return number


@dataclasses.dataclass(frozen=True)
class NumberSetting:
    """A setting a person can change: a number between low and high (whole or not), its
    default, and the words that explain it. Alert thresholds and preferences are these."""

    key: str
    label: str
    default: float
    low: float
    high: float
    whole: bool
    help: str

    def check(self, value: object) -> float | int:
        return bounded_number(self.key, value, self.low, self.high, self.whole)


def measured(field: str, value: object, low: float = -MAX_MEASURED, required: bool = False) -> float | None:
    """A measured number (lab value, reference limit, amount): finite and at most MAX_MEASURED in size."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, ValidateWords.tr("a value is required"))
        return None
    number = _number(field, value)
    if not low <= number <= MAX_MEASURED:
        raise ValidationError(
            field,
            ValidateWords.tr("{value} is out of range ({low} to {high})").format(
                value=value, low=f"{low:,.0f}", high=f"{MAX_MEASURED:,.0f}"
            ),
        )
    return number


def required_float(field: str, value: object) -> float:
    if value is None or value == "":
        raise ValidationError(field, ValidateWords.tr("a value is required"))
    return _number(field, value)


def flag(field: str, value: object) -> bool | None:
    """Tri-state: None means the person did not check this."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y"):
        return True
    if text in ("0", "false", "no", "n"):
        return False
    raise ValidationError(field, ValidateWords.tr("{value} is not yes/no").format(value=repr(value)))


def text(field: str, value: object, required: bool = False, max_len: int = 10_000) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, ValidateWords.tr("a value is required"))
        return None
    result = str(value).strip()
    if len(result) > max_len:
        raise ValidationError(
            field, ValidateWords.tr("is longer than {count} characters").format(count=max_len)
        )
    if "\x00" in result:
        raise ValidationError(field, ValidateWords.tr("contains a NUL character"))
    return result
