"""Crash safety: a process logging entries with photos is killed (SIGKILL) in the middle of its work,
many times over. After every kill the journal opens, `check` finds nothing wrong, and every entry
whose logging had reported success is there with its photo file intact.

Each round waits for a chosen number of reported successes (0 to 3, from a seeded generator), then
kills the child a seeded few milliseconds into its next entry: where in that entry the kill lands
varies, what the test asserts does not depend on timing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journal.core.domain.model import Site
from journal.core.folder.check import check_journal
from journal.core.journal import Journal

KILLS = 25

# The child: logs entries with a fresh photo each, forever, printing "OK <id> <date> <photo>" after
# each success. Even rounds go through the command line's main() (open, log, close every time);
# odd rounds keep one journal open and call the core, as the window does.
DRIVER = textwrap.dedent("""
    import contextlib, datetime as dt, io, random, re, sys
    from pathlib import Path
    from PIL import Image, ImageDraw
    from journal.cli import main
    from journal.core.journal import Journal
    from journal.core.domain.model import Entry

    folder, scratch, round_no = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(round_no)

    def new_photo(n):
        image = Image.new("RGB", (320, 240), (220, 170, 140))
        draw = ImageDraw.Draw(image)
        for _ in range(6):
            x, y = rng.randrange(300), rng.randrange(220)
            draw.ellipse((x, y, x + rng.randrange(5, 40), y + rng.randrange(5, 40)),
                         fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        path = scratch / f"r{round_no}-{n}.jpg"
        image.save(path, quality=90)
        return path

    def day(n):
        return (dt.date(2025, 1, 1) + dt.timedelta(days=(round_no * 37 + n) % 365)).isoformat()

    print("READY", flush=True)
    n = 0
    if round_no % 2 == 0:
        while True:
            n += 1
            photo, date = new_photo(n), day(n)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                code = main(["--journal", str(folder), "log", "Left forearm", "--date", date,
                             "--size-mm", "3.1", "--tightness", "4", "--photo", str(photo)])
            if code != 0:
                sys.exit(f"log failed with {code}")
            entry_id = re.search(r"[(]entry (\\d+)[)]", out.getvalue()).group(1)
            print(f"OK {entry_id} {date} {photo.name}", flush=True)
    else:
        with Journal.open(folder) as journal:
            site = journal.store.site_by_name("Left forearm")
            while True:
                n += 1
                photo, date = new_photo(n), day(n)
                saved, _ = journal.add_entry(Entry.new(site_id=site.id, date=date, pain=1), [photo])
                print(f"OK {saved.id} {date} {photo.name}", flush=True)
""")


def _reported(output: str) -> list[tuple[int, str, str]]:
    rows = []
    for line in output.splitlines(keepends=True):
        if line.startswith("OK ") and line.endswith("\n"):
            _, entry_id, date, photo = line.split()
            rows.append((int(entry_id), date, photo))
    return rows


def _verify(folder: Path, promised: list[tuple[int, str, str]]) -> None:
    with Journal.open(folder) as journal:
        report = check_journal(journal)
        assert report.problems == [], report.problems
        for entry_id, date, photo_name in promised:
            entry = journal.store.entry(entry_id)  # NotFound would mean a success was lost
            assert entry.date.isoformat() == date
            photos = journal.store.photos(entry_id=entry_id)
            assert [p.original_name for p in photos] == [photo_name]
            assert journal.files.verify(photos[0].sha256, photos[0].ext) is None
            assert journal.files.thumb_path(photos[0].sha256).is_file()  # written before the row too


@pytest.mark.slow
def test_killing_a_logging_process_at_random_moments_loses_nothing_that_was_reported(tmp_path):
    folder = tmp_path / "journal"
    scratch = tmp_path / "camera"
    scratch.mkdir()
    with Journal.open(folder) as journal:
        journal.store.add_site(
            Site.new(name="Left forearm", kind="deposit", region="forearm", near_joint=True)
        )

    rng = random.Random(20260301)
    promised: list[tuple[int, str, str]] = []
    expected = 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(folder), str(scratch), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert child.stdout is not None
            first = child.stdout.readline()
            assert first == "READY\n", first + (child.stderr.read() if child.poll() is not None else "")
            wanted = rng.randrange(4)
            reported = [child.stdout.readline() for _ in range(wanted)]
            assert all(line.startswith("OK ") for line in reported), reported + [child.stderr.read()]
            time.sleep(rng.uniform(0.0, 0.05))  # somewhere inside the next entry's work
            child.send_signal(signal.SIGKILL)
            output, errors = child.communicate(timeout=30)
            output = "".join(reported) + output
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        expected += wanted
        assert child.returncode == -signal.SIGKILL, errors
        promised += _reported(output)
        _verify(folder, promised)

    # Every success the rounds waited for was reported, and kept.
    assert len(promised) >= expected > 0
    with Journal.open(folder) as journal:
        assert len(journal.store.entries()) >= len(promised)
