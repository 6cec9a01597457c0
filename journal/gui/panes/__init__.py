"""The panes of the main window: sites, timeline, charts, alerts, records, compare."""
