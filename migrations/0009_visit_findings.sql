-- A visit's findings in structured form, beside the free text: which site they are about, an
-- ultrasound's thickness and depth in millimetres, what the X-ray showed and whether a biopsy
-- was done with its result (both in the doctor's words), and the type of deposit the doctor named
-- (the same words as a site's diagnosed type). The free text `findings` stays as it was.
-- A site's deletion leaves the visit and forgets which site it was about.

ALTER TABLE visits ADD COLUMN site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL;
ALTER TABLE visits ADD COLUMN ultrasound_mm REAL CHECK (ultrasound_mm > 0 AND ultrasound_mm <= 100);
ALTER TABLE visits ADD COLUMN ultrasound_depth_mm REAL
    CHECK (ultrasound_depth_mm >= 0 AND ultrasound_depth_mm <= 100);
ALTER TABLE visits ADD COLUMN xray TEXT;
ALTER TABLE visits ADD COLUMN biopsy INTEGER;
ALTER TABLE visits ADD COLUMN biopsy_result TEXT;
ALTER TABLE visits ADD COLUMN named_type TEXT
    CHECK (named_type IN ('dystrophic', 'metastatic', 'iatrogenic', 'idiopathic', 'unknown'));
CREATE INDEX visits_site_date ON visits (site_id, date) WHERE site_id IS NOT NULL;
