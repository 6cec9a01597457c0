#!/usr/bin/env python3
"""Benchmark: photo import throughput against Pillow's own work on the same files.

    .venv/bin/python scripts/bench_import.py [--photos 8] [--runs 3]

Makes 12 MP phone-like JPEGs once (noise over gradients, so they compress like photos, with a
camera date; half upright, half with the orientation tag 6 that a phone held upright writes),
then times, per file, the journal's import of a photo (`prepare_photo`: read, check, turn
upright, strip the metadata, store, thumbnail, quality measures) against what Pillow itself
needs for the same result: decode, turn upright (`exif_transpose`), encode as JPEG, make a
thumbnail. Target: the journal's throughput at least 0.7x Pillow's (Pillow's time / ours).
Also prints the stored size against the original's for each kind of file.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 0.7
SIZE = (4032, 3024)  # a 12 MP phone photo


def make_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image, ImageFilter

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"phone-{index}.jpg"
        paths.append(path)
        if path.exists():
            continue
        noise = Image.effect_noise(SIZE, 40 + index).convert("RGB")
        gradient = Image.linear_gradient("L").resize(SIZE).convert("RGB")
        skin = Image.new("RGB", SIZE, (196 + index, 150, 130))
        picture = Image.blend(Image.blend(skin, gradient, 0.3), noise, 0.25).filter(
            ImageFilter.GaussianBlur(1)
        )
        exif = Image.Exif()
        exif[0x0132] = f"2026:03:0{1 + index % 9} 10:00:00"
        if index % 2:
            exif[0x0112] = 6  # held upright: the pixels lie on their side
        picture.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return paths


def pillow_reference(path: Path) -> None:
    """Pillow's own decode, upright turn, JPEG encode and thumbnail of one photo."""
    from PIL import Image, ImageOps

    with Image.open(path) as image:
        upright = ImageOps.exif_transpose(image)
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=95)
        thumb = upright.copy()
        thumb.thumbnail((256, 256))
        thumb.save(io.BytesIO(), "JPEG", quality=85)


def journal_import(path: Path) -> int:
    from journal.core.photos.pipeline import prepare_photo

    return len(prepare_photo(path).data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--photos", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from journal.core.photos import jpeg_turn

    folder = Path(tempfile.gettempdir()) / "skinjournal-bench-import"
    paths = make_photos(folder, args.photos)
    pillow_reference(paths[0]), journal_import(paths[0])  # load the modules and warm the cache
    figures: dict[str, dict[str, list[float]]] = {"upright": {}, "sideways": {}}
    sizes: dict[str, list[float]] = {"upright": [], "sideways": []}
    for path in paths:
        kind = "sideways" if int(path.stem.rsplit("-", 1)[1]) % 2 else "upright"
        for name, work in (("pillow", pillow_reference), ("journal", journal_import)):
            runs = []
            for _ in range(args.runs):
                started = time.perf_counter()
                stored = work(path)
                runs.append(time.perf_counter() - started)
                if name == "journal":
                    sizes[kind].append((stored or 0) / path.stat().st_size)
            figures[kind].setdefault(name, []).append(statistics.median(runs))
    print(
        f"{len(paths)} photos of {SIZE[0]}x{SIZE[1]} in {folder}; median of {args.runs} runs each; "
        f"jpegtran {'found: sideways JPEGs are turned losslessly' if jpeg_turn.jpegtran() else 'NOT installed: sideways JPEGs are re-encoded'}"
    )
    total_pillow = total_journal = 0.0
    for kind, by in figures.items():
        pillow, ours = sum(by["pillow"]), sum(by["journal"])
        total_pillow, total_journal = total_pillow + pillow, total_journal + ours
        print(
            f"  {kind}: Pillow {pillow / len(by['pillow']) * 1000:.0f} ms a photo, Skin Journal "
            f"{ours / len(by['journal']) * 1000:.0f} ms; throughput {pillow / ours:.2f}x Pillow's; "
            f"stored size {statistics.median(sizes[kind]):.2f}x the original"
        )
    ratio = total_pillow / total_journal
    verdict = "OK" if ratio >= TARGET else "UNDER"
    print(f"all: throughput {ratio:.2f}x Pillow's (target >= {TARGET}x) {verdict}")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
