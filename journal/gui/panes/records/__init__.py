"""Forms and lists for the person-level records: daily check, labs, care log, visits, hand function."""

from journal.gui.panes.records.care import CarePane
from journal.gui.panes.records.daily import DailyPane
from journal.gui.panes.records.hand import HandPane
from journal.gui.panes.records.labs import LabsPane
from journal.gui.panes.records.visits import VisitsPane

__all__ = ["CarePane", "DailyPane", "HandPane", "LabsPane", "VisitsPane"]
