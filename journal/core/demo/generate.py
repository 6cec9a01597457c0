"""The demo journal: a synthetic but believable story that fills an empty journal.

It shows every part of Skin Journal with data in it: weekly entries with photos of four
sites over 18 months, daily checks, labs, care and visits, one episode of fast growth and
one deposit that breaks open. The same seed gives the same journal, photos included.
Photos go through the same pipeline as a user's (JPEG file in, `prepare_photo`, durable
content-addressed file, then the row), so the demo also exercises it.

Everything is written in one transaction: an interrupted demo leaves the journal empty
(and so ready for another try), never half filled. A demo for a folder that holds no journal
yet is built in a hidden folder beside it and renamed into place when complete, so a demo
killed midway, or refused by a full disk, leaves no half-made journal; what a killed demo
leaves (that hidden folder, its camera folder in the temp folder) the next demo removes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from journal.core.demo.images import Scene, SkinPatch
from journal.core.demo.person import care_events, daily_checks, labs, visits
from journal.core.demo.story import SKIP_WEEK_CHANCE, SitePlan, Timeline, site_plans, week_of
from journal.core.domain.model import Entry, Site
from journal.core.errors import DiskFull, JournalError, ValidationError
from journal.core.folder.durable import fsync_dir
from journal.core.folder.paths import ensure_private_dir
from journal.core.journal import DB_NAME, Journal
from journal.core.photos.pipeline import PreparedPhoto, prepare_photo
from journal.core.store.disk_full import message as disk_full_message

DEFAULT_YEARS = 1.5
DEFAULT_SITES = 4
MIN_YEARS, MAX_YEARS = 0.25, 30.0
MAX_SITES = 200
# Each photo costs four fsyncs (photo, thumbnail, their folders) and a thumbnail: above
# this many photos the large journals take one every other week (or every four weeks),
# so a 10-year, 20-site journal fills in minutes (see scripts/bench_foundation.py).
PHOTO_BUDGET = 6000
# A stress journal (generate_demo(photos=N)): small pictures, a new drawing every few shots.
MAX_STRESS_PHOTOS = 200_000
STRESS_SIZE = (160, 120)
STRESS_REDRAW_EVERY = 16
_EXIF_IFD, _DATETIME_ORIGINAL = 0x8769, 0x9003
CAMERA_PREFIX = "skinjournal-demo-"  # the camera folder, in the temp folder
STAGING_PREFIX = ".skinjournal-demo-"  # a demo journal being built, beside its folder
# A demo at work rewrites its camera picture and its journal's WAL many times a second, so
# a leftover untouched for this long belongs to a demo that was killed.
STALE_AFTER_S = 15 * 60

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    sites: int
    entries: int
    photos: int
    daily_checks: int
    labs: int
    care_events: int
    visits: int
    first_date: dt.date
    last_date: dt.date

    def describe(self) -> str:
        return (
            f"{self.sites} sites, {self.entries} entries with {self.photos} photos, "
            f"{self.daily_checks} daily checks, {self.labs} lab results, {self.care_events} care events "
            f"and {self.visits} visits from {self.first_date.isoformat()} to {self.last_date.isoformat()}"
        )


def check_demo_size(years: float, sites: int) -> None:
    """Refuse sizes the demo cannot make, before anything is opened or written."""
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError("years", f"must be between {MIN_YEARS} and {MAX_YEARS:g}, not {years:g}")
    if not 1 <= sites <= MAX_SITES:
        raise ValidationError("sites", f"must be between 1 and {MAX_SITES}, not {sites}")


def photo_every(site_weeks: int) -> int:
    """Photo cadence in weeks: weekly unless that would exceed the photo budget."""
    for every in (1, 2, 4):
        if site_weeks / every <= PHOTO_BUDGET:
            return every
    return 4


def generate_demo(
    journal: Journal,
    years: float = DEFAULT_YEARS,
    sites: int = DEFAULT_SITES,
    seed: int = 1,
    end: dt.date | None = None,
    progress: Progress | None = None,
    photos: int | None = None,
) -> DemoSummary:
    """Fill an empty journal with the demo story; refuse (changing nothing) if it holds records.

    `photos` asks for that many photos instead of the usual cadence (a stress journal: see
    `StressCamera`); each logged week then gets its share of them, several shots an entry."""
    check_demo_size(years, sites)
    if photos is not None and not 0 <= photos <= MAX_STRESS_PHOTOS:
        raise ValidationError("photos", f"must be between 0 and {MAX_STRESS_PHOTOS}, not {photos}")
    if not journal.store.is_empty():
        raise JournalError(
            f"The journal in {journal.folder} already holds records; the demo fills only an empty journal. "
            "Nothing was changed. Choose an empty folder with --journal DIR."
        )
    timeline = Timeline.for_years(end or dt.date.today(), years)
    plans = site_plans(sites, random.Random(f"{seed}-sites"))
    every = photo_every(timeline.weeks * len(plans))
    always = timeline.protected()  # logged and photographed whatever the cadence
    wanted_photos = photos
    entries = photos = 0
    total = timeline.weeks * len(plans)
    owed = 0  # stress journal: photos due to the site-weeks so far and not yet taken (missed weeks)
    with tempfile.TemporaryDirectory(prefix=CAMERA_PREFIX) as tmp, journal.store.transaction():
        for index, plan in enumerate(plans):
            site = journal.store.add_site(
                Site.new(
                    name=plan.name,
                    kind=plan.kind,
                    region=plan.region,
                    near_joint=plan.near_joint,
                    notes=plan.notes,
                )
            )
            assert site.id is not None
            rng = random.Random(f"{seed}-{plan.name}-entries")
            camera = random.Random(f"{seed}-{plan.name}-camera")
            patch = SkinPatch(
                seed * 1000 + index, plan.tone, plan.hair_strands, plan.hairline, creases=plan.near_joint
            )
            stress = None if wanted_photos is None else StressCamera(patch, camera, Path(tmp), plan)
            for week in range(timeline.weeks):
                values, scene = week_of(plan, timeline, week, rng)
                step = index * timeline.weeks + week
                if wanted_photos is not None:  # an even share of the wanted photos per site-week
                    owed += wanted_photos * (step + 1) // total - wanted_photos * step // total
                if week in always or rng.random() >= SKIP_WEEK_CHANCE:  # else a missed week
                    day = timeline.date(week)
                    shots: list[PreparedPhoto] = []
                    if stress is not None:
                        shots, owed = stress.shots(scene, day, owed), 0
                    elif week % every == 0 or week in always:
                        shots.append(_photo(patch.photo(scene, camera), Path(tmp), plan, day))
                    journal.add_prepared_entry(Entry.new(site_id=site.id, date=day, **values), shots)
                    entries, photos = entries + 1, photos + len(shots)
                if progress is not None:
                    progress(index * timeline.weeks + week + 1, total)
        person = random.Random(f"{seed}-person")
        checks = daily_checks(timeline, person)
        for check in checks:
            journal.store.save_daily(check)
        lab_results = labs(timeline, person)
        for lab in lab_results:
            journal.store.add_lab(lab)
        care = care_events(timeline, person)
        for event in care:
            journal.store.add_care(event)
        visit_list = visits(timeline, plans)
        for visit in visit_list:
            journal.store.add_visit(visit)
    return DemoSummary(
        sites=len(plans),
        entries=entries,
        photos=photos,
        daily_checks=len(checks),
        labs=len(lab_results),
        care_events=len(care),
        visits=len(visit_list),
        first_date=timeline.start,
        last_date=timeline.end,
    )


class StressCamera:
    """Photos for a stress journal (tens of thousands of them), made quickly but honestly:
    every one is a distinct small JPEG that goes through the same pipeline and is stored
    as a real file with its own row. Drawing a scene costs ~12 ms, so one drawing serves
    several weeks; each shot of it is made distinct by a few pixels that count the shots,
    and the pictures are small (STRESS_SIZE), so preparing one costs ~1.5 ms, not ~17."""

    def __init__(self, patch: SkinPatch, camera: random.Random, folder: Path, plan: SitePlan) -> None:
        self.patch, self.camera, self.folder, self.plan = patch, camera, folder, plan
        self.picture: Image.Image | None = None
        self.taken = 0

    def shots(self, scene: Scene, day: dt.date, count: int) -> list[PreparedPhoto]:
        out = []
        for _ in range(count):
            if self.picture is None or self.taken % STRESS_REDRAW_EVERY == 0:
                self.picture = self.patch.photo(scene, self.camera).resize(STRESS_SIZE)
            picture = self.picture.copy()
            for bit in range(24):  # the shot's number in a row of black and white pixels
                picture.putpixel((bit, 0), (255, 255, 255) if self.taken >> bit & 1 else (0, 0, 0))
            self.taken += 1
            out.append(_photo(picture, self.folder, self.plan, day))
        return out


def _photo(image: Image.Image, folder: Path, plan: SitePlan, day: dt.date) -> PreparedPhoto:
    """Save as a phone would (JPEG with the date in EXIF), then import like any photo."""
    path = folder / "camera.jpg"  # one file, rewritten: thousands of temporary files cost time
    exif = Image.Exif()
    exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = f"{day:%Y:%m:%d} 09:30:00"
    image.save(path, "JPEG", quality=88, exif=exif)
    prepared = prepare_photo(path, day)
    return dataclasses.replace(prepared, original_name=f"IMG_{day:%Y%m%d}_{plan.name.replace(' ', '_')}.jpg")


def make_demo_journal(
    folder: Path,
    years: float = DEFAULT_YEARS,
    sites: int = DEFAULT_SITES,
    seed: int = 1,
    progress: Progress | None = None,
    photos: int | None = None,
) -> DemoSummary:
    """Fill the journal in `folder` with the demo story, or make it there.

    A folder without a journal (missing or empty) gets one built in a hidden folder beside it
    and renamed into place once complete: a demo that fails or is killed leaves no journal
    there. An existing empty journal is filled in place, in one transaction."""
    check_demo_size(years, sites)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise JournalError(f"{folder} is a file, not a journal folder")
    remove_stale_leftovers(folder.parent)
    if (folder / DB_NAME).exists() or (folder.exists() and any(folder.iterdir())):
        with Journal.open(folder) as journal:
            return generate_demo(
                journal, years=years, sites=sites, seed=seed, progress=progress, photos=photos
            )
    ensure_private_dir(folder.parent)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder.parent))
    try:
        with Journal.open(staging) as journal:
            summary = generate_demo(
                journal, years=years, sites=sites, seed=seed, progress=progress, photos=photos
            )
        if folder.exists():
            folder.rmdir()  # empty (checked above); a rename onto it fails on Windows
        os.rename(staging, folder)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, DiskFull):  # name the folder the person chose, not the hidden one
            raise DiskFull(disk_full_message(folder)) from None
        raise
    fsync_dir(folder.parent)
    return summary


def remove_stale_leftovers(parent: Path) -> None:
    """Remove what killed demos left: staging folders in `parent`, camera folders in the temp folder."""
    now = time.time()
    for where, prefix in ((parent, STAGING_PREFIX), (Path(tempfile.gettempdir()), CAMERA_PREFIX)):
        try:
            candidates = [p for p in where.iterdir() if p.name.startswith(prefix) and p.is_dir()]
        except OSError:
            continue
        for leftover in candidates:
            if now - _last_touched(leftover) > STALE_AFTER_S:
                shutil.rmtree(leftover, ignore_errors=True)


def _last_touched(folder: Path) -> float:
    """The newest change time of a folder and what it holds directly (a demo at work keeps it fresh)."""
    try:
        return max([folder.stat().st_mtime, *(p.stat().st_mtime for p in folder.iterdir())])
    except OSError:
        return time.time()  # vanished or unreadable meanwhile: not ours to remove now


def ensure_demo_journal(folder: Path, progress: Progress | None = None) -> Path:
    """Open (or create) the demo journal at `folder`, filling it with the default story if empty;
    `progress(done, total)` is told of each site-week made."""
    if not (folder / DB_NAME).exists():
        make_demo_journal(folder, progress=progress)
        return folder
    with Journal.open(folder) as journal:
        if journal.store.is_empty():
            generate_demo(journal, progress=progress)
    return folder
