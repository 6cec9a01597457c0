"""Journals and backups as Skin Journal wrote them before keyed photo file names (an encrypted
journal's files named and sealed by the picture's SHA-256, a version 1 key header), built from a
journal made by the current code, for the tests of their conversion."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from journal.core.backup.create import MANIFEST, create_backup
from journal.core.crypt import header, keys
from journal.core.crypt.sealed import seal, unseal
from journal.core.journal import Journal
from journal.core.photos.names import KEYED_CONTEXT


def as_before_keyed_names(folder: Path, passphrase: str | None = None) -> None:
    """Turn the encrypted journal in `folder` into what Skin Journal wrote before keyed names: each
    photo and thumbnail sealed for its SHA-256 name (the file's place as associated data, with no
    context) and a version 1 key header without a `names` field."""
    with Journal.open(folder, passphrase=passphrase) as journal:
        files, key = journal.files, journal.files.key
        assert key is not None
        for photo in journal.store.photos():
            for path, old in (
                (
                    files.path(photo.sha256, photo.ext),
                    f"photos/{photo.sha256[:2]}/{photo.sha256}.{photo.ext}",
                ),
                (files.thumb_path(photo.sha256), f"thumbs/{photo.sha256[:2]}/{photo.sha256}.jpg"),
            ):
                if path.exists():
                    target = folder / old
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(seal(key, files.read_file(path), old))
                    path.unlink()
    old_header = header.read_header(folder)
    (folder / header.HEADER_NAME).write_bytes(
        header.Header(old_header.kdf, old_header.by_passphrase, old_header.by_recovery, "encrypted").to_json()
    )
    raw = json.loads((folder / header.HEADER_NAME).read_bytes())
    assert raw["version"] == 1 and "names" not in raw  # as the header was written before
    keys.forget(folder)


def old_backup(folder: Path, out: Path) -> None:
    """A backup as Skin Journal made it before keyed names: members named and sealed by the SHA-256."""
    journal_keys = keys.of_folder(folder)
    assert journal_keys is not None
    new = create_backup(folder, out.with_name("new.zip")).path
    with zipfile.ZipFile(new) as source, zipfile.ZipFile(out, "w") as target:
        manifest = json.loads(source.read(MANIFEST))
        files = {}
        for name in source.namelist():
            if name == MANIFEST:
                continue
            data = source.read(name)
            if name.startswith("photos/"):
                plain = unseal(journal_keys.photos, data, name, KEYED_CONTEXT)
                sha256 = hashlib.sha256(plain).hexdigest()
                name = f"photos/{sha256[:2]}/{sha256}{Path(name).suffix}"
                data = seal(journal_keys.photos, plain, name)
            elif name == header.HEADER_NAME:
                raw = json.loads(data)
                raw["version"] = 1
                del raw["names"]
                data = json.dumps(raw).encode()
            target.writestr(name, data)
            files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        manifest["files"] = files
        target.writestr(MANIFEST, json.dumps(manifest))
    new.unlink()
