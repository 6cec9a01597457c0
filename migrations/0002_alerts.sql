-- Alerts: warning signs raised from the logged data (see journal/core/alerts).
-- `fingerprint` (rule, site, day the sign first showed) gives an alert the same id each time
-- the alerts are recomputed. `withdrawn` marks an acknowledged alert whose data no longer shows
-- the sign: kept so the person's note is not lost (open ones are simply deleted).

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    rule TEXT NOT NULL,
    site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged')),
    message TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]',
    ack_note TEXT,
    acknowledged_at TEXT,
    withdrawn INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alerts_date ON alerts (date);
CREATE INDEX alerts_site ON alerts (site_id);
