-- A site's lifecycle: the phase it entered on a date (active, broke open, healing, healed,
-- removed). A site is in a phase from that date until the next one; one phase a site and day.
-- A site's deletion takes its phases along (its undo puts them back).

CREATE TABLE site_phases (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('active', 'broke_open', 'healing', 'healed', 'removed')),
    note TEXT,
    UNIQUE (site_id, date)
);

CREATE TRIGGER site_phases_insert_logged AFTER INSERT ON site_phases
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('site_phases', NEW.id); END;

CREATE TRIGGER site_phases_update_logged AFTER UPDATE ON site_phases
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('site_phases', NEW.id); END;
