-- Sizes measured on a photo. An entry's size gains a width (across the bump, at right angles
-- to the largest diameter) and how both were measured; a measurement keeps the points clicked
-- on the stored photo (pixels, origin top-left) and the reference that gave the scale, so it
-- can be drawn again, checked and corrected. A measurement goes with its photo.

ALTER TABLE entries ADD COLUMN width_mm REAL CHECK (width_mm BETWEEN 0 AND 100);
ALTER TABLE entries ADD COLUMN size_method TEXT
    CHECK (size_method IN ('photo', 'ruler', 'calliper', 'estimate'));

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
    reference_kind TEXT NOT NULL CHECK (reference_kind IN ('ruler', 'coin', 'object')),
    reference_x1 REAL NOT NULL,
    reference_y1 REAL NOT NULL,
    reference_x2 REAL NOT NULL,
    reference_y2 REAL NOT NULL,
    reference_mm REAL NOT NULL CHECK (reference_mm > 0),
    coin_key TEXT,
    length_x1 REAL NOT NULL,
    length_y1 REAL NOT NULL,
    length_x2 REAL NOT NULL,
    length_y2 REAL NOT NULL,
    width_x1 REAL,
    width_y1 REAL,
    width_x2 REAL,
    width_y2 REAL,
    created_at TEXT NOT NULL
);
CREATE INDEX measurements_photo ON measurements (photo_id);
