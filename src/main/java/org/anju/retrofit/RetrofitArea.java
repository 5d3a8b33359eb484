package org.anju.retrofit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.area.AreaScope;
import org.anju.geo.Bbox;
import org.anju.geo.SpatialDialect;
import org.anju.system.FieldProblem;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.MultiValueMap;

/**
 * Where a planner looks for retrofit candidates (选定区域): villages picked on the map, townships, a
 * lon/lat box, an area drawn on the map. Every restriction given must hold (AND); the values of one
 * restriction combine with OR (any of these villages). No restriction: everywhere the account may see.
 *
 * @param villages  12-digit village codes ({@code village=140825100201,140825100202})
 * @param townships 12-digit township codes, meaning all their villages
 * @param bbox      houses in this box (CGCS2000 lon/lat; edges included)
 * @param within    houses in this area: WKT or GeoJSON (Multi)Polygon in CGCS2000 lon/lat, valid, at
 *                  most {@value QueryParameters#MAX_AREA_VERTICES} vertices; a house on its edge is in it
 */
record RetrofitArea(Set<String> villages, Set<String> townships, Bbox bbox, Geometry within) {

    static final RetrofitArea EVERYWHERE = new RetrofitArea(Set.of(), Set.of(), null, null);

    /** The parameters an area is read from, each after the side's prefix ({@code a.village}, …). */
    static final List<String> PARAMETERS = List.of("village", "township", "bbox", "within");

    /**
     * Reads {@code <prefix>village}, {@code <prefix>township}, {@code <prefix>bbox} and
     * {@code <prefix>within}; bad values are added to {@code problems} under their full names.
     */
    static RetrofitArea from(MultiValueMap<String, String> params, String prefix, List<FieldProblem> problems) {
        var villages = ListParameter.parse(prefix + "village", params.get(prefix + "village"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var townships = ListParameter.parse(prefix + "township", params.get(prefix + "township"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        Bbox bbox = QueryParameters.bbox(params, prefix + "bbox", problems);
        Geometry within = QueryParameters.area(params, prefix + "within", problems);
        return new RetrofitArea(villages, townships, bbox, within);
    }

    boolean isEverywhere() {
        return villages.isEmpty() && townships.isEmpty() && bbox == null && within == null;
    }

    /**
     * The area as SQL conditions on {@code house h}, values bound in {@code params} under names
     * starting with {@code name} (unique within the statement). Spatial restrictions are an index
     * test ({@code &&}) and the exact point-in-area test of the dialect.
     */
    List<String> conditions(String name, SpatialDialect dialect, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!villages.isEmpty()) {
            params.addValue(name + "Villages", villages);
            conditions.add("h.village_code IN (:" + name + "Villages)");
        }
        if (!townships.isEmpty()) {
            conditions.add(AreaScope.villageIn("h.village_code", townships, name + "Township", params));
        }
        if (bbox != null) {
            params.addValue(name + "MinLon", bbox.minLon()).addValue(name + "MinLat", bbox.minLat())
                    .addValue(name + "MaxLon", bbox.maxLon()).addValue(name + "MaxLat", bbox.maxLat());
            String box = "ST_MakeEnvelope(:%1$sMinLon, :%1$sMinLat, :%1$sMaxLon, :%1$sMaxLat, 4490)".formatted(name);
            conditions.add("h.location && " + box);
            conditions.add(dialect.pointInArea("h.location", box));
        }
        if (within != null) {
            params.addValue(name + "Within", within.toText());
            String area = "ST_GeomFromText(:" + name + "Within, 4490)";
            conditions.add("h.location && " + area);
            conditions.add(dialect.pointInArea("h.location", area));
        }
        return conditions;
    }

    /** What the area is, for the answer: codes and box as given; of a drawn area only that there is one. */
    RetrofitComparison.AreaGiven described() {
        return new RetrofitComparison.AreaGiven(List.copyOf(villages), List.copyOf(townships),
                bbox == null ? null : List.of(bbox.minLon(), bbox.minLat(), bbox.maxLon(), bbox.maxLat()),
                within != null, within == null ? null : within.getNumPoints());
    }
}
