package org.anju.sample.generator;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One feature of {@code admin-areas.geojson}.
 *
 * @param code       12-digit statistical code (统计用区划代码)
 * @param name       Chinese name
 * @param level      COUNTY, TOWNSHIP or VILLAGE
 * @param parentCode code of the enclosing area; null for the county
 * @param boundary   valid MultiPolygon on the output grid
 */
record AdminArea(String code, String name, Level level, String parentCode, MultiPolygon boundary) {

    enum Level {
        COUNTY, TOWNSHIP, VILLAGE
    }
}
