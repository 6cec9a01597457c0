"""Item delegates: how rows of the lists are drawn."""
