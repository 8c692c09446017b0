-- A home medication's start is often unknown: the column may be empty (taken since before anything
-- the record knows).
ALTER TABLE medication ALTER COLUMN started_on DROP NOT NULL;
