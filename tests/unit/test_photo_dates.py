"""An entry logged with photos and no date takes the day its photos were taken; a photo taken
more than a day away from its entry's date is pointed out (a warning on the command line)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from journal_helpers import folder_state, run_cli

from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.core.photos.dates import (
    PhotosDisagree,
    camera_date,
    date_from_photos,
    mismatches,
    with_entry_date,
)
from journal.core.photos.pipeline import prepare_photo

TODAY = dt.date.today()
MARCH, APRIL = dt.date(2026, 3, 1), dt.date(2026, 4, 2)


@pytest.fixture
def photos(samples):
    folder = samples / "photos"
    return {
        "march": prepare_photo(folder / "forearm_2026-03-01.jpg"),
        "april": prepare_photo(folder / "forearm_2026-04-02_rotated.jpg"),
        "plain": prepare_photo(folder / "elbow_no_exif.png", fallback_date=dt.date(2026, 5, 5)),
    }


def test_the_camera_date_is_the_exif_date_and_a_picture_without_one_has_none(photos):
    assert camera_date(photos["march"]) == MARCH and camera_date(photos["april"]) == APRIL
    assert camera_date(photos["plain"]) is None
    assert photos["plain"].taken_on == dt.date(2026, 5, 5)  # the fallback, not a camera date


def test_a_camera_clock_never_set_is_no_evidence(photos):
    for nonsense in (dt.date(1899, 12, 31), TODAY + dt.timedelta(days=2), dt.date(9999, 12, 31)):
        wrong = dataclasses.replace(photos["march"], camera_date=nonsense, taken_on=nonsense)
        assert camera_date(wrong) is None
        assert date_from_photos([wrong], default=TODAY) == TODAY
        assert mismatches([wrong], TODAY) == []
        assert with_entry_date([wrong], TODAY)[0].taken_on == TODAY


def test_the_entry_takes_the_day_the_photos_agree_on(photos):
    assert date_from_photos([photos["march"]], default=TODAY) == MARCH
    assert date_from_photos([photos["plain"], photos["march"]], default=TODAY) == MARCH
    assert date_from_photos([photos["plain"]], default=TODAY) == TODAY
    assert date_from_photos([], default=TODAY) == TODAY
    # A day apart still agrees (after midnight, another time zone): the earlier day.
    next_day = dataclasses.replace(photos["april"], camera_date=MARCH + dt.timedelta(days=1))
    assert date_from_photos([next_day, photos["march"]], default=TODAY) == MARCH


def test_photos_taken_further_apart_give_no_date(photos):
    with pytest.raises(PhotosDisagree) as refused:
        date_from_photos([photos["april"], photos["march"]], default=TODAY)
    assert "2026-03-01, 2026-04-02" in str(refused.value)


def test_a_photo_more_than_a_day_from_its_entry_is_pointed_out(photos):
    found = mismatches(list(photos.values()), dt.date(2026, 11, 30))
    assert [(m.name, m.taken_on) for m in found] == [
        ("forearm_2026-03-01.jpg", MARCH),
        ("forearm_2026-04-02_rotated.jpg", APRIL),
    ]
    assert (
        found[1].sentence()
        == "forearm_2026-04-02_rotated.jpg was taken on 2026-04-02, the entry is dated 2026-11-30"
    )
    assert mismatches([photos["march"]], MARCH + dt.timedelta(days=1)) == []
    assert len(mismatches([photos["march"]], MARCH + dt.timedelta(days=2))) == 1


def test_a_photo_without_a_camera_date_is_dated_by_the_entry_it_is_saved_on(journal, photos):
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    # Prepared while the form said 2026-05-05; the entry was then saved for 2026-06-01.
    saved, stored = journal.add_prepared_entry(
        Entry.new(site_id=site.id, date="2026-06-01"), [photos["plain"], photos["march"]]
    )
    assert [(p.original_name, p.taken_on) for p in stored] == [
        ("elbow_no_exif.png", dt.date(2026, 6, 1)),
        ("forearm_2026-03-01.jpg", MARCH),
    ]
    other, _ = journal.add_prepared_entry(Entry.new(site_id=site.id, date="2026-07-01"), [])
    assert other.id is not None
    (added,) = journal.add_prepared_photos(other.id, [photos["plain"]])
    assert added.taken_on == dt.date(2026, 7, 1)


# -- the command line ------------------------------------------------------------------------------


@pytest.fixture
def forearm(journal_dir):
    done = run_cli(journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm")
    assert done.returncode == 0, done.stderr
    return journal_dir


def _entries(journal_dir):
    with Journal.open(journal_dir) as journal:
        return [
            (e.date, sorted((p.original_name, p.taken_on) for p in journal.store.photos(entry_id=e.id)))
            for e in journal.store.entries()
        ]


def test_log_without_a_date_takes_the_day_the_photos_were_taken(forearm, samples):
    photos = samples / "photos"
    done = run_cli(
        forearm,
        "log",
        "Left forearm",
        "--pain",
        "1",
        "--photo",
        str(photos / "forearm_2026-03-01.jpg"),
        "--photo",
        str(photos / "elbow_no_exif.png"),
    )
    assert done.returncode == 0, done.stderr
    # The photo without a camera date is said (it makes the photo hard to compare), and added.
    (warning,) = done.stderr.splitlines()
    assert warning.startswith("skinjournal: warning: elbow_no_exif.png carries no camera date")
    assert "Logged Left forearm on 2026-03-01 (the day the photos were taken) with 2 photo(s)" in done.stdout
    assert _entries(forearm) == [(MARCH, [("elbow_no_exif.png", MARCH), ("forearm_2026-03-01.jpg", MARCH)])]


def test_log_without_a_date_is_today_without_photos_or_without_camera_dates(forearm, samples):
    assert run_cli(forearm, "log", "Left forearm", "--pain", "1").returncode == 0
    done = run_cli(forearm, "log", "Left forearm", "--photo", str(samples / "photos" / "elbow_no_exif.png"))
    assert done.returncode == 0, done.stderr
    assert "(the day the photos were taken)" not in done.stdout
    assert _entries(forearm) == [(TODAY, []), (TODAY, [("elbow_no_exif.png", TODAY)])]


def test_log_with_a_date_far_from_a_photo_warns_and_the_photo_keeps_its_date(forearm, samples):
    done = run_cli(
        forearm,
        "log",
        "Left forearm",
        "--date",
        "2026-11-30",
        "--photo",
        str(samples / "photos" / "forearm_2026-04-02_rotated.jpg"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(
        "skinjournal: warning: forearm_2026-04-02_rotated.jpg was taken on 2026-04-02, the entry is dated 2026-11-30"
    )
    assert _entries(forearm) == [(dt.date(2026, 11, 30), [("forearm_2026-04-02_rotated.jpg", APRIL)])]


def test_log_without_a_date_refuses_photos_taken_on_different_days(forearm, samples):
    before = folder_state(forearm)
    photos = samples / "photos"
    done = run_cli(
        forearm,
        "log",
        "Left forearm",
        "--photo",
        str(photos / "forearm_2026-03-01.jpg"),
        "--photo",
        str(photos / "forearm_2026-04-02_rotated.jpg"),
    )
    assert done.returncode == 2
    assert (
        "2026-03-01, 2026-04-02" in done.stderr and "--date" in done.stderr and "Traceback" not in done.stderr
    )
    assert done.stdout == ""
    assert folder_state(forearm) == before
