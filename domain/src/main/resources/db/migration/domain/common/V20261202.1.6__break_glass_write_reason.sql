-- A break-glass grant reads the chart; it changes it only when the clinician stated an emergency
-- reason to write (null: read-only).
ALTER TABLE break_glass_grant ADD COLUMN write_reason varchar(1000);
