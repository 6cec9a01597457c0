"""Measure how fluid measuring on a 12 MP photo is in the viewer, and print the two figures.

    .venv/bin/python scripts/bench_measure.py            # a synthetic 4032 x 3024 phone photo
    .venv/bin/python scripts/bench_measure.py --runs 9

- load: from opening the photo viewer to the photo painted in it (decoding the reduced working
  copy in a worker, making its pixmap, fitting it, one full paint). Target: under 300 ms.
- click: from a click placing a measuring point to the view repainted with the redrawn segment,
  its size and uncertainty (the panel's arithmetic included). Target: under 50 ms.

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set), in a temporary journal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.core.domain.model import Entry, Site  # noqa: E402
from journal.core.journal import Journal  # noqa: E402
from journal.gui.dialogs.photo_viewer import PhotoViewer  # noqa: E402
from journal.gui.session import JournalSession  # noqa: E402

SIZE = (4032, 3024)  # a 12 MP phone photo


def phone_photo(folder: Path) -> Path:
    """Skin-like noise (so the JPEG is as heavy to decode as a real one), a ruler and a bump."""
    noise = Image.effect_noise(SIZE, 40).convert("RGB")
    image = Image.blend(Image.new("RGB", SIZE, (214, 170, 150)), noise, 0.25)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 2600, SIZE[0], SIZE[1]), fill=(245, 245, 235))
    for x in range(0, SIZE[0], 40):
        draw.line((x, 2600, x, 2700 if x % 400 else 2800), fill=(0, 0, 0), width=3)
    draw.ellipse((1700, 1100, 2300, 1500), fill=(185, 140, 120))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    path = folder / "phone.jpg"
    image.save(path, "JPEG", quality=92)
    return path


def until(app: QApplication, done, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the photo did not load")
        app.processEvents()
        time.sleep(0.0005)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Journal.open(folder / "journal") as journal:
            site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
            _entry, (photo,) = journal.add_entry(
                Entry.new(site_id=site.id, date="2026-01-10"), [phone_photo(folder)]
            )
            session = JournalSession(journal)
            loads, clicks = [], []
            for _run in range(args.runs):
                start = time.perf_counter()
                viewer = PhotoViewer(session, photo, measure=True)
                viewer.show()
                until(app, lambda v=viewer: bool(v.view.image_items()))
                viewer.view.viewport().repaint()
                loads.append(time.perf_counter() - start)

                view = viewer.view
                points = [(400, 2650), (3600, 2650), (1700, 1300), (2300, 1300), (2000, 1100), (2000, 1500)]
                for point in points * 2:
                    pos = view.mapFromScene(QPointF(*point))
                    start = time.perf_counter()
                    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
                    view.viewport().repaint()  # the paint the person sees, done now
                    clicks.append(time.perf_counter() - start)
                viewer.close()
                app.processEvents()
            session.deleteLater()
    print(f"12 MP photo ({SIZE[0]} x {SIZE[1]}), {args.runs} runs")
    print(
        f"load into the viewer: median {statistics.median(loads) * 1000:.0f} ms, "
        f"worst {max(loads) * 1000:.0f} ms (target < 300 ms)"
    )
    print(
        f"click to redrawn measurement: median {statistics.median(clicks) * 1000:.1f} ms, "
        f"worst {max(clicks) * 1000:.1f} ms over {len(clicks)} clicks (target < 50 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
