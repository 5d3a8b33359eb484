package org.anju.house;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.geo.ChinaExtent;
import org.anju.geo.GeoJsonInput;
import org.anju.geo.PolygonalArea;
import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Turns a GeoJSON Feature sent to {@code POST/PUT /api/houses} into a {@link HouseForm}, reporting
 * every malformed field at once (422). The geometry is the house location (Point); the optional
 * footprint is a GeoJSON Polygon in {@code properties.footprint}.
 */
final class HouseFeatureReader {

    static final Set<String> PROPERTIES = Set.of("code", "village_code", "footprint", "address", "structure",
            "storeys", "year_built", "floor_area", "seismic_measures", "grade", "assessed_on", "assessment_kind",
            "assessor", "occupancy", "last_inspected_on", "owner_household", "version",
            // read-only properties of GET responses, accepted and ignored so a client can send back what it got
            "village_name", "township_code", "township_name", "resident_category", "residents", "grade_label",
            "occupancy_label", "structure_label", "assessments", "renovations", "households");

    private HouseFeatureReader() {
    }

    private static boolean inChina(Polygon footprint) {
        var box = footprint.getEnvelopeInternal();
        return ChinaExtent.contains(box.getMinX(), box.getMinY()) && ChinaExtent.contains(box.getMaxX(), box.getMaxY());
    }

    static HouseForm read(JsonNode feature, boolean versionRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields top = new JsonFields(feature, "", problems);
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            top.problem("type", feature.path("type").asString(null), "geojson.notFeature");
            top.throwIfInvalid();
        }
        GeoJsonInput.checkCrs(top, feature);
        Point location = GeoJsonInput.geometry(top, "geometry", Point.class, true);
        JsonNode propertiesNode = feature.get("properties");
        if (propertiesNode == null || !propertiesNode.isObject()) {
            top.problem("properties", null, "field.required");
            top.throwIfInvalid();
        }
        JsonFields p = new JsonFields(propertiesNode, "properties.", problems);
        p.rejectUnknown(PROPERTIES);
        String code = p.code("code", true);
        String villageCode = p.text("village_code", true, 12);
        Polygon footprint = GeoJsonInput.geometry(p, "footprint", Polygon.class, false);
        if (footprint != null && !inChina(footprint)) {
            p.problem("footprint", PolygonalArea.describe(footprint.getEnvelopeInternal()), "location.outsideChina");
        }
        String address = p.text("address", false, 200);
        StructureType structure = p.enumValue("structure", StructureType.class, false, StructureType.OTHER);
        Integer storeys = p.integer("storeys", false, 1, 10);
        Integer yearBuilt = p.integer("year_built", false, 1800, LocalDate.now().getYear());
        BigDecimal floorArea = p.decimal("floor_area", false, new BigDecimal("1"), new BigDecimal("100000"));
        SeismicMeasures measures = p.enumValue("seismic_measures", SeismicMeasures.class, false, SeismicMeasures.UNKNOWN);
        SafetyGrade grade = p.enumValue("grade", SafetyGrade.class, false, SafetyGrade.UNASSESSED);
        LocalDate assessedOn = p.date("assessed_on", false);
        AssessmentKind kind = p.enumValue("assessment_kind", AssessmentKind.class, false, null);
        String assessor = p.text("assessor", false, 100);
        Occupancy occupancy = p.enumValue("occupancy", Occupancy.class, true, null);
        LocalDate lastInspected = p.date("last_inspected_on", false);
        String owner = p.text("owner_household", false, 32);
        Integer version = p.integer("version", versionRequired, 0, Integer.MAX_VALUE);

        if (grade != null && grade != SafetyGrade.UNASSESSED) {
            if (assessedOn == null && !p.has("assessed_on")) {
                p.problem("assessed_on", null, "house.assessedOnRequired");
            }
            if (kind == null && !p.has("assessment_kind")) {
                kind = AssessmentKind.APPRAISAL;
            }
        } else if (grade == SafetyGrade.UNASSESSED && assessedOn != null) {
            p.problem("assessed_on", assessedOn, "house.assessedOnWithoutGrade");
        }
        LocalDate today = LocalDate.now();
        if (assessedOn != null && assessedOn.isAfter(today)) {
            p.problem("assessed_on", assessedOn, "date.future");
        }
        if (lastInspected != null && lastInspected.isAfter(today)) {
            p.problem("last_inspected_on", lastInspected, "date.future");
        }
        p.throwIfInvalid();
        return new HouseForm(code, villageCode, location, footprint, address, structure, storeys, yearBuilt,
                floorArea, measures, grade, assessedOn, kind, assessor, occupancy, lastInspected, owner, version);
    }
}
