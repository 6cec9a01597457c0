"""Backups: the zip with its manifest, its checks, and the crash-safe restore."""
