"""`skinjournal measure` as a person runs it: the size with its ± goes into the entry, `photos list
--json` shows the measurement, and bad input is a sentence with exit status 2 and nothing changed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from journal_helpers import ROOT, cli_json, folder_state, run_cli


def ok(journal_dir: Path, *args: str) -> str:
    result = run_cli(journal_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def photographed(tmp_path_factory) -> tuple[Path, dict]:
    journal_dir = tmp_path_factory.mktemp("measure") / "journal"
    ok(journal_dir, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm")
    ok(
        journal_dir,
        "log",
        "Left forearm",
        "--date",
        "2026-03-01",
        "--size-mm",
        "5",
        "--method",
        "ruler",
        "--photo",
        str(ROOT / "tests" / "samples" / "photos" / "forearm_2026-03-01.jpg"),
    )
    (photo,) = cli_json(journal_dir, "photos", "list")
    return journal_dir, photo


def test_measure_round_trip(photographed, tmp_path):
    journal_dir, photo = photographed
    copy = tmp_path / "journal"
    shutil.copytree(journal_dir, copy)
    said = ok(
        copy,
        "measure",
        str(photo["id"]),
        "--ref",
        "ruler:10,20,210,20=10mm",
        "--length",
        "50,60,170,60",
        "--width",
        "100,40,100,120",
    )
    # 10 mm over 200 px: 120 px is 6.0 mm, 80 px is 4.0 mm; ± by uncertainty.photo_uncertainty_mm
    assert re.search(r"Measured 6\.0 ± 0\.\d mm across, width 4\.0 ± 0\.\d mm", said), said
    assert "photo measurement" in said and "ruler of 10 mm" in said
    (entry,) = cli_json(copy, "entries")
    assert (entry["size_mm"], entry["width_mm"], entry["size_method"]) == (6.0, 4.0, "photo")
    (listed,) = cli_json(copy, "photos", "list")
    (measurement,) = listed["measurements"]
    assert measurement["reference"] == {
        "kind": "ruler",
        "points": [10, 20, 210, 20],
        "length_mm": 10,
        "coin": None,
    }
    assert measurement["length"]["points"] == [50, 60, 170, 60] and measurement["length"]["mm"] == 6.0
    assert measurement["width"]["mm"] == 4.0
    assert 0.1 <= measurement["length"]["uncertainty_mm"] < 0.5

    said = ok(
        copy, "measure", str(photo["id"]), "--ref", "coin:eur-1:10,300,475,300", "--length", "0,0,100,0"
    )
    assert "Measured 5.0 ± " in said and "1 euro" in said  # 23.25 mm over 465 px: 0.05 mm a pixel
    said = ok(copy, "measure", str(photo["id"]), "--ref", "object:0,0,0,235=23.5mm", "--length", "0,0,70,0")
    assert "Measured 7.0 ± " in said
    assert len(cli_json(copy, "photos", "list")[0]["measurements"]) == 3

    ok(copy, "entries", "edit", str(entry["id"]), "--width", "3.5", "--method", "calliper")
    (entry,) = cli_json(copy, "entries")
    assert (entry["size_mm"], entry["width_mm"], entry["size_method"]) == (7.0, 3.5, "calliper")


REFUSALS = [
    (["--ref", "coin:eur-3:10,10,200,10", "--length", "0,0,10,0"], "'eur-3' is not a coin"),
    (["--ref", "ruler:10,10,200=10mm", "--length", "0,0,10,0"], "is not two points"),
    (["--ref", "ruler:10,10,200,10=10", "--length", "0,0;10,0"], "is not two points"),
    (["--ref", "ruler:10,10,200,10", "--length", "0,0,10,0"], "give the ruler's length in mm"),
    (["--ref", "ruler:10,10,10,10=10mm", "--length", "0,0,10,0"], "needs at least 5"),
    (["--ref", "ruler:10,10,200,10=0mm", "--length", "0,0,10,0"], "must be above 0"),
    (["--ref", "tape:10,10,200,10=10mm", "--length", "0,0,10,0"], "is not a reference"),
    (["--ref", "ruler:10,10,200,10=10mm", "--length", "0,0,0,0"], "same point"),
    (["--ref", "ruler:10,10,200,10=10mm", "--length", "0,0,99999,0"], "more than the 100 mm"),
    (["--ref", "ruler:10,10,200,10=1mm", "--length", "0,0,5000,0"], "outside the photo"),
]


@pytest.mark.parametrize(("args", "message"), REFUSALS, ids=[m for _, m in REFUSALS])
def test_bad_input_is_a_sentence_and_changes_nothing(photographed, args, message):
    journal_dir, photo = photographed
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "measure", str(photo["id"]), *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder_state(journal_dir) == before


def test_an_unknown_photo_is_said(photographed):
    journal_dir, _ = photographed
    before = folder_state(journal_dir)
    result = run_cli(
        journal_dir, "measure", "999", "--ref", "ruler:10,10,200,10=10mm", "--length", "0,0,10,0"
    )
    assert result.returncode == 2
    assert "There is no photo with id 999" in result.stderr
    assert folder_state(journal_dir) == before
