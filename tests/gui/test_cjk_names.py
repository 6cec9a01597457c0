"""Names in Chinese, Japanese and Korean show as themselves, not as boxes: in the window, in a
chart and in the printed summary (a CJK font is part of the install on Linux; see the bootstrap)."""

from __future__ import annotations

import datetime as dt
import subprocess
import warnings
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel

from journal.core.charts.figures import site_figure
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.report import write_pdf

NAME = "頭皮 左側 山田 · 두피"  # Chinese/Japanese ideographs and Korean Hangul


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters Qt draws as the empty box: glyph index 0 in every font it falls back to."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    shown = sum(1 for run in layout.glyphRuns() for index in run.glyphIndexes() if index != 0)
    visible = [ch for ch in text if not ch.isspace()]
    return visible if shown < len(visible) else []


def test_a_cjk_name_shows_in_the_window(qapp) -> None:  # noqa: ARG001
    label = QLabel(NAME)
    assert missing_glyphs(NAME, label.font()) == []


def test_a_cjk_name_is_drawn_in_its_chart() -> None:
    site = Site.new(name=NAME, kind="deposit", region="scalp")
    entries = [
        Entry.new(site_id=1, date=dt.date(2026, 1, 1) + dt.timedelta(days=10 * i), size_mm=3.0 + i / 2)
        for i in range(4)
    ]
    with warnings.catch_warnings():
        # matplotlib warns "Glyph ... missing from font(s)" for every box it would draw.
        warnings.filterwarnings("error", message=".*missing from font")
        figure = site_figure(site, entries, [], [])
        figure.suptitle(NAME)
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure).draw()


def test_a_cjk_name_is_printed_in_the_summary(qapp, journal: Journal, tmp_path: Path) -> None:  # noqa: ARG001
    site = journal.store.add_site(Site.new(name=NAME, kind="deposit", region="scalp"))
    assert site.id is not None
    journal.store.add_entry(Entry.new(site_id=site.id, date=dt.date.today(), size_mm=4.0, pain=2))
    out = tmp_path / "summary.pdf"
    write_pdf(journal, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "頭皮" in text and "두피" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts or "CJK" in fonts or "Droid" in fonts, fonts


@pytest.mark.parametrize("family", ["DejaVu Sans"])
def test_the_plain_font_alone_would_draw_boxes(qapp, family: str) -> None:  # noqa: ARG001
    """The check above can fail: with fallback turned off, Qt draws boxes for these names."""
    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    assert missing_glyphs(NAME, font) != []
