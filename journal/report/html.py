"""The whole summary as one rich-text HTML page, with the pictures it names."""

from __future__ import annotations

from journal.core.language import Words
from journal.core.summary.tree import Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import anchor, text
from journal.report.sections.front import front_page
from journal.report.sections.records import records_section
from journal.report.sections.site import site_section


class ReportHtmlWords(Words):
    "The summary's headings between its sections."


# Black and white first: borders and bold carry the meaning; the grey only helps.
STYLE = """
body { font-size: 9pt; color: black; }
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; margin-top: 10px; margin-bottom: 1px; }
p.note { font-size: 7.5pt; margin-top: 0px; }
p.follows { margin-top: 1px; margin-bottom: 2px; }
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
    detailed = summary.detailed_sites
    if detailed:  # half a page each, after page 1; the steady sites are complete on page 1
        parts.append(
            "<h2>"
            + anchor("sites", ReportHtmlWords.tr("Sites with something to see"))
            + "</h2>"
            + "".join(site_section(site, summary.period, pictures) for site in detailed)
        )
    parts.append(records_section(summary, pictures))
    if summary.quiet_sites:
        names = ", ".join(text(s.name) for s in summary.quiet_sites)
        said = ReportHtmlWords.tr("Sites with no entries in this period: {names}.").format(names=names)
        parts.append(f"<p>{said}</p>")
    return f"<html><body>{''.join(parts)}</body></html>"
