"""Which of an entry's values fit a site: the entry editor asks only these.

An area (a scalp, a stretch of tight skin) is judged by feel and look: tightness, how it moves,
shine, paleness, hair. A deposit (a bump or a cluster) is measured: size, width, how it was
measured, count, colour. "Harder to move the joint" is asked only of a site near a joint.
Pain and the other warning signs are asked of every site: they can show anywhere.

A value already logged is always shown, whatever the site, so that nothing stored is hidden
(or lost on save) when a site's kind or joint changes after entries were made.
"""

from __future__ import annotations

from collections.abc import Mapping

from journal.core.domain.model import Site

AREA_FIELDS = ("tightness", "mobility", "shiny", "pale", "hair_thinning")
DEPOSIT_FIELDS = ("size_mm", "width_mm", "size_method", "count", "colour")
JOINT_FIELDS = ("restricted_movement",)
EVERY_SITE_FIELDS = ("pain", "inflamed", "ulcerated", "discharge")


def fields_for(kind: str, near_joint: bool) -> frozenset[str]:
    """The values asked of a site of this kind, near a joint or not."""
    kind_fields = AREA_FIELDS if kind == "area" else DEPOSIT_FIELDS
    return frozenset((*kind_fields, *EVERY_SITE_FIELDS, *(JOINT_FIELDS if near_joint else ())))


def fields_to_ask(site: Site | None, values: Mapping[str, object]) -> frozenset[str]:
    """The fields to show for `site`: those that fit it, and any that already hold a value.
    Without a site (none chosen yet) every field is shown."""
    if site is None:
        return frozenset((*AREA_FIELDS, *DEPOSIT_FIELDS, *JOINT_FIELDS, *EVERY_SITE_FIELDS))
    held = {field for field, value in values.items() if value is not None}
    return fields_for(site.kind, site.near_joint) | held
