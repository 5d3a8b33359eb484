-- The problem ledger's map layer: an R-tree on the problems' points (queries use &&).
CREATE SPATIAL INDEX problem_location_sidx ON problem (location);
