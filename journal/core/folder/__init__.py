"""The journal folder on disk: where it lives, its lock, durable writes, leftovers, outputs and `check`."""
