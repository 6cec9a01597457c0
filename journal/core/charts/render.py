"""A site's chart as a PNG file, without Qt: the same figure the window shows, drawn by
matplotlib's Agg renderer (`skinjournal chart`)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.charts.figures import site_figure
from journal.core.charts.site_extras import site_chart_extras
from journal.core.folder.durable import write_atomic
from journal.core.folder.output import check_output_file

if TYPE_CHECKING:
    from journal.core.domain.model import Site
    from journal.core.store import Store

DPI = 150  # sharp enough to print at the figure's 7 x 4.2 inches


def site_chart_png(store: Store, site: Site, out: Path, width: float = 8.0, height: float = 5.0) -> Path:
    """Draw `site`'s chart (entries, care events, the days its warning signs showed) to `out`,
    replaced whole (a refused --out is left as it is: check_output_file)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from journal.core.alerts import current_alerts

    out = check_output_file(out, example="chart.png")
    assert site.id is not None
    alert_dates = sorted({a.date for a in current_alerts(store, include_acknowledged=True, site_id=site.id)})
    photo = {entry_id: m.length_uncertainty_mm for entry_id, m in store.latest_measurements().items()}
    figure = site_figure(
        site,
        store.entries(site.id),
        store.care_events(),
        alert_dates,
        width=width,
        height=height,
        photo_uncertainty=photo,
        extras=site_chart_extras(store, site.id),
    )
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    write_atomic(out, buffer.getvalue(), mode=0o600)
    return out
