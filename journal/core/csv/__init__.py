"""CSV: the export, the import and the file format they share."""
