"""skinjournal measure PHOTO_ID --ref REFERENCE --length X1,Y1,X2,Y2 [--width X1,Y1,X2,Y2]"""

from __future__ import annotations

import argparse

from journal.cli.common import open_journal, shown
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.measure.coins import COINS
from journal.core.measure.parse import REFERENCE_FORMS, parse_reference, parse_segment
from journal.core.operations import entries as entry_ops
from journal.core.operations import measurements as ops


class CliMeasureWords(Words):
    "The words of `skinjournal measure`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    measure = sub.add_parser(
        "measure",
        help=CliMeasureWords.tr(
            "measure a bump on a photo against a ruler, a coin or an object of known size"
        ),
        description=CliMeasureWords.tr(
            "Points are pixels of the stored photo (origin top-left; `photos list` gives its size). "
            "The size goes into the photo's entry (size, width, measured on a photo) with its uncertainty. "
            "Coins: {coins}."
        ).format(coins=", ".join(c.key for c in COINS)),
    )
    measure.add_argument(
        "photo", type=int, help=CliMeasureWords.tr("the photo's id (see `skinjournal photos list`)")
    )
    measure.add_argument(
        "--ref",
        required=True,
        metavar="REFERENCE",
        help=CliMeasureWords.tr("what gives the scale: {forms}").format(forms=REFERENCE_FORMS),
    )
    measure.add_argument(
        "--length",
        required=True,
        metavar="X1,Y1,X2,Y2",
        help=CliMeasureWords.tr("the bump's longest diameter"),
    )
    measure.add_argument("--width", metavar="X1,Y1,X2,Y2", help=CliMeasureWords.tr("the width across it"))
    measure.set_defaults(func=_measure)


def _measure(args: argparse.Namespace) -> int:
    # Every word is read before the journal is opened: bad input changes nothing.
    reference = parse_reference(args.ref)
    length = parse_segment("length", args.length)
    width = None if args.width is None else parse_segment("width", args.width)
    with open_journal(args) as journal:
        try:
            journal.store.photo(args.photo)
        except NotFound:
            raise NotFound(
                CliMeasureWords.tr(
                    "There is no photo with id {id} (see `skinjournal photos list`); nothing was measured."
                ).format(id=args.photo)
            ) from None
        measurement, entry = ops.measure_photo(journal, args.photo, reference, length, width).value
        what = entry_ops.describe(journal, entry)
    size = f"{measurement.length_mm:.1f} ± {measurement.length_uncertainty_mm:.1f} mm"
    values = {
        "size": size,
        "photo": args.photo,
        "reference": shown(reference.describe()),
        "entry": shown(what),
        "entry_id": entry.id,
        "measurement_id": measurement.id,
    }
    if measurement.width_mm is not None and measurement.width_uncertainty_mm is not None:
        across = f"{measurement.width_mm:.1f} ± {measurement.width_uncertainty_mm:.1f} mm"
        said = CliMeasureWords.tr(
            "Measured {size} across, width {width} on photo {photo} (photo measurement, against a "
            "{reference}); saved to {entry} (entry {entry_id}, measurement {measurement_id})."
        ).format(width=across, **values)
    else:
        said = CliMeasureWords.tr(
            "Measured {size} across on photo {photo} (photo measurement, against a "
            "{reference}); saved to {entry} (entry {entry_id}, measurement {measurement_id})."
        ).format(**values)
    print(said)
    return 0
