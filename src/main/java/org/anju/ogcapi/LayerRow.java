package org.anju.ogcapi;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a layer: its id, geometry (CGCS2000 lon/lat, or null) and properties by
 * key (dates as {@code LocalDate}; for households already masked, categories and owned houses as
 * lists).
 */
record LayerRow(Object id, Geometry geometry, Map<String, Object> properties) {
}
