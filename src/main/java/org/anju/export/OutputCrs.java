package org.anju.export;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.geotools.api.parameter.ParameterValueGroup;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference system an export is written in. Stored geometries are CGCS2000
 * (EPSG:4490) longitude/latitude; an export may ask for one of:
 * <ul>
 * <li>EPSG:4490 CGCS2000 (the default) or EPSG:4326 WGS 84 — geographic, written unchanged (the two
 * frames differ by centimetres, see {@link org.anju.geo.Cgcs2000}), 7 decimals (≈ 1 cm);</li>
 * <li>EPSG:4491–4554, the CGCS2000 Gauss–Krüger zones (6° and 3°, with and without zone number in
 * the easting), as survey companies and natural-resources bureaus use them;</li>
 * <li>EPSG:3857 Web Mercator.</li>
 * </ul>
 * Projected coordinates are in metres with 3 decimals (1 mm), reprojected with GeoTools
 * (longitude-first axis order). Other codes are refused: a county has no use for them and datum
 * shifts to older frames (Xi'an 80, Beijing 54) need parameters Anju does not have.
 *
 * <p>Every CRS carries the two written definitions files need: the ESRI WKT of a Shapefile's
 * {@code .prj} (names as ArcGIS writes them, e.g. {@code CGCS2000_3_Degree_GK_CM_111E} with
 * {@code Gauss_Kruger}, which GDAL, QGIS and ArcGIS recognise) and the OGC WKT of GeoPackage.
 */
public final class OutputCrs {

    public static final int CGCS2000 = 4490;
    private static final int WGS84 = 4326;
    private static final int WEB_MERCATOR = 3857;
    private static final int FIRST_GK = 4491;
    private static final int LAST_GK = 4554;
    private static final Pattern CODE = Pattern.compile(
            "(?:EPSG:{1,2}|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTPS?://WWW\\.OPENGIS\\.NET/DEF/CRS/EPSG/0/)?([0-9]{4,5})");
    private static final Map<Integer, OutputCrs> CACHE = new ConcurrentHashMap<>();

    /** The stored CRS: nothing is transformed. */
    public static final OutputCrs STORED = new OutputCrs(CGCS2000, true, null,
            Cgcs2000Definitions.ESRI_WKT, Cgcs2000Definitions.OGC_WKT, Cgcs2000Definitions.NAME);

    private final int srid;
    private final boolean geographic;
    private final MathTransform transform;
    private final String esriWkt;
    private final String ogcWkt;
    private final String name;

    private OutputCrs(int srid, boolean geographic, MathTransform transform, String esriWkt, String ogcWkt,
                      String name) {
        this.srid = srid;
        this.geographic = geographic;
        this.transform = transform;
        this.esriWkt = esriWkt;
        this.ogcWkt = ogcWkt;
        this.name = name;
    }

    /** True for the codes {@link #of} accepts. */
    public static boolean isSupported(int srid) {
        return srid == CGCS2000 || srid == WGS84 || srid == WEB_MERCATOR || (srid >= FIRST_GK && srid <= LAST_GK);
    }

    /**
     * Parses {@code EPSG:4546}, {@code 4546}, {@code urn:ogc:def:crs:EPSG::4546} or
     * {@code http://www.opengis.net/def/crs/EPSG/0/4546}.
     *
     * @throws IllegalArgumentException when the text is not such a code or the code is not supported
     */
    public static OutputCrs parse(String text) {
        Matcher m = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not an EPSG code: " + text);
        }
        return of(Integer.parseInt(m.group(1)));
    }

    /** @throws IllegalArgumentException when the code is not supported (see the class comment) */
    public static OutputCrs of(int srid) {
        if (!isSupported(srid)) {
            throw new IllegalArgumentException("unsupported output CRS EPSG:" + srid);
        }
        if (srid == CGCS2000) {
            return STORED;
        }
        return CACHE.computeIfAbsent(srid, OutputCrs::create);
    }

    private static OutputCrs create(int srid) {
        try {
            if (srid == WGS84) {
                return new OutputCrs(WGS84, true, null, ESRI_WGS84, CRS.decode("EPSG:4326").toWKT(), "WGS 84");
            }
            CoordinateReferenceSystem target = CRS.decode("EPSG:" + srid, true);
            MathTransform transform = CRS.findMathTransform(CRS.decode("EPSG:" + CGCS2000, true), target, true);
            CoordinateReferenceSystem standard = CRS.decode("EPSG:" + srid);
            String esri = srid == WEB_MERCATOR ? ESRI_WEB_MERCATOR : gaussKrugerEsriWkt(srid, standard);
            return new OutputCrs(srid, false, transform, esri, standard.toWKT(), standard.getName().getCode());
        } catch (FactoryException e) {
            throw new IllegalStateException("GeoTools cannot build EPSG:" + srid, e);
        }
    }

    private static String gaussKrugerEsriWkt(int srid, CoordinateReferenceSystem crs) {
        ParameterValueGroup parameters = CRS.getMapProjection(crs).getParameterValues();
        double centralMeridian = parameters.parameter("central_meridian").doubleValue();
        double falseEasting = parameters.parameter("false_easting").doubleValue();
        int meridian = (int) Math.round(centralMeridian);
        String projection;
        if (srid <= 4501) {
            projection = "CGCS2000_GK_Zone_" + (srid - 4491 + 13);
        } else if (srid <= 4512) {
            projection = "CGCS2000_GK_CM_" + meridian + "E";
        } else if (srid <= 4533) {
            projection = "CGCS2000_3_Degree_GK_Zone_" + (srid - 4513 + 25);
        } else {
            projection = "CGCS2000_3_Degree_GK_CM_" + meridian + "E";
        }
        return "PROJCS[\"" + projection + "\"," + Cgcs2000Definitions.ESRI_WKT
                + ",PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\"," + plain(falseEasting)
                + "],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + plain(centralMeridian)
                + "],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        return decimal.scale() <= 0 ? decimal.setScale(1).toPlainString() : decimal.toPlainString();
    }

    private static final String ESRI_WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    private static final String ESRI_WEB_MERCATOR = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\","
            + ESRI_WGS84 + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
            + "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]";

    /** The EPSG code. */
    public int srid() {
        return srid;
    }

    /** True for longitude/latitude in degrees, false for metres. */
    public boolean geographic() {
        return geographic;
    }

    /** The name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 111E". */
    public String name() {
        return name;
    }

    /** ESRI WKT for a Shapefile's {@code .prj}. */
    public String esriWkt() {
        return esriWkt;
    }

    /** OGC WKT 1 with EPSG authority (GeoPackage {@code gpkg_spatial_ref_sys.definition}). */
    public String ogcWkt() {
        return ogcWkt;
    }

    /**
     * The CGCS2000 longitude/latitude geometry in this CRS (x = easting/longitude); {@code null}
     * stays {@code null}.
     *
     * @throws IllegalArgumentException when the geometry cannot be projected (far outside the zone)
     */
    public Geometry project(Geometry geometry) {
        if (geometry == null || transform == null) {
            return geometry;
        }
        try {
            Geometry projected = JTS.transform(geometry, transform);
            projected.setSRID(srid);
            return projected;
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot project to EPSG:" + srid + ": " + e.getMessage(), e);
        }
    }

    /** An ordinate as text: 7 decimals for degrees (≈ 1 cm), 3 for metres (1 mm); empty for NaN. */
    public String format(double ordinate) {
        if (Double.isNaN(ordinate)) {
            return "";
        }
        return geographic ? Values.coordinate(ordinate) : BigDecimal.valueOf(Math.round(ordinate * 1e3), 3).toPlainString();
    }

    /** An ordinate rounded as {@link #format} writes it. */
    public double round(double ordinate) {
        return geographic ? Math.round(ordinate * 1e7) / 1e7 : Math.round(ordinate * 1e3) / 1e3;
    }

    /** Column header of x: 经度 (geographic) or X坐标（东） (projected). */
    public String xLabel() {
        return geographic ? CsvExportWriter.LONGITUDE : "X坐标（东）";
    }

    /** Column header of y: 纬度 (geographic) or Y坐标（北） (projected). */
    public String yLabel() {
        return geographic ? CsvExportWriter.LATITUDE : "Y坐标（北）";
    }

    @Override
    public String toString() {
        return "EPSG:" + srid;
    }
}
