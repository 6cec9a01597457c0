"""Restoring a backup of an encrypted journal: with its passphrase (or recovery code), every
check of a restore run on the files decrypted in memory, nothing plain on disk on the way; a
wrong passphrase or a changed member refused with nothing restored; killed at any step, the old
journal or the new one, whole."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from journal_helpers import folder_state, run_cli

from journal.core.backup import restore as restore_module
from journal.core.backup.create import create_backup
from journal.core.backup.restore import BackupRefused, needs_passphrase, restore_backup
from journal.core.crypt import convert, header, keys
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal

PASS = "correct horse battery"
NOTE = "PLANTED-NOTE-7f3a"
SITE = "PLANTED-SITE-91bc"
FORBIDDEN = (
    NOTE.encode(),
    SITE.encode(),
    b"SQLite format 3",
    b"\xff\xd8\xff\xe0",
    b"\xff\xd8\xff\xdb",
    b"JFIF\x00",
    b"\x89PNG\r\n",
)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The header's parameters travel in it: children unlock these backups as fast.
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def _scan(folder: Path, extra: tuple[bytes, ...] = (), only: tuple[bytes, ...] | None = None) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "journal.lock":
            data = path.read_bytes()
            markers = FORBIDDEN + extra if only is None else only
            found += [f"{path.relative_to(folder)}: {m!r}" for m in markers if m in data]
    return found


def _encrypted_backup(tmp_path: Path, samples: Path, notes: int = 1) -> tuple[Path, bytes, str]:
    """A backup of an encrypted journal with the planted strings: (the zip, a slice of the
    stored photo's plain bytes, the recovery code)."""
    folder = tmp_path / "source"
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name=SITE, kind="deposit", region="hand"))
        for day in range(1, notes + 1):
            journal.add_entry(
                Entry.new(site_id=site.id, date=f"2026-03-{day:02d}", size_mm="2.5", note=NOTE),
                [samples / "photos" / "forearm_2026-03-01.jpg"],
            )
        data = journal.photo_path(journal.store.photos()[0]).read_bytes()
    code = convert.encrypt(folder, PASS)
    out = create_backup(folder, tmp_path / "encrypted.zip").path
    keys.forget(folder)
    return out, data[len(data) // 2 : len(data) // 2 + 32], code


def _contents(folder: Path, passphrase: str | None = PASS) -> tuple[list[str | None], list[str]]:
    keys.forget(folder)
    with Journal.open(folder, passphrase=passphrase) as journal:
        notes = [e.note for e in journal.store.entries()]
        photos = [
            hashlib.sha256(journal.files.read(p.sha256, p.ext)).hexdigest() for p in journal.store.photos()
        ]
        assert all(journal.files.verify(p.sha256, p.ext) is None for p in journal.store.photos())
    keys.forget(folder)
    return notes, photos


def test_an_encrypted_backup_restores_with_its_passphrase_writing_nothing_plain(
    tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, marker, code = _encrypted_backup(tmp_path, samples)
    assert needs_passphrase(backup)
    assert _scan(tmp_path / "source", (marker,)) == [] and not any(
        m in backup.read_bytes() for m in FORBIDDEN
    )
    staged: list[list[str]] = []
    real_move = restore_module.move_into_place

    def scanned(staging: Path, target: Path) -> Path | None:
        # The staging folder at its fullest: extracted, checked, opened and migrated.
        staged.append(_scan(staging, (marker,)))
        return real_move(staging, target)

    monkeypatch.setattr(restore_module, "move_into_place", scanned)
    target = tmp_path / "restored"
    result = restore_backup(backup, target, passphrase=PASS)
    assert staged == [[]] and result.photos == 1
    assert _scan(tmp_path / "restored", (marker,)) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["encrypted.zip", "restored", "source"]
    with Journal.open(target) as journal:  # the keys it was restored with are kept for this process
        assert journal.store.sites()[0].name == SITE
    assert _contents(target) == _contents(tmp_path / "source")
    # The recovery code opens the backup too.
    again = restore_backup(backup, tmp_path / "by-code", recovery=code.lower())
    assert again.photos == 1 and _contents(tmp_path / "by-code")[0] == [NOTE]


def test_a_wrong_or_missing_passphrase_restores_nothing(tmp_path: Path, samples: Path) -> None:
    backup, _marker, _code = _encrypted_backup(tmp_path, samples)
    target = tmp_path / "journal"
    Journal.open(target).close()
    before = folder_state(target)
    with pytest.raises(
        header.WrongPassphrase, match="does not open the backup encrypted.zip. Nothing was restored"
    ):
        restore_backup(backup, target, replace=True, passphrase="not the passphrase")
    with pytest.raises(header.WrongPassphrase, match="That recovery code does not open"):
        restore_backup(backup, target, replace=True, recovery="AAAA-BBBB")
    with pytest.raises(
        header.PassphraseNeeded, match="backup of an encrypted journal: its passphrase is needed"
    ):
        restore_backup(backup, target, replace=True)
    assert folder_state(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["encrypted.zip", "journal", "source"]


def test_a_backup_sealed_by_encrypting_its_journal_is_refused_in_words(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "source"
    with Journal.open(folder) as journal:
        journal.store.add_site(Site.new(name=SITE, kind="deposit", region="hand"))
    create_backup(folder, folder / "backups" / "auto-20260301-120000.zip")
    convert.encrypt(folder, PASS)
    sealed = folder / "backups" / "auto-20260301-120000.zip"
    with pytest.raises(BackupRefused, match="made before its journal was encrypted.*skinjournal decrypt"):
        restore_backup(sealed, tmp_path / "restored", passphrase=PASS)
    assert not (tmp_path / "restored").exists()


def _rewritten(backup: Path, out: Path, change: Callable[[str, bytes], bytes], fix_manifest: bool) -> Path:
    """The backup with its members changed by `change`; the manifest's hashes made to match the
    change when `fix_manifest` (what someone who knows the format would do)."""
    with zipfile.ZipFile(backup) as source:
        members = {i.filename: (i, source.read(i.filename)) for i in source.infolist()}
    manifest = json.loads(members["manifest.json"][1])
    with zipfile.ZipFile(out, "w") as target:
        for name, (info, data) in members.items():
            if name == "manifest.json":
                continue
            changed = change(name, data)
            if fix_manifest:
                manifest["files"][name] = {
                    "sha256": hashlib.sha256(changed).hexdigest(),
                    "size": len(changed),
                }
            target.writestr(info, changed)
        target.writestr(members["manifest.json"][0], json.dumps(manifest))
    return out


def _flip(data: bytes) -> bytes:
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x01
    return bytes(flipped)


@pytest.mark.parametrize(
    ("what", "fix_manifest", "reason"),
    [
        ("photo", False, "does not match the hash recorded"),
        ("photo", True, "was changed or damaged since the backup was made"),
        ("database", True, "cannot be read"),
        ("key", True, "its key file journal.key is damaged"),
        ("plain photo", True, "is not sealed"),
    ],
)
def test_a_changed_member_of_an_encrypted_backup_is_refused(
    tmp_path: Path, samples: Path, what: str, fix_manifest: bool, reason: str
) -> None:
    backup, _marker, _code = _encrypted_backup(tmp_path, samples)
    plain_photo = (samples / "photos" / "forearm_2026-03-01.jpg").read_bytes()

    def change(name: str, data: bytes) -> bytes:
        if what == "photo" and name.startswith("photos/"):
            return _flip(data)
        if what == "plain photo" and name.startswith("photos/"):
            return plain_photo
        if what == "database" and name == "journal.sqlite3":
            return _flip(data)
        if what == "key" and name == "journal.key":
            return data[:40]
        return data

    changed = _rewritten(backup, tmp_path / "changed.zip", change, fix_manifest)
    target = tmp_path / "journal"
    with pytest.raises(BackupRefused, match=reason):
        restore_backup(changed, target, passphrase=PASS)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changed.zip", "encrypted.zip", "source"]


def test_the_command_line_restores_with_the_backups_passphrase_only(tmp_path: Path, samples: Path) -> None:
    backup, _marker, _code = _encrypted_backup(tmp_path, samples)
    target = tmp_path / "journal"
    convert.create(target, "the passphrase of the journal there")  # not asked: it is only replaced
    keys.forget(target)
    before = folder_state(target)
    secret = tmp_path / "pass.txt"
    secret.write_text("not the passphrase\n")
    env = {"SKINJOURNAL_PASSPHRASE_FILE": str(secret)}
    wrong = run_cli(target, "restore", str(backup), "--replace", env=env)
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "does not open the backup encrypted.zip. Nothing was restored" in wrong.stderr
    assert folder_state(target) == before
    secret.write_text(f"{PASS}\n")
    done = run_cli(target, "restore", str(backup), "--replace", env=env)
    assert done.returncode == 0, done.stderr
    assert "Restored the journal with 1 photo(s)" in done.stdout
    listed = run_cli(target, "entries", "--json", env=env)
    assert listed.returncode == 0 and [e["note"] for e in json.loads(listed.stdout)] == [NOTE], listed.stderr


# -- killed at every step (test_restore_crash.py's approach) ---------------------------------
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from journal.core.backup import checks as backup_checks
    from journal.core.backup.restore import restore_backup

    backup, target, kill_at, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    backup_checks.fresh_schema()
    steps = 0

    def counted(name):
        real = getattr(os, name)
        def step(*args, **kwargs):
            global steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return step

    for name in ("mkdir", "fsync", "link", "rename", "replace", "unlink", "rmdir"):
        setattr(os, name, counted(name))
    restore_backup(backup, target, replace=True, passphrase=passphrase)
    print("DONE", steps, flush=True)
""")


@pytest.mark.slow
def test_an_encrypted_restore_killed_at_every_step_leaves_the_old_or_the_new_journal(
    tmp_path: Path, samples: Path
) -> None:
    backup, marker, _code = _encrypted_backup(tmp_path, samples, notes=2)
    old = tmp_path / "old-template"
    with Journal.open(old) as journal:
        site = journal.store.add_site(Site.new(name="Old hand", kind="deposit", region="hand"))
        journal.store.add_entry(Entry.new(site_id=site.id, date="2026-02-01", note="old one"))
    old_state = _contents(old, None)
    new_state = _contents(tmp_path / "source")
    seen = {"old": 0, "new": 0}
    kill_at, finished = 0, False
    while not finished:
        kill_at += 1
        parent = tmp_path / f"round-{kill_at}"
        target = parent / "journal"
        parent.mkdir()
        shutil.copytree(old, target)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(backup), str(target), str(kill_at), PASS],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        finished = child.returncode == 0
        assert finished or child.returncode == -signal.SIGKILL, child.stderr
        # Whatever it died at, nothing of the backup's journal is plain anywhere beside the old one
        # (which is a plain journal: its own SQLite header is not looked for).
        assert _scan(parent, only=(NOTE.encode(), SITE.encode(), marker)) == [], f"killed at step {kill_at}"
        state = _contents(target)  # the open finishes or undoes the move first
        assert state in (old_state, new_state), f"killed before step {kill_at}"
        seen["old" if state == old_state else "new"] += 1
        assert sorted(p.name for p in parent.iterdir() if ".restor" in p.name) == [], kill_at
        shutil.rmtree(parent)
    assert seen["old"] >= 3 and seen["new"] >= 2, seen
