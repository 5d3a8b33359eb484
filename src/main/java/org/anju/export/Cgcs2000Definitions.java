package org.anju.export;

/**
 * Written definitions of CGCS2000 (EPSG:4490, geographic, longitude/latitude in degrees) as GDAL 3.6
 * exports them ({@code gdalsrsinfo -o wkt1 / wkt_esri EPSG:4490}).
 */
final class Cgcs2000Definitions {

    static final int SRID = 4490;
    static final String NAME = "China Geodetic Coordinate System 2000";

    /** OGC WKT 1 with EPSG authorities, for the GeoPackage {@code gpkg_spatial_ref_sys.definition}. */
    static final String OGC_WKT = "GEOGCS[\"China Geodetic Coordinate System 2000\","
            + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
            + "AUTHORITY[\"EPSG\",\"1043\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4490\"]]";

    /** ESRI WKT, for a Shapefile's {@code .prj} (what ArcGIS writes and GDAL, QGIS and ArcGIS recognise). */
    static final String ESRI_WKT = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private Cgcs2000Definitions() {
    }
}
