-- The locations of the houses with an open case only (H2 has no partial indexes: there the case map
-- uses the spatial index of all houses, which is fine at the embedded database's size).
CREATE INDEX house_open_case_location ON house USING GIST (location) WHERE has_open_case;
