package org.anju.export;

import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** KML 2.2 read back with the JDK's namespace-aware DOM parser and GDAL (LIBKML). */
class KmlExportTest {

    private static final String KML = KmlExportWriter.NAMESPACE;
    private static final byte[] GROUPED = TargetListFixture.export(ExportFormat.KML, ExportOptions.DEFAULTS);

    @Test
    void isKml22WithTheTitleAndOneFolderPerTownshipInOrderOfFirstAppearance() throws Exception {
        Document kml = parse(GROUPED);
        assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo(KML);
        assertThat(kml.getDocumentElement().getLocalName()).isEqualTo("kml");
        Element document = child(kml.getDocumentElement(), "Document");
        assertThat(child(document, "name").getTextContent()).isEqualTo("应急排查目标清单");
        List<Element> folders = children(document, "Folder");
        assertThat(folders).extracting(folder -> child(folder, "name").getTextContent())
                .containsExactly("古交镇", "泉掌镇", "未分组");
        assertThat(placemarkNames(folders.get(0))).containsExactly("王建国", "李秀英");
        assertThat(placemarkNames(folders.get(1))).containsExactly(SCRIPT_NAME, "张三");
        assertThat(placemarkNames(folders.get(2))).containsExactly("赵六");
    }

    @Test
    void aScriptNameStaysText() throws Exception {
        Document kml = parse(GROUPED);
        assertThat(kml.getElementsByTagName("script").getLength()).isZero();
        Element placemark = placemark(kml, SCRIPT_NAME);
        String description = child(placemark, "description").getTextContent();
        assertThat(description).contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
                .doesNotContain("<script>");
        assertThat(description).startsWith("<table>").contains("<tr><th>户主姓名</th><td>");
    }

    @Test
    void placemarksCarryStyleDataAndCoordinates() throws Exception {
        Document kml = parse(GROUPED);
        Element wang = placemark(kml, "王建国");
        assertThat(child(wang, "styleUrl").getTextContent()).isEqualTo("#grade-D");
        assertThat(child(child(wang, "Point"), "coordinates").getTextContent()).isEqualTo("111.2123456,35.6123456");
        assertThat(data(wang, "floor_area")).isEqualTo("85.50");
        assertThat(data(wang, "assessed_on")).isEqualTo("2023-07-15");
        assertThat(data(wang, "occupied")).isEqualTo("是");
        assertThat(data(wang, "township")).isEqualTo("古交镇");
        assertThat(child(placemark(kml, SCRIPT_NAME), "styleUrl").getTextContent()).isEqualTo("#grade-C");
        assertThat(child(placemark(kml, "李秀英"), "styleUrl").getTextContent()).isEqualTo("#grade-B");
        assertThat(child(placemark(kml, "张三"), "styleUrl").getTextContent()).isEqualTo("#grade-unassessed");
        assertThat(data(placemark(kml, SCRIPT_NAME), "household_members")).isEmpty();
        assertThat(children(placemark(kml, "赵六"), "Point")).isEmpty();
    }

    @Test
    void gradeStylesAreColouredAabbggrr() throws Exception {
        Element document = child(parse(GROUPED).getDocumentElement(), "Document");
        assertThat(children(document, "Style")).extracting(
                style -> style.getAttribute("id") + " " + child(child(style, "IconStyle"), "color").getTextContent())
                .containsExactly("grade-A ff00aa00", "grade-B ff00aa00", "grade-C ff008cff", "grade-D ff0000e6",
                        "grade-unassessed ff999999");
    }

    @Test
    void withoutAGroupColumnPlacemarksStreamIntoTheDocument() throws Exception {
        TableSchema ungrouped = new TableSchema("目标清单", TargetListFixture.SCHEMA.columns(), "household_head", null);
        Document kml = parse(TargetListFixture.export(ExportFormat.KML, ungrouped, TargetListFixture.ROWS, ExportOptions.DEFAULTS));
        Element document = child(kml.getDocumentElement(), "Document");
        assertThat(children(document, "Folder")).isEmpty();
        assertThat(placemarkNames(document)).containsExactly("王建国", SCRIPT_NAME, "李秀英", "张三", "赵六");
    }

    @Test
    void manyInterleavedGroupsKeepTheirOrder() throws Exception {
        // more groups than GroupSpool keeps open at once, rows round-robin over the groups
        TableSchema schema = new TableSchema("名单", List.of(
                new Column("name", "姓名", ColumnType.TEXT),
                new Column("village", "村", ColumnType.TEXT)), "name", "village");
        int groups = GroupSpool.MAX_OPEN * 3;
        List<ExportRow> rows = new ArrayList<>();
        for (int i = 0; i < groups * 5; i++) {
            rows.add(ExportRow.at(111, 35, "户" + i, "村" + (i % groups)));
        }
        Document kml = parse(TargetListFixture.export(ExportFormat.KML, schema, rows, ExportOptions.DEFAULTS));
        List<Element> folders = children(child(kml.getDocumentElement(), "Document"), "Folder");
        assertThat(folders).hasSize(groups);
        for (int g = 0; g < groups; g++) {
            assertThat(child(folders.get(g), "name").getTextContent()).isEqualTo("村" + g);
            assertThat(placemarkNames(folders.get(g))).containsExactly(
                    "户" + g, "户" + (g + groups), "户" + (g + 2 * groups), "户" + (g + 3 * groups), "户" + (g + 4 * groups));
        }
    }

    @Test
    void opensInGdal(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("targets.kml"), GROUPED);
        String layers = Ogr.info(file.toString());
        assertThat(layers).contains("1: 古交镇", "2: 泉掌镇", "3: 未分组");
        String township = Ogr.info(file.toString(), "-al", "-geom=YES");
        assertThat(township).contains("Name (String) = 王建国", "house_code (String) = 140825001001",
                "POINT (111.2123456 35.6123456)", "Name (String) = " + SCRIPT_NAME);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element placemark(Document kml, String name) {
        NodeList placemarks = kml.getElementsByTagNameNS(KML, "Placemark");
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element placemark = (Element) placemarks.item(i);
            if (child(placemark, "name").getTextContent().equals(name)) {
                return placemark;
            }
        }
        throw new AssertionError("no placemark " + name);
    }

    private static String data(Element placemark, String key) {
        for (Element data : children(child(placemark, "ExtendedData"), "Data")) {
            if (data.getAttribute("name").equals(key)) {
                return child(data, "value").getTextContent();
            }
        }
        throw new AssertionError("no data " + key);
    }

    private static List<String> placemarkNames(Element parent) {
        return children(parent, "Placemark").stream().map(p -> child(p, "name").getTextContent()).toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertThat(children).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return children.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && KML.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }
}
