"""What a backup may bring in, and malformed backups: each refused in words, nothing written.

The hostile backups are made for real: a real backup is unpacked, its database edited with
sqlite3 (or a photo swapped), and packed again with a manifest whose hashes and sizes are
right, so that only the checks of the restored content can catch them. The malformed ones
are refused on the command line with exit status 2, a sentence and no traceback, and the
journal there is unchanged byte for byte."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from data_support import fill_journal, table_rows
from journal_helpers import ROOT, folder_state, run_cli
from PIL import Image

from journal.core.backup.create import MANIFEST, create_backup
from journal.core.backup.restore import BackupRefused, restore_backup
from journal.core.journal import Journal


@pytest.fixture(scope="module")
def real_backup(tmp_path_factory) -> Path:
    """A backup of a journal with every record type and five photos (made once: the tests only read it)."""
    folder = tmp_path_factory.mktemp("source") / "journal"
    with Journal.open(folder) as journal:
        fill_journal(journal, ROOT / "tests" / "samples")
    return create_backup(folder, folder.parent / "real.zip").path


@pytest.fixture
def target(journal_dir) -> Path:
    """The journal a refused restore must leave as it was (it holds a site, so --replace is needed)."""
    with Journal.open(journal_dir) as journal:
        from journal.core.domain.model import Site

        journal.store.add_site(Site.new(name="Mine", kind="area", region="scalp"))
    return journal_dir


def _tree(folder: Path) -> dict[str, str]:
    return folder_state(folder) | {
        p.relative_to(folder).as_posix() + "/": "dir" for p in folder.rglob("*") if p.is_dir()
    }


def _pack(members: dict[str, bytes], out: Path, manifest: dict | None = None) -> Path:
    """A zip laid out as `skinjournal backup` writes it, with a manifest that matches."""
    files = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    manifest = manifest or {
        "format": "skinjournal-backup",
        "version": 1,
        "app_version": "test",
        "created": "2026-05-01T10:00:00+00:00",
        "files": files,
    }
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(
                name, data, zipfile.ZIP_STORED if name.startswith("photos/") else zipfile.ZIP_DEFLATED
            )
        archive.writestr(MANIFEST, json.dumps(manifest))
    return out


def _doctor(
    backup: Path,
    out: Path,
    sql: str = "",
    photos: Callable[[dict[str, bytes], sqlite3.Connection], None] | None = None,
) -> Path:
    """Unpack a real backup, run `sql` on its database (and let `photos` swap photo members,
    updating the rows), then pack it again with a correct manifest."""
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != MANIFEST}
    work = out.with_suffix(".d")
    work.mkdir()
    db = work / "journal.sqlite3"
    db.write_bytes(members["journal.sqlite3"])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")  # one file again, as a backup holds it
    conn.executescript(sql)
    if photos is not None:
        photos(members, conn)
    conn.commit()
    conn.close()
    members["journal.sqlite3"] = db.read_bytes()
    return _pack(members, out)


def _swap_photo(new: bytes, ext: str) -> Callable[[dict[str, bytes], sqlite3.Connection], None]:
    """Put `new` in place of the backup's first photo, named by its hash as the journal names files."""

    def swap(members: dict[str, bytes], conn: sqlite3.Connection) -> None:
        old_name = sorted(n for n in members if n.startswith("photos/"))[0]
        old_sha = Path(old_name).stem
        sha = hashlib.sha256(new).hexdigest()
        del members[old_name]
        members[f"photos/{sha[:2]}/{sha}.{ext}"] = new
        conn.execute("UPDATE photos SET sha256 = ?, ext = ? WHERE sha256 = ?", [sha, ext, old_sha])

    return swap


def _png_bomb() -> bytes:
    """A PNG of 15000 x 15000 pixels (225 million, over Pillow's and the journal's bounds) in a few kB."""
    out = io.BytesIO()
    Image.new("1", (15000, 15000)).save(out, "PNG")
    return out.getvalue()


HOSTILE = {
    "a trigger deleting every new entry": (
        "CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries; END;",
        None,
        "trigger (wipe on entries)",
    ),
    "the write log's trigger made to delete entries": (
        "DROP TRIGGER entries_insert_logged; CREATE TRIGGER entries_insert_logged AFTER INSERT ON entries "
        "BEGIN DELETE FROM entries; END;",
        None,
        "trigger (entries_insert_logged on entries)",
    ),
    "a view in place of a table": (
        "DROP TABLE visits; CREATE VIEW visits AS SELECT 1 AS id, '2026-01-01' AS date, NULL AS clinician, "
        "NULL AS findings, NULL AS note;",
        None,
        "view (visits) in place of the table",
    ),
    "a dropped table": ("DROP TABLE care;", None, "lacks the table care"),
    "a date that is not a date": (
        "UPDATE entries SET date = 'last Tuesday' WHERE id = (SELECT min(id) FROM entries);",
        None,
        "entries row 1 is refused (date: 'last Tuesday' is not a date",
    ),
    "an unknown choice value": (
        "UPDATE entries SET mobility = 'flying' WHERE id = (SELECT min(id) FROM entries);",
        None,
        "mobility: 'flying' is not one of",
    ),
    "a photo that is a web page": (
        "",
        _swap_photo(b"<html><body><script>alert(1)</script></body></html>", "png"),
        "is not a PNG picture",
    ),
    "a PNG bomb": ("", _swap_photo(_png_bomb(), "png"), "too large to open safely"),
    "a JPEG that still carries GPS": (
        "",
        _swap_photo((ROOT / "tests/samples/photos/forearm_2026-03-01.jpg").read_bytes(), "jpg"),
        "still carries EXIF data",
    ),
}


def test_a_backup_unpacked_and_packed_again_unchanged_restores(real_backup, tmp_path):
    """The control: the doctoring itself makes a good backup, so only the change is refused below."""
    again = _doctor(real_backup, tmp_path / "again.zip")
    restore_backup(again, tmp_path / "restored")
    with (
        Journal.open(tmp_path / "restored") as restored,
        Journal.open(real_backup.parent / "journal") as source,
    ):
        assert table_rows(restored) == table_rows(source)


def test_a_photo_kept_with_its_file_name_as_it_was_restores(real_backup, tmp_path):
    """Photo rows keep the picture's file name untrimmed ("IMG 1.jpg " is a valid name), so
    a check as strict as the entry form's would refuse a good backup."""
    spaced = _doctor(
        real_backup, tmp_path / "spaced.zip", "UPDATE photos SET original_name = original_name || ' ';"
    )
    restore_backup(spaced, tmp_path / "restored")
    with Journal.open(tmp_path / "restored") as restored:
        assert all(p.original_name.endswith(" ") for p in restored.store.photos())


_LOGGED = ("sites", "entries", "photos", "daily_checks", "labs", "care", "visits")  # alerts' go with it
OLDER_SCHEMA = (  # a backup from before the alerts, the write log, the trend indexes and what came after
    "DROP TABLE alert_acknowledgements; DROP TABLE alerts; DROP TABLE site_phases; DROP TABLE finger_palm; "
    "DROP TABLE rows_written; "
    + "".join(f"DROP TRIGGER {t}_insert_logged; DROP TRIGGER {t}_update_logged; " for t in _LOGGED)
    + "DROP INDEX entries_site_date_sized; DROP INDEX entries_site_date_tightness; "
    "DELETE FROM _sqlite_migrations WHERE name IN "
    "('0002_alerts', '0004_alert_acknowledgements', '0007_rows_written', '0008_trend_indexes', "
    "'0010_site_phases', '0011_finger_palm');"
)


def test_a_backup_made_before_a_schema_change_is_brought_up_to_date_and_restored(real_backup, tmp_path):
    older = _doctor(real_backup, tmp_path / "older.zip", OLDER_SCHEMA)
    restore_backup(older, tmp_path / "restored")
    with (
        Journal.open(tmp_path / "restored") as restored,
        Journal.open(real_backup.parent / "journal") as source,
    ):
        assert table_rows(restored) == table_rows(source)


def test_a_bad_row_in_a_backup_made_before_a_schema_change_is_refused_after_the_upgrade(
    real_backup, target, tmp_path
):
    sql, _photos, words = HOSTILE["a date that is not a date"]
    older = _doctor(real_backup, tmp_path / "older.zip", OLDER_SCHEMA + sql)
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused, match="date: 'last Tuesday' is not a date"):
        restore_backup(older, target, replace=True)
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_backup_bringing_in_what_the_journal_never_holds_is_refused(case, real_backup, target, tmp_path):
    sql, photos, words = HOSTILE[case]
    hostile = _doctor(real_backup, tmp_path / "hostile.zip", sql, photos)
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(hostile, target, replace=True)
    assert words in str(refused.value) and "Nothing was restored." in str(refused.value)
    assert _tree(tmp_path) == before  # the journal, its folder and its parent: not one byte changed


def test_a_hostile_backup_is_refused_on_the_command_line_too(real_backup, target, tmp_path):
    hostile = _doctor(real_backup, tmp_path / "hostile.zip", HOSTILE["a trigger deleting every new entry"][0])
    before = _tree(tmp_path)
    result = run_cli(target, "restore", "--replace", str(hostile))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "trigger (wipe on entries)" in result.stderr
    assert _tree(tmp_path) == before


# -- malformed backups ---------------------------------------------------------------------
def _members(backup: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(backup) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != MANIFEST}


def _with_manifest_text(backup: Path, out: Path, edit: Callable[[str], str]) -> Path:
    members = _members(backup)
    with zipfile.ZipFile(backup) as archive:
        manifest = archive.read(MANIFEST).decode()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, edit(manifest))
    return out


def _size_of_db(text: str, size: str) -> str:
    manifest = json.loads(text)
    real = manifest["files"]["journal.sqlite3"]["size"]
    return json.dumps(manifest).replace(f'"size": {real}', f'"size": {size}', 1)


def _patch_headers(data: bytes, name: str, flags: int = 0, method: int | None = None) -> bytes:
    """Set general-purpose flags or the compression method of one member in both of its headers
    (zipfile itself writes neither an encrypted member nor an unknown method)."""
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        local = info.header_offset
        offset = archive.start_dir
    headers = [local + 6]  # the local header: flags at 6, method at 8
    while raw[offset : offset + 4] == b"PK\x01\x02":  # the central directory: flags at 8, method at 10
        name_len, extra_len, comment_len = struct.unpack("<HHH", raw[offset + 28 : offset + 34])
        if raw[offset + 46 : offset + 46 + name_len].decode() == name:
            headers.append(offset + 8)
        offset += 46 + name_len + extra_len + comment_len
    for at in headers:
        raw[at : at + 2] = struct.pack("<H", struct.unpack("<H", raw[at : at + 2])[0] | flags)
        if method is not None:
            raw[at + 2 : at + 4] = struct.pack("<H", method)
    return bytes(raw)


def _with_member_type(backup: Path, out: Path, kind: int) -> Path:
    """The database member marked (in its Unix attributes) as a pipe, a device or a link."""
    members = _members(backup)
    with zipfile.ZipFile(backup) as archive:
        manifest = archive.read(MANIFEST)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = ((kind if name == "journal.sqlite3" else stat.S_IFREG) | 0o600) << 16
            archive.writestr(info, data)
        archive.writestr(MANIFEST, manifest)
    return out


MALFORMED: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "a manifest nested 100,000 deep": (
        lambda b, out: _with_manifest_text(b, out, lambda _: "[" * 100_000 + "]" * 100_000),
        "manifest.json cannot be read",
    ),
    "a size that is text": (
        lambda b, out: _with_manifest_text(b, out, lambda t: _size_of_db(t, '"large"')),
        "a size that is not a number of bytes",
    ),
    "a size of 1e400": (
        lambda b, out: _with_manifest_text(b, out, lambda t: _size_of_db(t, "1e400")),
        "a size that is not a number of bytes",
    ),
    "an encrypted member": (
        lambda b, out: out.write_bytes(_patch_headers(b.read_bytes(), "journal.sqlite3", flags=0x1)) and out,
        "encrypted entries (journal.sqlite3)",
    ),
    "a member compressed with an unsupported method": (
        lambda b, out: out.write_bytes(_patch_headers(b.read_bytes(), "journal.sqlite3", method=98)) and out,
        "compressed in a way Skin Journal never uses (journal.sqlite3)",
    ),
    "a member that is a named pipe": (
        lambda b, out: _with_member_type(b, out, stat.S_IFIFO),
        "are not plain files (journal.sqlite3)",
    ),
    "a member that is a device like /dev/zero": (
        lambda b, out: _with_member_type(b, out, stat.S_IFCHR),
        "are not plain files (journal.sqlite3)",
    ),
    "a member that is a link": (
        lambda b, out: _with_member_type(b, out, stat.S_IFLNK),
        "are not plain files (journal.sqlite3)",
    ),
}


def _refused_in_words(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    line = result.stderr.strip()
    assert line.startswith("skinjournal: ") and line.endswith(".") and "\n" not in line, line
    assert words in line, line


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_backup_is_refused_in_words(case, real_backup, target, tmp_path):
    make, words = MALFORMED[case]
    bad = make(real_backup, tmp_path / "bad.zip")
    before = _tree(tmp_path)
    _refused_in_words(run_cli(target, "restore", "--replace", str(bad)), words)
    assert _tree(tmp_path) == before


def _restore_of(path: Path, target: Path) -> subprocess.CompletedProcess[str]:
    # The timeout only keeps a hang from stalling the suite; a refusal takes well under a second.
    return subprocess.run(
        [sys.executable, "-m", "journal", "--journal", str(target), "restore", "--replace", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_a_named_pipe_given_as_the_backup_is_refused_without_waiting_for_a_writer(target, tmp_path):
    fifo = tmp_path / "backup.zip"
    os.mkfifo(fifo)
    before = _tree(tmp_path)
    _refused_in_words(_restore_of(fifo, target), "is a named pipe, not a backup file")
    assert _tree(tmp_path) == before


def test_dev_zero_given_as_the_backup_is_refused_without_reading_it(target, tmp_path):
    before = _tree(tmp_path)
    _refused_in_words(_restore_of(Path("/dev/zero"), target), "/dev/zero is a device, not a backup file")
    assert _tree(tmp_path) == before


def test_a_folder_given_as_the_backup_is_refused(target, tmp_path):
    (tmp_path / "folder.zip").mkdir()
    before = _tree(tmp_path)
    _refused_in_words(_restore_of(tmp_path / "folder.zip", target), "is a folder, not a backup file")
    assert _tree(tmp_path) == before
