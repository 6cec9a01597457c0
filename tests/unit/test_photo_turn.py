"""A sideways JPEG (EXIF Orientation) is stored upright without re-encoding where the JPEG allows
it (jpegtran's lossless transform), so the stored file is no larger than the original; where it
does not, or jpegtran is not installed, it is re-encoded with the camera's own tables. Either way
the stored file carries no metadata, and a damaged file is refused as before."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from journal.core.errors import PhotoRejected
from journal.core.photos import jpeg_turn
from journal.core.photos.pipeline import prepare_photo_data

GPS_IFD = 0x8825
ORIENTATION = 0x0112
# Orientation -> the turn that makes the upright picture sideways again (the inverse of the
# pipeline's table: Pillow's exif_transpose undoes it).
SIDEWAYS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _upright_picture(size: tuple[int, int]) -> Image.Image:
    """Photo-like skin (fine grain everywhere, as a camera's), with a dark band at the bottom."""
    grain = Image.effect_noise(size, 40)
    image = ImageOps.colorize(grain, black=(150, 100, 80), white=(245, 195, 165))
    width, height = size
    image.paste((90, 60, 50), (0, height - height // 12, width, height))
    return image


def _sideways_jpeg(upright: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F], exif[0x0110] = "ExamplePhone", "Model 12"  # camera make and model
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (48.0, 8.0, 30.0)})  # a position
    turn = SIDEWAYS[orientation]
    raw = upright.transpose(turn) if turn is not None else upright
    out = io.BytesIO()
    raw.save(out, "JPEG", quality=92, exif=exif)  # 4:2:0 chroma, as phones save
    return out.getvalue()


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


def _decoded_upright(data: bytes) -> Image.Image:
    """The original as a viewer shows it: decoded, then turned by its tag."""
    with Image.open(io.BytesIO(data)) as image:
        return ImageOps.exif_transpose(image).convert("RGB")


def _assert_upright_and_bare(stored: bytes, size: tuple[int, int]) -> Image.Image:
    assert b"Exif\x00\x00" not in stored and b"ExamplePhone" not in stored
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG" and image.size == size
    assert len(image.getexif()) == 0 and GPS_IFD not in image.getexif() and "icc_profile" not in image.info
    grey = image.convert("L")
    width, height = size
    bottom = ImageStat.Stat(grey.crop((0, height - height // 20, width, height))).mean[0]
    top = ImageStat.Stat(grey.crop((0, 0, width, height // 20))).mean[0]
    left = ImageStat.Stat(grey.crop((0, 0, width // 20, height - height // 10))).mean[0]
    assert bottom < top - 60 and bottom < left - 60  # the dark band is at the bottom: upright
    return image


@pytest.fixture(scope="module")
def twelve_megapixel_portrait() -> bytes:
    """A 12 MP phone photo held upright: stored 4032x3024 with Orientation 6 (4032 and 3024 are
    whole numbers of 16-pixel blocks, as phones choose them)."""
    return _sideways_jpeg(_upright_picture((3024, 4032)), 6)


@pytest.fixture
def with_jpegtran(monkeypatch):
    monkeypatch.setattr(jpeg_turn, "_found", jpeg_turn._UNSET)  # looked up afresh
    if jpeg_turn.jpegtran() is None:
        pytest.skip("jpegtran (Debian's libjpeg-turbo-progs) is not installed")


@pytest.fixture
def without_jpegtran(monkeypatch):
    monkeypatch.setattr(jpeg_turn, "_found", None)


def test_a_sideways_12_mp_photo_is_turned_losslessly_and_stored_no_larger(
    with_jpegtran, twelve_megapixel_portrait
):
    original = twelve_megapixel_portrait
    prepared = prepare_photo_data(original, "IMG_4031.jpg")
    assert (prepared.width, prepared.height) == (3024, 4032)
    assert len(prepared.data) <= len(original), len(prepared.data) / len(original)
    stored = _assert_upright_and_bare(prepared.data, (3024, 4032))
    # The same coded values, turned: what differs is only the decoder's chroma smoothing at block
    # edges (a re-encode of the upright pixels differs by about 1.5 levels on average).
    assert _mean_difference(stored, _decoded_upright(original)) < 0.3


def test_without_jpegtran_the_photo_is_re_encoded_with_the_camera_tables(
    without_jpegtran, twelve_megapixel_portrait
):
    original = twelve_megapixel_portrait
    prepared = prepare_photo_data(original, "IMG_4031.jpg")
    # Quality 95 at full chroma stored it at 1.3 times the original; the camera's tables keep it
    # about the original's size (here the original carries little metadata to shed).
    assert len(prepared.data) <= 1.01 * len(original), len(prepared.data) / len(original)
    stored = _assert_upright_and_bare(prepared.data, (3024, 4032))
    assert _mean_difference(stored, _decoded_upright(original)) < 3


def test_a_size_jpegtran_cannot_turn_perfectly_is_re_encoded(with_jpegtran):
    # 3000 is not a whole number of 16-pixel blocks: the quarter turn would leave an edge unturned.
    original = _sideways_jpeg(_upright_picture((600, 808)), 6)  # stored 808x600
    prepared = prepare_photo_data(original, "odd.jpg")
    stored = _assert_upright_and_bare(prepared.data, (600, 808))
    assert _mean_difference(stored, _decoded_upright(original)) < 3
    assert len(prepared.data) <= 1.01 * len(original)


@pytest.mark.parametrize("orientation", range(2, 9))
def test_every_orientation_is_turned_upright_losslessly(with_jpegtran, orientation):
    original = _sideways_jpeg(_upright_picture((320, 480)), orientation)  # whole 16-pixel blocks
    prepared = prepare_photo_data(original, f"o{orientation}.jpg")
    stored = _assert_upright_and_bare(prepared.data, (320, 480))
    assert _mean_difference(stored, _decoded_upright(original)) < 0.3


@pytest.mark.parametrize("jpegtran", ["with_jpegtran", "without_jpegtran"])
def test_a_damaged_sideways_jpeg_is_refused(request, jpegtran):
    request.getfixturevalue(jpegtran)
    whole = _sideways_jpeg(_upright_picture((320, 480)), 6)
    with pytest.raises(PhotoRejected) as refused:
        prepare_photo_data(whole[: len(whole) * 2 // 3], "cut.jpg")
    assert str(refused.value).startswith("cut.jpg: the picture is damaged or incomplete")
