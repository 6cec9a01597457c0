"""The doctor summary's content, independent of how it is painted."""
