package org.anju.imports;

import java.util.ArrayList;
import java.util.List;

import org.anju.geo.PolygonalArea;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The area of a record of an area layer (disaster footprints, seismic zones, administrative
 * boundaries): its geometry in the file's CRS brought to CGCS2000 and checked by the storage rule of
 * all stored areas ({@link PolygonalArea}: polygons only, inside China, invalid rings repaired with
 * JTS {@code GeometryFixer}). Repaired rows are counted in the report and named in one note.
 */
final class AreaRows {

    /** Repaired rows named in the note; more are counted only. */
    private static final int NAMED_REPAIRS = 20;

    /** A usable area and whether it had to be repaired. */
    record Area(MultiPolygon polygons, boolean repaired) {
    }

    private final Reprojection reprojection;
    private final ImportReport report;
    private final List<Long> repairedRows = new ArrayList<>();
    private long repairs;

    AreaRows(Reprojection reprojection, ImportReport report) {
        this.reprojection = reprojection;
        this.report = report;
    }

    /**
     * The record's area as a CGCS2000 MultiPolygon, or {@code null} when there is none: then, if
     * {@code required} or the geometry is unusable, the reason is in {@code check}. Call
     * {@link #staged} when the row is kept.
     */
    Area read(SourceRecord record, RowCheck check, boolean required) {
        if (record.unreadableGeometry() != null) {
            check.error("geometry", null, "geometry.unreadable", record.unreadableGeometry());
            return null;
        }
        Geometry source = record.geometry();
        if (source == null || source.isEmpty()) {
            if (required) {
                check.error("geometry", null, source == null ? "import.area.missing" : "geometry.empty");
            }
            return null;
        }
        Geometry lonLat;
        try {
            lonLat = reprojection.toCgcs2000(source);
        } catch (TransformException | RuntimeException e) {
            if (e instanceof ImportFailure failure) {
                throw failure;
            }
            check.error("geometry", source.getCoordinate(), "import.location.untransformable");
            return null;
        }
        PolygonalArea.Checked checked = PolygonalArea.check(lonLat);
        if (!checked.isStorable()) {
            check.error("geometry", checked.value(), checked.problem(), checked.args());
            return null;
        }
        return new Area(checked.area(), checked.repaired());
    }

    /** Counts the repair of {@code area} once its row is staged. */
    void staged(long row, Area area) {
        if (area != null && area.repaired()) {
            repairs++;
            report.repairedRow();
            if (repairedRows.size() < NAMED_REPAIRS) {
                repairedRows.add(row);
            }
        }
    }

    /** Names the repaired rows in a note (call once, when all rows are through). */
    void noteRepairs() {
        if (repairs == 0) {
            return;
        }
        String rows = String.join(", ", repairedRows.stream().map(String::valueOf).toList())
                + (repairs > repairedRows.size() ? " …" : "");
        report.note("import.note.areaRepaired", repairs, rows);
    }
}
