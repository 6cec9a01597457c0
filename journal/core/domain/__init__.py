"""The domain: record types, their choices and validation, and the rules that merge or derive records."""
