""" "Same as last time": the values of a site's previous entry, to confirm or change in a new one.

A person with stiff fingers logs the same site often, and often little has changed: the entry
editor fills the form from the previous entry of the site and the person checks each value. Only
the values are copied: the new entry keeps its own date, note and photos. Nothing is written here;
the entry is saved, as any other, by `operations.entries`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from journal.core.domain.model import Entry

if TYPE_CHECKING:
    from journal.core.journal import Journal


def last_time(journal: Journal, site_id: int, editing: Entry | None = None) -> Entry | None:
    """The site's newest entry, or, when `editing` one of its saved entries, the entry before it
    (by date, then by the order they were added); None when there is none."""
    after = editing if editing is not None and editing.id is not None and editing.site_id == site_id else None
    page = journal.store.entries_page(site_id, 1, after=after)
    return page[0] if page else None


def same_as(
    previous: Entry, site_id: int, date: dt.date, note: str | None = None, id: int | None = None
) -> Entry:  # noqa: A002 (Entry's field)
    """An entry of `site_id` on `date` with `previous`'s values (Entry.VALUE_FIELDS).

    A size measured on the previous entry's photo keeps its number but not its method: this
    entry has no such photo, so how the size was taken is left for the person to say."""
    method = None if previous.size_method == "photo" else previous.size_method
    return dataclasses.replace(previous, site_id=site_id, date=date, note=note, id=id, size_method=method)
