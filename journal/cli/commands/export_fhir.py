"""skinjournal export fhir --out FILE.json [--from D] [--to D] [--photos embed|none]

The subcommand sits under `export`, which `export_csv.register` makes; it calls `add_format`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli.common import open_journal, shown
from journal.cli.passphrase import warn_if_plain_copy
from journal.core.domain import validate as v
from journal.core.fhir.bundle import PHOTO_CHOICES, write_fhir
from journal.core.folder.output import check_output_file
from journal.core.language import Words


class CliExportFhirWords(Words):
    "The words of `skinjournal export-fhir`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing at the top level: `export fhir` is added by `add_format` under `export`."""


def add_format(export_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fhir = export_sub.add_parser(
        "fhir",
        help=CliExportFhirWords.tr("one FHIR R4 bundle (JSON) for a personal health record"),
        description=CliExportFhirWords.tr(
            "Write the journal as one FHIR R4 Bundle (type collection) in JSON, the form personal health records import: you (only what About you holds), lab results with LOINC codes and their reference ranges, each entry's values with the body site, photos, daily checks, care and visits. What has no standard code keeps its words; the command says which."
        ),
    )
    fhir.add_argument(
        "--out",
        required=True,
        metavar="FILE.json",
        help=CliExportFhirWords.tr("the file to write (replaced)"),
    )
    fhir.add_argument(
        "--from",
        dest="since",
        metavar="YYYY-MM-DD",
        help=CliExportFhirWords.tr("first day (default: the first record)"),
    )
    fhir.add_argument(
        "--to",
        dest="until",
        metavar="YYYY-MM-DD",
        help=CliExportFhirWords.tr("last day (default: the last record)"),
    )
    fhir.add_argument(
        "--photos",
        choices=PHOTO_CHOICES,
        default="none",
        help=CliExportFhirWords.tr(
            "embed: put each picture in the file (large); none: list the photos without them (default)"
        ),
    )
    fhir.set_defaults(func=_export_fhir)


def _export_fhir(args: argparse.Namespace) -> int:
    out = check_output_file(Path(args.out), example="journal-fhir.json")
    since = v.optional_date("from", args.since)
    until = v.optional_date("to", args.until)
    with open_journal(args, create=False, readonly=True) as journal:
        export = write_fhir(journal, out, since=since, until=until, photos=args.photos)
    total = sum(export.counts.values())
    print(
        CliExportFhirWords.tr("Wrote a FHIR R4 bundle of {total} resources to {file}: {counts}.").format(
            total=total, file=out, counts=export.describe_counts()
        )
    )
    if export.not_coded:
        print(CliExportFhirWords.tr("Kept in words only, without a standard code:"))
        for line in export.not_coded:
            print(f"- {shown(line)}")
    written = (
        CliExportFhirWords.tr("the FHIR bundle {file} with the pictures in it")
        if args.photos == "embed"
        else CliExportFhirWords.tr("the FHIR bundle {file}")
    )
    warn_if_plain_copy(journal.folder, [written.format(file=out)])
    return 0
