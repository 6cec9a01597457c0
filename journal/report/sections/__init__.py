"""The summary's parts as rich-text HTML (the subset QTextDocument understands)."""
