package org.anju.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.locationtech.jts.geom.Geometry;

/**
 * KMZ: the KML of {@link KmlExportWriter} zipped, as {@value #DOCUMENT} (the first entry, which
 * Google Earth, 奥维互动地图 and Organic Maps open), with the placemark icon inside the archive as
 * {@value #ICON} (a white disc with a dark ring, tinted by each grade style's colour), so that
 * nothing is fetched from the network. About a twentieth of the KML's size (see docs/BENCHMARKS.md).
 *
 * <p>Streams like the KML: without a group column placemarks are deflated into the stream as they
 * come; with one, the grouped document is written on close. Memory: the KML writer's plus the
 * deflater's buffers.
 */
final class KmzExportWriter extends BaseExportWriter {

    static final String DOCUMENT = "doc.kml";
    static final String ICON = "files/dot.png";

    private final ZipOutputStream zip;
    private final boolean grouped;
    private final KmlExportWriter kml;

    KmzExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) throws IOException {
        super(schema, crs);
        this.zip = new ZipOutputStream(out);
        this.grouped = schema.groupIndex() >= 0;
        if (!grouped) {
            zip.putNextEntry(new ZipEntry(DOCUMENT)); // the KML streams from its first row on
        }
        this.kml = new KmlExportWriter(schema, zip, crs, ICON);
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        kml.writeRow(row, geometry, values);
    }

    @Override
    protected void finish() throws IOException {
        if (grouped) {
            zip.putNextEntry(new ZipEntry(DOCUMENT)); // a grouped KML writes nothing before its end: abort leaves no bytes
        }
        kml.finish();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(ICON));
        try (InputStream icon = KmzExportWriter.class.getResourceAsStream("kmz-dot.png")) {
            if (icon == null) {
                throw new IOException("the KMZ icon kmz-dot.png is missing from the classpath");
            }
            icon.transferTo(zip);
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    @Override
    protected void cleanup() throws IOException {
        kml.cleanup();
    }
}
