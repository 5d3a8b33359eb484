-- Staging rows live for one import only: no need to write them to the WAL.
ALTER TABLE import_disaster_row SET UNLOGGED;
ALTER TABLE import_seismic_zone_row SET UNLOGGED;
ALTER TABLE import_area_row SET UNLOGGED;
