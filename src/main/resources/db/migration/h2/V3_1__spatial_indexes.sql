-- H2GIS spatial (R-tree) indexes. Queries must use the && operator for H2 to use them.
CREATE SPATIAL INDEX admin_area_boundary_sidx ON admin_area (boundary);
CREATE SPATIAL INDEX house_location_sidx ON house (location);
CREATE SPATIAL INDEX house_footprint_sidx ON house (footprint);
CREATE SPATIAL INDEX seismic_zone_area_sidx ON seismic_zone (area);
CREATE SPATIAL INDEX disaster_footprint_area_sidx ON disaster_footprint (area);
