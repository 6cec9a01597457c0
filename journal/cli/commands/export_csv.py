"""skinjournal export csv --out DIR [--bom] [--photos]"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli.common import open_journal
from journal.cli.passphrase import warn_if_plain_copy
from journal.core.csv.export import PHOTOS_FOLDER, export_csv
from journal.core.csv.format import KINDS, file_name
from journal.core.folder.output import check_output_folder
from journal.core.language import Words


class CliExportCsvWords(Words):
    "The words of `skinjournal export-csv`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser(
        "export", help=CliExportCsvWords.tr("write the journal's data to files for other programs")
    )
    export_sub = export.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    csv = export_sub.add_parser(
        "csv",
        help=CliExportCsvWords.tr("one CSV file per record type ({files})").format(
            files=", ".join(file_name(k) for k in KINDS)
        ),
        description=CliExportCsvWords.tr(
            "Write one CSV file per record type with a header row, ISO dates and a decimal point. Text that a spreadsheet would run as a formula is prefixed with a quote. Photos are not in CSV files: photos.csv lists them; --photos copies the pictures beside it."
        ),
    )
    csv.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=CliExportCsvWords.tr("folder for the files (made if missing)"),
    )
    csv.add_argument(
        "--bom",
        action="store_true",
        help=CliExportCsvWords.tr("start each file with the byte order mark Excel needs"),
    )
    csv.add_argument(
        "--photos",
        action="store_true",
        help=CliExportCsvWords.tr(
            "also copy every picture into DIR/{folder}/ (so `import csv` can bring them)"
        ).format(folder=PHOTOS_FOLDER),
    )
    csv.set_defaults(func=_export_csv)
    from journal.cli.commands import export_fhir  # `export fhir` shares this command

    export_fhir.add_format(export_sub)


def _export_csv(args: argparse.Namespace) -> int:
    out = check_output_folder(Path(args.out), [file_name(kind) for kind in KINDS])
    if args.photos:
        check_output_folder(out / PHOTOS_FOLDER)
    with open_journal(args, readonly=True) as journal:
        result = export_csv(journal, out, bom=args.bom, photos=args.photos)
    counts = ", ".join(f"{n} {kind}" for kind, n in result.rows.items())
    print(
        CliExportCsvWords.tr("Wrote {files} CSV files into {folder}: {counts}.").format(
            files=len(result.rows), folder=result.folder, counts=counts
        )
    )
    if args.photos:
        copied = result.photos_copied
        print(
            CliExportCsvWords.tr("Copied %n picture(s) into {folder}.", "", copied).format(
                folder=result.folder / PHOTOS_FOLDER
            )
        )
        for name in result.missing_photos:
            print(
                CliExportCsvWords.tr(
                    "warning: the picture {name} is missing from the journal (see `skinjournal check`)."
                ).format(name=name)
            )
    elif result.rows.get("photos"):
        print(
            CliExportCsvWords.tr(
                "The pictures themselves are not in CSV files (add --photos, or use `skinjournal backup`)."
            )
        )
    written = [str(result.folder / file_name(kind)) for kind in result.rows]
    if args.photos:
        written.append(
            CliExportCsvWords.tr("the pictures in {folder}").format(folder=result.folder / PHOTOS_FOLDER)
        )
    warn_if_plain_copy(journal.folder, written)
    return 0
