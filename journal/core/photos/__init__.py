"""The photo pipeline: decode and check a picture, strip it, store it by hash, date it, prune it."""
