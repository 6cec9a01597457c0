"""Sizes measured on a photo: coins and rulers as references, segments in image pixels, and
the uncertainty every size carries (see uncertainty.py). Toolkit-free; the viewer draws on it."""
