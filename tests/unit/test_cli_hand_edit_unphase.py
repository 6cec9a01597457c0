"""The command line can do what the window does with hand readings and phase marks: `hand edit`
changes a reading, `site unphase` takes a phase mark away; bad input is refused in words with
nothing changed."""

from __future__ import annotations

from tests.unit.journal_helpers import cli_json, folder_state, run_cli


def _reading(journal_dir, day: str, mm: str) -> None:
    added = run_cli(
        journal_dir, "hand", "add", "--hand", "right", "--finger", "ring", "--mm", mm, "--date", day
    )
    assert added.returncode == 0, added.stderr


def test_hand_edit_changes_only_what_is_given(journal_dir):
    _reading(journal_dir, "2026-03-01", "20")
    (row,) = cli_json(journal_dir, "hand", "list")
    edited = run_cli(journal_dir, "hand", "edit", str(row["id"]), "--mm", "18", "--note", "after warm water")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.strip() == "Changed the right ring finger reading of 2026-03-01 (18 mm)."
    (after,) = cli_json(journal_dir, "hand", "list")
    assert after == {**row, "distance_mm": 18.0, "note": "after warm water"}
    moved = run_cli(journal_dir, "hand", "edit", str(row["id"]), "--finger", "little", "--note", "")
    assert moved.returncode == 0, moved.stderr
    (after,) = cli_json(journal_dir, "hand", "list")
    assert (after["id"], after["finger"], after["distance_mm"], after["note"]) == (
        row["id"],
        "little",
        18.0,
        None,
    )


def test_hand_edit_refuses_in_words_and_changes_nothing(journal_dir):
    _reading(journal_dir, "2026-03-01", "20")
    _reading(journal_dir, "2026-03-02", "10")
    first, second = cli_json(journal_dir, "hand", "list")
    before = folder_state(journal_dir)
    for args, words in (
        ([str(first["id"]), "--mm", "far"], "'far' is not a number"),
        ([str(first["id"]), "--mm", "500"], "distance_mm"),
        ([str(first["id"]), "--hand", "middle"], "hand"),
        (
            [str(first["id"]), "--date", "2026-03-02"],
            f"has a right ring finger reading of its own (id {second['id']})",
        ),
        (["999", "--mm", "3"], "no finger-to-palm reading with id 999"),
    ):
        result = run_cli(journal_dir, "hand", "edit", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before


def test_site_unphase_takes_one_mark_away(journal_dir):
    added = run_cli(journal_dir, "site", "add", "Finger", "--kind", "deposit", "--region", "finger")
    assert added.returncode == 0, added.stderr
    for phase, day in (("active", "2026-01-02"), ("healing", "2026-02-01")):
        assert run_cli(journal_dir, "site", "phase", "Finger", phase, "--date", day).returncode == 0
    removed = run_cli(journal_dir, "site", "unphase", "Finger", "--date", "2026-02-01")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.strip() == "Took away Finger's healing of 2026-02-01."
    (row,) = cli_json(journal_dir, "site", "list")
    assert [(p["phase"], p["date"]) for p in row["phases"]] == [("active", "2026-01-02")]
    assert row["phase"] == "active"

    before = folder_state(journal_dir)
    for args, words in (
        (["Finger", "--date", "2026-02-01"], "Finger has no phase marked on 2026-02-01"),
        (["Finger", "--date", "2026-02-30"], "not a real date"),
        (["Nowhere", "--date", "2026-01-02"], "no site named 'Nowhere'"),
    ):
        result = run_cli(journal_dir, "site", "unphase", *args)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before
