"""Forms and lists for the person-level records: daily check, labs, care log, visits."""

from journal.gui.records.care import CarePane
from journal.gui.records.daily import DailyPane
from journal.gui.records.labs import LabsPane
from journal.gui.records.visits import VisitsPane

__all__ = ["CarePane", "DailyPane", "LabsPane", "VisitsPane"]
