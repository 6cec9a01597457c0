-- The site list's trend arrow reads each site's newest few sizes and tightness ratings. A site
-- where one of them is never recorded (no size for an area of scalp) made that read walk every
-- entry of the site; these partial indexes hold only the entries that have the value.
CREATE INDEX entries_site_date_sized ON entries (site_id, date) WHERE size_mm IS NOT NULL;
CREATE INDEX entries_site_date_tightness ON entries (site_id, date) WHERE tightness IS NOT NULL;
