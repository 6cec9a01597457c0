"""The pictures a summary needs, named while the HTML is written and drawn afterwards.

The HTML refers to each picture by name with its size in layout pixels (1/96 inch); the
image itself is drawn at print resolution, so the PDF embeds a sharp picture scaled down.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from journal.report.images import CHART_DPI, TILE_DPI, Mark, figure_image, photo_tile

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtGui import QImage

LAYOUT_DPI = 96
CONTENT_WIDTH_PX = 672  # 7.0 in: fits A4 and Letter with 15 mm side margins


@dataclasses.dataclass
class Pictures:
    jobs: dict[str, Callable[[], QImage]] = dataclasses.field(default_factory=dict)

    def chart(
        self, name: str, make_figure: Callable[[float, float], Figure], width_in: float, height_in: float
    ) -> str:
        """An <img> for a matplotlib figure of the given size in inches."""
        self.jobs[name] = lambda: figure_image(make_figure(width_in, height_in), CHART_DPI)
        return _img(name, round(width_in * LAYOUT_DPI), round(height_in * LAYOUT_DPI))

    def photo(
        self, name: str, read: Callable[[], bytes], width_px: int, height_px: int, marks: Sequence[Mark] = ()
    ) -> str:
        """An <img> for a photo whose bytes `read` gives (StripPhoto.read: decrypted in memory
        for an encrypted journal), fitted into a tile, with measured segments drawn on it."""
        from PySide6.QtCore import QSize

        size = QSize(round(width_px * TILE_DPI / LAYOUT_DPI), round(height_px * TILE_DPI / LAYOUT_DPI))
        self.jobs[name] = lambda: photo_tile(read, size, marks)
        return _img(name, width_px, height_px)

    def draw(self) -> dict[str, QImage]:
        return {name: job() for name, job in self.jobs.items()}


def _img(name: str, width: int, height: int) -> str:
    return f'<img src="{escape(name)}" width="{width}" height="{height}">'
