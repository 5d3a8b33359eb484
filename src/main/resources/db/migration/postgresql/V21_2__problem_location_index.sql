-- The problem ledger's map layer: a GiST index on the problems' points.
CREATE INDEX problem_location_sidx ON problem USING GIST (location);
