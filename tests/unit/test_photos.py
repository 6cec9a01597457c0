"""The photo pipeline with the real sample files: dates, upright copies without location,
thumbnails, one file per photo, and bad files refused with the journal left byte-identical."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from journal_helpers import cli_json, folder_state, run_cli, sha256_file
from PIL import Image, ImageStat, JpegImagePlugin

from journal.core.domain.model import Entry, Site
from journal.core.errors import PhotoRejected
from journal.core.photos import pipeline as photo_module

ENTRY_DATE = dt.date(2026, 5, 5)  # the fallback when a photo carries no date of its own
GPS_IFD = 0x8825

# file -> (date the photo should get, upright width x height, format stored)
EXPECTED = {
    "forearm_2026-03-01.jpg": (dt.date(2026, 3, 1), (800, 600)),
    "forearm_2026-04-02_rotated.jpg": (dt.date(2026, 4, 2), (800, 600)),
    "elbow_no_exif.png": (ENTRY_DATE, (640, 480)),
    "scalp_crown_phone.heic": (ENTRY_DATE, (640, 480)),
    "cmyk_scan.jpg": (ENTRY_DATE, (400, 300)),
    "Kopfhaut hinten ä ö 日本.jpg": (ENTRY_DATE, (300, 200)),
}
# garbage_exif.jpg is a fine picture with broken EXIF offsets: it must import, not be refused.
BAD_IMPORTS_FINE = {"garbage_exif.jpg"}


@pytest.fixture
def site(journal) -> Site:
    return journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))


def _add(journal, site, *paths, date=ENTRY_DATE):
    return journal.add_entry(Entry.new(site_id=site.id, date=date), paths)


def _assert_no_metadata(path: Path) -> None:
    raw = path.read_bytes()
    assert b"Exif\x00\x00" not in raw, f"{path.name} still carries an EXIF block"
    with Image.open(path) as image:
        exif = image.getexif()
        assert GPS_IFD not in exif, f"{path.name} still carries a GPS position"
        assert len(exif) == 0, f"{path.name} still carries EXIF tags {dict(exif)}"
        assert "exif" not in image.info


def test_the_sample_folder_has_the_files_this_test_expects(samples):
    present = {p.name for p in (samples / "photos").iterdir()}
    assert set(EXPECTED) | {"animated.gif"} == present


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_photo_imports_as_the_samples_readme_says(journal, site, samples, name):
    expected_date, expected_size = EXPECTED[name]
    saved, photos = _add(journal, site, samples / "photos" / name)
    assert len(photos) == 1
    photo = journal.store.photos(entry_id=saved.id)[0]
    assert photo == photos[0]
    assert photo.taken_on == expected_date
    assert (photo.width, photo.height) == expected_size
    assert photo.original_name == name  # the name shows as written, non-ASCII included

    stored = journal.photo_path(photo)
    assert stored.is_file() and sha256_file(stored) == photo.sha256
    with Image.open(stored) as image:
        assert image.size == expected_size
        assert image.mode in ("RGB", "RGBA", "L")  # CMYK is converted for every viewer
        image.load()
    _assert_no_metadata(stored)

    thumb = journal.files.thumb_path(photo.sha256)
    assert thumb.is_file()  # written at import, not remade on demand
    assert journal.thumbnail_path(photo) == thumb
    with Image.open(thumb) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert max(image.size) <= photo_module.THUMB_SIZE
        # same shape as the photo (no stretching)
        assert abs(image.size[0] / image.size[1] - expected_size[0] / expected_size[1]) < 0.02


def test_the_rotated_photo_is_stored_upright(journal, site, samples):
    # The samples carry a millimetre ruler along the bottom edge; upright means it is at the bottom.
    _, photos = _add(journal, site, samples / "photos" / "forearm_2026-04-02_rotated.jpg")
    with Image.open(journal.photo_path(photos[0])) as image:
        grey = image.convert("L")
        bottom = ImageStat.Stat(grey.crop((0, 560, 800, 600))).mean[0]
        top = ImageStat.Stat(grey.crop((0, 0, 800, 40))).mean[0]
        left = ImageStat.Stat(grey.crop((0, 0, 40, 600))).mean[0]
        right = ImageStat.Stat(grey.crop((760, 0, 800, 600))).mean[0]
    assert bottom > top + 20 and bottom > left + 20 and bottom > right + 20


def test_the_gps_position_in_a_source_photo_is_gone_from_the_stored_copy(journal, site, samples):
    source = samples / "photos" / "forearm_2026-03-01.jpg"
    with Image.open(source) as image:
        assert GPS_IFD in image.getexif()  # the sample really has one
    _, photos = _add(journal, site, source)
    _assert_no_metadata(journal.photo_path(photos[0]))
    assert b"ExamplePhone" not in journal.photo_path(photos[0]).read_bytes()


def test_the_cmyk_scan_thumbnail_looks_like_the_scan(journal, site, samples):
    source = samples / "photos" / "cmyk_scan.jpg"
    with Image.open(source) as image:
        assert image.mode == "CMYK"
        source_mean = ImageStat.Stat(image.convert("RGB")).mean
    _, photos = _add(journal, site, source)
    for path in (journal.photo_path(photos[0]), journal.thumbnail_path(photos[0])):
        with Image.open(path) as image:
            assert image.mode == "RGB"
            mean = ImageStat.Stat(image).mean
        assert all(abs(a - b) < 8 for a, b in zip(mean, source_mean, strict=True)), (
            path.name,
            mean,
            source_mean,
        )
        red, green, blue = mean
        assert red > 180 and red > green > blue  # skin-coloured, not an inverted blue-green negative


def test_a_photo_with_broken_exif_imports(journal, site, samples):
    _, photos = _add(journal, site, samples / "bad" / "garbage_exif.jpg")
    assert (photos[0].width, photos[0].height) == (800, 600)
    _assert_no_metadata(journal.photo_path(photos[0]))


def test_an_animated_gif_is_refused_with_a_clear_message(journal, site, samples):
    before = folder_state(journal.folder)
    with pytest.raises(PhotoRejected) as caught:
        _add(journal, site, samples / "photos" / "animated.gif")
    message = str(caught.value)
    assert "animated.gif" in message and "JPEG, PNG, HEIC/HEIF or WebP" in message
    assert folder_state(journal.folder) == before
    assert journal.store.entries() == []


def test_the_same_photo_twice_is_stored_once(journal, site, samples):
    source = samples / "photos" / "forearm_2026-03-01.jpg"
    first, photos_a = _add(journal, site, source, date=dt.date(2026, 3, 1))
    second, photos_b = _add(journal, site, source, source, date=dt.date(2026, 3, 2))
    assert photos_a[0].sha256 == photos_b[0].sha256
    assert len(photos_b) == 1  # the same file twice on one entry is one photo
    stored = [p for p in journal.files.photos.rglob("*") if p.is_file()]
    thumbs = [p for p in journal.files.thumbs.rglob("*") if p.is_file()]
    assert len(stored) == 1 and len(thumbs) == 1
    assert len(journal.store.photos()) == 2  # one row per entry, both pointing at the one file


def test_a_missing_thumbnail_is_remade_from_the_photo(journal, site, samples):
    _, photos = _add(journal, site, samples / "photos" / "elbow_no_exif.png")
    thumb = journal.thumbnail_path(photos[0])
    thumb.unlink()
    again = journal.thumbnail_path(photos[0])
    with Image.open(again) as image:
        assert max(image.size) == photo_module.THUMB_SIZE


def _twelve_megapixel_jpeg() -> bytes:
    image = Image.new("RGB", (4000, 3000), (224, 172, 140))
    for x in range(0, 4000, 250):  # some structure, so it is not a trivial file
        image.paste((200, 150, 120), (x, 0, x + 40, 3000))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_twelve_megapixel_photo_makes_its_thumbnail_from_a_draft_decode(monkeypatch):
    data = _twelve_megapixel_jpeg()
    sizes_after_draft: list[tuple[int, int]] = []
    original_draft = JpegImagePlugin.JpegImageFile.draft

    def spying_draft(self, mode, size):
        result = original_draft(self, mode, size)
        sizes_after_draft.append(self.size)
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spying_draft)
    thumbnail = photo_module.make_thumbnail(data)
    assert sizes_after_draft, "make_thumbnail decoded the JPEG without draft mode"
    width, height = sizes_after_draft[-1]
    assert width <= 4000 // 4 and height <= 3000 // 4  # decoded at a quarter of the size or less
    with Image.open(io.BytesIO(thumbnail)) as image:
        assert image.size == (320, 240)


def test_a_twelve_megapixel_photo_keeps_its_full_size(tmp_path):
    source = tmp_path / "IMG_4031.jpg"
    source.write_bytes(_twelve_megapixel_jpeg())
    prepared = photo_module.prepare_photo(source, ENTRY_DATE)
    assert (prepared.width, prepared.height) == (4000, 3000)
    with Image.open(io.BytesIO(prepared.thumbnail)) as image:
        assert max(image.size) <= photo_module.THUMB_SIZE


# -- bad files: refused, named, and nothing changes ------------------------------------------------


def _bad_files(samples: Path) -> list[str]:
    return sorted(p.name for p in (samples / "bad").iterdir() if p.name not in BAD_IMPORTS_FINE)


BAD_NAMES = _bad_files(Path(__file__).resolve().parents[1] / "samples")


@pytest.mark.parametrize("name", BAD_NAMES)
def test_every_bad_file_is_refused_by_name_and_the_journal_is_byte_identical(journal, site, samples, name):
    kept, _ = _add(journal, site, samples / "photos" / "elbow_no_exif.png", date=dt.date(2026, 1, 1))
    entries_before = journal.store.entries()
    before = folder_state(journal.folder)
    assert any(k.endswith("-wal") for k in before)  # the open journal's WAL is part of the fingerprint

    with pytest.raises(PhotoRejected) as caught:
        _add(journal, site, samples / "bad" / name)
    assert name in str(caught.value)
    assert folder_state(journal.folder) == before
    assert journal.store.entries() == entries_before == [kept]


def test_a_good_photo_with_a_bad_one_stores_neither(journal, site, samples):
    before = folder_state(journal.folder)
    with pytest.raises(PhotoRejected, match="truncated.jpg"):
        _add(journal, site, samples / "photos" / "forearm_2026-03-01.jpg", samples / "bad" / "truncated.jpg")
    assert folder_state(journal.folder) == before
    assert journal.store.entries() == [] and journal.store.photos() == []


def test_a_missing_file_is_refused_by_name(journal, site, tmp_path):
    with pytest.raises(PhotoRejected, match="nowhere.jpg"):
        _add(journal, site, tmp_path / "nowhere.jpg")


def test_the_bomb_is_refused_before_any_pixel_is_decoded(samples, monkeypatch):
    decoded = []
    original_load = Image.Image.load

    def spying_load(self):
        decoded.append(self.size)
        return original_load(self)

    monkeypatch.setattr(Image.Image, "load", spying_load)
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile.ImageFile, "load", spying_load)
    with pytest.raises(PhotoRejected, match="bomb_20000x20000.png"):
        photo_module.prepare_photo(samples / "bad" / "bomb_20000x20000.png")
    assert decoded == []


@pytest.mark.parametrize("name", ["truncated.jpg", "html_as.png", "not_sqlite.db", "bomb_20000x20000.png"])
def test_the_command_line_refuses_a_bad_photo_and_adds_nothing(tmp_path, samples, name):
    journal_dir = tmp_path / "journal"
    assert (
        run_cli(
            journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm"
        ).returncode
        == 0
    )
    before = folder_state(journal_dir)
    result = run_cli(
        journal_dir,
        "log",
        "Left forearm",
        "--date",
        "2026-03-01",
        "--tightness",
        "4",
        "--photo",
        str(samples / "photos" / "elbow_no_exif.png"),
        "--photo",
        str(samples / "bad" / name),
    )
    assert result.returncode == 2
    assert name in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder_state(journal_dir) == before
    assert cli_json(journal_dir, "entries") == []


# -- unusual but valid pictures a person may have -----------------------------------------------------


def _skin(size=(200, 150)) -> Image.Image:
    image = Image.new("RGB", size, (220, 170, 140))
    image.paste((120, 80, 60), (0, size[1] - 20, size[0], size[1]))  # a dark band along the bottom
    return image


def _orientation_6() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6
    return exif


@pytest.mark.parametrize(
    ("name", "make"),
    [
        (
            "grey16.png",
            lambda p: Image.frombytes("I;16", (200, 150), bytes(range(256)) * 234 + bytes(96)).save(p),
        ),
        ("palette.png", lambda p: _skin().convert("P").save(p)),
        ("palette_transparent.png", lambda p: _skin().convert("P").save(p, transparency=0)),
        ("grey_alpha.png", lambda p: _skin().convert("LA").save(p)),
        ("bilevel.png", lambda p: _skin().convert("1").save(p)),
        ("lossy.webp", lambda p: _skin().save(p, quality=80)),
        ("lossless.webp", lambda p: _skin().save(p, lossless=True)),
        ("grey.jpg", lambda p: _skin().convert("L").save(p)),
        ("progressive.jpg", lambda p: _skin().save(p, progressive=True)),
        ("cmyk_rotated.jpg", lambda p: _skin().convert("CMYK").save(p, exif=_orientation_6())),
        ("png_named.jpg", lambda p: _skin().save(p, "PNG")),
    ],
)
def test_unusual_but_valid_pictures_import_and_look_like_the_source(tmp_path, name, make):
    source = tmp_path / name
    make(source)
    with Image.open(source) as image:
        upright = image.copy()
        if name == "cmyk_rotated.jpg":
            upright = upright.transpose(Image.Transpose.ROTATE_270)
        if upright.mode.startswith("I"):
            values = list(upright.get_flattened_data())  # 16-bit values; ImageStat would clip them to 8 bits
            expected_mean = sum(values) / len(values) / 256
        else:
            expected_mean = ImageStat.Stat(upright.convert("L")).mean[0]
    prepared = photo_module.prepare_photo(source, ENTRY_DATE)
    for data in (prepared.data, prepared.thumbnail):
        with Image.open(io.BytesIO(data)) as stored:
            assert stored.size[0] / stored.size[1] == pytest.approx(
                upright.size[0] / upright.size[1], abs=0.02
            )
            assert ImageStat.Stat(stored.convert("L")).mean[0] == pytest.approx(expected_mean, abs=6)


def test_photo_folders_are_private_to_the_owner(journal, samples):
    import stat

    from journal.core.domain.model import Entry, Site

    site = journal.store.add_site(Site.new(name="Elbow", kind="deposit", region="elbow"))
    journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / "elbow_no_exif.png"]
    )
    for folder in (journal.files.photos, journal.files.thumbs):
        for path in [folder, *[p for p in folder.rglob("*") if p.is_dir()]]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o700, path


@pytest.mark.parametrize(
    ("name", "make", "stored_as"),
    [
        ("lossless.webp", lambda p: _skin().save(p, lossless=True), "png"),
        ("lossy.webp", lambda p: _skin().save(p, quality=80), "jpg"),
        ("transparent.webp", lambda p: _with_clear_corner(_skin()).save(p, quality=80), "png"),
    ],
)
def test_lossless_and_transparent_pictures_are_stored_without_loss(tmp_path, name, make, stored_as):
    source = tmp_path / name
    make(source)
    prepared = photo_module.prepare_photo(source, ENTRY_DATE)
    assert prepared.ext == stored_as
    if name == "lossless.webp":
        with Image.open(source) as original, Image.open(io.BytesIO(prepared.data)) as stored:
            assert stored.convert("RGB").tobytes() == original.convert("RGB").tobytes()  # pixel for pixel


def _with_clear_corner(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    rgba.paste((0, 0, 0, 0), (0, 0, 40, 40))  # a fully transparent corner
    return rgba


# -- damaged pictures: decoded whole, refused on any damage ---------------------------------------


def _png_chunks(data: bytes) -> list[tuple[int, bytes, int]]:
    """(offset, type, length) of each chunk."""
    chunks, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        chunks.append((pos, data[pos + 4 : pos + 8], length))
        pos += 12 + length
    return chunks


def _png_with_damaged_pixels(fix_checksum: bool) -> bytes:
    """A Pillow-made PNG with one bit of its IDAT stream flipped such that plain Pillow still
    decodes it, into wrong pixels. With fix_checksum the chunk's CRC is recomputed, so only
    the pixel stream itself is damaged."""
    import random
    import zlib

    picture = _skin((160, 120))
    out = io.BytesIO()
    picture.save(out, "PNG")
    good = out.getvalue()
    pos, _, length = next(c for c in _png_chunks(good) if c[1] == b"IDAT")
    rng = random.Random(7)
    for _ in range(2000):
        damaged = bytearray(good)
        damaged[pos + 8 + rng.randrange(length)] ^= 1 << rng.randrange(8)
        if fix_checksum:
            damaged[pos + 8 + length : pos + 12 + length] = zlib.crc32(
                damaged[pos + 4 : pos + 8 + length]
            ).to_bytes(4, "big")
        try:
            with Image.open(io.BytesIO(bytes(damaged))) as image:
                image.load()
                if image.convert("RGB").tobytes() != picture.tobytes():
                    return bytes(damaged)  # Pillow alone takes this for a picture
        except (OSError, SyntaxError, ValueError):
            continue
    raise AssertionError("no silently damaged PNG found")


def _heic_with_zeroed_picture(samples: Path) -> bytes:
    """The sample HEIC with its coded picture zeroed after the first NAL unit's header."""
    data = bytearray((samples / "photos" / "scalp_crown_phone.heic").read_bytes())
    pos = 0
    while data[pos + 4 : pos + 8] != b"mdat":
        pos += int.from_bytes(data[pos : pos + 4], "big")
    end = pos + int.from_bytes(data[pos : pos + 4], "big")
    start = pos + 8 + 4 + 2 + 6  # box header, NAL length, NAL header, the start of the slice header
    data[start:end] = bytes(end - start)
    return bytes(data)


@pytest.mark.parametrize(
    "fix_checksum", [False, True], ids=["idat-checksum-wrong", "idat-checksum-recomputed"]
)
def test_a_png_with_a_damaged_pixel_stream_is_refused(journal, site, tmp_path, fix_checksum):
    source = tmp_path / "damaged_pixels.png"
    source.write_bytes(_png_with_damaged_pixels(fix_checksum))
    before = folder_state(journal.folder)
    with pytest.raises(PhotoRejected, match=r"damaged_pixels\.png: the picture is damaged"):
        _add(journal, site, source)
    assert folder_state(journal.folder) == before


def test_a_heic_with_zeroed_picture_data_is_refused(journal, site, samples, tmp_path):
    damaged = _heic_with_zeroed_picture(samples)
    with Image.open(io.BytesIO(damaged)) as image:
        image.load()  # libheif alone decodes it, into garbage
        assert ImageStat.Stat(image).mean != pytest.approx([226.5, 178.0, 148.7], abs=10)
    source = tmp_path / "zeroed.heic"
    source.write_bytes(damaged)
    before = folder_state(journal.folder)
    with pytest.raises(PhotoRejected, match=r"zeroed\.heic: the picture is damaged"):
        _add(journal, site, source)
    assert folder_state(journal.folder) == before


def test_a_heic_whose_picture_data_is_all_zeros_is_refused_without_a_traceback(
    journal, site, samples, tmp_path
):
    data = bytearray((samples / "photos" / "scalp_crown_phone.heic").read_bytes())
    mdat = data.index(b"mdat") - 4
    end = mdat + int.from_bytes(data[mdat : mdat + 4], "big")
    data[mdat + 8 : end] = bytes(end - mdat - 8)  # pi-heif raises EOFError here, which is no OSError
    source = tmp_path / "all_zero.heic"
    source.write_bytes(bytes(data))
    with pytest.raises(PhotoRejected, match=r"all_zero\.heic"):
        _add(journal, site, source)


def test_truncated_pictures_are_refused_even_when_pillow_is_told_to_tolerate_them(
    journal, site, samples, tmp_path, monkeypatch
):
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # as another library might set it
    for name in ("forearm_2026-03-01.jpg", "elbow_no_exif.png"):
        data = (samples / "photos" / name).read_bytes()
        source = tmp_path / f"cut_{name}"
        source.write_bytes(data[: len(data) * 2 // 3])
        with pytest.raises(PhotoRejected, match=f"cut_{name}"):
            _add(journal, site, source)


def test_the_command_line_refuses_a_damaged_png_and_heic(tmp_path, samples):
    journal_dir = tmp_path / "journal"
    assert run_cli(journal_dir, "site", "add", "Scalp", "--kind", "area", "--region", "scalp").returncode == 0
    png, heic = tmp_path / "damaged_pixels.png", tmp_path / "zeroed.heic"
    png.write_bytes(_png_with_damaged_pixels(fix_checksum=True))
    heic.write_bytes(_heic_with_zeroed_picture(samples))
    before = folder_state(journal_dir)
    for source in (png, heic):
        result = run_cli(journal_dir, "log", "Scalp", "--date", "2026-03-01", "--photo", str(source))
        assert result.returncode == 2, result.stderr
        assert f"{source.name}: the picture is damaged" in result.stderr and "Traceback" not in result.stderr
    assert folder_state(journal_dir) == before
