"""Dates outside 1900-01-01 .. tomorrow are refused where they are entered, naming the field.

Year 1 used to be accepted by `log` and then made `alerts` and `report` crash (OverflowError);
9999-12-31 was accepted too. Every record type refuses them in its own validation, so the
command line, the window and a CSV import all refuse them the same way.
"""

from __future__ import annotations

import datetime as dt

import pytest
from journal_helpers import folder_state, run_cli

from journal.core.domain import validate as v
from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Photo, Site, Visit
from journal.core.errors import ValidationError

TOMORROW = dt.date.today() + dt.timedelta(days=1)
DAY_AFTER = TOMORROW + dt.timedelta(days=1)
OUT_OF_RANGE = ["0001-01-01", "1899-12-31", DAY_AFTER.isoformat(), "9999-12-31"]

RECORDS = {
    "entry": lambda day: Entry.new(site_id=1, date=day, pain=1),
    "daily": lambda day: DailyCheck.new(date=day, fatigue=True),
    "lab": lambda day: LabResult.new(date=day, test="calcium", value=2.3, unit="mmol/L"),
    "care": lambda day: CareEvent.new(date=day, kind="massage", what="Scalp"),
    "visit": lambda day: Visit.new(date=day, clinician="Dr. Ruiz"),
}


@pytest.mark.parametrize("kind", sorted(RECORDS))
@pytest.mark.parametrize("day", OUT_OF_RANGE)
def test_every_record_type_refuses_a_date_out_of_range_naming_the_field(kind, day):
    with pytest.raises(ValidationError) as refused:
        RECORDS[kind](day)
    assert refused.value.field == "date"
    assert day in str(refused.value)
    assert ("too early" in refused.value.reason) or ("in the future" in refused.value.reason)


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_the_first_and_the_last_day_allowed_are_taken(kind):
    assert RECORDS[kind]("1900-01-01").date == dt.date(1900, 1, 1)
    assert RECORDS[kind](TOMORROW).date == TOMORROW  # a date object, as the window hands it over


def test_a_site_resolved_on_and_a_photo_taken_on_are_bounded_too():
    with pytest.raises(ValidationError) as refused:
        Site.new(name="Spot", kind="deposit", region="hand", resolved_on="0001-01-01")
    assert refused.value.field == "resolved_on"
    with pytest.raises(ValidationError) as refused:
        Photo.new(entry_id=1, sha256="a" * 64, ext="jpg", width=1, height=1, taken_on="9999-12-31")
    assert refused.value.field == "taken_on"


def test_the_message_is_a_sentence_with_the_range():
    with pytest.raises(ValidationError) as early:
        v.record_date("date", "0001-01-01")
    assert str(early.value) == "date: 0001-01-01 is too early: the journal takes dates from 1900-01-01 on"
    with pytest.raises(ValidationError) as late:
        v.record_date("date", "9999-12-31")
    assert str(late.value) == (
        f"date: 9999-12-31 is in the future: the journal takes dates up to {TOMORROW.isoformat()}"
    )


# -- the command line: exit 2, a sentence, the journal unchanged ------------------------------------

COMMANDS = {
    "log": ["log", "Left forearm", "--pain", "1"],
    "daily": ["daily", "--fatigue"],
    "lab": ["lab", "--test", "calcium", "--value", "2.3", "--unit", "mmol/L"],
    "care": ["care", "--kind", "massage", "--what", "Scalp"],
    "visit": ["visit", "--clinician", "Dr. Ruiz"],
    "site edit": ["site", "edit", "Left forearm", "--resolved-on"],
}


@pytest.fixture(scope="module")
def with_a_site(tmp_path_factory):
    journal_dir = tmp_path_factory.mktemp("dates") / "journal"
    done = run_cli(journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm")
    assert done.returncode == 0, done.stderr
    return journal_dir


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_the_cli_refuses_a_date_out_of_range_and_changes_nothing(with_a_site, command, day):
    before = folder_state(with_a_site)
    args = COMMANDS[command]
    args = [*args, day] if args[-1] == "--resolved-on" else [*args, "--date", day]
    result = run_cli(with_a_site, *args)
    assert result.returncode == 2, result.stderr
    field = "resolved_on" if command == "site edit" else "date"
    assert f"{field}: {day} is " in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder_state(with_a_site) == before


def test_a_csv_row_with_a_date_out_of_range_is_a_bad_line_and_nothing_is_imported(with_a_site, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    entries = folder / "entries.csv"
    entries.write_text(
        "site,date,pain\nLeft forearm,2026-01-01,1\nLeft forearm,0001-01-01,2\nLeft forearm,9999-12-31,3\n",
        encoding="utf-8",
    )
    labs = folder / "labs.csv"
    labs.write_text("date,test,value,unit\n1066-10-14,calcium,2.3,mmol/L\n", encoding="utf-8")
    before = folder_state(with_a_site)
    result = run_cli(with_a_site, "import", "csv", str(folder))
    assert result.returncode == 2, result.stderr
    assert "entries.csv line 3: date: 0001-01-01 is too early" in result.stderr
    assert "entries.csv line 4: date: 9999-12-31 is in the future" in result.stderr
    assert "labs.csv line 2: date: 1066-10-14 is too early" in result.stderr
    assert "entries.csv line 2" not in result.stderr
    assert "Traceback" not in result.stderr
    assert folder_state(with_a_site) == before
