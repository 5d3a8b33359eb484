-- Staging rows live for one import only: no need to write them to the WAL.
ALTER TABLE import_house_row SET UNLOGGED;
ALTER TABLE import_household_row SET UNLOGGED;
