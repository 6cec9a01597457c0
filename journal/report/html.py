"""The whole summary as one rich-text HTML page, with the pictures it names."""

from __future__ import annotations

from journal.core.summary.tree import Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import text
from journal.report.sections.front import front_page
from journal.report.sections.records import records_section
from journal.report.sections.site import site_section

# Black and white first: borders and bold carry the meaning; the grey only helps.
STYLE = """
body { font-size: 9pt; color: black; }
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 6px; }
h2.site { font-size: 14pt; margin-top: 0px; }
p { margin-top: 2px; margin-bottom: 6px; }
table.grid { border-collapse: collapse; border-color: #444444; border-style: solid; margin-bottom: 8px; }
table.grid th { background-color: #e4e4e4; font-weight: bold; text-align: left; }
table.grid td { font-size: 8.5pt; }
table.alerts td { vertical-align: top; }
table.strip td { font-size: 8pt; vertical-align: top; }
p.chart { margin-top: 4px; margin-bottom: 4px; }
p.questions { margin-left: 8px; }
"""


def summary_html(summary: Summary, pictures: Pictures) -> str:
    parts = [front_page(summary)]
    for site in summary.sites:
        parts.append(
            '<div style="page-break-before: always">'
            + site_section(site, summary.period, pictures)
            + "</div>"
        )
    parts.append('<div style="page-break-before: always">' + records_section(summary, pictures) + "</div>")
    if summary.quiet_sites:
        names = ", ".join(text(s.name) for s in summary.quiet_sites)
        parts.append(f"<p>Sites with no entries in this period: {names}.</p>")
    return f"<html><body>{''.join(parts)}</body></html>"
