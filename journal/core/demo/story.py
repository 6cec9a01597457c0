"""The demo journal's story: which sites, and what each week's entry of each site says.

Values follow slow true curves (tightness creeping up, deposits growing a few mm a year)
and are logged with the noise a person with a ruler adds. Two episodes stand out, once
each, on the first four sites: the finger deposit grows fast for four weeks (+2.5 mm), and
the forearm deposit breaks open with chalky discharge near the end. Nothing else in the
story can look like fast growth (ruler noise is clipped to 0.3 mm either way) or like a
sudden change in tightness (ratings move by at most 2 points from one week to the next).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from typing import Any

from journal.core.demo.images import RGB, Bump, Scene

FAST_GROWTH_MM = 2.5  # over FAST_GROWTH_WEEKS: well past +50% and +1.5 mm in 4 weeks
FAST_GROWTH_WEEKS = 4
SHRINK_AFTER_OPENING_MM = 1.0  # material came out
RULER_NOISE_MM = 0.15
RULER_NOISE_LIMIT_MM = 0.3
SKIP_WEEK_CHANCE = 0.03  # people miss a week now and then


@dataclasses.dataclass(frozen=True)
class Timeline:
    """Weekly entry dates ending on `end`, and the weeks the two episodes happen."""

    end: dt.date
    weeks: int

    @classmethod
    def for_years(cls, end: dt.date, years: float) -> Timeline:
        return cls(end=end, weeks=max(13, round(years * 365.25 / 7)))

    @property
    def start(self) -> dt.date:
        return self.date(0)

    def date(self, week: int) -> dt.date:
        return self.end - dt.timedelta(days=7 * (self.weeks - 1 - week))

    def fraction(self, week: int) -> float:
        return week / (self.weeks - 1)

    @property
    def growth_week(self) -> int:
        """The last week before the fast growth starts."""
        return round(0.55 * (self.weeks - 1))

    @property
    def ulcer_week(self) -> int:
        return self.weeks - 3

    def protected(self) -> set[int]:
        """Weeks that are always logged: the ends and the episodes."""
        growth = range(self.growth_week, self.growth_week + FAST_GROWTH_WEEKS + 1)
        return {0, self.weeks - 1, *growth, *range(self.ulcer_week - 1, self.ulcer_week + 2)}

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]


@dataclasses.dataclass(frozen=True)
class SitePlan:
    name: str
    kind: str
    region: str
    tone: RGB
    near_joint: bool = False
    notes: str | None = None
    story: str | None = None  # "fast_growth" or "ulceration"
    # areas: tightness and the share of hair in the photos, at the start and the end
    tightness: tuple[float, float] = (0.0, 0.0)
    hair: tuple[float, float] = (0.0, 0.0)
    hair_strands: int = 0
    hairline: bool = False
    thinning_noticed: float | None = None  # fraction of the timeline from which it is logged
    pale_chance: float = 0.15
    # deposits: true size of the main bump, satellites as (appears at fraction, x, y)
    size: tuple[float, float] = (0.0, 0.0)
    position: tuple[float, float] = (0.45, 0.5)
    aspect: float = 1.0
    satellites: tuple[tuple[float, float, float], ...] = ()
    colours: tuple[tuple[float, str], ...] = ((0.0, "white"),)
    pain: tuple[int, int] = (0, 1)


BASE_SITES = (
    SitePlan(
        "Scalp crown",
        "area",
        "scalp",
        (222, 184, 160),
        notes="Feels tight when I comb.",
        tightness=(3.0, 5.5),
        hair=(1.0, 0.55),
        hair_strands=800,
        thinning_noticed=0.3,
    ),
    SitePlan(
        "Right index finger",
        "deposit",
        "finger",
        (206, 156, 126),
        near_joint=True,
        notes="Hard bump beside the middle joint.",
        story="fast_growth",
        size=(2.5, 3.3),
        position=(0.5, 0.6),
        aspect=1.1,
        pain=(1, 2),
    ),
    SitePlan(
        "Left forearm",
        "deposit",
        "forearm",
        (214, 166, 136),
        notes="Inner side, a hand's width below the elbow.",
        story="ulceration",
        size=(4.0, 6.5),
        position=(0.42, 0.48),
        aspect=1.15,
        satellites=((0.4, 0.68, 0.3),),
        colours=((0.0, "white"), (0.6, "yellow")),
        pain=(0, 1),
    ),
    SitePlan(
        "Left temple",
        "area",
        "face",
        (226, 176, 148),
        tightness=(2.0, 3.5),
        hair=(0.9, 0.8),
        hair_strands=600,
        hairline=True,
        thinning_noticed=0.85,
        pale_chance=0.25,
    ),
)

EXTRA_SITES = (
    ("Left elbow", "deposit", "elbow", True),
    ("Back of neck", "area", "neck", False),
    ("Right knee", "deposit", "knee", True),
    ("Left thumb", "deposit", "finger", True),
    ("Upper chest", "area", "trunk", False),
    ("Right forearm", "deposit", "forearm", False),
    ("Right heel", "deposit", "foot", False),
    ("Back of left hand", "deposit", "hand", False),
    ("Forehead", "area", "face", False),
    ("Back of head", "area", "scalp", False),
    ("Right ring finger", "deposit", "finger", True),
    ("Left knee", "deposit", "knee", True),
    ("Lower back", "area", "trunk", False),
    ("Right elbow", "deposit", "elbow", True),
    ("Left shin", "deposit", "other", False),
    ("Right temple", "area", "face", False),
)


def site_plans(count: int, rng: random.Random) -> list[SitePlan]:
    """The four sites of the story, then calmer extra ones with unique names."""
    plans = list(BASE_SITES[:count])
    for i in range(count - len(plans)):
        name, kind, region, near_joint = EXTRA_SITES[i % len(EXTRA_SITES)]
        if i >= len(EXTRA_SITES):
            name = f"{name} ({i // len(EXTRA_SITES) + 1})"
        tone = (rng.randint(200, 230), rng.randint(150, 180), rng.randint(120, 150))
        if kind == "area":
            low = rng.uniform(1.0, 4.0)
            scalp = region == "scalp"
            plans.append(
                SitePlan(
                    name,
                    kind,
                    region,
                    tone,
                    tightness=(low, low + rng.uniform(0.0, 2.0)),
                    hair=(1.0, rng.uniform(0.6, 1.0)) if scalp else (0.0, 0.0),
                    hair_strands=700 if scalp else 0,
                )
            )
        else:
            start = rng.uniform(1.5, 4.5)
            plans.append(
                SitePlan(
                    name,
                    kind,
                    region,
                    tone,
                    near_joint=near_joint,
                    size=(start, start + rng.uniform(0.3, 2.5)),
                    position=(rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)),
                    aspect=rng.uniform(0.85, 1.2),
                    colours=((0.0, rng.choice(("white", "yellow"))),),
                )
            )
    return plans


def true_size(plan: SitePlan, timeline: Timeline, week: int) -> float:
    """The main bump's real diameter in mm that week (what the photo shows)."""
    low, high = plan.size
    size: float = low + (high - low) * timeline.fraction(week) ** 1.3
    if plan.story == "fast_growth":
        size += FAST_GROWTH_MM * min(1.0, max(0.0, (week - timeline.growth_week) / FAST_GROWTH_WEEKS))
    if plan.story == "ulceration" and week > timeline.ulcer_week:
        size -= SHRINK_AFTER_OPENING_MM
    return size


def _ruler_reading(size: float, rng: random.Random) -> float:
    noise = max(-RULER_NOISE_LIMIT_MM, min(RULER_NOISE_LIMIT_MM, rng.gauss(0.0, RULER_NOISE_MM)))
    return round(max(0.1, size + noise), 1)


def area_week(
    plan: SitePlan, timeline: Timeline, week: int, rng: random.Random
) -> tuple[dict[str, Any], Scene]:
    f = timeline.fraction(week)
    true_tightness = plan.tightness[0] + (plan.tightness[1] - plan.tightness[0]) * f
    # Rounded up or down at random in proportion: ratings wobble by a point, but never jump
    # 3 points in a week (which is what a sudden change looks like).
    whole = math.floor(true_tightness)
    tightness = min(10, max(0, whole + (rng.random() < true_tightness - whole)))
    if tightness <= 3:
        mobility = "free"
    elif tightness == 4:
        mobility = rng.choice(("free", "reduced"))
    else:
        mobility = "reduced" if tightness < 7 or rng.random() < 0.5 else "stuck"
    shiny = rng.random() < 0.1 + 0.12 * max(0, tightness - 3)
    pale = rng.random() < plan.pale_chance
    thinning = plan.thinning_noticed is not None and f >= plan.thinning_noticed
    values = {
        "tightness": tightness,
        "mobility": mobility,
        "shiny": shiny,
        "pale": pale,
        "hair_thinning": thinning if plan.hair_strands else None,
    }
    hair = plan.hair[0] + (plan.hair[1] - plan.hair[0]) * f
    return values, Scene(hair=hair, shiny=shiny, pale=pale)


def deposit_week(
    plan: SitePlan, timeline: Timeline, week: int, rng: random.Random
) -> tuple[dict[str, Any], Scene]:
    f = timeline.fraction(week)
    size = true_size(plan, timeline, week)
    bumps = [Bump(plan.position[0], plan.position[1], size, plan.aspect)]
    for appears, x, y in plan.satellites:
        if f >= appears:
            bumps.append(Bump(x, y, 1.2 + 1.3 * (f - appears) / (1 - appears), 0.9))
    colour = [c for start, c in plan.colours if f >= start][-1]
    pain = rng.randint(*plan.pain)
    signs = {"inflamed": False, "ulcerated": False, "discharge": False}
    note = None
    if plan.story == "fast_growth" and week > timeline.growth_week:
        pain = rng.randint(2, 3)
        if week == timeline.growth_week + FAST_GROWTH_WEEKS:
            note = "It has grown a lot in the last few weeks."
    if plan.story == "ulceration":
        offset = week - timeline.ulcer_week
        if offset == -1:
            colour, pain, signs["inflamed"] = "red", 4, True
            note = "Red and warm around it."
        elif offset == 0:
            colour, pain = "yellow", 6
            signs = {"inflamed": True, "ulcerated": True, "discharge": True}
            note = "Broke open; white chalky material came out."
        elif offset == 1:
            colour, pain, signs["inflamed"] = "red", 3, True
            note = "Scab over the opening, still a little red."
    values: dict[str, Any] = {
        "size_mm": _ruler_reading(size, rng),
        "count": len(bumps),
        "colour": colour,
        "pain": pain,
        **signs,
        "note": note,
    }
    if plan.near_joint:
        values["restricted_movement"] = False
    scene = Scene(
        bumps=tuple(bumps),
        colour=colour,
        inflamed=signs["inflamed"],
        ulcerated=signs["ulcerated"],
        discharge=signs["discharge"],
    )
    return values, scene


EVERYDAY_NOTES = (
    "Checked after the shower.",
    "Photo in daylight by the window.",
    "Felt about the same as last week.",
    "Busy week, quick check only.",
    "Compared with last month's photo.",
)


def week_of(
    plan: SitePlan, timeline: Timeline, week: int, rng: random.Random
) -> tuple[dict[str, Any], Scene]:
    if plan.kind == "area":
        values, scene = area_week(plan, timeline, week, rng)
    else:
        values, scene = deposit_week(plan, timeline, week, rng)
    if not values.get("note") and rng.random() < 0.06:
        values["note"] = rng.choice(EVERYDAY_NOTES)
    return values, scene
