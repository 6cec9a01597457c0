"""The photo pipeline: untrusted image files in, clean upright copies out.

A photo is decoded only if it is one of the accepted formats and its header promises a
sane pixel count (checked before decoding, against decompression bombs). It is decoded
whole, with no tolerance for a truncated or damaged file, and any error a decoder raises
on it is a refusal in words. The stored copy and its thumbnail are upright and carry no
metadata at all: no EXIF (GPS position, camera serial, time zone), XMP, IPTC, comment,
text chunk or colour profile (whose description may hold a name); a picture with a
profile is converted to sRGB first, so its colours stay. Files are named by the SHA-256
of their bytes (by a keyed hash of it in an encrypted journal: `names`), so the same photo is
stored once; `PhotoFiles.write` makes the file
durable before the database row may commit.

A sideways JPEG (EXIF Orientation) is turned upright by a lossless transform when jpegtran is
installed and the JPEG allows it (`jpeg_turn`), else decoded, turned and encoded again with the
camera's own tables. What makes the photo hard to compare (blur, exposure, size) is measured on
the thumbnail's small decode (`quality`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import re
import stat
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.errors import PhotoRejected
from journal.core.folder.durable import fsync_dir, write_atomic
from journal.core.language import Words
from journal.core.photos.checks import heif_damage, png_damage

if TYPE_CHECKING:  # Pillow itself is imported on first use: opening a journal needs no decoder
    import hashlib

    from PIL import Image

    from journal.core.photos.quality import Measures

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")


class PhotoPipelineWords(Words):
    """Why a file was refused as a photo, and what a stored photo file lacks."""


ACCEPTED_DESCRIPTION = PhotoPipelineWords.mark("JPEG, PNG, HEIC/HEIF or WebP")  # translated where shown
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 100_000_000  # a 108 MP phone sensor fits; a 20000x20000 bomb does not
THUMB_SIZE = 320
STORED_EXTENSIONS = ("jpg", "png")  # what _encode writes
_SHA256 = re.compile(r"[0-9a-f]{64}")
_JPEG_FORMATS = ("JPEG", "MPO")  # MPO: a JPEG with more pictures after it (a phone's depth map)

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_DATETIME = 0x0132
_ORIENTATION = 0x0112

_heif_registered = False


def _transposes() -> dict[int, Image.Transpose]:
    from PIL import Image

    # EXIF Orientation value -> the turn that makes the picture upright (EXIF 2.32, tag 0x0112;
    # the same table as Pillow's ImageOps.exif_transpose).
    return {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }


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
    measures: Measures | None = None  # what makes it hard to compare (journal.core.photos.quality)


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


def read_untrusted(path: Path) -> tuple[bytes, float]:
    """The file's bytes and modification time, read once (what is checked is what is decoded).

    Only a regular file is read, opened without waiting (a FIFO would block a plain open),
    and never more than MAX_FILE_BYTES of it."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: cannot be read ({reason}).").format(
                name=name, reason=exc.strerror or exc
            )
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PhotoRejected(
                PhotoPipelineWords.tr(
                    "{name}: not a photo file (it is a folder, a device or a pipe)."
                ).format(name=name)
            )
        if info.st_size == 0:
            raise PhotoRejected(PhotoPipelineWords.tr("{name}: the file is empty.").format(name=name))
        if info.st_size > MAX_FILE_BYTES:
            raise PhotoRejected(
                PhotoPipelineWords.tr("{name}: the file is larger than {size} MB.").format(
                    name=name, size=MAX_FILE_BYTES // 2**20
                )
            )
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: cannot be read ({reason}).").format(
                name=name, reason=exc.strerror or exc
            )
        ) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: the file is larger than {size} MB.").format(
                name=name, size=MAX_FILE_BYTES // 2**20
            )
        )
    if not data:
        raise PhotoRejected(PhotoPipelineWords.tr("{name}: the file is empty.").format(name=name))
    return data, info.st_mtime


def _open_checked(data: bytes, name: str) -> Image.Image:
    _pillow()
    _register_heif()
    from PIL import Image, ImageFile, UnidentifiedImageError

    # A process-wide switch any library could turn on; with it, a cut-off file decodes as grey rows.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # broken EXIF offsets; the picture may be fine
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: the picture is too large to open safely.").format(name=name)
        ) from None
    except UnidentifiedImageError:
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: not a photo Skin Journal can read (it accepts {formats}).").format(
                name=name, formats=PhotoPipelineWords.tr(ACCEPTED_DESCRIPTION)
            )
        ) from None
    width, height = image.size
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        image.close()
        raise PhotoRejected(
            PhotoPipelineWords.tr(
                "{name}: the picture is {width}x{height} pixels, more than the {millions} million Skin Journal opens."
            ).format(name=name, width=width, height=height, millions=MAX_PIXELS // 1_000_000)
        )
    damage = (
        png_damage(data) if image.format == "PNG" else heif_damage(data) if image.format == "HEIF" else None
    )
    if damage:
        image.close()
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: the picture is damaged ({damage}).").format(
                name=name, damage=damage
            )
        )
    return image


def prepare_photo(path: Path, fallback_date: dt.date | None = None) -> PreparedPhoto:
    """Decode, straighten and re-encode one photo in memory; raise PhotoRejected if unusable.

    With no date in the photo and no fallback, the photo's date is the file's modification day."""
    path = Path(path)
    data, mtime = read_untrusted(path)
    prepared = prepare_photo_data(data, path.name, fallback_date)
    if prepared.taken_on is None:
        try:
            prepared = dataclasses.replace(prepared, taken_on=dt.date.fromtimestamp(mtime))
        except (OverflowError, OSError, ValueError):  # a file time no calendar holds: no date
            pass
    return prepared


def prepare_photo_data(data: bytes, name: str, fallback_date: dt.date | None = None) -> PreparedPhoto:
    """`prepare_photo` for bytes already read (a member of a backup, say); `name` is the
    file name the messages and the photo row show. PhotoRejected is the only error it raises
    for anything in `data`."""
    try:
        return _prepare(data, name, fallback_date)
    except PhotoRejected:
        raise
    except MemoryError:
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: the picture needs more memory to open than there is.").format(
                name=name
            )
        ) from None
    except Exception as exc:
        # The decoders raise OSError, ValueError, EOFError, SyntaxError, struct.error, RuntimeError
        # and more on a damaged file (Pillow documents no closed list): every one is a refusal.
        raise PhotoRejected(
            PhotoPipelineWords.tr("{name}: the picture is damaged or incomplete ({reason}).").format(
                name=name, reason=_reason(exc)
            )
        ) from None


def _reason(exc: Exception) -> str:
    """The decoder's own words, on one line and short (libheif's run over several lines)."""
    text = " ".join(str(exc).split()).rstrip(".")
    return text[:200] if text else type(exc).__name__


def _prepare(data: bytes, name: str, fallback_date: dt.date | None) -> PreparedPhoto:
    image = _open_checked(data, name)
    try:
        source_format = image.format
        camera_date = _exif_date(image)
        taken_on = camera_date or fallback_date
        orientation = _orientation(image)
        turned = None
        if _may_turn_losslessly(image, orientation):
            from journal.core.photos import jpeg_turn

            # jpegtran decodes every coded block itself (a clean exit vouches for them) and the
            # thumbnail below decodes its output: the pixels need no decode of their own here.
            turned = _turned(jpeg_turn.turn(data, orientation), image.size, orientation)
        if turned is not None:
            stored, ext, size = turned
        else:
            image.load()  # the whole picture: a decoding error anywhere refuses the file
            lossless = source_format == "PNG" or (source_format == "WEBP" and webp_is_lossless(data))
            stored, ext, size = _encode(image, source_format, orientation, lossless)
    finally:
        image.close()
    thumbnail, measures = _thumbnail_and_measures(stored, size)
    return PreparedPhoto(
        data=stored,
        thumbnail=thumbnail,
        ext=ext,
        sha256=_sha256(stored),
        width=size[0],
        height=size[1],
        taken_on=taken_on,
        original_name=name,
        camera_date=camera_date,
        measures=measures,
    )


def _may_turn_losslessly(image: Image.Image, orientation: int) -> bool:
    """A sideways JPEG whose coded data may be stored as it is, turned: one with a colour profile
    is converted to sRGB instead (the profile is not kept), and CMYK is converted to RGB."""
    return (
        image.format in _JPEG_FORMATS
        and orientation != 1
        and image.mode in ("RGB", "L")
        and not image.info.get("icc_profile")
    )


def _turned(
    data: bytes | None, size: tuple[int, int], orientation: int
) -> tuple[bytes, str, tuple[int, int]] | None:
    """jpegtran's upright JPEG, when it has the upright picture's size (else None: re-encode)."""
    if data is None:
        return None
    from PIL import Image

    upright = (size[1], size[0]) if orientation >= 5 else size  # 5-8 swap width and height
    try:
        with Image.open(io.BytesIO(data), formats=("JPEG",)) as check:
            if check.size != upright or check.mode not in ("RGB", "L"):
                return None
    except Exception:
        return None
    return data, "jpg", upright


def webp_is_lossless(data: bytes) -> bool:
    """True when the WebP's picture is stored losslessly (a VP8L chunk, not VP8).

    Pillow does not report this, and it decides whether the stored copy may be a JPEG."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return False
    pos = 12
    for _ in range(64):  # a handful of chunks precede the picture (VP8X, ICCP, ANIM, EXIF)
        if pos + 8 > len(data):
            return False
        fourcc, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        if fourcc == b"VP8L":
            return True
        if fourcc in (b"VP8 ", b"ANMF"):
            return False
        pos += 8 + size + (size & 1)
    return False


def _bare(image: Image.Image) -> Image.Image:
    """The same image object with no metadata left for an encoder to copy.

    Pillow's encoders copy some of `info` unasked (the JPEG comment, a PNG's colour profile);
    only transparency is kept, which is part of the pixels."""
    image.info = {key: value for key, value in image.info.items() if key == "transparency"}
    return image


def _to_srgb(image: Image.Image) -> Image.Image:
    """The picture's colours in sRGB, so the copy can be stored without a profile.

    A profile that cannot be read, or does not fit the picture, is dropped and the
    pixels are taken as sRGB (what viewers do with an unprofiled picture)."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    try:
        from PIL import ImageCms
    except ImportError:  # a Pillow built without LittleCMS: the profile is dropped, as below
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = source.profile.xcolor_space.strip()
        srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        if space == "GRAY" and image.mode == "L":
            # Through RGB: a neutral grey has R = G = B, so back to L is exact.
            converted = ImageCms.profileToProfile(image, source, srgb, outputMode="RGB")
            return (converted or image).convert("L")
        if space == "CMYK" and image.mode == "CMYK":
            return ImageCms.profileToProfile(image, source, srgb, outputMode="RGB") or image
        if space == "RGB" and image.mode in ("RGB", "RGBA", "P"):
            has_alpha = "A" in image.mode or "transparency" in image.info
            rgb = image if image.mode in ("RGB", "RGBA") else image.convert("RGBA" if has_alpha else "RGB")
            return ImageCms.profileToProfile(rgb, source, srgb, outputMode=rgb.mode) or rgb
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        pass
    return image


def _encode(
    image: Image.Image, source_format: str | None, orientation: int, lossless: bool
) -> tuple[bytes, str, tuple[int, int]]:
    has_profile = bool(image.info.get("icc_profile"))
    keep_jpeg_tables = (
        source_format == "JPEG" and orientation == 1 and image.mode in ("RGB", "L") and not has_profile
    )
    if keep_jpeg_tables:
        out = io.BytesIO()
        # Same quantisation tables as the camera used: no further loss of quality.
        _bare(image).save(out, "JPEG", quality="keep", subsampling="keep")
        return out.getvalue(), "jpg", image.size
    camera_tables = _camera_tables(image, source_format, has_profile)
    upright = _to_srgb(image)
    if orientation != 1:
        upright = upright.transpose(_transposes()[orientation])
    # Transparency has no place in a JPEG (it would turn black): such pictures stay lossless.
    has_alpha = "A" in upright.mode or "transparency" in upright.info
    if lossless or has_alpha:
        if upright.mode.startswith("I"):
            # 16-bit greyscale: scale to 8 bits (a plain convert clips nearly every pixel to white).
            upright = upright.convert("I").point(lambda value: value / 256).convert("L")
        if upright.mode not in ("RGB", "RGBA", "L", "LA"):
            upright = upright.convert("RGBA" if has_alpha else "RGB")
        out = io.BytesIO()
        _bare(upright).save(out, "PNG")
        return out.getvalue(), "png", upright.size
    out = io.BytesIO()
    if camera_tables is not None:
        # A sideways JPEG turned here (no jpegtran, or its size does not allow a lossless turn):
        # encoded again with the camera's own tables and chroma subsampling, so the stored file
        # stays about the size of the original (quality 95 at full chroma made it 1.3 times it).
        _bare(upright).save(out, "JPEG", **camera_tables)
        return out.getvalue(), "jpg", upright.size
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")  # CMYK scans and alpha: JPEG wants RGB
    _bare(upright).save(out, "JPEG", quality=95, subsampling=0)
    return out.getvalue(), "jpg", upright.size


def _camera_tables(
    image: Image.Image, source_format: str | None, has_profile: bool
) -> dict[str, object] | None:
    """The JPEG's own quantisation tables and chroma subsampling, as `save` takes them, for a
    JPEG re-encoded with its pixels unchanged but for a turn; None for anything else."""
    if source_format not in _JPEG_FORMATS or image.mode not in ("RGB", "L") or has_profile:
        return None
    from PIL import JpegImagePlugin

    tables = getattr(image, "quantization", None)
    if not tables:
        return None
    options: dict[str, object] = {"qtables": tables}
    if image.mode == "RGB":
        sampling = JpegImagePlugin.get_sampling(image)
        if sampling < 0:
            return None  # an unusual layout Pillow cannot write again: quality 95 as before
        options["subsampling"] = sampling
    return options


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes:
    """A small JPEG for lists, with no metadata (see `_thumbnail_and_measures`)."""
    return _thumbnail_and_measures(data, None, size)[0]


def _thumbnail_and_measures(
    data: bytes, measure_size: tuple[int, int] | None, size: int = THUMB_SIZE
) -> tuple[bytes, Measures | None]:
    """The thumbnail of the stored picture `data` and, given the picture's size, what makes it
    hard to compare (journal.core.photos.quality), measured on the same small decode.

    A JPEG is decoded in draft mode at the scale thumbnail() itself would choose (twice the
    thumbnail's size or more), so a 12 MP photo decodes at 1/4 scale instead of full size."""
    _pillow()
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        scale = size / max(width, height)
        target = (max(1, round(width * scale)), max(1, round(height * scale)))
        image.draft(None, (target[0] * 2, target[1] * 2))  # what thumbnail()'s reducing_gap=2 asks
        image.load()
        measures = None
        if measure_size is not None:
            from journal.core.photos import quality

            measures = quality.measure(quality.measuring_copy(image), measure_size)
        image.thumbnail((size, size), Image.Resampling.LANCZOS)
        rgb = image.convert("RGB") if image.mode != "RGB" else image
        out = io.BytesIO()
        _bare(rgb).save(out, "JPEG", quality=85)
        return out.getvalue(), measures


class PhotoFiles:
    """The content-addressed photo folder of a journal: photos/ab/<name>.jpg and thumbs/, where
    <name> is the picture's SHA-256 in a plain journal and a keyed hash of it in an encrypted one
    (journal.core.photos.names: `name`)."""

    def __init__(self, root: Path) -> None:
        from journal.core.crypt import keys

        self.root = root
        self.photos = root / "photos"
        self.thumbs = root / "thumbs"
        unlocked = keys.of_folder(root)
        # An encrypted journal's files are sealed (journal.core.crypt.sealed): written sealed,
        # read through `read`/`read_thumbnail`, never plain on disk, not even as a temporary.
        self.key = unlocked.photos if unlocked is not None else None
        self._names_key = unlocked.names if unlocked is not None else None
        self._names: dict[str, str] = {}

    def name(self, sha256: str) -> str:
        """The file name (without extension) of the picture with this SHA-256: the SHA-256 itself
        in a plain journal, its keyed hash in an encrypted one. Every path below goes through it."""
        if self._names_key is None:
            return sha256
        name = self._names.get(sha256)
        if name is None:
            from journal.core.photos.names import keyed_name

            name = self._names[sha256] = keyed_name(self._names_key, sha256)
        return name

    def _sealed(self, path: Path, data: bytes) -> bytes:
        if self.key is None:
            return data
        from journal.core.crypt.sealed import seal
        from journal.core.photos.names import KEYED_CONTEXT

        return seal(self.key, data, path.relative_to(self.root).as_posix(), KEYED_CONTEXT)

    def read_file(self, path: Path) -> bytes:
        """The plain bytes of a photo or thumbnail file; SealBroken (a JournalError) when a sealed
        file was changed. A plain file in an encrypted journal (an encrypt under way) reads as it is."""
        data = path.read_bytes()
        if self.key is None:
            return data
        from journal.core.crypt.sealed import is_sealed, unseal
        from journal.core.photos.names import KEYED_CONTEXT

        if not is_sealed(data[:8]):
            return data
        return unseal(self.key, data, path.relative_to(self.root).as_posix(), KEYED_CONTEXT)

    def read(self, sha256: str, ext: str) -> bytes:
        return self.read_file(self.path(sha256, ext))

    def read_thumbnail(self, sha256: str, ext: str) -> bytes:
        thumb = self.thumb_path(sha256)
        if not thumb.exists():
            write_atomic(thumb, self._sealed(thumb, make_thumbnail(self.read(sha256, ext))))
        return self.read_file(thumb)

    def relative(self, sha256: str, ext: str) -> str:
        """The photo's place inside the journal folder, with forward slashes (for listings);
        a plain string, so listing thousands of photos builds no Path objects."""
        name = self.name(sha256)
        return f"{self.photos.name}/{name[:2]}/{name}.{ext}"

    def path(self, sha256: str, ext: str) -> Path:
        return self.root / self.relative(sha256, ext)

    def thumb_path(self, sha256: str) -> Path:
        name = self.name(sha256)
        return self.thumbs / name[:2] / f"{name}.jpg"

    def write(self, photo: PreparedPhoto, missing_only: bool = False) -> None:
        """Durably write the photo and its thumbnail; a file already there is kept (checked
        against its hash first, unless missing_only)."""
        target = self.path(photo.sha256, photo.ext)
        if not target.exists() or (not missing_only and self._file_sha256(target) != photo.sha256):
            write_atomic(target, self._sealed(target, photo.data))
        thumb = self.thumb_path(photo.sha256)
        if not thumb.exists():
            write_atomic(thumb, self._sealed(thumb, photo.thumbnail))

    def write_photo_file(self, sha256: str, ext: str, data: bytes) -> None:
        """Durably write one photo file from its plain bytes (already checked), sealed in an
        encrypted journal; its thumbnail is made when first asked for (`read_thumbnail`)."""
        target = self.path(sha256, ext)
        write_atomic(target, self._sealed(target, data))

    def _file_sha256(self, path: Path) -> str | None:
        if self.key is None:
            return _sha256_file(path)
        from journal.core.errors import JournalError

        try:
            return _sha256(self.read_file(path))
        except JournalError:
            return None

    def stored(self) -> dict[str, list[Path]]:
        """Each file name (see `name`) that has files here (the photo, its thumbnail); anything
        else in these folders (temporaries, a person's own files) is not listed, so it is never
        taken for a photo. A caller holding rows maps their SHA-256s forward with `name`."""
        from journal.core.photos.names import listed_files

        found: dict[str, list[Path]] = {}
        for name, path in listed_files(self.root, {"photos": STORED_EXTENSIONS, "thumbs": ("jpg",)}):
            found.setdefault(name, []).append(path)
        return found

    def remove(self, name: str) -> list[Path]:
        """Delete the photo and thumbnail files stored under one file name (see `name`); return
        the files deleted. Only for a picture no row refers to (see journal.core.photos.prune)."""
        if not _SHA256.fullmatch(name):
            return []
        removed = []
        candidates = [self.photos / name[:2] / f"{name}.{ext}" for ext in STORED_EXTENSIONS]
        for path in candidates + [self.thumbs / name[:2] / f"{name}.jpg"]:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed.append(path)
        for folder in {path.parent for path in removed}:
            fsync_dir(folder)
        return removed

    def thumbnail(self, sha256: str, ext: str) -> Path:
        """The thumbnail file, remade from the photo if it went missing."""
        thumb = self.thumb_path(sha256)
        if not thumb.exists():
            write_atomic(thumb, self._sealed(thumb, make_thumbnail(self.read(sha256, ext))))
        return thumb

    def verify(self, sha256: str, ext: str) -> str | None:
        """None when the stored file matches its hash, else what is wrong."""
        target = self.path(sha256, ext)
        if not target.exists():
            return PhotoPipelineWords.tr("photo file missing: {path}").format(
                path=target.relative_to(self.root)
            )
        if self._file_sha256(target) != sha256:
            return PhotoPipelineWords.tr("photo file altered or damaged: {path}").format(
                path=target.relative_to(self.root)
            )
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
