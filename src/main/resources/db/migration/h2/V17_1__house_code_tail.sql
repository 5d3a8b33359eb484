-- Search by the tail of a house code ("0019" finds 140825100201-0019) must use an index at
-- province scale (10^7 houses). H2 has no expression indexes: a generated column holds the code
-- backwards, so a tail is a prefix of it, served by an ordinary index.
CREATE ALIAS IF NOT EXISTS ANJU_REVERSE DETERMINISTIC FOR 'org.anju.search.ReversedText.of';
ALTER TABLE house ADD COLUMN code_reversed VARCHAR(32) GENERATED ALWAYS AS (ANJU_REVERSE(code));
CREATE INDEX house_code_reversed ON house (code_reversed);
-- Heads' names by exact text or start (the search ranks those first).
CREATE INDEX household_head_name ON household (head_name, code);
