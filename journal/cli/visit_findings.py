"""The structured findings of a visit on the command line: `visit` and `visits edit` share them."""

from __future__ import annotations

import argparse
from typing import Any

from journal.core.domain import choices as C
from journal.core.language import Words


class CliVisitFindingsWords(Words):
    "The words of `skinjournal visit-findings`: its help and what it says."


# (flag, argparse keywords): the Visit field is the flag's name with "-" as "_" ("--site" -> site).
OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "--site",
        {
            "help": CliVisitFindingsWords.tr(
                "the site the findings are about (needed for an ultrasound; '' clears it)"
            )
        },
    ),
    ("--ultrasound-mm", {"help": CliVisitFindingsWords.tr("thickness on ultrasound, in mm ('' clears it)")}),
    (
        "--ultrasound-depth-mm",
        {"help": CliVisitFindingsWords.tr("how deep under the skin's surface, in mm ('' clears it)")},
    ),
    (
        "--xray",
        {"help": CliVisitFindingsWords.tr("what the X-ray showed, in the doctor's words ('' clears it)")},
    ),
    (
        "--biopsy",
        {
            "action": argparse.BooleanOptionalAction,
            "default": None,
            "help": CliVisitFindingsWords.tr("a biopsy was done (--no-biopsy: none was done)"),
        },
    ),
    (
        "--biopsy-result",
        {"help": CliVisitFindingsWords.tr("the biopsy's result, in the doctor's words ('' clears it)")},
    ),
    ("--named-type", {"help": "the type of deposit the doctor named: " + ", ".join(C.DIAGNOSED_TYPES)}),
)
COLUMNS = ("site", "ultrasound_mm", "ultrasound_depth_mm", "xray", "biopsy", "biopsy_result", "named_type")


def add_options(parser: argparse.ArgumentParser) -> None:
    for flag, keywords in OPTIONS:
        parser.add_argument(flag, **keywords)


def given(args: argparse.Namespace, journal: Any) -> dict[str, Any]:
    """The structured values given, for Visit.new: the site's name as its id ('' clears it)."""
    out: dict[str, Any] = {}
    for flag, _ in OPTIONS:
        name = flag[2:].replace("-", "_")
        value = getattr(args, name, None)
        if value is None:
            continue
        if name == "site":
            out["site_id"] = journal.store.site_by_name(value).id if value.strip() else None
        else:
            out[name] = value
    return out


def with_site_names(row: dict[str, Any], names: dict[Any, str]) -> dict[str, Any]:
    """A listed visit names its site (not an id)."""
    site_id = row.pop("site_id", None)
    row["site"] = names.get(site_id) if site_id is not None else None
    return row
