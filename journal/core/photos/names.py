"""How a journal names its photo and thumbnail files: photos/ab/<name>.<ext>, thumbs/ab/<name>.jpg.

In a plain journal the name is the SHA-256 of the picture's bytes (the row's `sha256`), so the same
picture is stored once. In an encrypted journal it is HMAC-SHA256 of that SHA-256 under the
journal's names key (derived from its data key, journal.core.crypt.header.derive_keys): still one
name per picture (deduplication stays) and still 64 hex characters (the layout stays), but a copy
of the folder or of a backup no longer tells whether it holds a picture someone else has too. The
rows keep the plain SHA-256; only the file names change. An HMAC cannot be turned back into the
SHA-256: what lists the folder maps row hashes forward (`name`), never names back.
"""

from __future__ import annotations

import re
from pathlib import Path

# The associated-data context of a sealed file named by a keyed hash (journal.core.crypt.sealed):
# a file sealed under its SHA-256 name (a journal encrypted before keyed names) opens without it.
KEYED_CONTEXT = "keyed name"
NAME = re.compile(r"[0-9a-f]{64}")


def keyed_name(key: bytes, sha256: str) -> str:
    import hashlib  # here: OpenSSL loads slowly, a plain journal's open needs none of it
    import hmac

    return hmac.new(key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()


def place(folder: str, name: str, ext: str) -> str:
    """A file's place inside the journal folder (`photos` or `thumbs`), with forward slashes."""
    return f"{folder}/{name[:2]}/{name}.{ext}"


def listed_files(root: Path, extensions: dict[str, tuple[str, ...]]) -> list[tuple[str, Path]]:
    """(name, path) of every file under `root`'s photo folders that has a name this layout gives
    (`extensions`: folder -> the extensions it holds); anything else there (temporaries, a
    person's own files) is not listed, so it is never taken for a photo."""
    found: list[tuple[str, Path]] = []
    for folder_name, allowed in extensions.items():
        folder = root / folder_name
        if not folder.is_dir():
            continue
        for sub in folder.iterdir():
            if len(sub.name) != 2 or not sub.is_dir():
                continue
            for path in sub.iterdir():
                name, dot, ext = path.name.partition(".")
                if (
                    dot
                    and ext in allowed
                    and NAME.fullmatch(name)
                    and name[:2] == sub.name
                    and path.is_file()
                ):
                    found.append((name, path))
    return found
