"""After an undo or redo, the window shows what changed.

Ctrl+Z works from any pane, and the record it changes is often out of sight (on the Daily
check pane, or under another site). So after each step the window brings up the pane that
shows it (the timeline of the changed entry's site, the labs, the alerts...), selects the
record when the step left it there, and says in the status bar what was undone or redone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from journal.core.errors import NotFound
from journal.core.language import Words

Window = Any  # journal.gui.main_window.MainWindow (not imported: it imports this module)


class UndoViewWords(Words):
    "What the status bar says after an undo or redo."


SHOWN_MS = 8000


def follow_undo(window: Window) -> None:
    """Show each step the window's Undo and Redo actions take (menu, toolbar and shortcuts)."""
    # Connected after the stack's own slot (createUndoAction connects it first), so this
    # runs once the step is done; the stack's index then tells which command it was.
    window.commands["undo"].triggered.connect(lambda _checked=False: show_step(window, undone=True))
    window.commands["redo"].triggered.connect(lambda _checked=False: show_step(window, undone=False))


def _step(stack: QUndoStack, undone: bool) -> Any:
    index = stack.index() if undone else stack.index() - 1
    return stack.command(index) if 0 <= index < stack.count() else None


def show_step(window: Window, undone: bool) -> None:
    command = _step(window.undo_stack, undone)
    shown = getattr(command, "shown", None)
    if shown is None:
        return
    change = shown(undone)
    pane = window.show_tab(change.tab) if change.tab else None
    if change.tab == "timeline":
        if change.site_id is not None and _still_there(window, change.site_id):
            window.session.site_selected.emit(change.site_id)  # the site list and the timeline follow
        timeline = window.timeline
        if change.record_id is not None:
            timeline.select_entry(change.record_id)  # nothing when the step took the entry away
            timeline.view.scrollTo(timeline.view.currentIndex())
        timeline.view.setFocus()  # Delete, Ctrl+E act on what is now in view
    elif pane is not None and change.record_id is not None and hasattr(pane, "select_record"):
        pane.select_record(change.record_id)
    keys = window.commands["redo" if undone else "undo"].shortcut().toString()
    if undone:
        said = UndoViewWords.tr("Undone: {what}. Redo with {keys}.")
    else:
        said = UndoViewWords.tr("Redone: {what}. Undo with {keys}.")
    window.statusBar().showMessage(said.format(what=change.what, keys=keys), SHOWN_MS)


def _still_there(window: Window, site_id: int) -> bool:
    try:
        window.session.store.site(site_id)
    except NotFound:
        return False  # the step took the site away: the list shows it gone
    return True
