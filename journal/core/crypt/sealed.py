"""Sealed files: AES-256-GCM (authenticated: a changed bit is refused, never shown).

A small file (a photo, a thumbnail) is sealed whole:
    MAGIC (8 bytes) | nonce (12 random bytes) | ciphertext and tag
with the file's place in the journal (`photos/ab/<name>.jpg`) as associated data, so a sealed
file moved to another name is refused too. A file named by a keyed hash (the names since
version 2 of the key header) adds a `context` to that associated data, so a file tells by itself,
authenticated, which naming it was sealed under (what a conversion killed half-way relies on). A large file (a backup zip) is sealed as a stream of
1 MiB chunks (the STREAM construction, Hoang, Reyhanitabar, Rogaway and Vizár, CRYPTO 2015):
each chunk's nonce is a random prefix and the chunk's number, and the last chunk says so in its
associated data, so chunks cannot be reordered, dropped or cut off at the end unnoticed.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from journal.core.errors import JournalError
from journal.core.language import Words

MAGIC = b"SJSEAL1\n"
STREAM_MAGIC = b"SJSTRM1\n"
_NONCE = 12
_TAG = 16
_CHUNK = 1 << 20


class SealedWords(Words):
    """Why a sealed file of an encrypted journal cannot be read."""


class SealBroken(JournalError):
    """A sealed file was changed, cut short, or sealed with another key."""


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC) or head.startswith(STREAM_MAGIC)


def _ad(label: str, context: str) -> bytes:
    return f"{label}\0{context}".encode() if context else label.encode()


def seal(key: bytes, data: bytes, label: str, context: str = "") -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, _ad(label, context))


def unseal(key: bytes, data: bytes, label: str, context: str = "") -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _NONCE + _TAG:
        raise SealBroken(
            SealedWords.tr("{label} is not a sealed file of this journal, or it was cut short.").format(
                label=label
            )
        )
    nonce = data[len(MAGIC) : len(MAGIC) + _NONCE]
    try:
        return AESGCM(key).decrypt(nonce, data[len(MAGIC) + _NONCE :], _ad(label, context))
    except InvalidTag:
        raise SealBroken(
            SealedWords.tr("{label} was changed or damaged since it was saved; it is not shown.").format(
                label=label
            )
        ) from None


def _chunk_ad(label: str, index: int, last: bool) -> bytes:
    return f"{label}\0{index}\0{int(last)}".encode()


def seal_stream(key: bytes, source: BinaryIO, target: BinaryIO, label: str) -> None:
    """Seal `source` into `target` chunk by chunk (memory stays at one chunk)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead, prefix = AESGCM(key), os.urandom(8)
    target.write(STREAM_MAGIC + prefix)
    index, block = 0, source.read(_CHUNK)
    while True:
        following = source.read(_CHUNK)
        last = not following
        nonce = prefix + struct.pack(">I", index)
        target.write(aead.encrypt(nonce, block, _chunk_ad(label, index, last)))
        if last:
            return
        index, block = index + 1, following


def unseal_stream(key: bytes, source: BinaryIO, label: str) -> Iterator[bytes]:
    """The plain chunks of a sealed stream; SealBroken on any change, reorder or cut."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = source.read(len(STREAM_MAGIC) + 8)
    if not head.startswith(STREAM_MAGIC) or len(head) < len(STREAM_MAGIC) + 8:
        raise SealBroken(
            SealedWords.tr("{label} is not a sealed file of this journal, or it was cut short.").format(
                label=label
            )
        )
    aead, prefix = AESGCM(key), head[len(STREAM_MAGIC) :]
    index, block = 0, source.read(_CHUNK + _TAG)
    while True:
        following = source.read(_CHUNK + _TAG)
        last = not following
        try:
            yield aead.decrypt(prefix + struct.pack(">I", index), block, _chunk_ad(label, index, last))
        except InvalidTag:
            raise SealBroken(
                SealedWords.tr("{label} was changed, damaged or cut short since it was saved.").format(
                    label=label
                )
            ) from None
        if last:
            return
        index, block = index + 1, following
