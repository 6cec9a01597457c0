"""The command line's changes through the operations: entries edit|delete, photos add|remove|list,
site delete, labs|care|visits|daily list|edit|delete. Run in-process (journal.cli.main) on real
journals; each refusal exits 2 with a sentence and leaves the journal folder byte-identical."""

from __future__ import annotations

import json

import pytest
from journal_helpers import folder_state

from journal.cli import main
from journal.core.journal import Journal


@pytest.fixture
def cli(journal_dir, capsys):
    def run(*args: str, code: int = 0) -> str:
        result = main(["--journal", str(journal_dir), *args])
        out, err = capsys.readouterr()
        assert result == code, f"{args}: {err}"
        assert "Traceback" not in err
        return out if code == 0 else err

    return run


@pytest.fixture
def refused(cli, journal_dir):
    """Run a command that must be refused: exit 2, a sentence, and not one byte of the journal changed."""

    def run(*args: str) -> str:
        before = folder_state(journal_dir)
        err = cli(*args, code=2)
        assert err.startswith("skinjournal: ") and folder_state(journal_dir) == before
        return err

    return run


@pytest.fixture
def elbow(cli):
    cli("site", "add", "Left elbow", "--kind", "deposit", "--region", "elbow")
    cli("log", "Left elbow", "--date", "2026-03-01", "--pain", "3", "--note", "sore")
    return 1


def _entries(cli) -> list[dict]:
    return json.loads(cli("entries", "--json"))


def test_entries_edit_changes_only_what_is_given(cli, elbow):
    out = cli("entries", "edit", "1", "--pain", "5", "--inflamed", "--date", "2026-03-02")
    assert out == "Changed the entry for Left elbow on 2026-03-02 (entry 1).\n"
    (entry,) = _entries(cli)
    assert (entry["pain"], entry["inflamed"], entry["note"], entry["date"]) == (5, True, "sore", "2026-03-02")
    cli("entries", "edit", "1", "--no-inflamed", "--note", "")
    (entry,) = _entries(cli)
    assert (entry["inflamed"], entry["note"]) == (False, None)
    # The listing by site still works beside the new actions.
    assert json.loads(cli("entries", "Left elbow", "--json"))[0]["id"] == 1


def test_entries_edit_and_delete_refusals_change_nothing(refused, elbow):
    assert "pain: " in refused("entries", "edit", "1", "--pain", "11")
    assert "Nothing to change" in refused("entries", "edit", "1")
    assert "There is no entry with id 9" in refused("entries", "edit", "9", "--pain", "1")
    assert "There is no entry with id 9" in refused("entries", "delete", "9")


def test_entries_delete_takes_its_photos_and_their_files(cli, journal_dir, elbow, samples):
    cli("photos", "add", "1", str(samples / "photos" / "elbow_no_exif.png"))
    assert list((journal_dir / "photos").rglob("*.png"))
    assert (
        cli("entries", "delete", "1")
        == "Deleted the entry for Left elbow on 2026-03-01 with its 1 photo(s).\n"
    )
    assert _entries(cli) == []
    assert not list((journal_dir / "photos").rglob("*.png"))  # no undo on the command line: the file goes


def test_photos_add_list_and_remove(cli, journal_dir, elbow, samples):
    out = cli(
        "photos",
        "add",
        "1",
        str(samples / "photos" / "elbow_no_exif.png"),
        str(samples / "photos" / "forearm_2026-03-01.jpg"),
    )
    assert out == "Added 2 photo(s) to the entry for Left elbow on 2026-03-01 (entry 1).\n"
    photos = json.loads(cli("photos", "list", "--json"))
    assert [p["original_name"] for p in photos] == ["elbow_no_exif.png", "forearm_2026-03-01.jpg"]
    assert all((journal_dir / p["file"]).is_file() and p["entry_id"] == 1 for p in photos)
    assert json.loads(cli("photos", "list", "--entry", "1", "--json")) == photos
    assert "elbow_no_exif.png" in cli("photos", "list")
    assert (
        cli("photos", "remove", str(photos[0]["id"]))
        == f"Removed photo {photos[0]['id']} from the entry for Left elbow on 2026-03-01.\n"
    )
    assert [p["id"] for p in json.loads(cli("photos", "list", "--json"))] == [photos[1]["id"]]
    assert not (journal_dir / photos[0]["file"]).exists()


def test_photos_refusals_change_nothing(refused, elbow, samples, tmp_path):
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("not a picture")
    refused("photos", "add", "1", str(samples / "photos" / "elbow_no_exif.png"), str(not_a_photo))
    assert "There is no entry with id 7" in refused(
        "photos", "add", "7", str(samples / "photos" / "elbow_no_exif.png")
    )
    assert "There is no photo with id 5" in refused("photos", "remove", "5")
    assert "There is no entry with id 7" in refused("photos", "list", "--entry", "7")


def test_site_delete_refused_while_it_has_entries_then_with_them(cli, refused, journal_dir, elbow):
    err = refused("site", "delete", "Left elbow")
    assert "has 1 entry" in err and "--with-entries" in err
    assert "no site named 'Nope'" in refused("site", "delete", "Nope")
    assert cli("site", "delete", "left elbow", "--with-entries") == "Deleted Left elbow and its 1 entry.\n"
    with Journal.open(journal_dir, readonly=True) as journal:
        assert journal.store.sites() == [] and journal.store.entries() == []
    cli("site", "add", "Scalp", "--kind", "area", "--region", "scalp")
    assert cli("site", "delete", "Scalp") == "Deleted Scalp.\n"


@pytest.mark.parametrize(
    "add, kind, edit, field, value",
    [
        (
            ["lab", "--date", "2026-03-01", "--test", "phosphate", "--value", "1.1", "--unit", "mmol/L"],
            "labs",
            ["--value", "1.4"],
            "value",
            1.4,
        ),
        (
            ["care", "--date", "2026-03-01", "--kind", "supplement", "--what", "Vitamin K2"],
            "care",
            ["--what", "Vitamin D"],
            "what",
            "Vitamin D",
        ),
        (
            ["visit", "--date", "2026-03-01", "--clinician", "Dr Meyer"],
            "visits",
            ["--findings", "-2+3"],
            "findings",
            "-2+3",
        ),
        (
            ["daily", "--date", "2026-03-01", "--fatigue"],
            "daily",
            ["--no-fatigue", "--stress", "4"],
            "fatigue",
            False,
        ),
    ],
)
def test_records_list_edit_delete(cli, refused, add, kind, edit, field, value):
    cli(*add)
    (row,) = json.loads(cli(kind, "list", "--json"))
    assert cli(kind, "edit", str(row["id"]), *edit).startswith("Changed the ")
    (changed,) = json.loads(cli(kind, "list", "--json"))
    assert changed[field] == value and changed["id"] == row["id"]
    assert str(row["id"]) in cli(kind, "list")
    assert "There is no " in refused(kind, "edit", "99", *edit)
    assert "Nothing to change" in refused(kind, "edit", str(row["id"]))
    assert cli(kind, "delete", str(row["id"])).startswith("Deleted the ")
    assert json.loads(cli(kind, "list", "--json")) == []
    assert "There is no " in refused(kind, "delete", str(row["id"]))


def test_record_edits_are_checked_by_the_model(cli, refused):
    cli(
        "lab",
        "--date",
        "2026-03-01",
        "--test",
        "phosphate",
        "--value",
        "1.1",
        "--unit",
        "mmol/L",
        "--low",
        "0.8",
    )
    assert "low:" in refused("labs", "edit", "1", "--high", "0.5")
    cli("care", "--date", "2026-03-01", "--kind", "supplement", "--what", "K2")
    assert "unit:" in refused("care", "edit", "1", "--amount", "100")
    cli("daily", "--date", "2026-03-01", "--stress", "2")
    cli("daily", "--date", "2026-03-02", "--stress", "3")
    assert "has a daily check of its own" in refused("daily", "edit", "1", "--date", "2026-03-02")


def test_care_still_adds_and_says_what_it_needs(cli, refused):
    assert "give --kind and --what" in refused("care", "--date", "2026-03-01", "--kind", "massage")
    assert (
        cli("care", "--date", "2026-03-01", "--kind", "massage", "--what", "Scalp")
        == "Saved Scalp on 2026-03-01.\n"
    )
