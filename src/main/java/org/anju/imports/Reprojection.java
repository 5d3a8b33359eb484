package org.anju.imports;

import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Brings the geometries of one import into CGCS2000 lon/lat. The CRS is, in this order: the
 * {@code srid} parameter, what the file declares (.prj, GeoJSON {@code crs}, KML), or a guess from
 * the first coordinate (degrees → EPSG:4490; an 8-digit easting → the Gauss–Krüger zone its prefix
 * names). When nothing tells, the import stops with a request to give {@code srid}. The CRS used is
 * written into the report once.
 */
final class Reprojection {

    private final SourceCrs declared;
    private final Integer sridParameter;
    private final ImportReport report;
    private SourceCrs crs;
    private boolean prefixNoted;

    Reprojection(SourceCrs declared, Integer sridParameter, ImportReport report) {
        this.declared = declared;
        this.sridParameter = sridParameter;
        this.report = report;
        if (sridParameter != null) {
            crs = SourceCrs.ofEpsg(sridParameter);
            report.crs(crs.srid(), crs.name(), "parameter");
        } else if (declared != null) {
            crs = declared;
            report.crs(crs.srid(), crs.name(), "file");
        }
    }

    /** {@code geometry} (file CRS) in CGCS2000; throws {@link ImportFailure} when no CRS can be found. */
    Geometry toCgcs2000(Geometry geometry) throws TransformException {
        if (crs == null) {
            Coordinate first = geometry.getCoordinate();
            crs = SourceCrs.guess(first.x, first.y);
            if (crs == null) {
                throw new ImportFailure("srid", first.x + ", " + first.y, "import.crs.unknown");
            }
            report.crs(crs.srid(), crs.name(), "guessed");
        }
        boolean[] prefixFixed = {false};
        Geometry result = crs.toCgcs2000(geometry, prefixFixed);
        if (prefixFixed[0] && !prefixNoted) {
            prefixNoted = true;
            report.note("import.note.zonePrefix", crs.name());
        }
        return result;
    }

    /** Lon/lat typed in columns: CGCS2000 (WGS 84 taken as equal). Noted in the report when nothing else is. */
    void lonLatColumns() {
        if (crs == null && declared == null && sridParameter == null) {
            report.crs(4490, "China Geodetic Coordinate System 2000", "lon/lat columns");
        }
    }
}
