"""Dialogs: the entry editor, sites, preferences, profile, summary, welcome, errors."""
