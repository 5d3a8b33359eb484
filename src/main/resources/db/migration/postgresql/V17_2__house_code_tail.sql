-- Search by the tail of a house code ("0019" finds 140825100201-0019) must use an index at
-- province scale (10^7 houses): the same generated column as on H2 (code backwards), so a tail is
-- a prefix of it; text_pattern_ops lets LIKE 'x%' use the index whatever the collation.
ALTER TABLE house ADD COLUMN code_reversed VARCHAR(32) GENERATED ALWAYS AS (reverse(code)) STORED;
CREATE INDEX house_code_reversed ON house (code_reversed text_pattern_ops);
-- Codes by their start, heads' names by their start, and names containing the text (trigrams).
CREATE INDEX house_code_pattern ON house (code text_pattern_ops);
CREATE INDEX household_head_name ON household (head_name text_pattern_ops, code);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX household_head_name_trgm ON household USING GIN (head_name gin_trgm_ops);
CREATE INDEX admin_area_name_trgm ON admin_area USING GIN (name gin_trgm_ops);
