package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Placemarks of a KML file (from a KMZ too), as phone map apps such as 奥维互动地图 or 两步路 and
 * Google Earth export them: {@code name} and {@code description} become the columns 名称 and 描述,
 * {@code ExtendedData} ({@code Data}/{@code SimpleData}) values become columns of their own
 * names, and so do "键：值" lines in the description ("户主：张三", "等级：C级") — the way people
 * type attributes into a phone. Geometry: Point, LineString, Polygon (with holes), MultiGeometry
 * (its polygons); KML is WGS 84 lon/lat by definition. Read twice with a streaming XML parser:
 * once for the column names, once for the records.
 */
final class KmlSource implements FeatureSource {

    static final String NAME = "名称";
    static final String DESCRIPTION = "描述";

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:：=<>]{1,20}?)\\s*[:：=]\\s*(.*?)\\s*$");
    private static final Pattern TAG = Pattern.compile("<br\\s*/?>|</p>|</div>|</tr>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELLS = Pattern.compile("<td[^>]*>(.*?)</td>\\s*<td[^>]*>(.*?)</td>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Path file;
    private final GeometryFactory geometries = new GeometryFactory();

    KmlSource(Path file) {
        this.file = file;
    }

    @Override
    public boolean heterogeneous() {
        return true;
    }

    @Override
    public SourceCrs declaredCrs() {
        return SourceCrs.ofEpsg(4326);
    }

    @Override
    public void read(Sink sink) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        parse(placemark -> names.addAll(placemark.values().keySet()));
        sink.columns(new ArrayList<>(names), Set.of());
        parse(sink::record);
    }

    private void parse(java.util.function.Consumer<SourceRecord> consumer) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            long position = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Placemark".equals(xml.getLocalName())) {
                    position++;
                    consumer.accept(placemark(xml, position));
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.kml.broken", String.valueOf(e.getMessage()));
        }
    }

    private SourceRecord placemark(XMLStreamReader xml, long position) throws XMLStreamException {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Geometry> parts = new ArrayList<>();
        String dataName = null;
        String description = null;
        String problem = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (xml.getLocalName()) {
                case "name" -> {
                    if (depth == 2) {
                        values.put(NAME, blankToNull(xml.getElementText()));
                        depth--;
                    }
                }
                case "description" -> {
                    description = xml.getElementText();
                    values.put(DESCRIPTION, blankToNull(plain(description)));
                    depth--;
                }
                case "Data" -> dataName = xml.getAttributeValue(null, "name");
                case "value" -> {
                    if (dataName != null) {
                        values.put(dataName.strip(), blankToNull(xml.getElementText()));
                        depth--;
                    }
                }
                case "SimpleData" -> {
                    String name = xml.getAttributeValue(null, "name");
                    String text = xml.getElementText();
                    depth--;
                    if (name != null) {
                        values.put(name.strip(), blankToNull(text));
                    }
                }
                case "Point", "LineString" -> {
                    String kind = xml.getLocalName();
                    Coordinate[] coordinates = coordinatesIn(xml, kind);
                    depth--;
                    try {
                        parts.add("Point".equals(kind) ? geometries.createPoint(coordinates[0])
                                : geometries.createLineString(coordinates));
                    } catch (RuntimeException e) {
                        problem = kind + ": " + e.getMessage();
                    }
                }
                case "Polygon" -> {
                    try {
                        parts.add(polygon(xml));
                    } catch (RuntimeException e) {
                        problem = "Polygon: " + e.getMessage();
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
        if (description != null) {
            descriptionFields(description, values);
        }
        Geometry geometry = parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0)
                : geometries.buildGeometry(parts);
        return new SourceRecord(position, values, problem == null ? geometry : null, problem);
    }

    /** Reads the {@code coordinates} inside the element {@code kind} and leaves at its end. */
    private Coordinate[] coordinatesIn(XMLStreamReader xml, String kind) throws XMLStreamException {
        Coordinate[] coordinates = new Coordinate[0];
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "coordinates".equals(xml.getLocalName())) {
                coordinates = coordinates(xml.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT && kind.equals(xml.getLocalName())) {
                break;
            }
        }
        if (coordinates.length == 0) {
            throw new IllegalArgumentException("no coordinates");
        }
        return coordinates;
    }

    private Polygon polygon(XMLStreamReader xml) throws XMLStreamException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        boolean inner = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "outerBoundaryIs" -> inner = false;
                    case "innerBoundaryIs" -> inner = true;
                    case "coordinates" -> {
                        Coordinate[] ring = closed(coordinates(xml.getElementText()));
                        LinearRing linearRing = geometries.createLinearRing(ring);
                        if (inner) {
                            holes.add(linearRing);
                        } else {
                            shell = linearRing;
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "Polygon".equals(xml.getLocalName())) {
                break;
            }
        }
        if (shell == null) {
            throw new IllegalArgumentException("no outer boundary");
        }
        return geometries.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static Coordinate[] coordinates(String text) {
        List<Coordinate> list = new ArrayList<>();
        for (String tuple : text.strip().split("\\s+")) {
            if (tuple.isBlank()) {
                continue;
            }
            String[] parts = tuple.split(",");
            if (parts.length < 2) {
                throw new IllegalArgumentException("coordinate '" + tuple + "'");
            }
            list.add(new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        }
        return list.toArray(Coordinate[]::new);
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(ring, ring.length + 1);
            closed[ring.length] = new Coordinate(ring[0]);
            return closed;
        }
        return ring;
    }

    /** "键：值" lines and two-cell HTML table rows of a description, as extra columns (never overriding). */
    private static void descriptionFields(String description, Map<String, Object> values) {
        Matcher cells = CELLS.matcher(description);
        while (cells.find()) {
            put(values, plain(cells.group(1)), plain(cells.group(2)));
        }
        for (String line : TAG.matcher(description).replaceAll("\n").split("[\\r\\n]+")) {
            Matcher m = KEY_VALUE.matcher(plain(line));
            if (m.matches()) {
                put(values, m.group(1), m.group(2));
            }
        }
    }

    private static void put(Map<String, Object> values, String key, String value) {
        String k = key.strip();
        if (!k.isEmpty() && !values.containsKey(k) && !k.equalsIgnoreCase("http") && !k.equalsIgnoreCase("https")) {
            values.put(k, blankToNull(value));
        }
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("[ \\t]+", " ").strip();
    }

    private static String blankToNull(String text) {
        return text == null ? null : CellValues.text(text); // blanks cut, control characters kept for the row check
    }

    @Override
    public void close() {
    }
}
