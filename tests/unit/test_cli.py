"""The command-line contract, end to end: real child processes on a temporary journal."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from journal_helpers import ROOT, SKINJOURNAL, cli_json, folder_state, run_cli

from journal.core.journal import Journal

SNAKE = re.compile(r"[a-z][a-z0-9_]*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ENTRY_KEYS = {
    "id",
    "site",
    "site_id",
    "date",
    "tightness",
    "mobility",
    "shiny",
    "pale",
    "hair_thinning",
    "size_mm",
    "width_mm",
    "size_method",
    "count",
    "colour",
    "pain",
    "inflamed",
    "ulcerated",
    "discharge",
    "restricted_movement",
    "note",
    "photos",
}
SITE_KEYS = {
    "id",
    "name",
    "kind",
    "region",
    "near_joint",
    "diagnosed_type",
    "resolved_on",
    "archived",
    "reminder_days",
    "notes",
    "phase",  # where the lesion is in its course (active, broke open, healing, ...)
    "phases",
}
FULL_LOG = [
    "log",
    "left forearm",
    "--date",
    "2026-03-01",
    "--tightness",
    "7",
    "--mobility",
    "reduced",
    "--size-mm",
    "4.2",
    "--width-mm",
    "3.1",
    "--method",
    "calliper",
    "--count",
    "3",
    "--colour",
    "skin-coloured",
    "--pain",
    "2",
    "--shiny",
    "--pale",
    "--hair-thinning",
    "--inflamed",
    "--ulcerated",
    "--discharge",
    "--restricted-movement",
    "--note",
    "Harder after the weekend; ä ö 日本",
]


def ok(journal_dir: Path | None, *args: str, **kwargs) -> str:
    result = run_cli(journal_dir, *args, **kwargs)
    assert result.returncode == 0, f"{args}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


def _keys_are_snake_case(rows: list[dict]) -> None:
    for row in rows:
        assert all(SNAKE.fullmatch(key) for key in row), row.keys()


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """A journal filled only through the command line: two sites, two entries, photos."""
    journal_dir = tmp_path_factory.mktemp("cli") / "journal"
    samples = ROOT / "tests" / "samples" / "photos"
    ok(journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm", "--near-joint")
    ok(journal_dir, "site", "add", "Scalp crown", "--kind", "area", "--region", "scalp")
    ok(
        journal_dir,
        *FULL_LOG,
        "--photo",
        str(samples / "forearm_2026-03-01.jpg"),
        "--photo",
        str(samples / "forearm_2026-04-02_rotated.jpg"),
    )
    ok(journal_dir, "log", "Scalp crown", "--date", "2026-03-02", "--tightness", "5")
    return journal_dir


@pytest.fixture(scope="module")
def filled_state(filled) -> tuple[list[dict], dict[str, str]]:
    """What `entries --json` prints and every file's hash, taken once: no test here changes `filled`."""
    return cli_json(filled, "entries"), folder_state(filled)


# -- sites ---------------------------------------------------------------------------------------


def test_site_list_json(filled):
    sites = cli_json(filled, "site", "list")
    _keys_are_snake_case(sites)
    assert [s["name"] for s in sites] == ["Left forearm", "Scalp crown"]
    forearm, scalp = sites
    assert set(forearm) == SITE_KEYS
    assert forearm["kind"] == "deposit" and forearm["region"] == "forearm" and forearm["near_joint"] is True
    assert scalp["kind"] == "area" and scalp["near_joint"] is False and scalp["resolved_on"] is None


def test_site_list_as_a_table(filled):
    out = ok(filled, "site", "list")
    assert out.splitlines()[0].split()[:3] == ["name", "kind", "region"]
    assert "Left forearm" in out and "Scalp crown" in out


def test_site_edit_and_dates_in_json(tmp_path):
    journal_dir = tmp_path / "journal"
    ok(journal_dir, "site", "add", "Right knee", "--kind", "deposit", "--region", "knee")
    ok(journal_dir, "site", "edit", "right knee", "--resolved-on", "2026-05-02", "--rename", "Right knee cap")
    (site,) = cli_json(journal_dir, "site", "list")
    assert site["name"] == "Right knee cap" and site["resolved_on"] == "2026-05-02"


# -- entries -------------------------------------------------------------------------------------


def test_log_with_every_flag_and_two_photos(filled):
    entries = cli_json(filled, "entries")
    _keys_are_snake_case(entries)
    assert [e["date"] for e in entries] == ["2026-03-01", "2026-03-02"]
    full = entries[0]
    assert set(full) == ENTRY_KEYS
    assert {k: full[k] for k in ENTRY_KEYS - {"id", "site_id", "photos"}} == {
        "site": "Left forearm",
        "date": "2026-03-01",
        "tightness": 7,
        "mobility": "reduced",
        "size_mm": 4.2,
        "width_mm": 3.1,
        "size_method": "calliper",
        "count": 3,
        "colour": "skin",
        "pain": 2,
        "shiny": True,
        "pale": True,
        "hair_thinning": True,
        "inflamed": True,
        "ulcerated": True,
        "discharge": True,
        "restricted_movement": True,
        "note": "Harder after the weekend; ä ö 日本",
    }
    assert len(full["photos"]) == 2
    for relative in full["photos"]:
        assert (filled / relative).is_file()
    # what was not checked stays unknown (null), not "no"
    scalp = entries[1]
    assert scalp["tightness"] == 5 and scalp["shiny"] is None and scalp["inflamed"] is None
    assert scalp["photos"] == []


def test_the_photos_logged_are_stored_upright_with_their_own_dates(filled):
    with Journal.open(filled) as journal:
        photos = journal.store.photos()
    assert sorted((p.taken_on.isoformat(), p.width, p.height) for p in photos) == [
        ("2026-03-01", 800, 600),
        ("2026-04-02", 800, 600),
    ]


def test_entries_of_one_site(filled):
    scalp = cli_json(filled, "entries", "SCALP CROWN")
    assert [e["site"] for e in scalp] == ["Scalp crown"]
    out = ok(filled, "entries", "Left forearm")
    assert "Left forearm" in out and "Scalp crown" not in out
    assert "inflamed, ulcerated, discharge, restricted_movement" in out


def test_every_json_date_is_iso(filled):
    for row in cli_json(filled, "entries") + cli_json(filled, "site", "list"):
        for key, value in row.items():
            if key == "date" or key.endswith("_on"):
                assert value is None or ISO_DATE.fullmatch(value), (key, value)


# -- person-level records ------------------------------------------------------------------------


def test_daily_lab_care_visit(tmp_path):
    journal_dir = tmp_path / "journal"
    ok(
        journal_dir,
        "daily",
        "--date",
        "2026-03-01",
        "--fatigue",
        "--weakness",
        "--urination-changes",
        "--stress",
        "6",
        "--note",
        "long day",
    )
    ok(journal_dir, "daily", "--date", "2026-03-01", "--stress", "2")  # the same date again adds to it
    ok(journal_dir, "daily", "--date", "2026-03-02", "--fatigue")
    ok(
        journal_dir,
        "lab",
        "--date",
        "2026-02-10",
        "--test",
        "vitamin D",
        "--value",
        "61.5",
        "--unit",
        "nmol/L",
        "--low",
        "50",
        "--high",
        "125",
        "--note",
        "fasting",
    )
    ok(
        journal_dir,
        "care",
        "--date",
        "2026-02-11",
        "--kind",
        "supplement",
        "--what",
        "Vitamin K2",
        "--amount",
        "100",
        "--unit",
        "mcg",
    )
    ok(journal_dir, "care", "--date", "2026-02-12", "--kind", "massage", "--what", "Scalp", "--minutes", "10")
    out = ok(
        journal_dir,
        "visit",
        "--date",
        "2026-02-20",
        "--clinician",
        "Dr. Ana Ruiz",
        "--findings",
        "ultrasound dermal thickness 2.1 mm",
    )
    assert "2026-02-20" in out
    with Journal.open(journal_dir) as journal:
        daily = journal.store.daily_checks()
        labs = journal.store.labs()
        care = journal.store.care_events()
        visits = journal.store.visits()
    assert [(d.date.isoformat(), d.fatigue, d.stress, d.note) for d in daily] == [
        ("2026-03-01", True, 2, "long day"),
        ("2026-03-02", True, None, None),
    ]
    assert [(lab.test, lab.value, lab.unit, lab.low, lab.high, lab.note) for lab in labs] == [
        ("vitamin_d", 61.5, "nmol/L", 50.0, 125.0, "fasting")
    ]
    assert [(c.kind, c.what, c.amount, c.unit, c.minutes) for c in care] == [
        ("supplement", "Vitamin K2", 100.0, "mcg", None),
        ("massage", "Scalp", None, None, 10),
    ]
    assert [(v.date, v.clinician, v.findings) for v in visits] == [
        (dt.date(2026, 2, 20), "Dr. Ana Ruiz", "ultrasound dermal thickness 2.1 mm")
    ]


def test_check_on_a_sound_journal(filled):
    out = ok(filled, "check")
    assert "Journal OK" in out and "2 photo file(s)" in out


# -- where the journal is ------------------------------------------------------------------------


def test_journal_option_wins_over_the_environment_variable(tmp_path):
    from_env, from_option = tmp_path / "env-journal", tmp_path / "option-journal"
    env = {"SKINJOURNAL_DIR": str(from_env)}
    ok(None, "site", "add", "Scalp crown", "--kind", "area", "--region", "scalp", env=env)
    ok(from_option, "site", "add", "Left hand", "--kind", "deposit", "--region", "hand", env=env)
    assert [s["name"] for s in json.loads(ok(None, "site", "list", "--json", env=env))] == ["Scalp crown"]
    assert [s["name"] for s in cli_json(from_option, "site", "list")] == ["Left hand"]
    assert (from_env / "journal.sqlite3").is_file() and (from_option / "journal.sqlite3").is_file()


def test_without_either_the_journal_is_in_the_platform_data_folder(tmp_path):
    env = {"SKINJOURNAL_DIR": "", "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    ok(None, "site", "add", "Scalp crown", "--kind", "area", "--region", "scalp", env=env)
    assert (tmp_path / "data" / "SkinJournal" / "journal.sqlite3").is_file()


def test_the_console_script(tmp_path):
    assert SKINJOURNAL.is_file(), "the skinjournal console script is not installed in this venv"
    journal_dir = tmp_path / "journal"
    ok(journal_dir, "site", "add", "Left hand", "--kind", "deposit", "--region", "hand", script=True)
    ok(journal_dir, "log", "Left hand", "--date", "2026-03-01", "--size-mm", "2.3", script=True)
    (entry,) = json.loads(ok(journal_dir, "entries", "--json", script=True))
    assert entry["size_mm"] == 2.3 and entry["site"] == "Left hand"
    assert re.fullmatch(r"skinjournal \d+\.\d+\.\d+\S*\n", ok(None, "--version", script=True))


# -- refusals: stderr, exit status 2, nothing changed ------------------------------------------------

REFUSALS = [
    (["log", "Nowhere", "--date", "2026-03-01"], "no site named 'Nowhere'"),
    (["log", "Left forearm", "--date", "2026-02-30"], "date: '2026-02-30' is not a real date"),
    (["log", "Left forearm", "--date", "1.3.2026"], "date:"),
    (["log", "Left forearm", "--date", "2026-03-01", "--mobility", "wobbly"], "invalid choice: 'wobbly'"),
    (["log", "Left forearm", "--date", "2026-03-01", "--tightness", "11"], "tightness: 11 is out of range"),
    (["log", "Left forearm", "--date", "2026-03-01", "--pain", "-1"], "pain:"),
    (["log", "Left forearm", "--date", "2026-03-01", "--size-mm", "100.1"], "size_mm: 100.1 is out of range"),
    (["log", "Left forearm", "--date", "2026-03-01", "--size-mm", "2.35"], "size_mm: 2.35 must be in steps"),
    (["log", "Left forearm", "--date", "2026-03-01", "--count", "many"], "count:"),
    (["log", "Left forearm", "--date", "2026-03-01", "--colour", "purple"], "colour: 'purple' is not one of"),
    (["log", "Left forearm", "--date", "2026-03-01", "--photo", "/no/such/photo.jpg"], "photo.jpg"),
    (["site", "add", "LEFT FOREARM", "--kind", "deposit", "--region", "hand"], "already exists"),
    (["site", "add", "Moon", "--kind", "deposit", "--region", "moon"], "invalid choice: 'moon'"),
    (["site", "add", "Bump", "--kind", "freckle", "--region", "hand"], "invalid choice: 'freckle'"),
    (["entries", "Nowhere"], "no site named 'Nowhere'"),
    (["daily", "--date", "2026-03-01", "--stress", "12"], "stress: 12 is out of range"),
    (
        ["lab", "--date", "2026-03-01", "--test", "=cmd", "--value", "1", "--unit", "mg"],
        "test: '=cmd' does not look like a test's name",
    ),
    (["lab", "--date", "2026-03-01", "--test", "calcium", "--value", "high", "--unit", "mmol/L"], "value:"),
    (["lab", "--date", "2026-03-01", "--test", "calcium", "--unit", "mmol/L"], "--value"),
    # Values bounded to what a lab prints: 1e308 was accepted and then overflowed the summary's charts.
    (
        ["lab", "--date", "2026-03-01", "--test", "calcium", "--value", "1e308", "--unit", "mmol/L"],
        "value: 1e308 is out of range (-10,000,000 to 10,000,000)",
    ),
    (
        [
            "lab",
            "--date",
            "2026-03-01",
            "--test",
            "calcium",
            "--value",
            "2.4",
            "--unit",
            "mmol/L",
            "--high",
            "1e9",
        ],
        "high: 1e9 is out of range",
    ),
    (
        [
            "care",
            "--date",
            "2026-03-01",
            "--kind",
            "supplement",
            "--what",
            "K2",
            "--amount",
            "1e12",
            "--unit",
            "mcg",
        ],
        "amount: 1e12 is out of range (0 to 10,000,000)",
    ),
    (["care", "--date", "2026-03-01", "--kind", "supplement", "--what", "K2", "--amount", "100"], "unit:"),
    (["care", "--date", "2026-03-01", "--kind", "surgery", "--what", "x"], "kind: 'surgery' is not one of"),
    (["visit", "--date", "2026-13-01"], "date:"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
]


@pytest.mark.parametrize(
    ("args", "message"), REFUSALS, ids=[" ".join(a[:2]) + f" {i}" for i, (a, _) in enumerate(REFUSALS)]
)
def test_a_refused_command_says_why_and_changes_nothing(filled, filled_state, args, message):
    entries_before, before = filled_state
    result = run_cli(filled, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder_state(filled) == before  # the database file and the photos, byte for byte
    assert cli_json(filled, "entries") == entries_before


def test_refusals_on_person_records_store_nothing(tmp_path):
    journal_dir = tmp_path / "journal"
    for args, _ in REFUSALS:
        if args[0] in ("daily", "lab", "care", "visit"):
            assert run_cli(journal_dir, *args).returncode == 2
    if (journal_dir / "journal.sqlite3").exists():
        with Journal.open(journal_dir) as journal:
            assert journal.store.is_empty()
