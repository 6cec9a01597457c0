"""The demo journal: a believable story with photos that show what the entries say.

The default demo is made once, the way a person first meets it (`skinjournal --demo ...` in
a fresh data folder), and the tests read it back like the window would.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import random
from pathlib import Path

import pytest
from journal_helpers import folder_state, run_cli
from PIL import Image, ImageChops

from journal.core.demo.generate import generate_demo, photo_every
from journal.core.demo.images import FIELD_HEIGHT, PX_PER_MM, WIDTH
from journal.core.demo.story import Timeline, site_plans
from journal.core.domain.model import Entry, Site, to_plain
from journal.core.errors import JournalError, ValidationError
from journal.core.folder.check import check_journal
from journal.core.folder.paths import demo_journal_dir
from journal.core.journal import Journal

END = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The default demo, made by the first `skinjournal --demo` command in a fresh data folder."""
    data_home = tmp_path_factory.mktemp("data-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(data_home))
        folder = demo_journal_dir()
    assert str(folder).startswith(str(data_home))
    result = run_cli(None, "--demo", "site", "list", "--json", env={"XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    journal = Journal.open(folder)
    yield journal, listed, data_home
    journal.close()


def _sites(journal: Journal) -> dict[str, Site]:
    return {site.name: site for site in journal.store.sites()}


def _bump_diameter_mm(photo_bytes: bytes) -> float:
    """Measure the drawn deposit: the whitish pixels above the ruler, as a disc's diameter."""
    with Image.open(io.BytesIO(photo_bytes)) as image:
        field = image.convert("RGB").crop((0, 0, WIDTH, FIELD_HEIGHT))
    blue = field.getchannel("B")
    whitish = sum(blue.point(lambda v: 255 if v > 190 else 0).histogram()[255:])
    return 2 * math.sqrt(whitish / math.pi) / PX_PER_MM


def _fast_growth(entries: list[Entry], percent: float, mm: float, days: int) -> list[tuple[Entry, Entry]]:
    sized = [e for e in entries if e.size_mm is not None]
    return [
        (a, b)
        for i, a in enumerate(sized)
        for b in sized[i + 1 :]
        if (b.date - a.date).days <= days
        and b.size_mm >= a.size_mm * (1 + percent / 100)  # type: ignore[operator]
        and b.size_mm - a.size_mm >= mm
    ]  # type: ignore[operator]


def test_the_demo_flag_fills_the_demo_folder_once_with_four_sites_of_the_right_kinds(demo) -> None:
    journal, listed, data_home = demo
    assert [
        (s["name"], s["kind"], s["region"], s["near_joint"]) for s in sorted(listed, key=lambda s: s["id"])
    ] == [
        ("Scalp crown", "area", "scalp", False),
        ("Right index finger", "deposit", "finger", True),
        ("Left forearm", "deposit", "forearm", False),
        ("Left temple", "area", "face", False),
    ]
    entries_before = journal.store.count(Entry)
    again = run_cli(None, "--demo", "entries", "--json", env={"XDG_DATA_HOME": str(data_home)})
    assert again.returncode == 0, again.stderr
    assert len(json.loads(again.stdout)) == entries_before  # opened, not filled a second time


def test_each_site_has_weekly_entries_over_eighteen_months_with_values_of_its_kind(demo) -> None:
    journal, _, _ = demo
    today = dt.date.today()
    for site in journal.store.sites():
        entries = journal.store.entries(site_id=site.id)
        assert entries[-1].date == today
        assert 530 <= (today - entries[0].date).days <= 550  # 18 months of weeks
        gaps = [(b.date - a.date).days for a, b in zip(entries, entries[1:], strict=False)]
        assert all(gap % 7 == 0 for gap in gaps)
        assert gaps.count(7) >= 0.9 * len(gaps)  # weekly, a missed week now and then
        for entry in entries:
            if site.kind == "area":
                assert entry.tightness is not None and entry.mobility is not None and entry.size_mm is None
            else:
                assert entry.size_mm is not None and entry.count and entry.colour and entry.pain is not None
                assert entry.tightness is None
    crown = journal.store.entries(site_id=_sites(journal)["Scalp crown"].id)
    assert sum(e.tightness for e in crown[-8:]) > sum(e.tightness for e in crown[:8])  # type: ignore[misc]
    assert crown[-1].hair_thinning and not crown[0].hair_thinning


def test_every_entry_has_a_photo_with_the_entry_date_and_a_millimetre_ruler(demo) -> None:
    journal, _, _ = demo
    entries = {e.id: e for e in journal.store.entries()}
    photos = journal.store.photos()
    assert sorted(p.entry_id for p in photos) == sorted(entries)
    for photo in photos[::40]:
        assert photo.taken_on == entries[photo.entry_id].date  # read from the EXIF date the demo wrote
        assert (photo.width, photo.height) == (480, 360)
        with Image.open(journal.photo_path(photo)) as image:
            row = image.convert("L").crop((0, FIELD_HEIGHT + 4, WIDTH, FIELD_HEIGHT + 5)).tobytes()
        ticks = [x for x, value in enumerate(row) if value < 110]
        assert ticks and all(x % PX_PER_MM == 0 for x in ticks)  # a tick every 10 px = 1 mm
        assert len(ticks) >= WIDTH // PX_PER_MM - 1


def test_the_drawn_bump_grows_with_the_logged_size(demo) -> None:
    journal, _, _ = demo
    finger = _sites(journal)["Right index finger"]
    entries = {e.id: e for e in journal.store.entries(site_id=finger.id)}
    photos = journal.store.photos(site_id=finger.id)
    first, last = photos[0], photos[-1]
    drawn_first = _bump_diameter_mm(journal.photo_path(first).read_bytes())
    drawn_last = _bump_diameter_mm(journal.photo_path(last).read_bytes())
    logged_first, logged_last = entries[first.entry_id].size_mm, entries[last.entry_id].size_mm
    assert logged_first and logged_last and logged_last > 2 * logged_first
    assert drawn_last > 2 * drawn_first
    # The picture's scale is the ruler's: the measured growth matches the logged growth.
    assert drawn_last / drawn_first == pytest.approx(logged_last / logged_first, rel=0.25)


def test_one_episode_of_fast_growth_on_the_finger_and_nowhere_else(demo) -> None:
    journal, _, _ = demo
    sites = _sites(journal)
    finger = journal.store.entries(site_id=sites["Right index finger"].id)
    assert _fast_growth(finger, percent=50, mm=1.5, days=28)
    for name in ("Left forearm",):  # slow growth and ruler noise never look fast
        assert not _fast_growth(journal.store.entries(site_id=sites[name].id), percent=30, mm=1.0, days=42)


def test_one_ulceration_with_chalky_discharge_and_its_photo_shows_it(demo) -> None:
    journal, _, _ = demo
    forearm = _sites(journal)["Left forearm"]
    opened = [e for e in journal.store.entries() if e.ulcerated]
    assert len(opened) == 1
    entry = opened[0]
    assert (entry.site_id, entry.discharge, entry.inflamed) == (forearm.id, True, True)
    assert entry.pain is not None and entry.pain >= 5
    assert [e for e in journal.store.entries() if e.discharge] == [entry]

    def dark_red(photo_entry: Entry) -> int:
        """Pixels of the open wound's colour: red, with little green or blue."""
        photo = journal.store.photos(entry_id=photo_entry.id)[0]
        with Image.open(journal.photo_path(photo)) as image:
            r, g, b = image.convert("RGB").split()
        wound = ImageChops.multiply(
            ImageChops.multiply(
                r.point(lambda v: 255 if v > 120 else 0), g.point(lambda v: 255 if v < 80 else 0)
            ),
            b.point(lambda v: 255 if v < 80 else 0),
        )
        return wound.histogram()[255]

    calm = journal.store.entries(site_id=forearm.id)[0]
    assert dark_red(entry) > 200 and dark_red(calm) < 20


def test_daily_checks_labs_care_and_visits_tell_the_rest_of_the_story(demo) -> None:
    journal, _, _ = demo
    store = journal.store
    start = store.entries()[0].date
    days = (dt.date.today() - start).days + 1
    checks = store.daily_checks()
    assert 0.8 * days <= len(checks) <= days
    tired = [c.date for c in checks if c.fatigue or c.weakness]
    assert tired  # some tired days are logged ...
    for day in tired:  # ... but never the 5-in-14 pattern of a systemic warning sign
        assert sum(1 for d in tired if 0 <= (day - d).days < 14) < 5

    labs = store.labs()
    calcium = store.labs(test="calcium")
    assert 5 <= len(calcium) <= 7 and {(c.unit, c.low, c.high) for c in calcium} == {("mmol/L", 2.15, 2.55)}
    assert {(p.low, p.high) for p in store.labs(test="phosphate")} == {(0.81, 1.45)}
    assert [(lab.test, lab.value) for lab in labs if lab.out_of_range] == [("calcium", 2.58)]

    care = store.care_events()
    massages = [c for c in care if c.kind == "massage"]
    assert len(massages) > 2 * days / 7 and all(c.minutes for c in massages)
    k2 = [c for c in care if c.what.startswith("Vitamin K2")]
    assert len(k2) > days / 2 and {(c.amount, c.unit) for c in k2} == {(100.0, "mcg")}
    assert any(c.what == "Magnesium" for c in care) and any(c.kind == "skin_care" for c in care)

    visits = store.visits()
    assert 2 <= len(visits) <= 3
    assert any("ultrasound dermal thickness" in (v.findings or "").lower() for v in visits)


def test_the_demo_journal_passes_check(demo) -> None:
    journal, _, _ = demo
    report = check_journal(journal)
    assert report.ok, report.problems
    assert report.photos_checked == journal.store.count(Entry)


def test_demo_refuses_a_journal_with_records_and_changes_nothing(journal: Journal, journal_dir: Path) -> None:
    journal.store.add_site(Site.new(name="My elbow", kind="deposit", region="elbow"))
    with pytest.raises(JournalError, match="already holds records"):
        generate_demo(journal, years=0.5, sites=2, end=END)
    assert [s.name for s in journal.store.sites()] == ["My elbow"] and journal.store.count(Entry) == 0
    journal.close()
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "demo", "--years", "0.5")
    assert result.returncode == 2
    assert "already holds records" in result.stderr and "Nothing was changed" in result.stderr
    assert folder_state(journal_dir) == before


def test_demo_refuses_impossible_sizes_before_creating_anything(tmp_path: Path) -> None:
    for args, field in (
        (["--years", "0"], "years"),
        (["--sites", "0"], "sites"),
        (["--years", "99"], "years"),
    ):
        result = run_cli(tmp_path / "new", "demo", *args)
        assert result.returncode == 2 and f"{field}:" in result.stderr
    assert not (tmp_path / "new").exists()
    with Journal.open(tmp_path / "other") as journal, pytest.raises(ValidationError):
        generate_demo(journal, years=0.1)


def _snapshot(folder: Path) -> tuple[list[dict], list[tuple[int, str]], int, int, int]:
    with Journal.open(folder) as journal:
        store = journal.store
        entries = [to_plain(e) for e in store.entries()]
        photos = [(p.entry_id, p.sha256) for p in store.photos()]
        return entries, photos, len(store.daily_checks()), len(store.labs()), len(store.care_events())


def test_the_same_seed_gives_the_same_journal_photos_included(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Journal.open(tmp_path / name) as journal:
            generate_demo(journal, years=0.25, sites=2, seed=seed, end=END)
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")
    assert _snapshot(tmp_path / "a")[:2] != _snapshot(tmp_path / "c")[:2]


def test_the_cli_makes_extra_sites_with_unique_names_and_a_mix_of_kinds(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    result = run_cli(folder, "demo", "--years", "0.25", "--sites", "7", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "7 sites" in result.stdout
    with Journal.open(folder) as journal:
        sites = journal.store.sites()
        assert len({s.name for s in sites}) == 7
        extra = [s for s in sites if s.name not in {p.name for p in site_plans(4, random.Random(0))}]
        assert len(extra) == 3 and {s.kind for s in extra} == {"area", "deposit"}
        assert all(journal.store.entries(site_id=s.id) for s in sites)
        assert check_journal(journal).ok
    assert os.stat(folder).st_mode & 0o077 == 0  # private, like any journal


def test_large_journals_keep_unique_names_and_thin_out_photos_only_when_large() -> None:
    names = [p.name for p in site_plans(60, random.Random(1))]
    assert len(set(names)) == 60
    default = Timeline.for_years(END, 1.5)
    large = Timeline.for_years(END, 10)
    assert photo_every(default.weeks * 4) == 1
    assert photo_every(large.weeks * 4) == 1
    assert photo_every(large.weeks * 20) == 2


def test_a_stress_journal_holds_as_many_distinct_real_photo_files_as_asked(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "stress") as journal:
        summary = generate_demo(journal, years=0.25, sites=2, end=END, photos=90)
        photos = journal.store.photos()
        assert summary.photos == len(photos) == 90
        assert len({p.sha256 for p in photos}) == 90  # each a picture of its own, not one row repeated
        assert all(journal.files.path(p.sha256, p.ext).is_file() for p in photos)
        assert all(journal.store.photos(entry_id=e.id) for e in journal.store.entries())
        report = check_journal(journal)
        assert report.ok and report.photos_checked == 90, report.problems
