"""The command line's `site phase` and `hand`: saved, listed, refused in words with nothing changed."""

from __future__ import annotations

from tests.unit.journal_helpers import cli_json, folder_state, run_cli


def _site(journal_dir) -> None:
    added = run_cli(journal_dir, "site", "add", "Finger", "--kind", "deposit", "--region", "finger")
    assert added.returncode == 0, added.stderr


def test_site_phase_is_listed_with_the_sites(journal_dir):
    _site(journal_dir)
    for phase, day in (("active", "2026-01-02"), ("broke open", "2026-02-01")):
        marked = run_cli(journal_dir, "site", "phase", "Finger", phase, "--date", day)
        assert marked.returncode == 0, marked.stderr
    assert "Marked Finger broke open from 2026-02-01." in marked.stdout
    (row,) = cli_json(journal_dir, "site", "list")
    assert row["phase"] == "broke open"
    assert [(p["phase"], p["date"]) for p in row["phases"]] == [
        ("active", "2026-01-02"),
        ("broke_open", "2026-02-01"),
    ]


def test_bad_phases_are_refused_in_words_and_nothing_changes(journal_dir):
    _site(journal_dir)
    before = folder_state(journal_dir)
    for args, words in (
        (["Finger", "gone"], "'gone' is not a phase; say one of: active, broke open"),
        (["Nowhere", "healed"], "no site named 'Nowhere'"),
        (["Finger", "healed", "--date", "2026-02-30"], "not a real date"),
    ):
        result = run_cli(journal_dir, "site", "phase", *args)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before


def test_hand_readings_are_added_listed_and_deleted(journal_dir):
    added = run_cli(
        journal_dir,
        "hand",
        "add",
        "--hand",
        "right",
        "--finger",
        "middle",
        "--mm",
        "22",
        "--date",
        "2026-03-01",
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "New right middle finger reading of 2026-03-01 (22 mm)."
    (row,) = cli_json(journal_dir, "hand", "list")
    assert (row["hand"], row["finger"], row["distance_mm"], row["date"]) == (
        "right",
        "middle",
        22.0,
        "2026-03-01",
    )
    deleted = run_cli(journal_dir, "hand", "delete", str(row["id"]))
    assert deleted.returncode == 0 and cli_json(journal_dir, "hand", "list") == []


def test_bad_hand_readings_are_refused_in_words_and_nothing_changes(journal_dir):
    run_cli(
        journal_dir, "hand", "add", "--hand", "left", "--finger", "ring", "--mm", "5", "--date", "2026-03-01"
    )
    before = folder_state(journal_dir)
    for args, words in (
        (["add", "--hand", "middle", "--finger", "ring", "--mm", "5"], "'middle' is not one of: left, right"),
        (["add", "--hand", "left", "--finger", "thumb", "--mm", "5"], "'thumb' is not one of"),
        (["add", "--hand", "left", "--finger", "ring", "--mm", "-3"], "out of range"),
        (["add", "--hand", "left", "--finger", "ring", "--mm", "5", "--date", "3026-01-01"], "in the future"),
        (["delete", "99"], "no finger-to-palm reading with id 99"),
    ):
        result = run_cli(journal_dir, "hand", *args)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before
