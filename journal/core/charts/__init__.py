"""Charts and trends: matplotlib figures built from core data, trend arrows and overviews."""
