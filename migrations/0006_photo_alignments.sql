-- Two photos of a site lined up by two landmarks clicked on each (journal/core/measure/align.py).
-- A pair is named by its pictures' SHA-256, as the photo rows name their files: editing an entry
-- and undoing the edit put its photo rows back, and the alignment must outlast that. The points
-- are pixels of the stored (upright) photo files. Stored in the order given; the other order is
-- the same alignment seen from the other photo, so a pair has one row either way round.

CREATE TABLE photo_alignments (
    id INTEGER PRIMARY KEY,
    first_sha256 TEXT NOT NULL,
    second_sha256 TEXT NOT NULL,
    first_x1 REAL NOT NULL,
    first_y1 REAL NOT NULL,
    first_x2 REAL NOT NULL,
    first_y2 REAL NOT NULL,
    second_x1 REAL NOT NULL,
    second_y1 REAL NOT NULL,
    second_x2 REAL NOT NULL,
    second_y2 REAL NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (first_sha256 <> second_sha256)
);
CREATE UNIQUE INDEX photo_alignments_pair ON photo_alignments (
    min(first_sha256, second_sha256), max(first_sha256, second_sha256)
);
