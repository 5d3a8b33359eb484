package org.anju.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.geo.Cgcs2000;
import org.anju.geo.ChinaExtent;
import org.anju.house.AssessmentKind;
import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns a record into a staged house, or into row errors. The location is the record's Point, or
 * a point inside its footprint polygon (kept as the footprint), or the longitude/latitude columns
 * (decimal or degree-minute-second), or x/y columns in the file's CRS (Chinese survey tables name
 * the northing X: an X that can only be a northing is swapped with Y, and the report says so).
 * Invalid footprints are repaired with JTS {@link GeometryFixer} when the result is still one
 * polygon, and the row is counted as repaired. Rules that need the database (village, county,
 * duplicates, owner) are checked afterwards on the staged rows.
 */
final class HouseRows {

    /** A house row ready for staging; {@code null} fields are "not given". */
    record Staged(long row, String code, String villageCode, String villageName, Point location, Polygon footprint,
                  String address, StructureType structure, Integer storeys, Integer yearBuilt, BigDecimal floorArea,
                  SeismicMeasures seismicMeasures, SafetyGrade grade, LocalDate assessedOn, AssessmentKind kind,
                  String assessor, Occupancy occupancy, LocalDate lastInspectedOn, String ownerHousehold) {
    }

    private static final GeometryFactory GEOMETRIES = Cgcs2000.GEOMETRIES;
    private static final java.util.regex.Pattern VILLAGE_CODE = java.util.regex.Pattern.compile("[0-9]{12}");

    private final FieldMapping mapping;
    private final Reprojection reprojection;
    private final ImportReport report;

    HouseRows(FieldMapping mapping, Reprojection reprojection, ImportReport report) {
        this.mapping = mapping;
        this.reprojection = reprojection;
        this.report = report;
    }

    /** The staged house, or {@code null} when the row is rejected (its errors are in {@code check}). */
    Staged read(SourceRecord record, RowCheck check) {
        String code = check.code(AnjuField.HOUSE_CODE);
        String village = check.text(AnjuField.VILLAGE, false, 100);
        String villageCode = village != null && VILLAGE_CODE.matcher(village).matches() ? village : null;
        String villageName = villageCode == null ? village : null;
        Located located = locate(record, check);
        String address = check.text(AnjuField.ADDRESS, false, 200);
        StructureType structure = check.word(AnjuField.STRUCTURE, StructureType.class, DomainValues::structure);
        Integer storeys = check.integer(AnjuField.STOREYS, 1, 10);
        Integer year = check.year(AnjuField.YEAR_BUILT, 1800, LocalDate.now().getYear());
        BigDecimal area = check.decimal(AnjuField.FLOOR_AREA, new BigDecimal("1"), new BigDecimal("100000"), 1);
        SeismicMeasures measures = check.word(AnjuField.SEISMIC_MEASURES, SeismicMeasures.class, DomainValues::seismicMeasures);
        SafetyGrade grade = check.word(AnjuField.GRADE, SafetyGrade.class, DomainValues::grade);
        LocalDate assessedOn = check.date(AnjuField.ASSESSED_ON, true);
        AssessmentKind kind = check.word(AnjuField.ASSESSMENT_KIND, AssessmentKind.class, DomainValues::assessmentKind);
        String assessor = check.text(AnjuField.ASSESSOR, false, 100);
        Occupancy occupancy = check.word(AnjuField.OCCUPANCY, Occupancy.class, DomainValues::occupancy);
        if (mapping.has(AnjuField.OCCUPANCY) && check.missing(AnjuField.OCCUPANCY)) {
            check.error(AnjuField.OCCUPANCY, null, "field.required");
        }
        LocalDate lastInspected = check.date(AnjuField.LAST_INSPECTED_ON, true);
        String owner = check.text(AnjuField.OWNER_HOUSEHOLD, false, 32);
        if (grade == SafetyGrade.UNASSESSED && assessedOn != null) {
            check.error(AnjuField.ASSESSED_ON, assessedOn, "house.assessedOnWithoutGrade");
        }
        if (!check.errors().isEmpty() || located == null) {
            return null;
        }
        if (located.repaired()) {
            report.repairedRow();
        }
        return new Staged(record.row(), code, villageCode, villageName, located.point(), located.footprint(), address,
                structure, storeys, year, area, measures, grade, assessedOn, kind, assessor, occupancy, lastInspected, owner);
    }

    private record Located(Point point, Polygon footprint, boolean repaired) {
    }

    private Located locate(SourceRecord record, RowCheck check) {
        Geometry geometry = record.geometry();
        if (geometry != null && !geometry.isEmpty()) {
            return fromGeometry(geometry, check);
        }
        if (mapping.has(AnjuField.LONGITUDE) || mapping.has(AnjuField.LATITUDE)) {
            return fromLonLat(check);
        }
        if (mapping.has(AnjuField.X) && mapping.has(AnjuField.Y)) {
            return fromXy(check);
        }
        check.error("geometry", null, geometry == null ? "import.location.missing" : "geometry.empty");
        return null;
    }

    private Located fromGeometry(Geometry source, RowCheck check) {
        Geometry geometry;
        try {
            geometry = reprojection.toCgcs2000(source);
        } catch (TransformException | RuntimeException e) {
            if (e instanceof ImportFailure failure) {
                throw failure;
            }
            check.error("geometry", source.getCoordinate(), "import.location.untransformable");
            return null;
        }
        if (geometry instanceof Point point) {
            return inChina(point, check, "geometry") ? new Located(point, null, false) : null;
        }
        if (geometry instanceof MultiPolygon multi && multi.getNumGeometries() == 1) {
            geometry = multi.getGeometryN(0);
        }
        if (!(geometry instanceof Polygon polygon)) {
            check.error("geometry", geometry.getGeometryType(), "geometry.wrongType", "Point/Polygon");
            return null;
        }
        boolean repaired = false;
        if (!polygon.isValid()) {
            Geometry fixed = GeometryFixer.fix(polygon);
            if (!(fixed instanceof Polygon p) || fixed.isEmpty() || fixed.getArea() == 0) {
                check.error("geometry", null, "geometry.unrepairable");
                return null;
            }
            polygon = p;
            repaired = true;
            report.note("import.note.repaired");
        }
        polygon.setSRID(Cgcs2000.SRID);
        Point point = polygon.getInteriorPoint();
        point.setSRID(Cgcs2000.SRID);
        return inChina(point, check, "geometry") ? new Located(point, polygon, repaired) : null;
    }

    private Located fromLonLat(RowCheck check) {
        reprojection.lonLatColumns();
        Double lon = degrees(check, AnjuField.LONGITUDE);
        Double lat = degrees(check, AnjuField.LATITUDE);
        if (lon == null || lat == null) {
            return null;
        }
        Point point = Cgcs2000.point(lon, lat);
        String field = check.column(AnjuField.LONGITUDE) + "/" + check.column(AnjuField.LATITUDE);
        return inChina(point, check, field) ? new Located(point, null, false) : null;
    }

    private Double degrees(RowCheck check, AnjuField field) {
        Object raw = check.raw(field);
        if (raw == null) {
            if (check.missing(field)) {
                check.error(field, null, "field.required");
            }
            return null;
        }
        Double value = CellValues.degrees(raw);
        if (value == null) {
            check.error(field, CellValues.text(raw), "import.value.notDegrees");
        }
        return value;
    }

    private Located fromXy(RowCheck check) {
        BigDecimal x = check.decimal(AnjuField.X, new BigDecimal("-1e9"), new BigDecimal("1e9"), 4);
        BigDecimal y = check.decimal(AnjuField.Y, new BigDecimal("-1e9"), new BigDecimal("1e9"), 4);
        if (x == null || y == null) {
            if (check.missing(AnjuField.X) || check.missing(AnjuField.Y)) {
                check.error("geometry", null, "import.location.missing");
            }
            return null;
        }
        double east = x.doubleValue();
        double north = y.doubleValue();
        if (looksLikeNorthing(east) && (north < 1_000_000 || north >= 13_000_000)) {
            east = y.doubleValue();
            north = x.doubleValue();
            report.note("import.note.surveyXy");
        }
        return fromGeometry(new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(east, north)), check);
    }

    private static boolean looksLikeNorthing(double value) {
        return value >= 1_000_000 && value < 7_000_000;
    }

    private static boolean inChina(Point point, RowCheck check, String field) {
        double lon = point.getX();
        double lat = point.getY();
        if (ChinaExtent.looksSwapped(lon, lat)) {
            check.error(field, round(lon) + ", " + round(lat), "location.swapped");
            return false;
        }
        if (!ChinaExtent.contains(lon, lat)) {
            check.error(field, round(lon) + ", " + round(lat), "location.outsideChina");
            return false;
        }
        return true;
    }

    private static String round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
