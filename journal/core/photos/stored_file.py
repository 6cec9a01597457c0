"""A stored photo file as another journal would hand it over (a backup member, a CSV export's
photos/ folder): it must be what Skin Journal itself stores (a JPEG or PNG with no metadata,
decoding whole), or it is refused with the reason, before anything is written."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from journal.core.errors import JournalError
from journal.core.language import Words
from journal.core.photos.pipeline import prepare_photo, prepare_photo_data


class StoredFileWords(Words):
    """Why a photo file from a backup may not enter a journal."""


_SIGNATURES = {"jpg": (b"\xff\xd8\xff", "JPEG"), "png": (b"\x89PNG\r\n\x1a\n", "PNG")}


def photo_problem(path: Path, name: str, data: bytes | None = None) -> str | None:
    """Why the photo file `path` (the member `name` of a backup) may not enter a journal; with
    `data`, the file's plain bytes decrypted in memory (a sealed photo): checked instead of it."""
    ext = path.suffix.lstrip(".").lower()
    signature, kind = _SIGNATURES.get(ext, (b"", ext.upper()))
    try:
        with open(path, "rb") if data is None else io.BytesIO(data) as handle:
            if not signature or handle.read(len(signature)) != signature:
                return StoredFileWords.tr("{name} is not a {kind} picture").format(name=name, kind=kind)
            carried = _metadata_blocks(handle, ext)
    except OSError as exc:
        return StoredFileWords.tr("{name} cannot be read ({reason})").format(
            name=name, reason=exc.strerror or exc
        )
    if carried:
        return StoredFileWords.tr(
            "{name} still carries {carried} (camera details, possibly where it was taken); photos "
            "stored by Skin Journal never do"
        ).format(name=name, carried=carried)
    try:
        # the import's own checks: decodes the whole picture, bounds its size
        prepare_photo(path) if data is None else prepare_photo_data(data, path.name)
    except JournalError as exc:
        return StoredFileWords.tr("{name} is refused as a photo ({reason})").format(
            name=name, reason=_without_file_name(str(exc), path)
        )
    except Exception as exc:  # an untrusted file in a decoder: any failure is a refusal
        return StoredFileWords.tr("{name} cannot be decoded ({error})").format(
            name=name, error=type(exc).__name__
        )
    return None


def _without_file_name(message: str, path: Path) -> str:
    return message.removeprefix(f"{path.name}: ").rstrip(".")


def _metadata_blocks(handle: BinaryIO, ext: str) -> str | None:
    return _jpeg_metadata(handle) if ext == "jpg" else _png_metadata(handle)


def _jpeg_metadata(handle: BinaryIO) -> str | None:
    """Walk the JPEG's segments up to the picture data, looking for EXIF and XMP (APP1)."""
    for _ in range(1000):  # a real file has a dozen segments before its picture
        byte = handle.read(1)
        while byte == b"\xff":  # fill bytes before a marker
            byte = handle.read(1)
        if not byte:
            return None
        marker = byte[0]
        if marker in (0xDA, 0xD9):  # start of the picture data, or its end
            return None
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            continue
        raw = handle.read(2)
        if len(raw) < 2:
            return None
        length = int.from_bytes(raw, "big")
        head = handle.read(min(max(length - 2, 0), 32))
        if marker == 0xE1 and head.startswith(b"Exif\x00"):
            return StoredFileWords.tr("EXIF data")
        if marker == 0xE1 and head.startswith(b"http://ns.adobe.com/xap/1.0/"):
            return StoredFileWords.tr("XMP data")
        handle.seek(max(length - 2 - len(head), 0), 1)
        if handle.read(1) != b"\xff":
            return None
    return None


def _png_metadata(handle: BinaryIO) -> str | None:
    """Walk the PNG's chunks looking for EXIF (eXIf) and XMP (an iTXt keyword)."""
    for _ in range(100_000):
        header = handle.read(8)
        if len(header) < 8:
            return None
        length, kind, start = int.from_bytes(header[:4], "big"), header[4:], handle.tell()
        if kind == b"eXIf":
            return StoredFileWords.tr("EXIF data")
        if kind == b"iTXt" and handle.read(17) == b"XML:com.adobe.xmp":
            return StoredFileWords.tr("XMP data")
        if kind == b"IEND":
            return None
        handle.seek(start + length + 4)  # past the data and its CRC
    return None
