"""An encrypted journal: the key header, sealed photo files, and the conversions between a
plain and an encrypted journal (see docs/ENCRYPTION.md)."""
