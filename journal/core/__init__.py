"""The toolkit-free core of Skin Journal.

Nothing in this package may import Qt: the command line, the tests and the GUI all
stand on it (tests/unit/test_core_without_qt.py enforces this).
"""
