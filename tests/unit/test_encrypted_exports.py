"""Exports of an encrypted journal are plain by the person's choice: CSV's pictures and the
summary's photos are the pictures themselves (decrypted in memory, not the sealed files), and the
command says which files it wrote in plain text, and where."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from journal_helpers import run_cli

from journal.core.crypt import convert, header, keys
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal

PASS = "correct horse battery"
PHOTO = "forearm_2026-03-01.jpg"


@pytest.fixture(autouse=True)
def _light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)


def _journal(folder: Path, samples: Path, encrypted: bool) -> dict[str, str]:
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Left hand", kind="deposit", region="hand"))
        journal.add_entry(
            Entry.new(site_id=site.id, date=dt.date.today().isoformat(), size_mm="2.5"),
            [samples / "photos" / PHOTO],
        )
    secret = folder.parent / "pass.txt"
    secret.write_text(f"{PASS}\n")
    if encrypted:
        convert.encrypt(folder, PASS)
        keys.forget(folder)
    return {"SKINJOURNAL_PASSPHRASE_FILE": str(secret)}


@pytest.mark.parametrize("encrypted", [True, False])
def test_csv_with_photos_writes_the_pictures_and_warns_only_for_an_encrypted_journal(
    tmp_path: Path, samples: Path, encrypted: bool
) -> None:
    folder, out = tmp_path / "j", tmp_path / "export"
    env = _journal(folder, samples, encrypted)
    done = run_cli(folder, "export", "csv", "--out", str(out), "--photos", env=env)
    assert done.returncode == 0, done.stderr
    pictures = [p for p in (out / "photos").rglob("*") if p.is_file()]
    assert len(pictures) == 1
    data = pictures[0].read_bytes()
    assert data[:3] == b"\xff\xd8\xff" and hashlib.sha256(data).hexdigest() == pictures[0].stem
    warning = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    if encrypted:
        assert len(warning) == 1 and "the journal is encrypted, but this export is not" in warning[0]
        assert str(out / "entries.csv") in warning[0] and f"the pictures in {out / 'photos'}" in warning[0]
    else:
        assert warning == []


def test_the_summary_shows_an_encrypted_journals_photos_and_warns(tmp_path: Path, samples: Path) -> None:
    from PySide6.QtCore import QSize

    from journal.core.summary.content import gather_summary
    from journal.report.images import photo_tile
    from journal.report.qtapp import ensure_gui_application

    folder = tmp_path / "j"
    env = _journal(folder, samples, encrypted=True)
    with Journal.open(folder, passphrase=PASS) as journal:
        summary = gather_summary(journal)
        stored = journal.store.photos()[0]
        plain = journal.files.read(stored.sha256, stored.ext)
    ensure_gui_application()
    size = QSize(120, 90)
    strip = summary.sites[0].strip
    assert len(strip) == 1
    assert photo_tile(strip[0].read, size) == photo_tile(lambda: plain, size)
    assert photo_tile(strip[0].read, size) != photo_tile(lambda: b"", size)  # the tile of a missing photo
    out = tmp_path / "summary.pdf"
    done = run_cli(folder, "report", "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert f"warning: the journal is encrypted, but this export is not: the summary {out}" in done.stdout
    assert out.read_bytes()[:5] == b"%PDF-"


def test_a_csv_import_with_pictures_into_an_encrypted_journal_stores_them_sealed(
    tmp_path: Path, samples: Path
) -> None:
    from journal.core.csv.export import export_csv
    from journal.core.csv.importer import csv_sources, import_csv

    plain, out, target = tmp_path / "plain", tmp_path / "export", tmp_path / "j"
    _journal(plain, samples, encrypted=False)
    with Journal.open(plain) as journal:
        export_csv(journal, out, photos=True)
        stored = journal.store.photos()[0]
        data = journal.files.read(stored.sha256, stored.ext)
    marker = data[len(data) // 2 : len(data) // 2 + 32]  # a slice of the picture itself
    convert.create(target, PASS)
    with Journal.open(target, passphrase=PASS) as journal:
        report = import_csv(journal, csv_sources(out))
        assert report.written and report.counts["photos"] == 1, report.problems
        assert journal.files.read(stored.sha256, stored.ext) == data
        assert journal.files.verify(stored.sha256, stored.ext) is None
    found = [
        f"{path.relative_to(target)}: {needle!r}"
        for path in target.rglob("*")
        if path.is_file() and path.name != "journal.lock"
        for needle in (marker, b"\xff\xd8\xff", b"SQLite format 3")
        if needle in path.read_bytes()
    ]
    assert found == []


@pytest.mark.parametrize("encrypted", [True, False])
def test_fhir_with_pictures_embeds_the_pictures_themselves_and_warns_only_for_an_encrypted_journal(
    tmp_path: Path, samples: Path, encrypted: bool
) -> None:
    import base64
    import json

    folder, out = tmp_path / "j", tmp_path / "record.json"
    env = _journal(folder, samples, encrypted)
    done = run_cli(folder, "export", "fhir", "--out", str(out), "--photos", "embed", env=env)
    assert done.returncode == 0, done.stderr
    bundle = json.loads(out.read_text("utf-8"))
    media = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Media"]
    assert len(media) == 1
    picture = base64.b64decode(media[0]["content"]["data"])
    assert picture[:3] == b"\xff\xd8\xff"
    assert hashlib.sha256(picture).hexdigest() == media[0]["content"]["title"].partition(".")[0]
    warning = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    if encrypted:
        assert warning == [
            f"warning: the journal is encrypted, but this export is not: the FHIR bundle {out} with the "
            "pictures in it can be read by anyone who can open it. Delete the export when you no longer need it."
        ]
    else:
        assert warning == []


def test_a_changed_sealed_photo_is_left_out_of_the_fhir_bundle_in_words(
    tmp_path: Path, samples: Path
) -> None:
    import json

    folder, out = tmp_path / "j", tmp_path / "record.json"
    env = _journal(folder, samples, encrypted=True)
    photo = next(p for p in (folder / "photos").rglob("*") if p.is_file())
    data = bytearray(photo.read_bytes())
    data[len(data) // 2] ^= 1
    photo.write_bytes(bytes(data))
    done = run_cli(folder, "export", "fhir", "--out", str(out), "--photos", "embed", env=env)
    assert done.returncode == 0, done.stderr
    assert "a photo whose file was changed or damaged is exported without its picture" in done.stdout
    media = [e["resource"] for e in json.loads(out.read_text("utf-8"))["entry"]]
    assert [m["content"].get("data") for m in media if m["resourceType"] == "Media"] == [None]


@pytest.mark.parametrize("encrypted", [True, False])
@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("due", "--ics", "{out}/checks.ics"), "the reminders {out}/checks.ics"),
        (("due", "--json", "--ics", "{out}/checks.ics"), "the reminders {out}/checks.ics"),
        (("chart", "Left hand", "--out", "{out}/chart.png"), "the chart {out}/chart.png"),
    ],
)
def test_calendar_and_chart_files_warn_only_for_an_encrypted_journal(
    tmp_path: Path, samples: Path, encrypted: bool, args: tuple[str, ...], named: str
) -> None:
    folder, out = tmp_path / "j", tmp_path / "out"
    out.mkdir()
    env = _journal(folder, samples, encrypted)
    done = run_cli(folder, *(a.format(out=out) for a in args), env=env)
    assert done.returncode == 0, done.stderr
    # With --json the warning goes to standard error, so standard output stays JSON.
    stream = done.stderr if "--json" in args else done.stdout
    warning = [line for line in stream.splitlines() if line.startswith("warning:")]
    if encrypted:
        assert len(warning) == 1 and f": {named.format(out=out)} can be read by anyone" in warning[0]
    else:
        assert warning == []
    assert "warning:" not in (done.stdout if "--json" in args else "")
