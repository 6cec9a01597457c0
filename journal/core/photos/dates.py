"""Which date an entry with photos carries, and which of its photos disagree with that date.

A photo's camera date (EXIF DateTimeOriginal, read by `photos.prepare_photo`) says when it was
taken. An entry logged with photos and no date takes the date its photos' cameras agree on;
a photo taken more than a day away from its entry's date is pointed out (the window asks, the
command line warns), since it most likely belongs to another day's entry. The window and the
command line both decide with these functions, so they never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from journal.core.domain.validate import EARLIEST_DATE, latest_date
from journal.core.errors import JournalError
from journal.core.language import Words
from journal.core.photos.pipeline import PreparedPhoto

# Up to a day apart still agrees: a check in the evening may be photographed after midnight,
# and a camera's clock may run in another time zone than the computer's.
TOLERANCE = dt.timedelta(days=1)


class PhotoDateWords(Words):
    """Photos whose camera dates do not fit their entry."""


class PhotosDisagree(JournalError):
    """The photos of one entry were taken on days too far apart to give it a date."""

    def __init__(self, dates: Sequence[dt.date]) -> None:
        self.dates = tuple(sorted(set(dates)))
        listed = ", ".join(day.isoformat() for day in self.dates)
        super().__init__(
            PhotoDateWords.tr(
                "the photos were taken on days more than a day apart ({days}), "
                "so they do not say which day this entry is for"
            ).format(days=listed)
        )


@dataclasses.dataclass(frozen=True)
class DateMismatch:
    """A photo taken more than a day away from its entry's date."""

    name: str
    taken_on: dt.date
    entry_date: dt.date

    def sentence(self) -> str:
        return PhotoDateWords.tr("{name} was taken on {taken}, the entry is dated {dated}").format(
            name=self.name, taken=self.taken_on.isoformat(), dated=self.entry_date.isoformat()
        )


def camera_date(photo: PreparedPhoto) -> dt.date | None:
    """The date the photo's camera recorded, if it has one a journal may carry.

    A camera whose clock was never set says 1970 or 2000, or a date far ahead: such a date is
    no evidence of when the photo was taken, and is treated as no camera date at all."""
    day = photo.camera_date
    if day is None or not EARLIEST_DATE <= day <= latest_date():
        return None
    return day


def disagrees(taken_on: dt.date, entry_date: dt.date) -> bool:
    return abs(taken_on - entry_date) > TOLERANCE


def date_from_photos(photos: Sequence[PreparedPhoto], default: dt.date) -> dt.date:
    """The entry's date when none was given: the (earliest) camera date of its photos when
    they lie within a day of each other, `default` when no photo has a camera date.

    Raises PhotosDisagree when they were taken further apart: no date would be right for all."""
    dates = sorted(day for day in map(camera_date, photos) if day is not None)
    if not dates:
        return default
    if dates[-1] - dates[0] > TOLERANCE:
        raise PhotosDisagree(dates)
    return dates[0]


def mismatches(photos: Sequence[PreparedPhoto], entry_date: dt.date) -> list[DateMismatch]:
    """The photos whose camera date is more than a day away from the entry's date."""
    found = []
    for photo in photos:
        day = camera_date(photo)
        if day is not None and disagrees(day, entry_date):
            found.append(DateMismatch(photo.original_name, day, entry_date))
    return found


def with_entry_date(photos: Sequence[PreparedPhoto], entry_date: dt.date) -> list[PreparedPhoto]:
    """The photos as they are stored on an entry of `entry_date`: each keeps its camera date,
    and one without (a scan, a screenshot, a pasted picture) is dated by its entry."""
    return [dataclasses.replace(photo, taken_on=camera_date(photo) or entry_date) for photo in photos]
