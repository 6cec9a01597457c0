"""skinjournal alerts [--json] [--all] and skinjournal alerts ack ID [--note TEXT], run as a person would."""

from __future__ import annotations

import json
import re

from journal_helpers import run_cli


def _journal_with_signs(journal_dir):
    for args in (
        ("site", "add", "Left elbow", "--kind", "deposit", "--region", "elbow", "--near-joint"),
        ("log", "Left elbow", "--date", "2025-01-01", "--size-mm", "3.0"),
        ("log", "Left elbow", "--date", "2025-02-01", "--size-mm", "4.0"),
        ("log", "Left elbow", "--date", "2025-02-08", "--ulcerated", "--discharge"),
    ):
        result = run_cli(journal_dir, *args)
        assert result.returncode == 0, result.stderr


def _alerts(journal_dir, *args):
    result = run_cli(journal_dir, "alerts", *args)
    assert result.returncode == 0, result.stderr
    return result


def test_alerts_json_lists_open_alerts_with_their_evidence(journal_dir):
    _journal_with_signs(journal_dir)
    rows = json.loads(_alerts(journal_dir, "--json").stdout)
    assert [(r["rule"], r["site"], r["date"], r["status"]) for r in rows] == [
        ("rapid_growth", "Left elbow", "2025-02-01", "open"),
        ("pain_inflammation_ulceration", "Left elbow", "2025-02-08", "open"),
        ("chalky_discharge", "Left elbow", "2025-02-08", "open"),
    ]
    growth = rows[0]
    assert isinstance(growth["id"], int)
    assert growth["message"].startswith("Left elbow measured 4.0 mm across on 2025-02-01, up from 3.0 mm")
    assert [{k: ev[k] for k in ("date", "field", "value")} for ev in growth["evidence"]] == [
        {"date": "2025-01-01", "field": "size_mm", "value": 3.0},
        {"date": "2025-02-01", "field": "size_mm", "value": 4.0},
    ]


def test_ack_hides_an_alert_until_all_is_asked_for(journal_dir):
    _journal_with_signs(journal_dir)
    growth_id = json.loads(_alerts(journal_dir, "--json").stdout)[0]["id"]
    done = _alerts(journal_dir, "ack", str(growth_id), "--note", "shown to Dr Meyer on 2025-02-10")
    assert done.stdout.strip() == f"Acknowledged alert {growth_id} (Rapid growth, 2025-02-01)."
    assert growth_id not in [r["id"] for r in json.loads(_alerts(journal_dir, "--json").stdout)]
    everything = json.loads(_alerts(journal_dir, "--json", "--all").stdout)
    (acked,) = [r for r in everything if r["id"] == growth_id]
    assert acked["status"] == "acknowledged" and acked["ack_note"] == "shown to Dr Meyer on 2025-02-10"
    assert [r["status"] for r in everything] == ["open", "open", "acknowledged"]


def test_acknowledging_twice_keeps_both_notes_with_their_times(journal_dir):
    _journal_with_signs(journal_dir)
    growth_id = json.loads(_alerts(journal_dir, "--json").stdout)[0]["id"]
    _alerts(journal_dir, "ack", str(growth_id), "--note", "shown to Dr Meyer on 2025-02-10")
    _alerts(journal_dir, "ack", str(growth_id), "--note", "and to Dr Roth on 2025-03-01")
    (acked,) = [r for r in json.loads(_alerts(journal_dir, "--all", "--json").stdout) if r["id"] == growth_id]
    history = acked["acknowledgements"]
    assert [ack["note"] for ack in history] == [
        "and to Dr Roth on 2025-03-01",
        "shown to Dr Meyer on 2025-02-10",
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", ack["at"]) for ack in history)
    assert history[0]["at"] >= history[1]["at"]
    assert acked["acknowledged_at"] == history[1]["at"]  # first acknowledged then
    text = _alerts(journal_dir, "--all").stdout
    assert (
        f"    acknowledged {history[0]['at']}: and to Dr Roth on 2025-03-01\n"
        f"    acknowledged {history[1]['at']}: shown to Dr Meyer on 2025-02-10" in text
    )


def test_the_plain_listing_reads_as_sentences(journal_dir):
    _journal_with_signs(journal_dir)
    text = _alerts(journal_dir).stdout
    assert "Rapid growth · Left elbow · open" in text
    assert "This is a warning sign that calls for prompt medical attention" in text
    assert "evidence: 2025-01-01 size_mm 3.0; 2025-02-01 size_mm 4.0" in text
    assert "3 open alert(s)." in text
    _alerts(journal_dir, "ack", "1")
    text = _alerts(journal_dir).stdout
    assert "2 open alert(s)." in text and "1 acknowledged alert(s) not shown" in text
    assert "· acknowledged" in _alerts(journal_dir, "--all").stdout


def test_an_empty_journal_has_no_alerts(journal_dir):
    assert json.loads(_alerts(journal_dir, "--json").stdout) == []
    assert "0 open alert(s)." in _alerts(journal_dir).stdout


def test_ack_of_an_unknown_id_or_a_bad_note_is_refused(journal_dir):
    _journal_with_signs(journal_dir)
    missing = run_cli(journal_dir, "alerts", "ack", "99")
    assert missing.returncode == 2 and "no alert with id 99" in missing.stderr
    not_a_number = run_cli(journal_dir, "alerts", "ack", "first")
    assert not_a_number.returncode == 2 and "invalid int value" in not_a_number.stderr
    bad_note = run_cli(journal_dir, "alerts", "ack", "1", "--note", "x" * 3000)
    assert bad_note.returncode == 2 and "note" in bad_note.stderr
    assert [r["status"] for r in json.loads(_alerts(journal_dir, "--json", "--all").stdout)] == ["open"] * 3


def test_alerts_of_one_site(journal_dir):
    _journal_with_signs(journal_dir)
    assert run_cli(journal_dir, "site", "add", "Scalp", "--kind", "area", "--region", "scalp").returncode == 0
    assert run_cli(journal_dir, "log", "Scalp", "--date", "2025-03-01", "--inflamed").returncode == 0
    rows = json.loads(_alerts(journal_dir, "--json", "--site", "scalp").stdout)
    assert [(r["site"], r["rule"]) for r in rows] == [("Scalp", "pain_inflammation_ulceration")]
    unknown = run_cli(journal_dir, "alerts", "--site", "Nose")
    assert unknown.returncode == 2 and "no site named 'Nose'" in unknown.stderr


def test_help_describes_both_forms():
    listing = run_cli(None, "alerts", "--help")
    assert "--all" in listing.stdout and "ack" in listing.stdout
    ack = run_cli(None, "alerts", "ack", "--help")
    assert "--note" in ack.stdout
