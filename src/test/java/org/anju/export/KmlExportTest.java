package org.anju.export;

import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * KML 2.2 and KMZ for phone map apps without a network, read back with the JDK's namespace-aware DOM
 * parser and GDAL (LIBKML): shared styles by grade, no URL to fetch, names that say who and where.
 */
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
        assertThat(description).contains("户主姓名：&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void theBalloonIsOneLinePerValueAndLeavesOutEmptyOnes() throws Exception {
        Document kml = parse(GROUPED);
        assertThat(child(placemark(kml, "王建国"), "description").getTextContent()).isEqualTo(
                "房屋编码：140825001001<br>户主姓名：王建国<br>乡镇：古交镇<br>安全等级：D<br>家庭人口：4<br>"
                        + "建筑面积（㎡）：85.50<br>鉴定日期：2023-07-15<br>是否住人：是<br>备注：汛期后复查，已劝离");
        assertThat(child(placemark(kml, SCRIPT_NAME), "description").getTextContent())
                .doesNotContain("家庭人口").doesNotContain("建筑面积").doesNotContain("鉴定日期");
        assertThat(child(placemark(kml, "张三"), "description").getTextContent())
                .contains("备注：第一行,<br>第二行 &quot;引号&quot;");
    }

    @Test
    void placemarksCarryStyleDataAndCoordinates() throws Exception {
        Document kml = parse(GROUPED);
        Element wang = placemark(kml, "王建国");
        assertThat(child(wang, "styleUrl").getTextContent()).isEqualTo("#placemark-red");
        assertThat(child(child(wang, "Point"), "coordinates").getTextContent()).isEqualTo("111.2123456,35.6123456");
        assertThat(data(wang, "floor_area")).isEqualTo("85.50");
        assertThat(data(wang, "assessed_on")).isEqualTo("2023-07-15");
        assertThat(data(wang, "occupied")).isEqualTo("是");
        assertThat(data(wang, "township")).isEqualTo("古交镇");
        assertThat(child(placemark(kml, SCRIPT_NAME), "styleUrl").getTextContent()).isEqualTo("#placemark-orange");
        assertThat(child(placemark(kml, "李秀英"), "styleUrl").getTextContent()).isEqualTo("#placemark-lime");
        assertThat(child(placemark(kml, "张三"), "styleUrl").getTextContent()).isEqualTo("#placemark-gray");
        assertThat(data(placemark(kml, SCRIPT_NAME), "household_members")).isEmpty();
        assertThat(children(placemark(kml, "赵六"), "Point")).isEmpty();
    }

    @Test
    void gradesAreColouredAsOnTheMapLegendInAabbggrrWithADistinctFromB() throws Exception {
        Element document = child(parse(GROUPED).getDocumentElement(), "Document");
        // web/js/style.js GRADE_COLOURS: A #2e9e4f, B #8cc152, C #f39c12, D #d62c1a, UNASSESSED #9aa0a6
        assertThat(children(document, "Style")).extracting(
                style -> style.getAttribute("id") + " " + child(child(style, "IconStyle"), "color").getTextContent())
                .containsExactly("placemark-green ff4f9e2e", "placemark-lime ff52c18c", "placemark-orange ff129cf3",
                        "placemark-red ff1a2cd6", "placemark-gray ffa6a09a");
        assertThat(KmlGradeStyle.A.kmlColour()).isNotEqualTo(KmlGradeStyle.B.kmlColour());
        assertThat(KmlGradeStyle.A.id()).isNotEqualTo(KmlGradeStyle.B.id());
    }

    @Test
    void stylesAreSharedTheirNumberDoesNotGrowWithThePlacemarks() throws Exception {
        for (int rows : new int[] {5, 50, 500}) {
            List<ExportRow> many = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                many.add(ExportVolumeTest.row(i));
            }
            Document kml = parse(TargetListFixture.export(ExportFormat.KML, TargetListFixture.SCHEMA, many, ExportOptions.DEFAULTS));
            assertThat(kml.getElementsByTagNameNS(KML, "Placemark").getLength()).isEqualTo(rows);
            NodeList styles = kml.getElementsByTagNameNS(KML, "Style");
            assertThat(styles.getLength()).as("styles for %d placemarks", rows).isEqualTo(5);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < styles.getLength(); i++) {
                Element style = (Element) styles.item(i);
                assertThat(style.getParentNode().getLocalName()).isEqualTo("Document");
                ids.add("#" + style.getAttribute("id"));
            }
            NodeList urls = kml.getElementsByTagNameNS(KML, "styleUrl");
            assertThat(urls.getLength()).isEqualTo(rows);
            for (int i = 0; i < urls.getLength(); i++) {
                assertThat(urls.item(i).getTextContent()).isIn(ids);
            }
        }
    }

    @Test
    void nothingInTheFileNeedsTheInternet() throws Exception {
        Document kml = parse(GROUPED);
        assertThat(kml.getElementsByTagNameNS(KML, "Icon").getLength()).as("a KML names no icon").isZero();
        assertThat(kml.getElementsByTagNameNS(KML, "href").getLength()).isZero();
        assertNoUrlOutsideTheData(kml);
    }

    /** No element or attribute but the values people typed (a remark may well quote a web address) holds a URL. */
    private static void assertNoUrlOutsideTheData(Document kml) {
        NodeList all = kml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                Node attribute = element.getAttributes().item(a);
                if (!attribute.getNodeName().equals("xmlns")) {
                    assertThat(attribute.getNodeValue()).doesNotContain("http:").doesNotContain("https:");
                }
            }
            if (!List.of("description", "value", "name").contains(element.getLocalName())) {
                for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                        assertThat(node.getNodeValue()).as("<%s>", element.getLocalName())
                                .doesNotContain("http:").doesNotContain("https:");
                    }
                }
            }
        }
    }

    @Test
    void placemarkNamesSayPriorityMaskedHeadAndVillage() throws Exception {
        TableSchema schema = new TableSchema("应急排查目标清单", List.of(
                new Column("priority", "优先级", ColumnType.INTEGER),
                new Column("house_code", "房屋编码", ColumnType.TEXT),
                new Column("village", "行政村", ColumnType.TEXT),
                new Column("head_name", "户主姓名", ColumnType.TEXT)), "house_code", null)
                .withPlacemarkName(PlacemarkName.of(PlacemarkName.Part.of("priority", "优先{0}"),
                        PlacemarkName.Part.maskedName("head_name", "house_code"), PlacemarkName.Part.of("village")));
        Document kml = parse(TargetListFixture.export(ExportFormat.KML, schema, List.of(
                ExportRow.at(111.2, 35.6, 1, "140825100201-0834", "东村", "张三明"),
                ExportRow.at(111.2, 35.6, 5, "140825100201-0835", "东村", null),
                ExportRow.at(111.2, 35.6, 4, "140825100201-0836", null, "欧阳娜娜"),
                ExportRow.at(111.2, 35.6, null, "140825100201-0837", null, "")), ExportOptions.DEFAULTS));
        Element document = child(kml.getDocumentElement(), "Document");
        assertThat(placemarkNames(document)).containsExactly(
                "优先1 张*明 东村", "优先5 140825100201-0835 东村", "优先4 欧**娜", "140825100201-0837");
        // the balloon keeps the name as every other format of the list does
        assertThat(child(children(document, "Placemark").get(0), "description").getTextContent()).contains("户主姓名：张三明");
    }

    @Test
    void placemarkChildrenFollowTheKml22SchemaOrder() throws Exception {
        // ogckml22.xsd: Feature = name, visibility, open, …, Snippet, description, …, styleUrl, StyleSelector*,
        // Region, ExtendedData; a Placemark then its Geometry. Document: the Feature elements, then its Features.
        List<String> featureOrder = List.of("name", "visibility", "open", "Snippet", "description", "styleUrl",
                "Style", "ExtendedData", "Point", "Polygon", "MultiGeometry", "Folder", "Placemark");
        Document kml = parse(GROUPED);
        NodeList placemarks = kml.getElementsByTagNameNS(KML, "Placemark");
        for (int i = 0; i < placemarks.getLength(); i++) {
            assertInOrder((Element) placemarks.item(i), featureOrder);
        }
        assertInOrder(child(kml.getDocumentElement(), "Document"), featureOrder);
        for (Element style : children(child(kml.getDocumentElement(), "Document"), "Style")) {
            assertInOrder(child(style, "IconStyle"), List.of("color", "colorMode", "scale", "heading", "Icon", "hotSpot"));
        }
    }

    private static void assertInOrder(Element parent, List<String> order) {
        int last = -1;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                assertThat(element.getNamespaceURI()).isEqualTo(KML);
                int position = order.indexOf(element.getLocalName());
                assertThat(position).as("<%s> in <%s>", element.getLocalName(), parent.getLocalName()).isNotNegative();
                assertThat(position).as("<%s> after the elements before it in <%s>", element.getLocalName(),
                        parent.getLocalName()).isGreaterThanOrEqualTo(last);
                last = position;
            }
        }
    }

    @Test
    void kmzIsTheKmlZippedWithItsIconInside(@TempDir Path dir) throws Exception {
        byte[] kmz = TargetListFixture.export(ExportFormat.KMZ, ExportOptions.DEFAULTS);
        List<String> entries = new ArrayList<>();
        byte[] document = null;
        byte[] icon = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kmz))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals(KmzExportWriter.DOCUMENT)) {
                    document = content;
                } else {
                    icon = content;
                }
            }
        }
        assertThat(entries).containsExactly("doc.kml", "files/dot.png");
        assertThat(icon).startsWith(0x89, 'P', 'N', 'G');
        Document kml = parse(document);
        assertThat(placemarkNames(children(child(kml.getDocumentElement(), "Document"), "Folder").get(0)))
                .containsExactly("王建国", "李秀英");
        NodeList hrefs = kml.getElementsByTagNameNS(KML, "href");
        assertThat(hrefs.getLength()).isEqualTo(KmlGradeStyle.values().length);
        for (int i = 0; i < hrefs.getLength(); i++) {
            assertThat(hrefs.item(i).getTextContent()).isEqualTo("files/dot.png");
        }
        assertNoUrlOutsideTheData(kml);
        assertThat(kmz.length).isLessThan(document.length);

        Path file = Files.write(dir.resolve("targets.kmz"), kmz);
        assertThat(Ogr.info(file.toString())).contains("1: 古交镇", "2: 泉掌镇", "3: 未分组");
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
        // GDAL resolves the shared styles to the legend's colours: D red, B light green, C orange
        String styles = Ogr.info(file.toString(), "--config", "LIBKML_RESOLVE_STYLE", "YES", "-al");
        assertThat(styles).contains("Style = SYMBOL(c:#D62C1AFF)", "Style = SYMBOL(c:#8CC152FF)",
                "Style = SYMBOL(c:#F39C12FF)");
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
