"""The photo pipeline: untrusted image files in, clean upright copies out.

A photo is decoded only if it is one of the accepted formats and its header promises a
sane pixel count (checked before decoding, against decompression bombs). The stored copy
is upright, carries no EXIF (so no GPS position, camera serial or time zone), and keeps the
colour profile. Files are named by the SHA-256 of their bytes, so the same photo is stored
once; `PhotoFiles.write` makes the file durable before the database row may commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.durable import write_atomic
from journal.core.errors import PhotoRejected

if TYPE_CHECKING:  # Pillow itself is imported on first use: opening a journal needs no decoder
    import hashlib

    from PIL import Image

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
ACCEPTED_DESCRIPTION = "JPEG, PNG, HEIC/HEIF or WebP"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 100_000_000  # a 108 MP phone sensor fits; a 20000x20000 bomb does not
THUMB_SIZE = 320

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_DATETIME = 0x0132
_ORIENTATION = 0x0112

_heif_registered = False


def _pillow() -> None:
    """Import Pillow (about 15 ms, and memory) only when a photo is decoded."""
    from PIL import Image

    # Pillow's own guard raises at twice this; our check below refuses earlier, before decoding.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def _register_heif() -> None:
    """pi-heif decodes HEIC without bundling a (GPL) encoder; imported on first use."""
    global _heif_registered
    if not _heif_registered:
        from pi_heif import register_heif_opener

        register_heif_opener()
        _heif_registered = True


@dataclasses.dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    thumbnail: bytes
    ext: str
    sha256: str
    width: int
    height: int
    taken_on: dt.date | None
    original_name: str
    camera_date: dt.date | None = None  # from the picture's EXIF; None when it carries no date


def _exif_date(image: Image.Image) -> dt.date | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # broken offsets warn; we only want the date
            exif = image.getexif()
        raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        if not raw:
            return None
        text = raw.decode("ascii", "ignore") if isinstance(raw, bytes) else str(raw)
        return dt.datetime.strptime(text.strip()[:10], "%Y:%m:%d").date()
    except Exception:  # broken EXIF must never stop a good picture
        return None


def _orientation(image: Image.Image) -> int:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # broken EXIF offsets warn; the picture is fine
            value = image.getexif().get(_ORIENTATION, 1)
        return int(value) if value in range(1, 9) else 1
    except Exception:
        return 1


def _open_checked(path: Path) -> Image.Image:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoRejected(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if size == 0:
        raise PhotoRejected(f"{name}: the file is empty.")
    if size > MAX_FILE_BYTES:
        raise PhotoRejected(f"{name}: the file is larger than {MAX_FILE_BYTES // 2**20} MB.")
    _pillow()
    _register_heif()
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # broken EXIF offsets; the picture may be fine
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path, formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoRejected(f"{name}: the picture is too large to open safely.") from None
    except UnidentifiedImageError:
        raise PhotoRejected(
            f"{name}: not a photo Skin Journal can read (it accepts {ACCEPTED_DESCRIPTION})."
        ) from None
    except OSError as exc:
        raise PhotoRejected(f"{name}: cannot be read ({exc}).") from None
    width, height = image.size
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        image.close()
        raise PhotoRejected(
            f"{name}: the picture is {width}x{height} pixels, more than the "
            f"{MAX_PIXELS // 1_000_000} million Skin Journal opens."
        )
    return image


def prepare_photo(path: Path, fallback_date: dt.date | None = None) -> PreparedPhoto:
    """Decode, straighten and re-encode one photo in memory; raise PhotoRejected if unusable."""
    path = Path(path)
    image = _open_checked(path)
    try:
        source_format = image.format
        camera_date = _exif_date(image)
        taken_on = camera_date or fallback_date
        orientation = _orientation(image)
        try:
            image.load()
        except (OSError, SyntaxError, ValueError) as exc:
            raise PhotoRejected(f"{path.name}: the picture is damaged or incomplete ({exc}).") from None
        lossless = source_format == "PNG" or (source_format == "WEBP" and webp_is_lossless(path))
        data, ext, size = _encode(image, source_format, orientation, lossless)
    finally:
        image.close()
    if taken_on is None:
        taken_on = dt.date.fromtimestamp(path.stat().st_mtime)
    return PreparedPhoto(
        data=data,
        thumbnail=make_thumbnail(data),
        ext=ext,
        sha256=_sha256(data),
        width=size[0],
        height=size[1],
        taken_on=taken_on,
        original_name=path.name,
        camera_date=camera_date,
    )


def webp_is_lossless(path: Path) -> bool:
    """True when the WebP's picture is stored losslessly (a VP8L chunk, not VP8).

    Pillow does not report this, and it decides whether the stored copy may be a JPEG."""
    with open(path, "rb") as handle:
        header = handle.read(12)
        if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WEBP":
            return False
        for _ in range(64):  # a handful of chunks precede the picture (VP8X, ICCP, ANIM, EXIF)
            chunk = handle.read(8)
            if len(chunk) < 8:
                return False
            fourcc, size = chunk[:4], int.from_bytes(chunk[4:], "little")
            if fourcc == b"VP8L":
                return True
            if fourcc in (b"VP8 ", b"ANMF"):
                return False
            handle.seek(size + (size & 1), 1)
    return False


def _encode(
    image: Image.Image, source_format: str | None, orientation: int, lossless: bool
) -> tuple[bytes, str, tuple[int, int]]:
    icc = image.info.get("icc_profile")
    keep_jpeg_tables = source_format == "JPEG" and orientation == 1 and image.mode in ("RGB", "L")
    if keep_jpeg_tables:
        out = io.BytesIO()
        # Same quantisation tables as the camera used: no further loss of quality.
        image.save(out, "JPEG", quality="keep", subsampling="keep", icc_profile=icc)
        return out.getvalue(), "jpg", image.size
    from PIL import ImageOps

    upright = image
    if orientation != 1:
        upright = ImageOps.exif_transpose(image) or image
    # Transparency has no place in a JPEG (it would turn black): such pictures stay lossless.
    has_alpha = "A" in upright.mode or "transparency" in upright.info
    if lossless or has_alpha:
        if upright.mode.startswith("I"):
            # 16-bit greyscale: scale to 8 bits (a plain convert clips nearly every pixel to white).
            upright = upright.convert("I").point(lambda value: value / 256).convert("L")
        if upright.mode not in ("RGB", "RGBA", "L", "LA"):
            upright = upright.convert("RGBA" if "A" in upright.mode or "transparency" in upright.info else "RGB")
            icc = None
        out = io.BytesIO()
        upright.save(out, "PNG", icc_profile=icc)
        return out.getvalue(), "png", upright.size
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")  # CMYK scans and alpha: JPEG wants RGB
        icc = None
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=95, subsampling=0, icc_profile=icc)
    return out.getvalue(), "jpg", upright.size


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes:
    """A small JPEG for lists. thumbnail() on an unloaded JPEG uses draft mode, so a
    12 MP photo decodes at 1/8 scale instead of full size."""
    _pillow()
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((size, size), Image.Resampling.LANCZOS)
        rgb = image.convert("RGB") if image.mode != "RGB" else image
        out = io.BytesIO()
        rgb.save(out, "JPEG", quality=85)
        return out.getvalue()


class PhotoFiles:
    """The content-addressed photo folder of a journal: photos/ab/<sha>.jpg and thumbs/."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.photos = root / "photos"
        self.thumbs = root / "thumbs"

    def relative(self, sha256: str, ext: str) -> str:
        """The photo's place inside the journal folder, with forward slashes (for listings);
        a plain string, so listing thousands of photos builds no Path objects."""
        return f"{self.photos.name}/{sha256[:2]}/{sha256}.{ext}"

    def path(self, sha256: str, ext: str) -> Path:
        return self.root / self.relative(sha256, ext)

    def thumb_path(self, sha256: str) -> Path:
        return self.thumbs / sha256[:2] / f"{sha256}.jpg"

    def write(self, photo: PreparedPhoto) -> None:
        """Durably write the photo and its thumbnail; a file already there is kept."""
        target = self.path(photo.sha256, photo.ext)
        if not target.exists() or _sha256_file(target) != photo.sha256:
            write_atomic(target, photo.data)
        thumb = self.thumb_path(photo.sha256)
        if not thumb.exists():
            write_atomic(thumb, photo.thumbnail)

    def thumbnail(self, sha256: str, ext: str) -> Path:
        """The thumbnail file, remade from the photo if it went missing."""
        thumb = self.thumb_path(sha256)
        if not thumb.exists():
            write_atomic(thumb, make_thumbnail(self.path(sha256, ext).read_bytes()))
        return thumb

    def verify(self, sha256: str, ext: str) -> str | None:
        """None when the stored file matches its hash, else what is wrong."""
        target = self.path(sha256, ext)
        if not target.exists():
            return f"photo file missing: {target.relative_to(self.root)}"
        if _sha256_file(target) != sha256:
            return f"photo file altered or damaged: {target.relative_to(self.root)}"
        return None


def _sha256_file(path: Path) -> str:
    digest = _new_sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    digest = _new_sha256()
    digest.update(data)
    return digest.hexdigest()


def _new_sha256() -> hashlib._Hash:
    import hashlib  # here: opening a journal to look at it needs no hashing (OpenSSL loads slowly)

    return hashlib.sha256()
