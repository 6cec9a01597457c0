"""What the window's actions do: entry and site changes, undo, data actions, photo import."""
