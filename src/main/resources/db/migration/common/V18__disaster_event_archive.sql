-- Archived disaster events (issue 16): an event that is over is archived — kept with its footprint
-- and everything that refers to it (campaigns, target lists), but no longer offered by default on the
-- map and in the emergency panel. NULL = current. Portable DDL: H2 and PostgreSQL both accept it.
ALTER TABLE disaster_event ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE disaster_event ADD COLUMN archived_by VARCHAR(50);
