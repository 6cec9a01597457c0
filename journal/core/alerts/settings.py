"""The alert thresholds: the issue's defaults, the reasons for them, and the person's own values.

Each threshold is a journal setting (`store.setting(key, default)`), so a settings pane can
show the help text and change the value. A stored value that is not a usable number is
ignored in favour of the documented default: a typo must never switch a warning sign off.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from journal.core.domain.validate import NumberSetting
from journal.core.errors import ValidationError
from journal.core.language import Words

if TYPE_CHECKING:
    from journal.core.store import Store


class AlertSettingWords(Words):
    """The alert thresholds' names and the reasons for their defaults."""


# Said with both size margins: the third condition, which has no number to set. Its own
# paragraph, so each size margin's reason is one whole sentence with this after it.
_UNCERTAINTY = AlertSettingWords.mark(
    "On top of that, growth must be larger than the two sizes' combined uncertainty (the square root "
    "of the sum of their squared ± values): about ±1 mm or 30% for a ruler, ±0.5 mm or 10% for a "
    "calliper, ±2 mm or 50% for an estimate, and for a size measured on a photo the ± its calibration "
    "gives, often a few tenths of a millimetre. So two photo measurements can show real growth that "
    "two ruler readings of the same sizes cannot. Sizes logged without saying how they were measured "
    "are judged by these margins alone."
)

# The help texts as marked: {uncertainty} stands for the paragraph above.
_TEMPLATES: tuple[NumberSetting, ...] = (
    NumberSetting(
        "alerts.growth_percent",
        AlertSettingWords.mark("Rapid growth: at least this many percent larger"),
        30,
        1,
        1000,
        False,
        AlertSettingWords.mark(
            "Paper-ruler measurements of small lesions vary by tens of percent, so a single measuring step "
            "must not raise an alert; growth counts only when it passes both this percentage and the "
            "millimetre margin. {uncertainty}"
        ),
    ),
    NumberSetting(
        "alerts.growth_mm",
        AlertSettingWords.mark("Rapid growth: and at least this many millimetres larger"),
        1.0,
        0.1,
        100,
        False,
        AlertSettingWords.mark(
            "Paper-ruler measurements of small lesions vary by tens of percent, so a single measuring step "
            "must not raise an alert; for a 2 mm bump 30% is only 0.6 mm, well inside a ruler's wobble, so "
            "growth must also pass this margin in millimetres. {uncertainty}"
        ),
    ),
    NumberSetting(
        "alerts.growth_window_days",
        AlertSettingWords.mark("Rapid growth: compared with sizes logged this many days before"),
        42,
        7,
        365,
        True,
        AlertSettingWords.mark(
            "The documents call growth over weeks rapid and growth over many months not; 6 weeks also "
            "covers people who measure once a month, since the previous month's size is always inside "
            "the window."
        ),
    ),
    NumberSetting(
        "alerts.count_factor",
        AlertSettingWords.mark("Rapid growth: bump count multiplied by at least"),
        2.0,
        1.1,
        100,
        False,
        AlertSettingWords.mark(
            "Counting small bumps is uncertain by one or two, so only a count that at least doubles within "
            "the window (from the minimum count below) is treated as rapid growth."
        ),
    ),
    NumberSetting(
        "alerts.count_min",
        AlertSettingWords.mark("Rapid growth: counts are compared from this many bumps"),
        2,
        1,
        10_000,
        True,
        AlertSettingWords.mark(
            "Going from 1 bump to 2 is one new bump, often a counting difference; doubling counts only "
            "from this many bumps."
        ),
    ),
    NumberSetting(
        "alerts.pain_threshold",
        AlertSettingWords.mark("Pain: a rating at or above"),
        4,
        1,
        10,
        True,
        AlertSettingWords.mark(
            "The documents list pain as a warning sign. A 0-10 rating wobbles from day to day (its "
            "meaningful change is about 2 points), so the low ratings of ordinary days do not raise an "
            "alert."
        ),
    ),
    NumberSetting(
        "alerts.rating_step",
        AlertSettingWords.mark("Pain: a further rise this many points above the last alert raises a new one"),
        2,
        1,
        10,
        True,
        AlertSettingWords.mark(
            "A 0-10 rating's meaningful change is about 2 points: while pain stays at or above the "
            "threshold, a new alert is raised only when it rises this much above the rating of the last "
            "alert, not on one point of wobble."
        ),
    ),
    NumberSetting(
        "alerts.symptom_days",
        AlertSettingWords.mark("Daily checks: fatigue or weakness on at least this many checks"),
        5,
        1,
        366,
        True,
        AlertSettingWords.mark(
            "One tired day is ordinary; fatigue or muscle weakness on many of the recent daily checks is "
            "the persistent kind the documents list as a warning sign."
        ),
    ),
    NumberSetting(
        "alerts.symptom_window_days",
        AlertSettingWords.mark("Daily checks: within the last this many days"),
        14,
        1,
        366,
        True,
        AlertSettingWords.mark(
            "Two weeks is long enough to tell persistent fatigue or weakness from a bad few days."
        ),
    ),
    NumberSetting(
        "alerts.tightness_points",
        AlertSettingWords.mark("Sudden change: tightness rose by at least this many points"),
        3,
        1,
        10,
        True,
        AlertSettingWords.mark(
            "A 0-10 rating's meaningful change is about 2 points, so one step of wobble must not raise an "
            "alert; 3 points is more than that. The documents describe a slow course, so a sudden change "
            "is worth a professional look."
        ),
    ),
    NumberSetting(
        "alerts.tightness_window_days",
        AlertSettingWords.mark("Sudden change: within this many days"),
        7,
        1,
        90,
        True,
        AlertSettingWords.mark(
            "Tightness changes over months; a rise of several points within a week is sudden."
        ),
    ),
)
_HELP_TEMPLATE = {spec.key: spec.help for spec in _TEMPLATES}
# The settings in English, as `skinjournal settings --json` and the stored keys know them.
SPECS: tuple[NumberSetting, ...] = tuple(
    dataclasses.replace(spec, help=spec.help.format(uncertainty=_UNCERTAINTY)) for spec in _TEMPLATES
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


@dataclasses.dataclass(frozen=True)
class Thresholds:
    growth_percent: float = 30
    growth_mm: float = 1.0
    growth_window_days: int = 42
    count_factor: float = 2.0
    count_min: int = 2
    pain_threshold: int = 4
    rating_step: int = 2
    symptom_days: int = 5
    symptom_window_days: int = 14
    tightness_points: int = 3
    tightness_window_days: int = 7

    @classmethod
    def from_store(cls, store: Store) -> Thresholds:
        values: dict[str, float | int] = {}
        for spec in SPECS:
            try:
                values[_attr(spec)] = spec.check(store.setting(spec.key, spec.default))
            except ValidationError:
                values[_attr(spec)] = spec.check(spec.default)
        if values["symptom_days"] > values["symptom_window_days"]:
            values["symptom_days"], values["symptom_window_days"] = cls.symptom_days, cls.symptom_window_days
        return cls(**values)  # type: ignore[arg-type]


def shown_label(spec: NumberSetting) -> str:
    """A threshold's name in the person's language ("Group: words", as the English)."""
    return AlertSettingWords.tr(spec.label)


def shown_help(spec: NumberSetting) -> str:
    """The reason for a threshold's default in the person's language."""
    template = _HELP_TEMPLATE.get(spec.key)
    if template is None:
        return spec.help
    return AlertSettingWords.tr(template).format(uncertainty=AlertSettingWords.tr(_UNCERTAINTY))


def _attr(spec: NumberSetting) -> str:
    return spec.key.removeprefix("alerts.")


def save_threshold(store: Store, key: str, value: object) -> float | int:
    """Validate and store one threshold; refuses a bad value with a message naming the setting."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise ValidationError(
            key,
            AlertSettingWords.tr("no such alert setting (known: {keys})").format(keys=", ".join(SPEC_BY_KEY)),
        )
    number = spec.check(value)
    if key in ("alerts.symptom_days", "alerts.symptom_window_days"):
        current = Thresholds.from_store(store)
        days = number if key == "alerts.symptom_days" else current.symptom_days
        window = number if key == "alerts.symptom_window_days" else current.symptom_window_days
        if days > window:
            raise ValidationError(
                key,
                AlertSettingWords.tr("{days} days cannot fit in a window of {window} days").format(
                    days=days, window=window
                ),
            )
    store.set_setting(key, number)
    return number
