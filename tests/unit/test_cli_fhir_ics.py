"""`export fhir` and `due --ics` as a person runs them: files written, counts said, refusals in
words with status 2 and nothing written. The calendar file is read back with the `icalendar`
library when it is installed (a test dependency) and always by RFC 5545's own rules."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from journal_helpers import run_cli

from journal.core.domain.model import Entry, LabResult, Site
from journal.core.journal import Journal
from journal.core.reminders.ics import calendar_text, escape_text, fold, reminders


@pytest.fixture
def filled(journal_dir):
    with Journal.open(journal_dir) as journal:
        store = journal.store
        temple = store.add_site(Site.new(name="Left temple", kind="deposit", region="face", reminder_days=10))
        store.add_site(Site.new(name="Scalp; crown, back", kind="area", region="scalp", reminder_days=3))
        store.add_site(Site.new(name="Old knee", kind="deposit", region="knee", archived=True))
        store.add_entry(Entry.new(site_id=temple.id, date=dt.date.today() - dt.timedelta(days=4), pain=2))
        store.add_lab(
            LabResult.new(date="2026-03-05", test="calcium", value="2.6", unit="mmol/L", high="2.55")
        )
        store.add_lab(LabResult.new(date="2026-03-05", test="phosphate", value="1.1", unit="mmol/L"))
    return journal_dir


def test_export_fhir_writes_the_bundle_and_says_what_it_holds(filled, tmp_path):
    out = tmp_path / "me.json"
    result = run_cli(filled, "export", "fhir", "--out", str(out))
    assert result.returncode == 0, result.stderr
    bundle = json.loads(out.read_text("utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert f"{len(kinds)} resources" in result.stdout and "Patient" in result.stdout
    lab = next(e["resource"] for e in bundle["entry"] if e["resource"]["id"].startswith("lab-"))
    assert lab["interpretation"][0]["coding"][0]["code"] == "H"
    assert "without a standard code" in result.stdout and "Phosphate: a result without" in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2026-02-30"], "not a real date"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "after it ends"),
    ],
)
def test_export_fhir_refuses_bad_dates_in_words_and_writes_nothing(filled, tmp_path, args, words):
    out = tmp_path / "me.json"
    result = run_cli(filled, "export", "fhir", "--out", str(out), *args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_export_fhir_refuses_a_folder_as_its_file(filled, tmp_path):
    result = run_cli(filled, "export", "fhir", "--out", str(tmp_path))
    assert result.returncode == 2 and "is a folder" in result.stderr
    assert list(tmp_path.iterdir()) == [filled]


def test_export_fhir_refuses_a_journal_that_is_not_there(tmp_path):
    result = run_cli(tmp_path / "nothing", "export", "fhir", "--out", str(tmp_path / "me.json"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "me.json").exists() and not (tmp_path / "nothing").exists()


def unfolded(text: str) -> list[str]:
    """RFC 5545 3.1: CRLF line ends; a line that starts with a space continues the one before."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def events_by_hand(text: str) -> list[dict[str, str]]:
    lines = unfolded(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events, current, depth = [], None, []
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            depth.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert depth.pop() == value  # every component closed in order
            if value == "VEVENT":
                events.append(current)
        elif current is not None and depth[-1] == "VEVENT":
            current[name] = value
    assert depth == []
    return events


def written_ics(journal_dir: Path, out: Path) -> bytes:
    result = run_cli(journal_dir, "due", "--ics", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 3 reminders" in result.stdout
    return out.read_bytes()


def test_due_ics_writes_a_repeating_reminder_per_watched_site_and_the_daily_check(filled, tmp_path):
    raw = written_ics(filled, tmp_path / "checks.ics")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    events = events_by_hand(raw.decode("utf-8"))
    today = dt.date.today()
    by_summary = {e["SUMMARY"]: e for e in events}
    assert set(by_summary) == {
        "Daily check (Skin Journal)",
        "Check Left temple (Skin Journal)",
        "Check Scalp\\; crown\\, back (Skin Journal)",
    }
    temple = by_summary["Check Left temple (Skin Journal)"]
    assert temple["RRULE"] == "FREQ=DAILY;INTERVAL=10"
    assert temple["DTSTART;VALUE=DATE"] == (today + dt.timedelta(days=6)).strftime("%Y%m%d")
    scalp = by_summary["Check Scalp\\; crown\\, back (Skin Journal)"]  # never checked: due today
    assert scalp["RRULE"] == "FREQ=DAILY;INTERVAL=3" and scalp["DTSTART;VALUE=DATE"] == today.strftime(
        "%Y%m%d"
    )
    assert by_summary["Daily check (Skin Journal)"]["RRULE"] == "FREQ=DAILY;INTERVAL=1"
    assert len({e["UID"] for e in events}) == 3
    assert all(re.fullmatch(r"\d{8}T\d{6}Z", e["DTSTAMP"]) for e in events)


def test_due_ics_reads_back_with_a_calendar_library(filled, tmp_path):
    icalendar = pytest.importorskip(
        "icalendar", reason="icalendar is not installed (a test dependency: pip install icalendar)"
    )
    raw = written_ics(filled, tmp_path / "checks.ics")
    today = dt.date.today()
    calendar = icalendar.Calendar.from_ical(raw)
    parsed = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert parsed["Check Scalp; crown, back (Skin Journal)"]["RRULE"]["INTERVAL"] == [3]
    assert parsed["Check Left temple (Skin Journal)"].decoded("DTSTART") == today + dt.timedelta(days=6)
    alarms = [a for e in calendar.walk("VEVENT") for a in e.walk("VALARM")]
    assert len(alarms) == 3 and {a.decoded("TRIGGER") for a in alarms} == {
        dt.timedelta(hours=9),
        dt.timedelta(hours=20),
    }


def test_due_ics_is_the_same_file_for_the_same_day_but_its_stamp(filled):
    with Journal.open(filled, readonly=True) as journal:
        items = reminders(journal, dt.date(2026, 3, 1))
        again = reminders(journal, dt.date(2026, 3, 1))
    assert items == again
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    assert calendar_text(items, now) == calendar_text(again, now)


def test_text_is_escaped_and_long_lines_fold_between_characters():
    assert escape_text("a;b,c\\d\ne\x07") == "a\\;b\\,c\\\\d\\ne"
    line = "SUMMARY:" + "é" * 80
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_due_ics_refuses_a_folder_in_words(filled, tmp_path):
    result = run_cli(filled, "due", "--ics", str(tmp_path))
    assert result.returncode == 2 and "is a folder" in result.stderr and "Traceback" not in result.stderr
