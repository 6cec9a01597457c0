"""Operations: every change a person can make to a journal, one function each.

The window and the command line call these and nothing else to change a journal. Each runs in
one transaction, validates with the model's rules, and returns an `Outcome`: the saved value,
the `Changes` it made (which kinds of record, which ids: the window refreshes only those), words
for it, and how to undo it (an operation too, whose own undo is the redo). See ARCHITECTURE.md.
"""

from journal.core.operations.outcome import Changes, Outcome

__all__ = ["Changes", "Outcome"]
