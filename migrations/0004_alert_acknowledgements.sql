-- Acknowledgements of an alert are a history: each time the person acknowledges it (with a
-- note such as "shown to Dr ... on ...", or none) is a row of its own, so a later one never
-- replaces an earlier note or time. The one acknowledgement each alert could hold until now
-- moves here; an alert keeps status 'acknowledged' once it has any.

CREATE TABLE alert_acknowledgements (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX alert_acknowledgements_alert ON alert_acknowledgements (alert_id, at);

-- An acknowledged row always had its time; the alert's date stands in should one lack it.
INSERT INTO alert_acknowledgements (alert_id, at, note)
    SELECT id, COALESCE(acknowledged_at, date), ack_note FROM alerts
    WHERE status = 'acknowledged' OR acknowledged_at IS NOT NULL OR ack_note IS NOT NULL
    ORDER BY id;

ALTER TABLE alerts DROP COLUMN ack_note;
ALTER TABLE alerts DROP COLUMN acknowledged_at;
