package org.anju.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The download formats of a target list, with the URL suffix that selects each
 * (e.g. {@code …/targets.shp.zip}), its media type and file extension.
 */
public enum ExportFormat {
    /** UTF-8 with BOM, for Excel/WPS. */
    CSV("csv", "text/csv;charset=UTF-8", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** RFC 7946 FeatureCollection (with a {@code crs} member when projected). */
    GEOJSON("geojson", "application/geo+json", "geojson"),
    /** KML 2.2, for Google Earth and 奥维互动地图. */
    KML("kml", "application/vnd.google-earth.kml+xml", "kml"),
    /** The KML zipped with its placemark icon: a twentieth of the size, for sending to phones. */
    KMZ("kmz", "application/vnd.google-earth.kmz", "kmz"),
    GPKG("gpkg", "application/geopackage+sqlite3", "gpkg"),
    /** A zipped Shapefile; GDAL and QGIS open {@code .shp.zip} files directly. */
    SHP_ZIP("shp.zip", "application/zip", "shp.zip"),
    /** FlatGeobuf 3 (streaming, without spatial index). */
    FLATGEOBUF("fgb", "application/flatgeobuf", "fgb");

    private final String suffix;
    private final String contentType;
    private final String extension;

    ExportFormat(String suffix, String contentType, String extension) {
        this.suffix = suffix;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The URL suffix, e.g. {@code shp.zip}. */
    public String suffix() {
        return suffix;
    }

    /** The media type for {@code Content-Type}. */
    public String contentType() {
        return contentType;
    }

    /** KML or KMZ: longitude/latitude only. */
    public boolean isKml() {
        return this == KML || this == KMZ;
    }

    /** The file extension without the leading dot, e.g. {@code shp.zip}. */
    public String extension() {
        return extension;
    }

    /** {@code base} plus this format's extension, e.g. {@code 应急排查目标清单.xlsx}. */
    public String fileName(String base) {
        return base + "." + extension;
    }

    /** The format for a URL suffix (case-insensitive, with or without the leading dot); empty when unknown. */
    public static Optional<ExportFormat> fromSuffix(String suffix) {
        if (suffix == null) {
            return Optional.empty();
        }
        String wanted = suffix.trim().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (ExportFormat format : values()) {
            if (format.suffix.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
