"""Visits' structured findings on the command line and through CSV, refused in words when bad."""

from __future__ import annotations

from tests.unit.journal_helpers import cli_json, run_cli


def _site(journal_dir) -> None:
    assert (
        run_cli(journal_dir, "site", "add", "Finger", "--kind", "deposit", "--region", "finger").returncode
        == 0
    )


def test_a_visit_with_structured_findings_is_listed_with_its_site(journal_dir):
    _site(journal_dir)
    saved = run_cli(
        journal_dir,
        "visit",
        "--date",
        "2026-03-01",
        "--site",
        "Finger",
        "--ultrasound-mm",
        "4.2",
        "--ultrasound-depth-mm",
        "1.5",
        "--xray",
        "small deposit",
        "--biopsy-result",
        "calcinosis",
        "--named-type",
        "dystrophic",
    )
    assert saved.returncode == 0, saved.stderr
    (row,) = cli_json(journal_dir, "visits", "list")
    assert (
        row["site"],
        row["ultrasound_mm"],
        row["ultrasound_depth_mm"],
        row["biopsy"],
        row["named_type"],
    ) == ("Finger", 4.2, 1.5, True, "dystrophic")


def test_bad_findings_are_refused_and_nothing_changes(journal_dir):
    _site(journal_dir)
    for args, words in (
        (["--ultrasound-mm", "3"], "say which site"),
        (["--site", "Nowhere", "--ultrasound-mm", "3"], "no site named 'Nowhere'"),
        (["--site", "Finger", "--ultrasound-mm", "300"], "out of range"),
        (["--no-biopsy", "--biopsy-result", "x"], "needs the biopsy marked as done"),
        (["--named-type", "scary"], "not one of"),
    ):
        result = run_cli(journal_dir, "visit", "--date", "2026-03-02", *args)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert cli_json(journal_dir, "visits", "list") == []


def test_csv_carries_the_findings_into_another_journal(journal_dir, tmp_path):
    _site(journal_dir)
    run_cli(journal_dir, "visit", "--date", "2026-03-01", "--site", "Finger", "--ultrasound-mm", "4.2")
    out = tmp_path / "csv"
    assert run_cli(journal_dir, "export", "csv", "--out", str(out)).returncode == 0
    other = tmp_path / "other"
    result = run_cli(other, "import", "csv", str(out))
    assert result.returncode == 0, result.stderr
    (row,) = cli_json(other, "visits", "list")
    assert (row["site"], row["ultrasound_mm"]) == ("Finger", 4.2)
