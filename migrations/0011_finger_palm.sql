-- Hand function measured at home: the finger-to-palm distance, fingertip to the distal palmar
-- crease with the fingers bent as far as they go, in millimetres with a ruler (Torok et al.,
-- Clin Exp Rheumatol 2010; ICC 0.92-0.99). Larger means stiffer. One reading a hand, finger
-- and day; 0 mm is a fingertip that reaches the crease.

CREATE TABLE finger_palm (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    hand TEXT NOT NULL CHECK (hand IN ('left', 'right')),
    finger TEXT NOT NULL CHECK (finger IN ('index', 'middle', 'ring', 'little')),
    distance_mm REAL NOT NULL CHECK (distance_mm >= 0 AND distance_mm <= 120),
    note TEXT,
    UNIQUE (date, hand, finger)
);
CREATE INDEX finger_palm_date ON finger_palm (date);

CREATE TRIGGER finger_palm_insert_logged AFTER INSERT ON finger_palm
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('finger_palm', NEW.id); END;

CREATE TRIGGER finger_palm_update_logged AFTER UPDATE ON finger_palm
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('finger_palm', NEW.id); END;
