"""Damage the decoders let through: checks on a photo file's own structure, before decoding.

Pillow decodes a PNG only until it has every row, so a damaged IDAT stream whose damage
still inflates to enough bytes becomes garbage pixels: no chunk checksum of IDAT and no
end-of-stream checksum is ever looked at. libheif (through libde265) decodes HEVC data
that is zeroed or overwritten into garbage pixels without an error. Both are caught here
from the file's bytes, with the checksums and syntax rules the formats define; each
function returns what is wrong in words, or None.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from journal.core.language import Words


class PhotoCheckWords(Words):
    """What is wrong inside a damaged photo file, as a clause of a longer sentence."""


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_INFLATE_STEP = 1 << 20  # inflate in bounded steps: the output is counted, never kept


def png_damage(data: bytes) -> str | None:
    """Every chunk's CRC-32 matches, the file ends with IEND, and the IDAT stream inflates to
    its end with a matching Adler-32 (PNG specification, 3rd ed., sections 5.3 and 10.1)."""
    view = memoryview(data)
    if bytes(view[:8]) != PNG_SIGNATURE:
        return PhotoCheckWords.tr("it does not start like a PNG file")
    inflater = zlib.decompressobj()
    pos = 8
    while True:
        if pos + 12 > len(data):
            return PhotoCheckWords.tr("the file ends before its last chunk (IEND)")
        length = int.from_bytes(view[pos : pos + 4], "big")
        kind = bytes(view[pos + 4 : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            return PhotoCheckWords.tr("the {chunk} chunk runs past the end of the file").format(
                chunk=_name(kind)
            )
        if zlib.crc32(view[pos + 4 : end - 4]) != int.from_bytes(view[end - 4 : end], "big"):
            return PhotoCheckWords.tr("the {chunk} chunk fails its checksum").format(chunk=_name(kind))
        if kind == b"IDAT":
            try:
                _inflate(inflater, view[pos + 8 : end - 4])
            except zlib.error:
                return PhotoCheckWords.tr("the picture data does not decompress")
        if kind == b"IEND":
            break
        pos = end
    if not inflater.eof:
        return PhotoCheckWords.tr("the picture data stops before its end")
    return None


def _inflate(inflater: zlib._Decompress, piece: memoryview) -> None:
    if inflater.eof:
        return  # data after the end of the stream is ignored, as decoders do
    chunk: bytes | memoryview = piece
    while chunk:
        inflater.decompress(chunk, _INFLATE_STEP)
        chunk = inflater.unconsumed_tail
        if inflater.eof:
            return


def _name(kind: bytes) -> str:
    return kind.decode("ascii", "replace")


# -- HEIF: the HEVC data of every coded picture ------------------------------------------------


class _Malformed(Exception):
    """The container is not laid out as ISO/IEC 14496-12 and 23008-12 say; libheif, which
    accepted it, is trusted with that, and the HEVC check is skipped."""


def heif_damage(data: bytes) -> str | None:
    """The HEVC data of each coded image item (type hvc1) is a sequence of whole NAL units
    that keep H.265's byte rules: no 0x000000, 0x000001 or 0x000002 inside a unit, no unit
    ending in 0x00, the forbidden bit clear (ITU-T H.265, 7.3.1.1 and 7.4.2). Zeroed or
    overwritten picture data breaks them; a coded stream never does."""
    try:
        items = list(_hevc_items(data))
    except (_Malformed, IndexError, ValueError):
        return None
    for item_id, payload, length_size in items:
        problem = _nal_problem(payload, length_size)
        if problem:
            return PhotoCheckWords.tr("the picture data of image {item} is damaged ({problem})").format(
                item=item_id, problem=problem
            )
    return None


def _nal_problem(payload: bytes, length_size: int) -> str | None:
    pos = 0
    if not payload:
        return PhotoCheckWords.tr("it is empty")
    while pos < len(payload):
        if pos + length_size > len(payload):
            return PhotoCheckWords.tr("it ends inside a unit's length")
        size = int.from_bytes(payload[pos : pos + length_size], "big")
        pos += length_size
        unit = payload[pos : pos + size]
        if size < 2 or len(unit) < size:
            return PhotoCheckWords.tr("a unit is cut short")
        if unit[0] & 0x80:
            return PhotoCheckWords.tr("a unit has its forbidden bit set")
        if unit[-1] == 0 or any(bad in unit for bad in (b"\x00\x00\x00", b"\x00\x00\x01", b"\x00\x00\x02")):
            return PhotoCheckWords.tr("a unit holds a byte sequence HEVC never writes")
        pos += size
    return None


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box between start and end."""
    pos = start
    while pos + 8 <= end:
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        header = 8
        if size == 1:
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise _Malformed(kind)
        yield kind, pos + header, pos + size
        pos += size


def _child(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for found, payload, stop in _boxes(data, start, end):
        if found == kind:
            return payload, stop
    return None


class _Reader:
    def __init__(self, data: bytes, pos: int, end: int) -> None:
        self.data, self.pos, self.end = data, pos, end

    def uint(self, size: int) -> int:
        if self.pos + size > self.end:
            raise _Malformed("short")
        value = int.from_bytes(self.data[self.pos : self.pos + size], "big")
        self.pos += size
        return value


def _hevc_items(data: bytes) -> Iterator[tuple[int, bytes, int]]:
    """(item id, HEVC data, NAL length size) of each hvc1 item of the file's meta box."""
    meta = _child(data, 0, len(data), b"meta")
    if meta is None:
        raise _Malformed(b"meta")
    start, end = meta[0] + 4, meta[1]  # a full box: version and flags first
    types = _item_types(data, _need(_child(data, start, end, b"iinf")))
    locations = _item_locations(data, _need(_child(data, start, end, b"iloc")))
    idat = _child(data, start, end, b"idat")
    length_sizes = _nal_length_sizes(data, _need(_child(data, start, end, b"iprp")))
    for item_id, kind in types.items():
        if kind != b"hvc1" or item_id not in locations:
            continue
        method, extents = locations[item_id]
        if method == 0:
            base = data
        elif method == 1 and idat is not None:
            base = data[idat[0] : idat[1]]
        else:
            continue  # data built from other items: checked with those items
        payload = b"".join(
            base[offset : offset + length if length else len(base)] for offset, length in extents
        )
        yield item_id, payload, length_sizes.get(item_id, 4)


def _need(found: tuple[int, int] | None) -> tuple[int, int]:
    if found is None:
        raise _Malformed(b"box")
    return found


def _item_types(data: bytes, iinf: tuple[int, int]) -> dict[int, bytes]:
    reader = _Reader(data, *iinf)
    version = reader.uint(1)
    reader.uint(3)
    reader.uint(2 if version == 0 else 4)
    types = {}
    for kind, start, end in _boxes(data, reader.pos, iinf[1]):
        if kind != b"infe":
            continue
        entry = _Reader(data, start, end)
        entry_version = entry.uint(1)
        entry.uint(3)
        if entry_version < 2:
            continue  # old item entries carry no item type
        item_id = entry.uint(2 if entry_version == 2 else 4)
        entry.uint(2)
        types[item_id] = data[entry.pos : entry.pos + 4]
    return types


def _item_locations(data: bytes, iloc: tuple[int, int]) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    reader = _Reader(data, *iloc)
    version = reader.uint(1)
    reader.uint(3)
    sizes = reader.uint(1)
    offset_size, length_size = sizes >> 4, sizes & 15
    sizes = reader.uint(1)
    base_size, index_size = sizes >> 4, (sizes & 15) if version in (1, 2) else 0
    count = reader.uint(2 if version < 2 else 4)
    locations = {}
    for _ in range(count):
        item_id = reader.uint(2 if version < 2 else 4)
        method = reader.uint(2) & 15 if version in (1, 2) else 0
        reader.uint(2)  # data reference index: 0 is this file
        base = reader.uint(base_size)
        extents = []
        for _ in range(reader.uint(2)):
            reader.uint(index_size)
            offset = reader.uint(offset_size)
            extents.append((base + offset, reader.uint(length_size)))
        locations[item_id] = (method, extents)
    return locations


def _nal_length_sizes(data: bytes, iprp: tuple[int, int]) -> dict[int, int]:
    """Item id -> NAL length size from the hvcC property associated with the item."""
    ipco = _need(_child(data, iprp[0], iprp[1], b"ipco"))
    properties = list(_boxes(data, *ipco))
    sizes: dict[int, int] = {}
    for kind, start, end in _boxes(data, *iprp):
        if kind != b"ipma":
            continue
        reader = _Reader(data, start, end)
        version = reader.uint(1)
        flags = reader.uint(3)
        for _ in range(reader.uint(4)):
            item_id = reader.uint(2 if version < 1 else 4)
            for _ in range(reader.uint(1)):
                index = reader.uint(2) & 0x7FFF if flags & 1 else reader.uint(1) & 0x7F
                if 0 < index <= len(properties):
                    found, payload, stop = properties[index - 1]
                    if found == b"hvcC" and stop - payload > 21:
                        sizes[item_id] = (data[payload + 21] & 3) + 1
    return sizes
