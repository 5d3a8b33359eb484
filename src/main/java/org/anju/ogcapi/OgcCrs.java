package org.anju.ogcapi;

import java.util.Locale;
import java.util.Optional;

/**
 * The two CRSs the OGC API speaks (Part 2): CRS84 — longitude/latitude, the default of GeoJSON and of
 * OGC API – Features — and EPSG:4490, CGCS2000 with the axis order EPSG defines for it: latitude
 * first. Both carry the same stored CGCS2000 coordinates (CRS84 is WGS 84, within centimetres of
 * CGCS2000, see {@link org.anju.geo.Cgcs2000}); they differ in axis order only.
 */
enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", false),
    EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", true);

    private final String uri;
    private final boolean latitudeFirst;

    OgcCrs(String uri, boolean latitudeFirst) {
        this.uri = uri;
        this.latitudeFirst = latitudeFirst;
    }

    String uri() {
        return uri;
    }

    boolean latitudeFirst() {
        return latitudeFirst;
    }

    /** Accepts the URIs above, {@code [OGC:]CRS84}, {@code EPSG:4490} and {@code urn:ogc:def:crs:EPSG::4490}. */
    static Optional<OgcCrs> parse(String text) {
        String value = text.strip().replaceAll("^\\[|]$", "");
        String upper = value.toUpperCase(Locale.ROOT);
        if (value.equals(CRS84.uri) || upper.equals("CRS84") || upper.equals("OGC:CRS84")
                || upper.equals("URN:OGC:DEF:CRS:OGC:1.3:CRS84")) {
            return Optional.of(CRS84);
        }
        if (value.equals(EPSG_4490.uri) || upper.equals("EPSG:4490") || upper.equals("URN:OGC:DEF:CRS:EPSG::4490")) {
            return Optional.of(EPSG_4490);
        }
        return Optional.empty();
    }
}
