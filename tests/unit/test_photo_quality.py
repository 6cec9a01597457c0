"""What makes a photo hard to compare, found at import on real pictures (the sample photos, and
blurred, darkened, brightened and shrunk copies of them), said with the tip that fixes it, and
never a reason to refuse the photo: in the core, and on the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from journal_helpers import cli_json, run_cli
from PIL import Image, ImageEnhance, ImageFilter

from journal.core.domain.model import Entry, Site
from journal.core.photos import quality
from journal.core.photos.pipeline import prepare_photo
from journal.core.photos.quality import photo_warnings

ENTRY_DATE = dt.date(2026, 3, 1)  # the day forearm_2026-03-01.jpg was taken
PICTURE_KINDS = {"blurred", "dark", "washed_out", "small"}

# The sample photos that are sharp, well lit and of a useful size (the others are small).
GOOD = [
    "forearm_2026-03-01.jpg",
    "forearm_2026-04-02_rotated.jpg",
    "elbow_no_exif.png",
    "scalp_crown_phone.heic",
]
SMALL = ["cmyk_scan.jpg", "Kopfhaut hinten ä ö 日本.jpg"]  # 400x300 and 300x200


def _kinds(photo, entry_date=None) -> set[str]:
    return {warning.kind for warning in photo_warnings(photo, entry_date)}


def _upright_rgb(path: Path) -> Image.Image:
    from PIL import ImageOps

    from journal.core.photos.pipeline import _register_heif

    _register_heif()
    with Image.open(path) as image:
        return ImageOps.exif_transpose(image).convert("RGB")


def _variant(tmp_path: Path, samples: Path, name: str, change, suffix: str = ".png") -> Path:
    """A copy of a sample photo changed by `change` (a lossless PNG, so only the change counts)."""
    target = tmp_path / (Path(name).stem + suffix)
    change(_upright_rgb(samples / "photos" / name)).save(target)
    return target


@pytest.mark.parametrize("name", GOOD + SMALL)
def test_a_sharp_well_lit_sample_photo_gets_no_picture_warning(samples, name):
    photo = prepare_photo(samples / "photos" / name, ENTRY_DATE)
    expected = {"small"} if name in SMALL else set()
    assert _kinds(photo) & PICTURE_KINDS == expected, photo.measures


@pytest.mark.parametrize("name", GOOD + SMALL)
@pytest.mark.parametrize("radius", [2, 4])
def test_a_blurred_copy_of_each_sample_is_said_to_be_blurred(tmp_path, samples, name, radius):
    # radius in pixels, scaled up with pictures wider than 800 px (as the thresholds were tuned)
    def blur(image: Image.Image) -> Image.Image:
        return image.filter(ImageFilter.GaussianBlur(radius * max(1.0, image.width / 800)))

    photo = prepare_photo(_variant(tmp_path, samples, name, blur), ENTRY_DATE)
    warnings = [w for w in photo_warnings(photo) if w.kind == "blurred"]
    assert len(warnings) == 1, photo.measures
    assert warnings[0].tip == quality.TIP_FOCUS
    assert warnings[0].sentence().startswith(f"{photo.original_name} looks blurred")


@pytest.mark.parametrize("name", GOOD)
def test_a_dark_copy_is_said_to_be_dark_and_not_blurred(tmp_path, samples, name):
    photo = prepare_photo(
        _variant(tmp_path, samples, name, lambda im: ImageEnhance.Brightness(im).enhance(0.2)), ENTRY_DATE
    )
    kinds = _kinds(photo)
    assert "dark" in kinds and "blurred" not in kinds, photo.measures  # the light is what to fix
    (dark,) = [w for w in photo_warnings(photo) if w.kind == "dark"]
    assert dark.tip == quality.TIP_LIGHT


@pytest.mark.parametrize("name", GOOD)
def test_a_washed_out_copy_is_said_to_be_washed_out(tmp_path, samples, name):
    photo = prepare_photo(
        _variant(tmp_path, samples, name, lambda im: ImageEnhance.Brightness(im).enhance(1.6)), ENTRY_DATE
    )
    assert _kinds(photo) & PICTURE_KINDS == {"washed_out"}, photo.measures


def test_a_shrunk_copy_is_said_to_be_small_with_its_size(tmp_path, samples):
    path = _variant(tmp_path, samples, "forearm_2026-03-01.jpg", lambda im: im.resize((320, 240)))
    photo = prepare_photo(path, ENTRY_DATE)
    (small,) = [w for w in photo_warnings(photo) if w.kind == "small"]
    assert "320x240 pixels" in small.sentence() and small.tip == quality.TIP_CAMERA_FILE


def test_the_camera_date_is_checked_against_the_entry(samples):
    dated = prepare_photo(samples / "photos" / "forearm_2026-03-01.jpg", ENTRY_DATE)
    assert _kinds(dated, ENTRY_DATE) == set()
    assert _kinds(dated, ENTRY_DATE + dt.timedelta(days=1)) == set()  # a day apart still agrees
    (other_day,) = photo_warnings(dated, dt.date(2026, 5, 5))
    assert other_day.kind == "other_day" and other_day.tip == quality.TIP_SAME_DAY
    assert "was taken on 2026-03-01, the entry is dated 2026-05-05" in other_day.sentence()

    undated = prepare_photo(samples / "photos" / "elbow_no_exif.png", ENTRY_DATE)
    (no_date,) = photo_warnings(undated, ENTRY_DATE)
    assert no_date.kind == "no_camera_date" and no_date.tip == quality.TIP_CAMERA_FILE


def test_every_tip_a_warning_names_is_in_the_help(tmp_path, samples):
    bad = _variant(
        tmp_path, samples, "forearm_2026-03-01.jpg", lambda im: im.resize((200, 150)).filter(ImageFilter.BLUR)
    )
    dark = _variant(
        tmp_path, samples, "elbow_no_exif.png", lambda im: ImageEnhance.Brightness(im).enhance(0.2)
    )
    photos = [prepare_photo(bad, ENTRY_DATE), prepare_photo(dark, ENTRY_DATE)]
    dated = prepare_photo(samples / "photos" / "forearm_2026-03-01.jpg", ENTRY_DATE)
    warnings = [w for p in photos for w in photo_warnings(p)] + photo_warnings(dated, dt.date(2026, 6, 1))
    assert {w.kind for w in warnings} == {"blurred", "dark", "small", "no_camera_date", "other_day"}
    for warning in warnings:
        assert warning.tip in quality.PHOTO_TIPS


def test_a_photo_with_every_problem_is_still_added(journal, tmp_path, samples):
    path = _variant(
        tmp_path,
        samples,
        "elbow_no_exif.png",
        lambda im: ImageEnhance.Brightness(im.resize((160, 120))).enhance(0.15).filter(ImageFilter.BLUR),
    )
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    photo = prepare_photo(path, ENTRY_DATE)
    assert {"dark", "small", "no_camera_date"} <= _kinds(photo, ENTRY_DATE)
    saved, photos = journal.add_entry(Entry.new(site_id=site.id, date=ENTRY_DATE), [path])
    assert [p.original_name for p in journal.store.photos(entry_id=saved.id)] == [path.name]


# -- the command line ----------------------------------------------------------------------------------


@pytest.fixture
def forearm(tmp_path) -> Path:
    folder = tmp_path / "journal"
    done = run_cli(folder, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm")
    assert done.returncode == 0, done.stderr
    return folder


def test_log_says_what_makes_each_photo_hard_to_compare_and_logs_them_all(forearm, tmp_path, samples):
    blurred = tmp_path / "blurred.jpg"
    with Image.open(samples / "photos" / "forearm_2026-03-01.jpg") as image:
        image.filter(ImageFilter.GaussianBlur(3)).save(blurred, exif=image.getexif())  # keeps its date
    dark = _variant(
        tmp_path, samples, "elbow_no_exif.png", lambda im: ImageEnhance.Brightness(im).enhance(0.2)
    )
    done = run_cli(forearm, "log", "Left forearm", "--photo", str(blurred), "--photo", str(dark))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines == [
        "skinjournal: warning: blurred.jpg looks blurred, so small changes may not show. "
        f"Tip: {quality.TIP_FOCUS}.",
        "skinjournal: warning: elbow_no_exif.png carries no camera date, so the day it was taken is not "
        f"known (it takes the entry's date). Tip: {quality.TIP_CAMERA_FILE}.",
        "skinjournal: warning: elbow_no_exif.png is very dark, so the skin's shades and edges are hard to "
        f"see. Tip: {quality.TIP_LIGHT}.",
    ]
    assert "Logged Left forearm on 2026-03-01" in done.stdout and "with 2 photo(s)" in done.stdout
    (entry,) = cli_json(forearm, "entries")
    assert len(entry["photos"]) == 2


def test_photos_add_says_it_too_and_adds_the_photo(forearm, tmp_path, samples):
    assert run_cli(forearm, "log", "Left forearm", "--date", "2026-03-01").returncode == 0
    small = _variant(tmp_path, samples, "forearm_2026-03-01.jpg", lambda im: im.resize((320, 240)), ".jpg")
    done = run_cli(forearm, "photos", "add", "1", str(small))
    assert done.returncode == 0, done.stderr
    assert "forearm_2026-03-01.jpg is only 320x240 pixels" in done.stderr
    assert f"Tip: {quality.TIP_CAMERA_FILE}." in done.stderr
    assert "Added 1 photo(s)" in done.stdout
    assert len(cli_json(forearm, "photos", "list")) == 1


def test_a_good_photo_logs_without_a_warning(forearm, samples):
    done = run_cli(
        forearm, "log", "Left forearm", "--photo", str(samples / "photos" / "forearm_2026-03-01.jpg")
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
