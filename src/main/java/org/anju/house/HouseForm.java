package org.anju.house;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A house as sent by a client (GeoJSON Feature), already checked for form: types, ranges and
 * enumerations. Rules that need the database (village exists, location inside the county, code
 * unique) are checked by {@link HouseEditor}.
 */
record HouseForm(
        String code,
        String villageCode,
        Point location,
        Polygon footprint,
        String address,
        StructureType structure,
        Integer storeys,
        Integer yearBuilt,
        BigDecimal floorArea,
        SeismicMeasures seismicMeasures,
        SafetyGrade grade,
        LocalDate assessedOn,
        AssessmentKind assessmentKind,
        String assessor,
        Occupancy occupancy,
        LocalDate lastInspectedOn,
        String ownerHousehold,
        Integer version) {
}
