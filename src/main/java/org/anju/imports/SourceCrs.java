package org.anju.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.anju.geo.Cgcs2000;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.api.parameter.ParameterValueGroup;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The CRS of an imported file and the way from it to CGCS2000 lon/lat (EPSG:4490), through
 * GeoTools and its EPSG database. WGS 84 (4326) is taken as CGCS2000 as everywhere in Anju.
 * Gauss–Krüger eastings are accepted with or without the zone prefix whatever the CRS says
 * (surveyors' files often disagree with their own .prj): an easting of 8 digits carries its zone
 * number in front ({@code 37 512 345.6} = zone 37, 12,345.6 m east of the false easting), which
 * is removed or added so that it matches the CRS.
 */
final class SourceCrs {

    /** Lookups of an EPSG code for a .prj take seconds: once per distinct WKT. */
    private static final Map<String, Integer> EPSG_OF_WKT = new ConcurrentHashMap<>();

    private static final CoordinateReferenceSystem CGCS2000 = decode(Cgcs2000.SRID);

    private final CoordinateReferenceSystem crs;
    private final Integer srid;
    private final String name;
    private final MathTransform toCgcs2000;
    /** The false easting of a transverse Mercator CRS, or NaN. */
    private final double falseEasting;

    private SourceCrs(CoordinateReferenceSystem crs, Integer srid) {
        this.crs = crs;
        this.srid = srid;
        this.name = crs.getName().getCode();
        try {
            this.toCgcs2000 = srid != null && (srid == 4326 || srid == Cgcs2000.SRID) ? null
                    : CRS.findMathTransform(crs, CGCS2000, true);
        } catch (FactoryException e) {
            throw new ImportFailure("srid", srid, "import.crs.noTransform", name);
        }
        this.falseEasting = falseEastingOf(crs);
    }

    /** EPSG:{@code srid}; {@link ImportFailure} when the EPSG database does not know it. */
    static SourceCrs ofEpsg(int srid) {
        return new SourceCrs(decode(srid), srid);
    }

    /** The CRS of a .prj (ESRI or OGC WKT); its EPSG code when the EPSG database has an equal one. */
    static SourceCrs ofWkt(String wkt) {
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.parseWKT(wkt.strip());
        } catch (FactoryException | RuntimeException e) {
            throw new ImportFailure("prj", abbreviated(wkt), "import.crs.unreadablePrj");
        }
        Integer srid = EPSG_OF_WKT.computeIfAbsent(wkt.strip(), k -> {
            try {
                Integer code = CRS.lookupEpsgCode(crs, true);
                return code == null ? -1 : code;
            } catch (FactoryException e) {
                return -1;
            }
        });
        if (srid > 0) {
            return new SourceCrs(decode(srid), srid);
        }
        return new SourceCrs(crs, null);
    }

    /**
     * A CRS guessed from one coordinate when the file says nothing: lon/lat when it looks like
     * degrees, the CGCS2000 Gauss–Krüger zone named by the prefix of an 8-digit easting (3-degree
     * zones 25–45 → EPSG:4513–4533, 6-degree zones 13–23 → EPSG:4491–4501), {@code null} otherwise.
     */
    static SourceCrs guess(double x, double y) {
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
            return ofEpsg(Cgcs2000.SRID);
        }
        int zone = (int) Math.floor(x / 1_000_000);
        if (y > 0 && y < 6_200_000) {
            if (zone >= 25 && zone <= 45) {
                return ofEpsg(4513 + zone - 25);
            }
            if (zone >= 13 && zone <= 23) {
                return ofEpsg(4491 + zone - 13);
            }
        }
        return null;
    }

    Integer srid() {
        return srid;
    }

    String name() {
        return name;
    }

    boolean isGeographic() {
        return crs instanceof GeographicCRS;
    }

    /**
     * {@code geometry} (in this CRS) in CGCS2000 lon/lat with SRID 4490. Returns {@code true} in
     * {@code prefixFixed[0]} when the easting's zone prefix had to be removed or added.
     */
    Geometry toCgcs2000(Geometry geometry, boolean[] prefixFixed) throws TransformException {
        Geometry source = geometry;
        if (!Double.isNaN(falseEasting) && !geometry.isEmpty()) {
            double x = geometry.getCoordinate().x;
            double shift = prefixShift(x);
            if (shift != 0) {
                source = geometry.copy();
                source.apply(new ShiftX(shift));
                prefixFixed[0] = true;
            }
        }
        Geometry result = toCgcs2000 == null ? source.copy() : JTS.transform(source, toCgcs2000);
        result.setSRID(Cgcs2000.SRID);
        return result;
    }

    /** What to add to an easting so that it matches this CRS' use of the zone prefix. */
    private double prefixShift(double x) {
        boolean crsHasPrefix = falseEasting >= 1_000_000;
        boolean valueHasPrefix = x >= 1_000_000;
        if (crsHasPrefix && !valueHasPrefix) {
            return Math.floor(falseEasting / 1_000_000) * 1_000_000;
        }
        if (!crsHasPrefix && valueHasPrefix) {
            return -Math.floor(x / 1_000_000) * 1_000_000;
        }
        return 0;
    }

    private static double falseEastingOf(CoordinateReferenceSystem crs) {
        if (!(crs instanceof ProjectedCRS projected)) {
            return Double.NaN;
        }
        ParameterValueGroup parameters = projected.getConversionFromBase().getParameterValues();
        String method = projected.getConversionFromBase().getMethod().getName().getCode().toLowerCase(java.util.Locale.ROOT);
        if (!method.contains("transverse") && !method.contains("gauss")) {
            return Double.NaN;
        }
        try {
            return parameters.parameter("false_easting").doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static CoordinateReferenceSystem decode(int srid) {
        try {
            return CRS.decode("EPSG:" + srid, true);
        } catch (FactoryException e) {
            throw new ImportFailure("srid", srid, "import.crs.unknownSrid");
        }
    }

    private static String abbreviated(String text) {
        String t = text.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private record ShiftX(double shift) implements CoordinateSequenceFilter {

        @Override
        public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, Coordinate.X, seq.getX(i) + shift);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
