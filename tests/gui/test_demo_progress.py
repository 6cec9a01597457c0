"""Making the demo journal off the GUI thread: a refusal comes back to the caller, nothing half made."""

from __future__ import annotations

import pytest

from journal.core.domain.model import Site
from journal.core.errors import JournalError
from journal.gui.dialogs.demo_progress import make_demo_journal


def test_refusal_in_the_worker_is_raised_on_the_gui_thread(qapp, tmp_path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a journal")
    with pytest.raises(JournalError, match="not a journal folder"):
        make_demo_journal(not_a_folder)
    assert not_a_folder.read_text() == "not a journal"


def test_a_journal_with_records_is_left_as_it_is(qapp, journal, journal_dir) -> None:
    journal.store.add_site(Site.new(name="Mine", kind="area", region="scalp"))
    make_demo_journal(journal_dir)  # opens, sees records, changes nothing
    assert [s.name for s in journal.store.sites()] == ["Mine"]
