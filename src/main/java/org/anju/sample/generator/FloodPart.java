package org.anju.sample.generator;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One severity part of a disaster footprint, one feature of {@code disasters.geojson}.
 *
 * @param severity text shown to users, e.g. 水深>1.5m
 * @param rank     3 most severe … 1 least
 * @param area     valid MultiPolygon on the output grid, disjoint from the other parts
 */
record FloodPart(String severity, int rank, MultiPolygon area) {
}
