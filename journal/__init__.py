"""Skin Journal: a private desktop journal of slow changes in the skin."""

__version__ = "0.1.0"
APP_NAME = "SkinJournal"
APP_DISPLAY_NAME = "Skin Journal"
