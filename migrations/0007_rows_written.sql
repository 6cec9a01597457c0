-- Which rows were written since the journal was last checked. Opening a journal checks that no row
-- holds what no Skin Journal writes (a date that is not a date, a choice outside its list); with
-- these triggers that check reads only the rows written since, not every row of a journal that
-- has grown to tens of thousands. The triggers live in the database, so they also record what
-- another program writes with SQLite. Opening clears what it has checked; a journal whose
-- triggers are gone is checked whole, as before.

CREATE TABLE rows_written (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL
);

CREATE TRIGGER sites_insert_logged AFTER INSERT ON sites
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('sites', NEW.id); END;

CREATE TRIGGER sites_update_logged AFTER UPDATE ON sites
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('sites', NEW.id); END;

CREATE TRIGGER entries_insert_logged AFTER INSERT ON entries
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('entries', NEW.id); END;

CREATE TRIGGER entries_update_logged AFTER UPDATE ON entries
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('entries', NEW.id); END;

CREATE TRIGGER photos_insert_logged AFTER INSERT ON photos
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('photos', NEW.id); END;

CREATE TRIGGER photos_update_logged AFTER UPDATE ON photos
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('photos', NEW.id); END;

CREATE TRIGGER daily_checks_insert_logged AFTER INSERT ON daily_checks
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('daily_checks', NEW.id); END;

CREATE TRIGGER daily_checks_update_logged AFTER UPDATE ON daily_checks
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('daily_checks', NEW.id); END;

CREATE TRIGGER labs_insert_logged AFTER INSERT ON labs
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('labs', NEW.id); END;

CREATE TRIGGER labs_update_logged AFTER UPDATE ON labs
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('labs', NEW.id); END;

CREATE TRIGGER care_insert_logged AFTER INSERT ON care
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('care', NEW.id); END;

CREATE TRIGGER care_update_logged AFTER UPDATE ON care
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('care', NEW.id); END;

CREATE TRIGGER visits_insert_logged AFTER INSERT ON visits
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('visits', NEW.id); END;

CREATE TRIGGER visits_update_logged AFTER UPDATE ON visits
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('visits', NEW.id); END;

CREATE TRIGGER alerts_insert_logged AFTER INSERT ON alerts
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('alerts', NEW.id); END;

CREATE TRIGGER alerts_update_logged AFTER UPDATE ON alerts
BEGIN INSERT INTO rows_written (tbl, row_id) VALUES ('alerts', NEW.id); END;
