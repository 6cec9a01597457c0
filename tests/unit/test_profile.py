"""Who the summary is for: saved, shown, changed field by field and cleared, from the core and the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journal_helpers import cli_json, folder_state, run_cli

from journal.core.domain.profile import (
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NAME,
    PROFILE_KEY,
    Profile,
    load_profile,
    make_profile,
    save_profile,
    update_profile,
)
from journal.core.errors import ValidationError
from journal.core.journal import Journal
from journal.core.summary.content import gather_summary


def test_a_saved_profile_comes_back_and_reaches_the_summary(journal: Journal) -> None:
    assert load_profile(journal.store).is_empty  # nothing entered yet
    save_profile(
        journal.store,
        make_profile(
            "  Anna   Example ", "Limited scleroderma\n\n", "Vitamin K2 100 mcg daily; Magnesium 300 mg\n"
        ),
    )
    expected = Profile(
        "Anna Example", ("Limited scleroderma",), ("Vitamin K2 100 mcg daily", "Magnesium 300 mg")
    )
    assert load_profile(journal.store) == expected
    # Stored in the shape the summary reads (lists), not as the raw text typed.
    assert journal.store.setting(PROFILE_KEY) == {
        "name": "Anna Example",
        "conditions": ["Limited scleroderma"],
        "medicines": ["Vitamin K2 100 mcg daily", "Magnesium 300 mg"],
    }
    assert gather_summary(journal, today=dt.date(2026, 6, 1)).profile == expected


def test_only_the_fields_given_change_and_an_empty_one_clears(journal: Journal) -> None:
    update_profile(journal.store, name="Anna", conditions="Limited scleroderma", medicines="Zinc")
    update_profile(journal.store, medicines="Zinc 15 mg\nVitamin D 1000 IU")
    assert load_profile(journal.store) == Profile(
        "Anna", ("Limited scleroderma",), ("Zinc 15 mg", "Vitamin D 1000 IU")
    )
    update_profile(journal.store, name="", conditions="  ")
    assert load_profile(journal.store) == Profile(None, (), ("Zinc 15 mg", "Vitamin D 1000 IU"))
    update_profile(journal.store, medicines="")
    assert load_profile(journal.store).is_empty


def test_a_profile_saved_in_an_older_shape_is_kept_when_one_field_changes(journal: Journal) -> None:
    journal.store.set_setting(
        PROFILE_KEY, {"name": "Anna", "medicines": "Zinc", "supplements": ["Vitamin K2"]}
    )
    update_profile(journal.store, conditions="Limited scleroderma")
    assert journal.store.setting(PROFILE_KEY) == {
        "name": "Anna",
        "conditions": ["Limited scleroderma"],
        "medicines": ["Zinc", "Vitamin K2"],
    }


@pytest.mark.parametrize(
    ("field", "raw", "words"),
    [
        ("name", "A" * (MAX_NAME + 1), f"{MAX_NAME + 1} characters is too long (at most {MAX_NAME})"),
        (
            "conditions",
            "ok\n" + "B" * (MAX_ITEM + 1),
            f"line 2 (\u201c{'B' * 30}\u2026\u201d) has {MAX_ITEM + 1}",
        ),
        (
            "medicines",
            "\n".join(f"Pill {n}" for n in range(MAX_ITEMS + 1)),
            f"{MAX_ITEMS + 1} lines is too many",
        ),
    ],
)
def test_too_long_text_is_refused_and_the_saved_profile_stays(
    journal: Journal, field: str, raw: str, words: str
) -> None:
    update_profile(journal.store, name="Anna", conditions="Limited scleroderma", medicines="Zinc")
    before = journal.store.setting(PROFILE_KEY)
    with pytest.raises(ValidationError) as refused:
        update_profile(journal.store, **{field: raw})
    assert refused.value.field == field and words in refused.value.reason
    assert journal.store.setting(PROFILE_KEY) == before
    # A hand-built profile is checked again before it is saved.
    with pytest.raises(ValidationError):
        save_profile(journal.store, Profile(name="A" * (MAX_NAME + 1)))
    assert journal.store.setting(PROFILE_KEY) == before


def test_the_longest_accepted_text_fits_exactly(journal: Journal) -> None:
    lines = "\n".join(f"{n:02d}".ljust(MAX_ITEM, "m") for n in range(MAX_ITEMS))
    update_profile(journal.store, name="A" * MAX_NAME, medicines=lines)
    profile = load_profile(journal.store)
    assert profile.name == "A" * MAX_NAME
    assert len(profile.medicines) == MAX_ITEMS and {len(m) for m in profile.medicines} == {MAX_ITEM}


# -- the command line ------------------------------------------------------------------------------------------
def test_cli_sets_shows_and_clears(journal_dir) -> None:
    assert cli_json(journal_dir, "profile") == {"name": None, "conditions": [], "medicines": []}
    done = run_cli(
        journal_dir,
        "profile",
        "--name",
        "Anna Example",
        "--conditions",
        "Limited scleroderma",
        "--medicines",
        "Vitamin K2 100 mcg; Magnesium 300 mg",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "Name: Anna Example\nKnown conditions:\n  Limited scleroderma\n"
        "Supplements and medicines:\n  Vitamin K2 100 mcg\n  Magnesium 300 mg\n"
    )
    assert cli_json(journal_dir, "profile") == {
        "name": "Anna Example",
        "conditions": ["Limited scleroderma"],
        "medicines": ["Vitamin K2 100 mcg", "Magnesium 300 mg"],
    }
    cleared = cli_json(journal_dir, "profile", "--name", "", "--medicines", "")
    assert cleared == {"name": None, "conditions": ["Limited scleroderma"], "medicines": []}
    shown = run_cli(journal_dir, "profile")
    assert shown.stdout == (
        "Name: (not given)\nKnown conditions:\n  Limited scleroderma\n"
        "Supplements and medicines: (not given)\n"
    )


def test_cli_refuses_too_long_text_and_changes_nothing(journal_dir) -> None:
    assert run_cli(journal_dir, "profile", "--name", "Anna", "--medicines", "Zinc").returncode == 0
    before = folder_state(journal_dir)
    refused = run_cli(journal_dir, "profile", "--name", "Bob", "--medicines", "X" * (MAX_ITEM + 1))
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"medicines: line 1 (\u201c{'X' * 30}\u2026\u201d) has {MAX_ITEM + 1} characters" in refused.stderr
    assert "nothing was changed" in refused.stderr
    assert folder_state(journal_dir) == before
    assert json.loads(run_cli(journal_dir, "profile", "--json").stdout)["name"] == "Anna"  # not Bob
