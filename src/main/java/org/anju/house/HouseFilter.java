package org.anju.house;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.area.AreaScope;
import org.anju.geo.Bbox;
import org.anju.household.PriorityFlag;
import org.anju.household.TargetCategory;
import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.MultiValueMap;

/**
 * Which houses a request is about: the filters shared by the house list ({@code GET /api/houses})
 * and the map tiles ({@code GET /tiles/houses/…}), so that the map and the lists always count the
 * same houses. Every filter is optional; filters combine with AND, values of one filter with OR.
 *
 * @param bbox       houses whose location lies in this lon/lat box (CGCS2000)
 * @param grades     current safety grade
 * @param occupancy  occupancy status
 * @param structures structure type
 * @param categories a household living in the house belongs to any of these target categories
 *                   (membership, not only the primary category)
 * @param anyTarget  {@code true}: a household of any of the six categories lives in the house;
 *                   {@code false}: none does
 * @param flags      a household living in the house has any of these priority flags
 * @param villages   village codes
 * @param townships  township codes (all villages below them)
 * @param within     houses inside this area (WKT polygon in CGCS2000 lon/lat, e.g. drawn on the map)
 * @param jurisdiction the requesting account's jurisdiction (an administrative code; {@code null}:
 *                   every area) — not a request parameter: see {@link Jurisdiction}
 */
public record HouseFilter(Bbox bbox, Set<SafetyGrade> grades, Set<Occupancy> occupancy, Set<StructureType> structures,
                          Set<TargetCategory> categories, Boolean anyTarget, Set<PriorityFlag> flags,
                          Set<String> villages, Set<String> townships, Geometry within, String jurisdiction) {

    /** The query parameters the filter reads. */
    public static final java.util.Set<String> PARAMETERS = java.util.Set.of("bbox", "grade", "occupancy", "structure",
            "category", "target_household", "priority", "village", "township", "within");

    /**
     * Reads the filter parameters; unknown values are added to {@code problems}. The houses are
     * always limited to the current account's jurisdiction.
     */
    public static HouseFilter from(MultiValueMap<String, String> params, List<FieldProblem> problems,
                                   Jurisdiction jurisdiction) {
        Bbox bbox = QueryParameters.bbox(params, problems);
        var grades = ListParameter.parse("grade", params.get("grade"),
                v -> JsonFields.parseEnum(SafetyGrade.class, v), Arrays.toString(SafetyGrade.values()), problems);
        var occupancy = ListParameter.parse("occupancy", params.get("occupancy"),
                v -> JsonFields.parseEnum(Occupancy.class, v), Arrays.toString(Occupancy.values()), problems);
        var structures = ListParameter.parse("structure", params.get("structure"),
                v -> JsonFields.parseEnum(StructureType.class, v), Arrays.toString(StructureType.values()), problems);
        var categories = ListParameter.parse("category", params.get("category"),
                v -> TargetCategory.fromText(v).orElse(null), Arrays.toString(TargetCategory.values()), problems);
        Boolean anyTarget = QueryParameters.bool(params, "target_household", problems);
        var flags = ListParameter.parse("priority", params.get("priority"),
                v -> PriorityFlag.fromText(v).orElse(null), Arrays.toString(PriorityFlag.values()), problems);
        var villages = ListParameter.parse("village", params.get("village"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var townships = ListParameter.parse("township", params.get("township"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        Geometry within = QueryParameters.area(params, "within", problems);
        return new HouseFilter(bbox, grades, occupancy, structures, categories, anyTarget, flags, villages, townships,
                within, jurisdiction.code().orElse(null));
    }

    /**
     * The filter as SQL conditions on {@code house h} joined by AND (empty when there is no filter),
     * with the values bound in {@code params}, never concatenated.
     */
    public List<String> conditions(MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (jurisdiction != null) {
            conditions.add(AreaScope.villageIn("h.village_code", List.of(jurisdiction), "jurisdiction", params));
        }
        if (bbox != null) {
            params.addValue("minLon", bbox.minLon()).addValue("minLat", bbox.minLat())
                    .addValue("maxLon", bbox.maxLon()).addValue("maxLat", bbox.maxLat());
            // && alone is not enough: PostGIS compares float4 boxes and admits points up to ~8e-6°
            // outside the edge. ST_Intersects alone is exact and indexed on PostGIS, but H2GIS only
            // uses its index for &&. Together they square PostgreSQL's estimate (docs/SCALING.md)
            conditions.add("h.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490)");
            conditions.add("ST_Intersects(h.location, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490))");
        }
        if (within != null) {
            params.addValue("within", within.toText());
            conditions.add("h.location && ST_GeomFromText(:within, 4490)");
            conditions.add("ST_Intersects(h.location, ST_GeomFromText(:within, 4490))");
        }
        in(conditions, params, "h.grade", "grades", names(grades));
        in(conditions, params, "h.occupancy", "occupancy", names(occupancy));
        in(conditions, params, "h.structure", "structures", names(structures));
        in(conditions, params, "h.village_code", "villages", villages);
        if (!townships.isEmpty()) {
            conditions.add(AreaScope.villageIn("h.village_code", townships, "township", params));
        }
        if (!categories.isEmpty()) {
            params.addValue("categories", names(categories));
            conditions.add("""
                    EXISTS (SELECT 1 FROM household r
                            JOIN household_category rc ON rc.household_id = r.id
                            WHERE r.residence_house_id = h.id AND rc.category IN (:categories))""");
        }
        if (anyTarget != null) {
            conditions.add((anyTarget ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM household r
                            WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)""");
        }
        if (!flags.isEmpty()) {
            List<String> any = flags.stream().map(f -> "r." + f.column()).toList();
            conditions.add("EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND ("
                    + String.join(" OR ", any) + "))");
        }
        return conditions;
    }

    /** {@link #conditions} as a WHERE clause, or an empty string. */
    public String where(MapSqlParameterSource params) {
        List<String> conditions = conditions(params);
        return conditions.isEmpty() ? "" : " WHERE " + String.join("\n  AND ", conditions);
    }

    private static void in(List<String> conditions, MapSqlParameterSource params, String column, String name,
                           Set<String> values) {
        if (!values.isEmpty()) {
            params.addValue(name, values);
            conditions.add(column + " IN (:" + name + ")");
        }
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
