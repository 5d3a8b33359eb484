package org.anju.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML 2.2 for Google Earth and 奥维互动地图 (UTF-8, namespace {@value #NAMESPACE}). One Placemark per
 * row: {@code <name>} from the schema's name column; a {@code <description>} with an HTML table of
 * label: value in CDATA (values HTML-escaped, so a name like {@code <script>} stays text); when the
 * schema has a column with key {@value #GRADE_KEY}, a style per safety grade (A/B green, C orange,
 * D red, anything else grey: value's first letter decides, so "C" and "C级（局部危房）" both work);
 * {@code <ExtendedData>} with every value by key, as displayed (the labels are in the description
 * only, not repeated per value, to keep large lists small); and the geometry with longitude,latitude
 * to 7 decimals: a Point, or for area layers a Polygon (outer and inner boundaries) or a
 * MultiGeometry of polygons (none when the row has no location). KML is longitude/latitude by
 * definition: a projected output CRS is refused. Size: about 1.2 KB per placemark with ten
 * columns, so 10^5 rows make ≈ 120 MB (a KMZ would be a tenth of that).
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

    private static final String ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";
    private static final String[][] GRADE_STYLES = {
            // id, colour aabbggrr
            {"grade-A", "ff00aa00"},
            {"grade-B", "ff00aa00"},
            {"grade-C", "ff008cff"},
            {"grade-D", "ff0000e6"},
            {"grade-unassessed", "ff999999"}};

    private final OutputStream out;
    private final Writer kml;
    private final String[] tableRowStarts;
    private final String[] dataStarts;
    private final int nameIndex;
    private final int groupIndex;
    private final int gradeIndex;
    private final GroupSpool spool;
    private final StringBuilder placemark = new StringBuilder(2048);

    KmlExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) throws IOException {
        super(schema, crs);
        if (!crs.geographic()) {
            throw new IllegalArgumentException("KML is always longitude/latitude, not " + crs);
        }
        this.out = out;
        this.kml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<Column> columns = schema.columns();
        this.tableRowStarts = new String[columns.size()];
        this.dataStarts = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            tableRowStarts[i] = "<tr><th>" + html(columns.get(i).label()) + "</th><td>";
            dataStarts[i] = "<Data name=\"" + columns.get(i).key() + "\"><value>";
        }
        this.nameIndex = schema.indexOf(schema.nameColumn());
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
            for (String[] style : GRADE_STYLES) {
                kml.write("<Style id=\"" + style[0] + "\"><IconStyle><color>" + style[1]
                        + "</color><Icon><href>" + ICON + "</href></Icon></IconStyle></Style>\n");
            }
        }
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        StringBuilder p = placemark;
        p.setLength(0);
        p.append("<Placemark><name>").append(Xml.escape(Values.display(values[nameIndex]))).append("</name>");
        p.append("<Snippet maxLines=\"0\"></Snippet>");
        p.append("<description><![CDATA[<table>");
        for (int i = 0; i < values.length; i++) {
            p.append(tableRowStarts[i]).append(html(Values.display(values[i]))).append("</td></tr>");
        }
        p.append("</table>]]></description>");
        if (gradeIndex >= 0) {
            p.append("<styleUrl>#").append(gradeStyle(values[gradeIndex])).append("</styleUrl>");
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
        return Xml.escape(text).replace("\r\n", "<br/>").replace("\n", "<br/>");
    }

    static String gradeStyle(Object grade) {
        String text = Values.display(grade).strip().toUpperCase(Locale.ROOT);
        if (!text.isEmpty()) {
            switch (text.charAt(0)) {
                case 'A': return "grade-A";
                case 'B': return "grade-B";
                case 'C': return "grade-C";
                case 'D': return "grade-D";
                default: break;
            }
        }
        return "grade-unassessed";
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
