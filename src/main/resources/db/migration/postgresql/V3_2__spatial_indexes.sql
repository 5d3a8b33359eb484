-- PostGIS GiST indexes on every geometry column.
CREATE INDEX admin_area_boundary_sidx ON admin_area USING GIST (boundary);
CREATE INDEX house_location_sidx ON house USING GIST (location);
CREATE INDEX house_footprint_sidx ON house USING GIST (footprint);
CREATE INDEX seismic_zone_area_sidx ON seismic_zone USING GIST (area);
CREATE INDEX disaster_footprint_area_sidx ON disaster_footprint USING GIST (area);
