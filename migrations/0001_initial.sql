-- The first schema of a Skin Journal. Dates are ISO text (YYYY-MM-DD); yes/no
-- fields are 0/1, or NULL when the person did not check them.

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('deposit', 'area')),
    region TEXT NOT NULL,
    near_joint INTEGER NOT NULL DEFAULT 0,
    diagnosed_type TEXT,
    resolved_on TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    reminder_days INTEGER NOT NULL DEFAULT 7,
    notes TEXT
);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    tightness INTEGER CHECK (tightness BETWEEN 0 AND 10),
    mobility TEXT,
    shiny INTEGER,
    pale INTEGER,
    hair_thinning INTEGER,
    size_mm REAL CHECK (size_mm BETWEEN 0 AND 100),
    count INTEGER CHECK (count >= 0),
    colour TEXT,
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    inflamed INTEGER,
    ulcerated INTEGER,
    discharge INTEGER,
    restricted_movement INTEGER,
    note TEXT
);
CREATE INDEX entries_site_date ON entries (site_id, date);

CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    ext TEXT NOT NULL,
    taken_on TEXT,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    original_name TEXT,
    UNIQUE (entry_id, sha256)
);
CREATE INDEX photos_sha256 ON photos (sha256);

CREATE TABLE daily_checks (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL UNIQUE,
    fatigue INTEGER,
    weakness INTEGER,
    urination_changes INTEGER,
    stress INTEGER CHECK (stress BETWEEN 0 AND 10),
    note TEXT
);

CREATE TABLE labs (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    test TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    low REAL,
    high REAL,
    note TEXT
);
CREATE INDEX labs_test_date ON labs (test, date);

CREATE TABLE care (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    what TEXT NOT NULL,
    amount REAL,
    unit TEXT,
    minutes INTEGER,
    note TEXT
);
CREATE INDEX care_date ON care (date);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    clinician TEXT,
    findings TEXT,
    note TEXT
);

-- Small preferences that belong to the journal (not to the computer), as JSON values.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
