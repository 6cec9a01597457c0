"""skinjournal settings [--json], settings set KEY VALUE, settings reset KEY, run as a person would."""

from __future__ import annotations

import json

from journal_helpers import folder_state, run_cli

from journal.core.alerts.settings import SPECS
from journal.core.domain.preferences import PREFERENCES
from journal.core.journal import Journal


def _settings(journal_dir, *args):
    result = run_cli(journal_dir, "settings", *args)
    assert result.returncode == 0, result.stderr
    return result


def _by_key(journal_dir) -> dict[str, dict]:
    return {row["key"]: row for row in json.loads(_settings(journal_dir, "--json").stdout)}


def test_listing_shows_every_setting_with_value_default_and_reason(journal_dir):
    rows = _by_key(journal_dir)
    assert list(rows) == [p.key for p in PREFERENCES]
    assert {spec.key for spec in SPECS} | {"backup.every_days", "backup.keep_last"} == set(rows)
    pain = rows["alerts.pain_threshold"]
    assert (pain["value"], pain["default"], pain["min"], pain["max"], pain["whole_number"]) == (
        4,
        4,
        1,
        10,
        True,
    )
    assert "meaningful change is about 2 points" in pain["help"]
    growth = rows["alerts.growth_mm"]
    assert growth["value"] == 1.0 and "ruler" in growth["help"]
    assert "6 weeks also covers people who measure once a month" in rows["alerts.growth_window_days"]["help"]
    assert (rows["backup.every_days"]["value"], rows["backup.keep_last"]["value"]) == (7, 5)

    text = _settings(journal_dir).stdout
    assert "Warning signs\n  alerts.growth_percent = 30  (the default)" in text
    assert "\nBackups\n  backup.every_days = 7  (the default)" in text
    assert "Pain: a rating at or above" in text
    assert "Paper-ruler measurements of small lesions vary by tens of percent" in text


def test_set_changes_one_setting_and_reset_puts_back_the_default(journal_dir):
    done = _settings(journal_dir, "set", "alerts.pain_threshold", "6")
    assert done.stdout.strip() == "alerts.pain_threshold = 6  (default 4)"
    _settings(journal_dir, "set", "backup.keep_last", "3")
    _settings(journal_dir, "set", "alerts.growth_mm", "1.5")
    rows = _by_key(journal_dir)
    assert (
        rows["alerts.pain_threshold"]["value"],
        rows["backup.keep_last"]["value"],
        rows["alerts.growth_mm"]["value"],
    ) == (6, 3, 1.5)
    assert rows["backup.every_days"]["value"] == 7  # the other half of the schedule is left alone
    assert "alerts.pain_threshold = 6  (default 4)" in _settings(journal_dir).stdout

    reset = _settings(journal_dir, "reset", "alerts.pain_threshold")
    assert reset.stdout.strip() == "alerts.pain_threshold = 4  (the default)"
    assert _by_key(journal_dir)["alerts.pain_threshold"]["value"] == 4
    with Journal.open(journal_dir) as journal:  # the default is no stored value: a new default reaches it
        assert journal.store.setting("alerts.pain_threshold") is None


def test_backups_can_be_turned_off(journal_dir):
    assert _settings(journal_dir, "set", "backup.every_days", "0").stdout.strip() == (
        "backup.every_days = 0  (default 7)"
    )
    assert _by_key(journal_dir)["backup.every_days"]["value"] == 0


def test_refused_values_change_nothing_and_say_why(journal_dir):
    _settings(journal_dir, "set", "alerts.pain_threshold", "6")
    before = folder_state(journal_dir)
    for args, words in (
        (("set", "alerts.pain_threshold", "11"), "alerts.pain_threshold: 11 is out of range (1 to 10)"),
        (("set", "alerts.pain_threshold", "-1"), "alerts.pain_threshold: -1 is out of range (1 to 10)"),
        (("set", "alerts.pain_threshold", "high"), "alerts.pain_threshold: 'high' is not a number"),
        (("set", "alerts.pain_threshold", "4.5"), "alerts.pain_threshold: '4.5' must be a whole number"),
        (
            ("set", "alerts.symptom_days", "20"),
            "alerts.symptom_days: 20 days cannot fit in a window of 14 days",
        ),
        (("set", "backup.keep_last", "0"), "backup.keep_last: 0 is out of range (1 to 1000)"),
        (("set", "alerts.loudness", "3"), "alerts.loudness: no such setting"),
        (("reset", "alerts.loudness"), "alerts.loudness: no such setting"),
    ):
        result = run_cli(journal_dir, "settings", *args)
        assert result.returncode == 2, (args, result.stdout)
        assert words in result.stderr and "nothing was changed" in result.stderr, result.stderr
        assert folder_state(journal_dir) == before, args
    assert _by_key(journal_dir)["alerts.pain_threshold"]["value"] == 6


def test_a_reset_that_no_longer_fits_the_other_setting_is_refused(journal_dir):
    _settings(journal_dir, "set", "alerts.symptom_window_days", "30")
    _settings(journal_dir, "set", "alerts.symptom_days", "20")
    result = run_cli(journal_dir, "settings", "reset", "alerts.symptom_window_days")
    assert result.returncode == 2
    assert "20 days cannot fit in a window of 14 days; nothing was changed" in result.stderr
    rows = _by_key(journal_dir)
    assert (rows["alerts.symptom_days"]["value"], rows["alerts.symptom_window_days"]["value"]) == (20, 30)


def test_raising_the_pain_threshold_to_7_withdraws_the_alert_of_pain_5(journal_dir):
    for args in (
        ("site", "add", "Left elbow", "--kind", "deposit", "--region", "elbow"),
        ("log", "Left elbow", "--date", "2025-03-01", "--pain", "5"),
    ):
        assert run_cli(journal_dir, *args).returncode == 0
    rules = [(a["rule"], a["date"]) for a in json.loads(run_cli(journal_dir, "alerts", "--json").stdout)]
    assert rules == [("pain_inflammation_ulceration", "2025-03-01")]

    _settings(journal_dir, "set", "alerts.pain_threshold", "7")
    assert json.loads(run_cli(journal_dir, "alerts", "--json").stdout) == []

    _settings(journal_dir, "reset", "alerts.pain_threshold")
    rules = [(a["rule"], a["date"]) for a in json.loads(run_cli(journal_dir, "alerts", "--json").stdout)]
    assert rules == [("pain_inflammation_ulceration", "2025-03-01")]
