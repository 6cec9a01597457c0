"""Site operations: add, edit, archive, delete (with or without its entries), each undone and redone
on a real journal."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.core.alerts import acknowledge, current_alerts
from journal.core.domain.model import Entry, Site
from journal.core.errors import NotFound, ValidationError
from journal.core.operations import entries as entry_ops
from journal.core.operations import sites as ops


def _site(name: str = "Left elbow") -> Site:
    return Site.new(name=name, kind="deposit", region="elbow", near_joint=True)


def test_add_and_its_undo_and_redo(journal):
    added = ops.add_site(journal, _site())
    site = added.value
    assert added.label == "new site: Left elbow"
    assert added.changes.to_plain() == {"sites": [site.id]}
    undone = added.undo(journal)
    assert journal.store.sites() == []
    undone.undo(journal)
    assert journal.store.sites() == [site]  # the same id


def test_rename_archive_and_resolve_are_undone_to_the_old_values(journal):
    site = ops.add_site(journal, _site()).value
    renamed = ops.edit_site(journal, dataclasses.replace(site, name="Right elbow", region="forearm"))
    assert renamed.label == "renamed Left elbow to Right elbow"
    assert renamed.changes.to_plain() == {"sites": [site.id]}
    back = renamed.undo(journal)
    assert journal.store.site(site.id) == site
    back.undo(journal)
    assert journal.store.site(site.id).name == "Right elbow"

    archived = ops.archive_site(journal, site.id)
    assert archived.label == "archived Right elbow" and journal.store.site(site.id).archived
    archived.undo(journal)
    assert not journal.store.site(site.id).archived
    resolved = ops.edit_site(
        journal, dataclasses.replace(journal.store.site(site.id), resolved_on=dt.date(2026, 1, 2))
    )
    assert resolved.label == "marked Right elbow resolved on 2026-01-02"


def test_a_refused_edit_changes_nothing(journal):
    site = ops.add_site(journal, _site()).value
    ops.add_site(journal, _site("Scalp"))
    with pytest.raises(ValidationError, match="already exists"):
        ops.edit_site(journal, dataclasses.replace(site, name="scalp"))
    with pytest.raises(ValidationError):
        ops.edit_site(journal, dataclasses.replace(site, region="moon"))
    assert journal.store.site(site.id) == site


def test_delete_is_refused_while_the_site_has_entries_and_nothing_changes(journal):
    site = ops.add_site(journal, _site()).value
    entry_ops.add_entry(journal, Entry.new(site_id=site.id, date="2026-03-01", pain=2))
    with pytest.raises(ValidationError, match="has 1 entry; delete them with it"):
        ops.delete_site(journal, site.id)
    assert journal.store.sites() == [site] and len(journal.store.entries()) == 1
    with pytest.raises(NotFound):
        ops.delete_site(journal, 999)


def test_delete_with_entries_and_its_undo_put_everything_back_with_ids(journal, samples):
    site = ops.add_site(journal, _site()).value
    first, photos = entry_ops.add_entry(
        journal,
        Entry.new(site_id=site.id, date="2025-03-03", size_mm=3.0),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    ).value
    entry_ops.add_entry(journal, Entry.new(site_id=site.id, date="2025-03-17", size_mm=4.0))
    (alert,) = current_alerts(journal.store)
    acknowledged = acknowledge(journal.store, alert.id, "shown to Dr Meyer")
    entries = journal.store.entries()

    deleted = ops.delete_site(journal, site.id, with_entries=True)
    assert deleted.label == "deleted Left elbow and its 2 entries"
    assert deleted.changes.ids["entries"] == {e.id for e in entries}
    assert deleted.changes.ids["photos"] == {photos[0].id}
    assert deleted.changes.ids["alerts"] == {alert.id}
    assert deleted.photo_shas == {photos[0].sha256}
    assert journal.store.sites() == [] and journal.store.entries() == [] and journal.store.photos() == []

    restored = deleted.undo(journal)
    assert journal.store.sites() == [site] and journal.store.entries() == entries
    assert journal.store.photos() == photos
    # The alert keeps its id and its acknowledgement history.
    assert current_alerts(journal.store, include_acknowledged=True) == [acknowledged]
    restored.undo(journal)
    assert journal.store.sites() == []
