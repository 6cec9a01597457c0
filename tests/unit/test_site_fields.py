"""The entry editor asks what fits the site; a value already logged is always shown."""

from __future__ import annotations

from journal.core.domain.model import Entry, Site
from journal.core.domain.site_fields import (
    AREA_FIELDS,
    DEPOSIT_FIELDS,
    EVERY_SITE_FIELDS,
    fields_for,
    fields_to_ask,
)


def test_an_area_is_asked_about_feel_and_look_a_deposit_about_its_measure() -> None:
    scalp = fields_for("area", near_joint=False)
    assert {"tightness", "mobility", "shiny", "pale", "hair_thinning", "pain"} <= scalp
    assert not scalp & {"size_mm", "width_mm", "size_method", "count", "colour", "restricted_movement"}
    elbow = fields_for("deposit", near_joint=True)
    assert {"size_mm", "width_mm", "size_method", "count", "colour", "restricted_movement", "pain"} <= elbow
    assert not elbow & set(AREA_FIELDS)
    assert "restricted_movement" not in fields_for("deposit", near_joint=False)


def test_warning_signs_and_pain_are_asked_of_every_site() -> None:
    for kind in ("area", "deposit"):
        for joint in (False, True):
            assert set(EVERY_SITE_FIELDS) <= fields_for(kind, joint)


def test_a_value_already_logged_is_shown_whatever_the_site() -> None:
    scalp = Site.new(name="Scalp", kind="area", region="scalp")
    entry = Entry.new(site_id=1, date="2026-03-01", size_mm=4.5, restricted_movement=True, tightness=3)
    values = {field: getattr(entry, field) for field in Entry.VALUE_FIELDS}
    shown = fields_to_ask(scalp, values)
    assert {"size_mm", "restricted_movement", "tightness"} <= shown
    assert "count" not in shown and "colour" not in shown


def test_without_a_site_every_field_is_shown() -> None:
    assert set(DEPOSIT_FIELDS) | set(AREA_FIELDS) <= fields_to_ask(None, {})
