package org.anju.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML 2.2 for phone map apps used in the field without a network (奥维互动地图, Organic Maps) and
 * Google Earth (UTF-8, namespace {@value #NAMESPACE}). One Placemark per row:
 * <ul>
 * <li>{@code <name>}: the schema's {@link PlacemarkName} (target lists: {@code 优先1 张*明 东村}, the
 * head of household masked as on a map label), else the name column;</li>
 * <li>{@code <description>}: one line "label：value" per non-empty value, HTML-escaped inside CDATA
 * (so a name like {@code <script>} stays text), the balloon a phone app shows;</li>
 * <li>{@code <styleUrl>} when the schema has a column with key {@value #GRADE_KEY}: one of five
 * shared {@code <Style>}s written once at the top of the Document, whatever the number of placemarks
 * ({@link KmlGradeStyle}: A green, B light green, C orange, D red, anything else grey — the map
 * legend's colours; the value's first letter decides, so "C", "C级（局部危房）" and "C locally
 * dangerous" all work);</li>
 * <li>{@code <ExtendedData>} with every value by key, as displayed (GDAL/QGIS read it as columns,
 * and Anju's import reads it back);</li>
 * <li>the geometry with longitude,latitude to 7 decimals: a Point, or for area layers a Polygon
 * (outer and inner boundaries) or a MultiGeometry of polygons (none when the row has no location).</li>
 * </ul>
 * No part of the file needs the internet: a style has a colour and, in a KML, no {@code <Icon>}
 * (the app draws its own default pin in that colour; an icon URL would be fetched from the network,
 * and a phone in a flooded village has none); a KMZ ({@link KmzExportWriter}) carries its own icon
 * inside the archive. KML is longitude/latitude by definition: a projected output CRS is refused.
 * Size: about 1.8 KB per placemark of an emergency target list (20 columns; 2.3 KB before issue 17;
 * see docs/BENCHMARKS.md); the KMZ is about a twentieth of that.
 *
 * <p>Groups: with a group column, placemarks are put in one {@code <Folder>} per group (e.g. per
 * township), folders in order of first appearance, rows in their given order within a folder.
 * Because rows arrive interleaved, each group's placemarks are spooled to a temporary file
 * ({@link GroupSpool}) and the document is written on close. The group value is also in the
 * ExtendedData. Without a group column the document streams.
 *
 * <p>Memory: one placemark, plus at most 16 open spool files of 8 KB each when grouped.
 */
final class KmlExportWriter extends BaseExportWriter {

    static final String NAMESPACE = "http://www.opengis.net/kml/2.2";
    static final String GRADE_KEY = "grade";

    private final OutputStream out;
    private final Writer kml;
    private final String iconHref;
    private final String[] lineStarts;
    private final String[] dataStarts;
    private final PlacemarkName.Compiled placemarkName;
    private final int groupIndex;
    private final int gradeIndex;
    private final GroupSpool spool;
    private final StringBuilder placemark = new StringBuilder(2048);

    /** A KML whose styles have no icon: the app's default pin, coloured. */
    KmlExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) throws IOException {
        this(schema, out, crs, null);
    }

    /**
     * @param iconHref the icon of every style, a path inside the KMZ (never a URL), or {@code null}
     *                 for none
     */
    KmlExportWriter(TableSchema schema, OutputStream out, OutputCrs crs, String iconHref) throws IOException {
        super(schema, crs);
        if (!crs.geographic()) {
            throw new IllegalArgumentException("KML is always longitude/latitude, not " + crs);
        }
        if (iconHref != null && iconHref.contains(":")) {
            throw new IllegalArgumentException("a KML icon must be a path inside the file, not " + iconHref);
        }
        this.out = out;
        this.kml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.iconHref = iconHref;
        List<Column> columns = schema.columns();
        this.lineStarts = new String[columns.size()];
        this.dataStarts = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String label = columns.get(i).label();
            lineStarts[i] = html(label) + (endsInChinese(label) ? "：" : ": ");
            dataStarts[i] = "<Data name=\"" + columns.get(i).key() + "\"><value>";
        }
        PlacemarkName name = schema.placemarkName() != null ? schema.placemarkName()
                : PlacemarkName.of(PlacemarkName.Part.of(schema.nameColumn()));
        this.placemarkName = name.compile(schema);
        this.groupIndex = schema.groupIndex();
        this.gradeIndex = schema.indexOf(GRADE_KEY);
        if (groupIndex >= 0) {
            this.spool = new GroupSpool();
        } else {
            this.spool = null;
            writeHeader();
        }
    }

    private void writeHeader() throws IOException {
        kml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        kml.write("<kml xmlns=\"" + NAMESPACE + "\">\n<Document>\n");
        kml.write("<name>" + Xml.escape(schema.title()) + "</name>\n<open>1</open>\n");
        if (gradeIndex >= 0) {
            for (KmlGradeStyle style : KmlGradeStyle.values()) {
                kml.write(style.element(iconHref));
                kml.write('\n');
            }
        }
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        StringBuilder p = placemark;
        p.setLength(0);
        p.append("<Placemark><name>").append(Xml.escape(placemarkName.of(values))).append("</name>");
        p.append("<Snippet maxLines=\"0\"></Snippet>");
        p.append("<description><![CDATA[");
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            String value = Values.display(values[i]);
            if (!value.isBlank()) {
                p.append(first ? "" : "<br>").append(lineStarts[i]).append(html(value));
                first = false;
            }
        }
        p.append("]]></description>");
        if (gradeIndex >= 0) {
            p.append("<styleUrl>#").append(KmlGradeStyle.of(values[gradeIndex]).id()).append("</styleUrl>");
        }
        p.append("<ExtendedData>");
        for (int i = 0; i < values.length; i++) {
            p.append(dataStarts[i]).append(Xml.escape(Values.display(values[i]))).append("</value></Data>");
        }
        p.append("</ExtendedData>");
        if (geometry instanceof Point point) {
            p.append("<Point><coordinates>");
            GeometryText.kmlCoordinates(p, point.getCoordinates(), crs);
            p.append("</coordinates></Point>");
        } else if (geometry != null) {
            boolean multi = geometry.getNumGeometries() > 1;
            if (multi) {
                p.append("<MultiGeometry>");
            }
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                polygon(p, (Polygon) geometry.getGeometryN(i));
            }
            if (multi) {
                p.append("</MultiGeometry>");
            }
        }
        p.append("</Placemark>\n");
        Writer target = spool == null ? kml : spool.writer(Values.group(values[groupIndex]));
        target.append(p);
    }

    private void polygon(StringBuilder p, Polygon polygon) {
        p.append("<Polygon><outerBoundaryIs><LinearRing><coordinates>");
        GeometryText.kmlCoordinates(p, polygon.getExteriorRing().getCoordinates(), crs);
        p.append("</coordinates></LinearRing></outerBoundaryIs>");
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            p.append("<innerBoundaryIs><LinearRing><coordinates>");
            GeometryText.kmlCoordinates(p, polygon.getInteriorRingN(i).getCoordinates(), crs);
            p.append("</coordinates></LinearRing></innerBoundaryIs>");
        }
        p.append("</Polygon>");
    }

    /** HTML text for the balloon: escaped (so it cannot end the CDATA section), line breaks kept. */
    private static String html(String text) {
        return Xml.escape(text).replace("\r\n", "<br>").replace("\n", "<br>");
    }

    /**
     * Whether a label ends in a Chinese character or full-width punctuation (U+2E80 on: CJK, {@code ）}),
     * which a full-width colon follows; an English label gets ": ".
     */
    private static boolean endsInChinese(String label) {
        return !label.isEmpty() && label.codePointBefore(label.length()) >= 0x2E80;
    }

    @Override
    protected void finish() throws IOException {
        if (spool != null) {
            writeHeader();
            spool.forEachGroup((group, file) -> {
                kml.write("<Folder><name>" + Xml.escape(group) + "</name>\n");
                kml.flush();
                Files.copy(file, out);
                kml.write("</Folder>\n");
            });
        }
        kml.write("</Document>\n</kml>\n");
        kml.flush();
    }

    @Override
    protected void cleanup() throws IOException {
        if (spool != null) {
            spool.close();
        }
    }
}
