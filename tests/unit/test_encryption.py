"""An encrypted journal: nothing personal readable on disk, a wrong passphrase refused with
nothing changed, a changed file refused, and encrypt/decrypt surviving a kill at every step."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import run_cli
from keyed_names_support import as_before_keyed_names

from journal.core.backup.create import create_backup
from journal.core.crypt import convert, header, keys
from journal.core.crypt.sealed import SealBroken
from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalError
from journal.core.folder import durable
from journal.core.journal import Journal

PASS = "correct horse battery"
NOTE = "PLANTED-NOTE-7f3a"
SITE = "PLANTED-SITE-91bc"
# A JPEG's start (SOI then APP0 or a table: 3 bytes alone turn up by chance in megabytes of
# ciphertext), its JFIF marker, a PNG's and an SQLite file's signature.
FORBIDDEN = (
    NOTE.encode(),
    SITE.encode(),
    b"SQLite format 3",
    b"\xff\xd8\xff\xe0",
    b"\xff\xd8\xff\xdb",
    b"JFIF\x00",
    b"\x89PNG\r\n",
)


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # In this process only: the children of the kill test use the real parameters.
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def _photo(samples: Path) -> Path:
    return samples / "photos" / "forearm_2026-03-01.jpg"


def _make(folder: Path, samples: Path, notes: int = 1) -> bytes:
    """A plain journal with the planted strings; returns a slice of its stored photo's bytes."""
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name=SITE, kind="deposit", region="hand"))
        for day in range(1, notes + 1):
            journal.add_entry(
                Entry.new(site_id=site.id, date=f"2026-03-{day:02d}", size_mm="2.5", note=NOTE),
                [_photo(samples)],
            )
        photo = journal.store.photos()[0]
        data = journal.photo_path(photo).read_bytes()
    create_backup(folder, folder / "backups" / "auto-20260301-120000.zip")
    return data[len(data) // 2 : len(data) // 2 + 32]


def _scan(folder: Path, extra: tuple[bytes, ...] = ()) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "journal.lock":
            data = path.read_bytes()
            found += [
                f"{path.relative_to(folder)}: {marker!r}" for marker in FORBIDDEN + extra if marker in data
            ]
    return found


def _fresh(folder: Path) -> None:
    keys.forget(folder)


def test_an_encrypted_folder_and_its_backups_hold_nothing_readable(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    marker = _make(folder, samples)
    assert _scan(folder, (marker,))  # the plain journal shows them: the scan can fail
    code = convert.encrypt(folder, PASS)
    assert _scan(folder, (marker,)) == []
    _fresh(folder)
    with Journal.open(folder, passphrase=PASS) as journal:
        assert [e.note for e in journal.store.entries()] == [NOTE]
        photo = journal.store.photos()[0]
        assert journal.files.verify(photo.sha256, photo.ext) is None
        assert marker in journal.files.read(photo.sha256, photo.ext)
        create_backup(folder, folder / "backups" / "later.zip")
    assert _scan(folder, (marker,)) == []
    _fresh(folder)
    with Journal.open(folder, recovery=code.lower()) as journal:
        assert journal.store.sites()[0].name == SITE


def test_a_save_into_an_encrypted_journal_writes_no_plain_temporary(
    tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "j"
    convert.create(folder, PASS)
    seen: list[bytes] = []
    real_replace = os.replace

    def watched(src: str | Path, dst: str | Path) -> None:
        seen.append(Path(src).read_bytes())
        real_replace(src, dst)

    monkeypatch.setattr(durable.os, "replace", watched)
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name=SITE, kind="deposit", region="hand"))
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01", note=NOTE), [_photo(samples)])
        assert len(seen) == 2  # the photo and its thumbnail, each written through a temporary
        assert not any(marker in data for data in seen for marker in FORBIDDEN)
    assert _scan(folder) == []


def test_a_wrong_passphrase_is_refused_in_words_and_nothing_changes(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    _make(folder, samples)
    convert.encrypt(folder, PASS)
    _fresh(folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(header.WrongPassphrase, match="does not open the journal.*Nothing was changed"):
        Journal.open(folder, passphrase="not the passphrase")
    with pytest.raises(header.PassphraseNeeded, match="encrypted: its passphrase is needed"):
        Journal.open(folder)
    with pytest.raises(header.WrongPassphrase):
        convert.decrypt(folder, "not the passphrase")
    with pytest.raises(header.WrongPassphrase):
        convert.change_passphrase(folder, "not the passphrase", "a new passphrase")
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_a_changed_or_cut_photo_is_refused_not_shown(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    _make(folder, samples)
    convert.encrypt(folder, PASS)
    with Journal.open(folder) as journal:
        photo = journal.store.photos()[0]
        path = journal.photo_path(photo)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        with pytest.raises(SealBroken, match="changed or damaged"):
            journal.files.read(photo.sha256, photo.ext)
        assert "altered or damaged" in (journal.files.verify(photo.sha256, photo.ext) or "")
        path.write_bytes(bytes(data[:20]))
        with pytest.raises(SealBroken, match="cut short"):
            journal.files.read(photo.sha256, photo.ext)


def test_a_damaged_key_file_is_said_in_words(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    _make(folder, samples)
    convert.encrypt(folder, PASS)
    _fresh(folder)
    key_file = folder / header.HEADER_NAME
    key_file.write_bytes(key_file.read_bytes()[:40])
    with pytest.raises(JournalError, match="key file journal.key cannot be read"):
        Journal.open(folder, passphrase=PASS)


def test_a_new_passphrase_and_decrypt(tmp_path: Path, samples: Path) -> None:
    folder = tmp_path / "j"
    _make(folder, samples)
    code = convert.encrypt(folder, PASS)
    convert.change_passphrase(folder, PASS, "another passphrase")
    _fresh(folder)
    with pytest.raises(header.WrongPassphrase):
        Journal.open(folder, passphrase=PASS)
    convert.decrypt(folder, None, recovery=code)
    assert not (folder / header.HEADER_NAME).exists()
    _fresh(folder)
    with Journal.open(folder) as journal:
        assert [e.note for e in journal.store.entries()] == [NOTE]
        photo = journal.store.photos()[0]
        assert journal.files.verify(photo.sha256, photo.ext) is None
    with pytest.raises(JournalError, match="at least 8 characters"):
        convert.encrypt(folder, "short")


# -- killed at every step ------------------------------------------------------------------
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from journal.core.crypt import convert

    action, folder, kill_at = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
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

    for name in ("fsync", "rename", "replace", "unlink", "mkdir", "rmdir"):
        setattr(os, name, counted(name))
    if action == "encrypt":
        convert.encrypt(folder, sys.argv[4])
    elif action == "rename":  # a journal encrypted before keyed names, opened
        convert.open_keys(folder, sys.argv[4])
    else:
        convert.decrypt(folder, sys.argv[4])
    print("DONE", steps, flush=True)
""")


def _contents(folder: Path, passphrase: str | None) -> tuple[list[str | None], dict[str, str]]:
    _fresh(folder)
    with Journal.open(folder, passphrase=passphrase) as journal:
        notes = [e.note for e in journal.store.entries()]
        photos = {
            f"{p.sha256}": hashlib.sha256(journal.files.read(p.sha256, p.ext)).hexdigest()
            for p in journal.store.photos()
        }
        # Every file under its name for this journal's form (keyed in an encrypted one, the
        # SHA-256 in a plain one), and nothing under the other: no file of the other form is left.
        names = {journal.files.name(p.sha256) for p in journal.store.photos()}
        stored = journal.files.stored()
        thumbs = [journal.files.read_thumbnail(p.sha256, p.ext)[:3] for p in journal.store.photos()]
        encrypted = journal.files.key is not None
    assert set(stored) == names and all(len(paths) == 2 for paths in stored.values()), sorted(stored)
    assert encrypted == (names.isdisjoint(photos)), sorted(names)
    assert all(t == b"\xff\xd8\xff" for t in thumbs)
    _fresh(folder)
    return notes, photos


@pytest.mark.slow
@pytest.mark.parametrize("action", ["encrypt", "decrypt", "rename"])
def test_killed_at_every_step_the_journal_opens_whole(tmp_path: Path, samples: Path, action: str) -> None:
    template = tmp_path / "template"
    _make(template, samples, notes=2)
    if action != "encrypt":
        convert.encrypt(template, PASS)
    expected = _contents(template, PASS)
    if action == "rename":  # a journal encrypted before keyed names (opening it renames its files)
        as_before_keyed_names(template, PASS)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    kill_at, finished = 1, False
    while not finished:
        folder = tmp_path / f"run{kill_at}"
        subprocess.run(["cp", "-a", str(template), str(folder)], check=True)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, action, str(folder), str(kill_at), PASS],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        finished = child.returncode == 0
        assert finished or child.returncode == -signal.SIGKILL, child.stderr
        # Whatever step it died at, the journal opens with the passphrase (the open finishes the
        # conversion) and holds the same entries and photos.
        assert _contents(folder, PASS) == expected, f"killed at step {kill_at}"
        # A killed step may leave its temporary (swept by a later open, see folder/leftovers.py):
        # encrypting, even those hold nothing plain.
        if action != "decrypt" and (folder / header.HEADER_NAME).exists():  # begun: finished by the open
            assert _scan(folder) == [], f"killed at step {kill_at}"
        else:  # the old key (not begun) or none (finished by the open), never half-way
            assert not (folder / header.HEADER_NAME).exists() or header.read_header(folder).finished
        kill_at += 1
    assert kill_at > 5


def test_the_command_line_reads_the_passphrase_from_a_file_or_stdin_never_an_argument(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    secret = tmp_path / "pass.txt"
    secret.write_text(f"{PASS}\n")
    made = run_cli(folder, "encrypt", env={"SKINJOURNAL_PASSPHRASE_FILE": str(secret)})
    assert made.returncode == 0, made.stderr
    assert "Recovery code: " in made.stdout and "the data is gone" in made.stdout
    listed = run_cli(folder, "entries", "--json", env={"SKINJOURNAL_PASSPHRASE_FILE": str(secret)})
    assert listed.returncode == 0 and listed.stdout.strip() == "[]", listed.stderr
    wrong = subprocess.run(
        [sys.executable, "-m", "journal", "--journal", str(folder), "entries"],
        input="wrong passphrase\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert wrong.returncode == 2
    assert "does not open the journal" in wrong.stderr and "Traceback" not in wrong.stderr
    refused = run_cli(folder, "encrypt", PASS)
    assert refused.returncode == 2
