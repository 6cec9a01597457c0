"""The keys of the journals this process has unlocked, held in memory only (never written).

`connect` (journal.core.store.connection) and `PhotoFiles` look a journal's keys up here by its
folder, so every connection and every photo read of an unlocked journal, in any thread, uses
them without each caller passing a key along; `forget` drops them (locking, closing)."""

from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path


@dataclasses.dataclass(frozen=True)
class JournalKeys:
    database: bytes  # SQLCipher's raw key (32 bytes: no key derivation of its own on open)
    photos: bytes  # AES-256-GCM key for photo, thumbnail and backup files
    # HMAC-SHA256 key naming the photo and thumbnail files (journal.core.photos.names): a copy of
    # the folder does not tell whether it holds a picture someone else has too
    names: bytes


_unlocked: dict[str, JournalKeys] = {}
_lock = threading.Lock()


def _key(folder: Path) -> str:
    return os.path.realpath(folder)


def remember(folder: Path, keys: JournalKeys) -> None:
    with _lock:
        _unlocked[_key(folder)] = keys


def forget(folder: Path) -> None:
    with _lock:
        _unlocked.pop(_key(folder), None)


def of_folder(folder: Path) -> JournalKeys | None:
    if not _unlocked:  # the plain journal's path: no realpath, no lock
        return None
    with _lock:
        return _unlocked.get(_key(folder))
