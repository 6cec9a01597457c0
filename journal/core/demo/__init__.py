"""The demo journal: a synthetic story with drawn photos."""
