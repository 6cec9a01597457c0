"""An encrypted journal names its photo and thumbnail files by a keyed hash of the picture's
SHA-256 (journal.core.photos.names): a copy of its folder or of a backup does not tell whether it
holds a known picture. A plain journal keeps SHA-256 names; a journal encrypted before keyed
names is renamed on its next open; prune, check, backups and restore work with the keyed names."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from keyed_names_support import as_before_keyed_names, old_backup

from journal.core.backup.create import MANIFEST, create_backup
from journal.core.backup.restore import restore_backup
from journal.core.crypt import convert, header, keys
from journal.core.domain.model import Entry, Site
from journal.core.folder.check import check_journal
from journal.core.journal import Journal
from journal.core.photos.prune import prune_photo_files, unreferenced_photo_files

PASS = "correct horse battery"
KNOWN = "forearm_2026-03-01.jpg"  # the "known picture": someone else holds a copy of it
OTHER = "elbow_no_exif.png"


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def _make(folder: Path, samples: Path) -> str:
    """A plain journal with the known picture on one entry; returns the picture's SHA-256 as stored."""
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Left hand", kind="deposit", region="hand"))
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / KNOWN])
        sha256 = journal.store.photos()[0].sha256
        assert hashlib.sha256(journal.files.read(sha256, "jpg")).hexdigest() == sha256
    return sha256


def _names(folder: Path) -> set[str]:
    """The file names (without extension) of every file under the folder, zips' members included."""
    names = set()
    for path in folder.rglob("*"):
        if path.is_file():
            names.add(path.name.partition(".")[0])
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    names |= {Path(member).name.partition(".")[0] for member in archive.namelist()}
    return names


def _layout(journal: Journal) -> tuple[set[str], set[str]]:
    """(the files under photos/ and thumbs/, the places the rows' pictures should have)."""
    found = {
        p.relative_to(journal.folder).as_posix()
        for folder in (journal.files.photos, journal.files.thumbs)
        for p in folder.rglob("*")
        if p.is_file()
    }
    wanted = {journal.files.relative(p.sha256, p.ext) for p in journal.store.photos()} | {
        journal.files.thumb_path(p.sha256).relative_to(journal.folder).as_posix()
        for p in journal.store.photos()
    }
    return found, wanted


def test_no_file_or_backup_member_of_an_encrypted_journal_is_named_by_a_pictures_sha256(
    tmp_path: Path, samples: Path
) -> None:
    plain, encrypted = tmp_path / "plain", tmp_path / "encrypted"
    sha_plain = _make(plain, samples)
    sha_encrypted = _make(encrypted, samples)
    known = hashlib.sha256((samples / "photos" / KNOWN).read_bytes()).hexdigest()
    assert sha_plain == sha_encrypted
    create_backup(plain, plain / "backups" / "plain.zip")
    assert sha_plain in _names(plain)  # the plain journal and its backup tell: the test can fail
    with zipfile.ZipFile(plain / "backups" / "plain.zip") as archive:
        assert any(sha_plain in name for name in archive.namelist())

    convert.encrypt(encrypted, PASS)
    with Journal.open(encrypted) as journal:
        create_backup(encrypted, encrypted / "backups" / "encrypted.zip")
        found, wanted = _layout(journal)
        assert found == wanted and len(found) == 2
        assert journal.files.verify(sha_encrypted, "jpg") is None
    names = _names(encrypted)
    assert sha_encrypted not in names and known not in names
    with zipfile.ZipFile(encrypted / "backups" / "encrypted.zip") as archive:
        listing = " ".join(archive.namelist()) + archive.read(MANIFEST).decode()
    assert sha_encrypted not in listing
    # The same picture gets the same name (deduplication stays), a new passphrase renames nothing.
    with Journal.open(encrypted) as journal:
        before = journal.files.relative(sha_encrypted, "jpg")
        site = journal.store.sites()[0]
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-02"), [samples / "photos" / KNOWN])
        assert _layout(journal)[0] == found
    convert.change_passphrase(encrypted, PASS, "another passphrase")
    keys.forget(encrypted)
    with Journal.open(encrypted, passphrase="another passphrase") as journal:
        assert journal.files.relative(sha_encrypted, "jpg") == before
        assert journal.files.verify(sha_encrypted, "jpg") is None


def test_prune_and_check_work_with_keyed_names(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    _make(folder, samples)
    convert.encrypt(folder, PASS)
    with Journal.open(folder) as journal:
        site = journal.store.sites()[0]
        dropped_entry, dropped = journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-02"), [samples / "photos" / OTHER]
        )
        kept = journal.store.photos()[0]
        journal.store.delete_entry(dropped_entry.id)
        gone = {
            journal.files.relative(dropped[0].sha256, dropped[0].ext),
            journal.files.thumb_path(dropped[0].sha256).relative_to(folder).as_posix(),
        }
        assert dropped[0].sha256 not in str(sorted(gone))
        report = check_journal(journal)
        assert report.ok and report.unreferenced == sorted(gone) == unreferenced_photo_files(journal)
        # by the SHA-256 a row had (an undo step dropped), mapped forward to its name
        assert prune_photo_files(journal, [kept.sha256]) == []
        assert prune_photo_files(journal, [dropped[0].sha256]) == sorted(gone)
        assert journal.files.verify(kept.sha256, kept.ext) is None
        assert check_journal(journal).ok and unreferenced_photo_files(journal) == []
        # a missing and an altered file are named by their keyed places
        path = journal.photo_path(kept)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))
        assert any("altered or damaged" in p for p in check_journal(journal).problems)
        path.unlink()
        assert any(f"missing: {path.relative_to(folder)}" in p for p in check_journal(journal).problems)


# -- journals and backups encrypted before keyed names ---------------------------------------
def test_a_journal_encrypted_before_keyed_names_is_renamed_on_its_next_open(
    tmp_path: Path, samples: Path
) -> None:
    folder = tmp_path / "j"
    sha256 = _make(folder, samples)
    convert.encrypt(folder, PASS)
    as_before_keyed_names(folder)
    assert sha256 in _names(folder)  # the old layout tells
    with Journal.open(folder, passphrase=PASS) as journal:
        found, wanted = _layout(journal)
        assert found == wanted and len(found) == 2
        assert journal.files.verify(sha256, "jpg") is None
        assert journal.files.read_thumbnail(sha256, "jpg")[:3] == b"\xff\xd8\xff"
    assert sha256 not in _names(folder)
    assert header.read_header(folder).finished
    assert json.loads((folder / header.HEADER_NAME).read_bytes())["version"] == 2


def test_a_journal_encrypted_before_keyed_names_decrypts_to_sha256_names(
    tmp_path: Path, samples: Path
) -> None:
    folder = tmp_path / "j"
    sha256 = _make(folder, samples)
    convert.encrypt(folder, PASS)
    as_before_keyed_names(folder)
    convert.decrypt(folder, PASS)
    keys.forget(folder)
    with Journal.open(folder) as journal:
        found, wanted = _layout(journal)
        assert found == wanted == {f"photos/{sha256[:2]}/{sha256}.jpg", f"thumbs/{sha256[:2]}/{sha256}.jpg"}
        assert journal.files.verify(sha256, "jpg") is None and check_journal(journal).ok


def test_decrypting_names_the_files_by_their_sha256_again(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    sha256 = _make(folder, samples)
    convert.encrypt(folder, PASS)
    convert.decrypt(folder, PASS)
    keys.forget(folder)
    with Journal.open(folder) as journal:
        found, wanted = _layout(journal)
        # the thumbnail too: mapped back through its photo's name, not made again
        assert found == wanted == {f"photos/{sha256[:2]}/{sha256}.jpg", f"thumbs/{sha256[:2]}/{sha256}.jpg"}
        assert journal.files.verify(sha256, "jpg") is None


def test_a_backup_made_before_keyed_names_restores_with_keyed_names(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "source"
    sha256 = _make(folder, samples)
    convert.encrypt(folder, PASS)
    old = tmp_path / "old.zip"
    old_backup(folder, old)
    with zipfile.ZipFile(old) as archive:
        assert f"photos/{sha256[:2]}/{sha256}.jpg" in archive.namelist()
    keys.forget(folder)
    target = tmp_path / "restored"
    restore_backup(old, target, passphrase=PASS)
    assert sha256 not in _names(target)
    assert header.read_header(target).finished
    keys.forget(target)
    with Journal.open(target, passphrase=PASS) as journal:
        photo = journal.store.photos()[0]
        assert journal.files.verify(photo.sha256, photo.ext) is None
        assert (target / journal.files.relative(photo.sha256, photo.ext)).exists()
        assert check_journal(journal).ok
