"""Stored photos and thumbnails carry no metadata of any kind, and keep their colours.

A marker string is planted in every metadata slot Pillow can write (and IPTC, built by
hand): EXIF with GPS and MakerNote, XMP, IPTC, the JPEG comment, the ICC profile's
description, PNG tEXt/iTXt/zTXt/eXIf, WebP EXIF and XMP. It must appear in no stored byte,
in no decompressed chunk, and in nothing Pillow reads back from the stored files. (pi-heif
decodes HEIC but cannot write it, so there is no HEIC made here.)
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageStat, PngImagePlugin

from journal.core.domain.model import Entry, Site
from journal.core.photos import pipeline as photo_module

MARKER = "SJ-MARKER-Vera-Muster-52.5200N"
SKIN = (220, 170, 140)


def _marker_forms() -> list[bytes]:
    return [MARKER.encode(form) for form in ("ascii", "utf-16-be", "utf-16-le")]


# -- building files with the marker everywhere -------------------------------------------------


def _exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010E] = MARKER  # ImageDescription
    exif[0x013B] = MARKER  # Artist
    exif[0x8298] = MARKER  # Copyright
    exif[0x010F] = MARKER  # Make
    exif[0x0112] = orientation
    exif[0x0132] = "2026:03:01 09:15:00"
    camera = exif.get_ifd(0x8769)  # the Exif IFD
    camera[0x927C] = MARKER.encode()  # MakerNote
    camera[0x9286] = b"ASCII\x00\x00\x00" + MARKER.encode()  # UserComment
    camera[0x9003] = "2026:03:01 09:15:00"
    gps = exif.get_ifd(0x8825)
    gps[0x0001] = "N"
    gps[0x0002] = (52.0, 31.0, 12.0)
    gps[0x001B] = b"ASCII\x00\x00\x00" + MARKER.encode()  # GPSProcessingMethod
    return exif


def _xmp() -> bytes:
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{MARKER}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _icc(swap_red_blue: bool = False) -> bytes:
    """An sRGB profile made by LittleCMS whose description and copyright hold the marker.

    With swap_red_blue its red and blue primaries trade places: a picture carrying it must
    come out with red and blue swapped, which shows the colours really were converted."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    text = MARKER.encode("utf-16-be")
    # A multiLocalizedUnicode tag ('mluc', ICC.1:2010 section 10.15) with one en-US record.
    mluc = b"mluc" + bytes(4) + struct.pack(">II", 1, 12) + b"enUS" + struct.pack(">II", len(text), 28) + text
    while len(profile) % 4:
        profile.append(0)
    offset = len(profile)
    profile += mluc
    count = struct.unpack(">I", profile[128:132])[0]
    tags = {}
    for i in range(count):
        at = 132 + 12 * i
        signature = bytes(profile[at : at + 4])
        tags[signature] = at
        if signature in (b"desc", b"cprt"):
            profile[at + 4 : at + 12] = struct.pack(">II", offset, len(mluc))
    if swap_red_blue:
        red, blue = tags[b"rXYZ"], tags[b"bXYZ"]
        profile[red + 4 : red + 12], profile[blue + 4 : blue + 12] = (
            profile[blue + 4 : blue + 12],
            profile[red + 4 : red + 12],
        )
    profile[0:4] = struct.pack(">I", len(profile))
    profile[84:100] = bytes(16)  # no profile ID: it would no longer match
    data = bytes(profile)
    assert MARKER in ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(data)))
    return data


def _iptc_segment() -> bytes:
    """A JPEG APP13 segment: Photoshop 3.0 image resource 0x0404 holding IPTC-IIM records
    2:80 (by-line) and 2:120 (caption), as Photoshop and exiftool write them."""

    def record(dataset: int, text: str) -> bytes:
        value = text.encode()
        return b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(value)) + value

    iptc = record(80, MARKER) + record(120, MARKER)
    if len(iptc) % 2:
        iptc += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _with_iptc(jpeg: bytes) -> bytes:
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + _iptc_segment() + jpeg[2:]


def _png_text() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", MARKER)  # tEXt
    info.add_text("Comment", MARKER, zip=True)  # zTXt
    info.add_itxt("Description", MARKER, lang="en", tkey="Beschreibung")  # iTXt
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode(), zip=True)  # XMP the way PNG carries it
    return info


def _skin(mode: str = "RGB", size: tuple[int, int] = (240, 160)) -> Image.Image:
    image = Image.new("RGB", size, SKIN)
    image.paste((120, 80, 60), (0, size[1] - 20, size[0], size[1]))  # a dark band along the bottom
    return image.convert(mode)


def _jpeg(path: Path, orientation: int = 1, icc: bytes | None = None, mode: str = "RGB") -> None:
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    _skin(mode).save(
        out, "JPEG", quality=90, exif=_exif(orientation), xmp=_xmp(), comment=MARKER.encode(), **extra
    )
    path.write_bytes(_with_iptc(out.getvalue()))


def _png(path: Path, mode: str = "RGB") -> None:
    _skin(mode).save(path, "PNG", pnginfo=_png_text(), exif=_exif(), icc_profile=_icc())


def _webp(path: Path, lossless: bool) -> None:
    _skin().save(path, "WEBP", lossless=lossless, quality=85, exif=_exif(), xmp=_xmp(), icc_profile=_icc())


SOURCES = {
    "kept_tables.jpg": lambda p: _jpeg(p),  # upright RGB JPEG: stored with the camera's own tables
    "rotated.jpg": lambda p: _jpeg(p, orientation=6),
    "profiled.jpg": lambda p: _jpeg(p, icc=_icc()),
    "grey.jpg": lambda p: _jpeg(p, mode="L"),
    "cmyk.jpg": lambda p: _jpeg(p, mode="CMYK"),
    "photo.png": lambda p: _png(p),
    "transparent.png": lambda p: _png(p, mode="RGBA"),
    "lossy.webp": lambda p: _webp(p, lossless=False),
    "lossless.webp": lambda p: _webp(p, lossless=True),
}


# -- what a stored file may hold -----------------------------------------------------------------


def _jpeg_segments(data: bytes) -> list[int]:
    """The marker bytes of every segment up to the start of the picture data."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while True:
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return markers
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, pos = [], 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        chunks.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return chunks


def _assert_bare(data: bytes, what: str) -> None:
    for form in _marker_forms():
        assert form not in data, f"{what}: the marker is in the stored bytes"
    if data[:2] == b"\xff\xd8":
        # SOI, APP0 (JFIF), DQT, SOF0/SOF2, DHT, DRI, SOS: no APPn with metadata, no COM.
        extra = set(_jpeg_segments(data)) - {0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA}
        assert not extra, f"{what}: metadata segments {[hex(m) for m in extra]}"
    else:
        chunks = _png_chunks(data)
        kinds = {kind for kind, _ in chunks}
        assert kinds <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}, f"{what}: chunks {kinds}"
        picture = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
        for form in _marker_forms():
            assert form not in picture
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        assert not image.getexif(), f"{what}: EXIF {dict(image.getexif())}"
        assert set(image.info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density", "transparency"}, (
            f"{what}: {sorted(image.info)}"
        )


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_no_planted_marker_reaches_a_stored_photo_or_its_thumbnail(journal, tmp_path, name):
    source = tmp_path / name
    SOURCES[name](source)
    raw = source.read_bytes()
    assert MARKER.encode() in raw or MARKER.encode("utf-16-be") in raw  # the marker really is in the source
    with Image.open(source) as image:
        if "icc_profile" in image.info:
            assert MARKER in ImageCms.getProfileDescription(
                ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
            )

    site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    _, photos = journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01"), [source])
    stored = sorted(
        p for folder in (journal.files.photos, journal.files.thumbs) for p in folder.rglob("*") if p.is_file()
    )
    assert len(stored) == 2
    for path in stored:
        _assert_bare(path.read_bytes(), f"{name} -> {path.relative_to(journal.folder)}")
    assert photos[0].taken_on.isoformat() == "2026-03-01"  # the date is read before the EXIF goes


def test_a_sample_heic_keeps_none_of_its_own_metadata(journal, samples):
    site = journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
    journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / "scalp_crown_phone.heic"]
    )
    for folder in (journal.files.photos, journal.files.thumbs):
        for path in folder.rglob("*.*"):
            _assert_bare(path.read_bytes(), path.name)


def test_a_colour_profile_is_applied_then_dropped(tmp_path):
    # The profile says "red and blue swapped": the stored sRGB copy must show the swap.
    source = tmp_path / "swapped.jpg"
    Image.new("RGB", (120, 80), SKIN).save(source, quality=95, icc_profile=_icc(swap_red_blue=True))
    prepared = photo_module.prepare_photo(source)
    with Image.open(io.BytesIO(prepared.data)) as stored:
        assert "icc_profile" not in stored.info
        red, green, blue = ImageStat.Stat(stored).mean
    assert blue > red + 40, (red, green, blue)
    assert green == pytest.approx(SKIN[1], abs=25)


def test_an_srgb_profile_leaves_the_colours_as_they_were(tmp_path):
    source = tmp_path / "srgb.png"
    _skin().save(source, icc_profile=_icc())
    prepared = photo_module.prepare_photo(source)
    with Image.open(io.BytesIO(prepared.data)) as stored, Image.open(source) as original:
        assert "icc_profile" not in stored.info
        difference = [
            abs(a - b)
            for a, b in zip(ImageStat.Stat(stored).mean, ImageStat.Stat(original).mean, strict=True)
        ]
    assert max(difference) < 2


def test_a_broken_colour_profile_is_dropped_and_the_picture_kept(tmp_path):
    source = tmp_path / "broken_profile.jpg"
    _skin().save(source, icc_profile=b"\x00" * 200 + MARKER.encode())
    prepared = photo_module.prepare_photo(source)
    _assert_bare(prepared.data, "broken profile")
