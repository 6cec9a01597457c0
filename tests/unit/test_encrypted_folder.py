"""An encrypted journal's folder: a killed save's WAL is told its own or another database's like a
plain journal's, and a killed key write's temporary is swept by the next open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journal.core.crypt import convert, header, keys
from journal.core.errors import JournalDamaged
from journal.core.folder.leftovers import PHOTO_TEMP_AGE_S, clean_leftovers
from journal.core.journal import Journal

PASS = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]

# A child that saves one site into an encrypted journal and dies without closing: its WAL holds
# the committed save, as after a crash or a power cut.
KILLED_SAVE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from journal.core.domain.model import Site
    from journal.core.journal import Journal

    journal = Journal.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    journal.store.add_site(Site.new(name=sys.argv[3], kind="deposit", region="hand"))
    os._exit(0)
""")


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def _killed_save(folder: Path, site: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", KILLED_SAVE, str(folder), PASS, site],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert Path(f"{folder}/journal.sqlite3-wal").stat().st_size > 0


def test_an_encrypted_journals_own_wal_is_replayed_and_another_ones_refused(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine", tmp_path / "other"
    convert.create(mine, PASS)
    convert.create(other, PASS)
    _killed_save(mine, "Left hand")
    _killed_save(other, "Right knee")
    keep = tmp_path / "other-wal"
    shutil.copy(f"{other}/journal.sqlite3-wal", keep)
    keys.forget(mine)
    with Journal.open(mine, passphrase=PASS) as journal:  # its own WAL: the save is there
        assert [s.name for s in journal.store.sites()] == ["Left hand"]
    assert (
        not Path(f"{mine}/journal.sqlite3-wal").exists()
        or Path(f"{mine}/journal.sqlite3-wal").stat().st_size == 0
    )
    # The other journal's WAL beside this database (a sync tool's mix-up): refused, nothing replayed.
    shutil.copy(keep, f"{mine}/journal.sqlite3-wal")
    Path(f"{mine}/journal.sqlite3-shm").unlink(missing_ok=True)
    keys.forget(mine)
    with pytest.raises(JournalDamaged, match="written for another database"):
        Journal.open(mine, passphrase=PASS)
    Path(f"{mine}/journal.sqlite3-wal").unlink()
    with Journal.open(mine, passphrase=PASS) as journal:
        assert [s.name for s in journal.store.sites()] == ["Left hand"]


def test_a_stale_key_temporary_is_swept_and_a_fresh_one_kept(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    convert.create(folder, PASS)
    stale, fresh = folder / ".tmp-abc123.key", folder / ".tmp-def456.key"
    for path in (stale, fresh):
        path.write_bytes((folder / header.HEADER_NAME).read_bytes())
    old = time.time() - PHOTO_TEMP_AGE_S - 5
    os.utime(stale, (old, old))
    sealing = folder / "backups" / ".tmp-auto-20260301-120000.zip"
    sealing.parent.mkdir(exist_ok=True)
    sealing.write_bytes(b"SJSTRM1\nhalf")
    os.utime(sealing, (old - 600, old - 600))
    keys.forget(folder)
    Journal.open(folder, passphrase=PASS).close()
    assert not stale.exists() and not sealing.exists()
    assert fresh.exists() and (folder / header.HEADER_NAME).exists()
    assert clean_leftovers(folder, now=time.time() + PHOTO_TEMP_AGE_S + 5) == [fresh]
    assert (folder / header.HEADER_NAME).exists()
