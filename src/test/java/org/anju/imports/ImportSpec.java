package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

import org.anju.testsupport.ApiSpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/imports} as county data really arrives, over real HTTP, run against both
 * databases ({@link ImportOnH2GisTest}, {@link ImportOnPostgisTest}) on the fixture county
 * (villages 东村 140825100201 and 西村 140825100202 west of 111.1°E, 南村 east of it; county
 * 111.0–111.2°E, 35.5–35.7°N). Every house and household a spec imports has a code starting
 * with {@code IMP-} and is deleted afterwards, so the fixture stays as its README says.
 */
abstract class ImportSpec extends ApiSpec {

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportWorkspaces importWorkspaces;

    ImportClient imports;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
    }

    @AfterEach
    void removeImportedRows() {
        jdbc.update("DELETE FROM household WHERE code LIKE 'IMP-%'");
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-%'");
    }

    // ------------------------------------------------------------------ Shapefiles

    /** A survey company's file: GBK text, Chinese field names, EPSG:4546 eastings, ESRI .prj, no .cpg. */
    @Test
    void gbkShapefileInGaussKrugerWithChineseFieldNamesAndNoCpgImportsCleanly() throws Exception {
        byte[] zip = surveyShapefile(GBK, null, 0);

        ImportClient.Answer answer = imports.upload("东村农房.zip", zip, Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.report();
        assertThat(report.path("format").asString()).isEqualTo("ESRI Shapefile (zip)");
        assertThat(report.path("encoding").path("name").asString()).isEqualTo("GB18030");
        assertThat(report.path("encoding").path("source").asString()).isEqualTo("detected");
        assertThat(report.path("crs").path("srid").asInt()).isEqualTo(4546);
        assertThat(report.path("crs").path("source").asString()).isEqualTo("file");
        assertThat(report.path("mapping").path("房屋编码").asString()).isEqualTo("code");
        assertThat(report.path("mapping").path("房屋等级").asString()).isEqualTo("grade");
        assertThat(report.path("mapping").path("是否住人").asString()).isEqualTo("occupancy");
        assertThat(report.path("unmapped_fields").toString()).contains("备注");
        assertThat(report.path("rows_read").asInt()).isEqualTo(2);
        assertThat(report.path("inserted").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").asInt()).isZero();
        assertThat(report.path("written").asBoolean()).isTrue();
        assertSurveyHousesStored();
    }

    /** The same data in UTF-8 with a .cpg, names cut at 10 bytes, eastings carrying the zone prefix 37. */
    @Test
    void utf8ShapefileWithCpgAndZonePrefixedEastingsImportsTheSameHouses() throws Exception {
        byte[] zip = surveyShapefile(StandardCharsets.UTF_8, "UTF-8", 37_000_000);

        ImportClient.Answer answer = imports.upload("survey.zip", zip, Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.report();
        assertThat(report.path("encoding").path("name").asString()).isEqualTo("UTF-8");
        assertThat(report.path("encoding").path("source").asString()).isEqualTo(".cpg");
        assertThat(report.path("mapping").path("房屋编").asString()).isEqualTo("code");
        assertThat(report.path("notes").toString()).contains("带号");
        assertThat(report.path("inserted").asInt()).isEqualTo(2);
        assertSurveyHousesStored();
    }

    @Test
    void encodingParameterOverridesDetection() throws Exception {
        byte[] zip = surveyShapefile(GBK, null, 0);

        JsonNode report = imports.upload("survey.zip", zip, Map.of("layer", "houses", "encoding", "GBK", "dryRun", "true"))
                .report();

        assertThat(report.path("encoding").path("name").asString()).isEqualTo("GBK");
        assertThat(report.path("encoding").path("source").asString()).isEqualTo("parameter");
        assertThat(report.path("mapping").path("房屋编码").asString()).isEqualTo("code");
    }

    @Test
    void withoutPrjAPrefixedEastingNamesItsGaussKrugerZone() throws Exception {
        TestShapefile shp = new TestShapefile(StandardCharsets.UTF_8).text("code", 20).text("village", 12)
                .text("occupancy", 10);
        Coordinate gk = toGaussKruger(111.05, 35.55);
        shp.point(37_000_000 + gk.x, gk.y, "IMP-P1", "140825100201", "OCCUPIED");

        ImportClient.Answer answer = imports.upload("noprj.zip", shp.zip("noprj"), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4525);
        assertThat(answer.report().path("crs").path("source").asString()).isEqualTo("guessed");
        assertLocation("IMP-P1", 111.05, 35.55);
    }

    private byte[] surveyShapefile(Charset charset, String cpg, double prefix) throws Exception {
        TestShapefile shp = new TestShapefile(charset).prj(TestShapefile.PRJ_4546)
                .text("房屋编码", 20).text("行政村", 12).text("结构类型", 16).number("层数", 2, 0)
                .number("建筑面积", 8, 1).number("建造年代", 4, 0).text("房屋等级", 12).date("鉴定日期")
                .text("是否住人", 4).text("备注", 40);
        if (cpg != null) {
            shp.cpg(cpg);
        }
        Coordinate a = toGaussKruger(111.05, 35.55);
        Coordinate b = toGaussKruger(111.07, 35.56);
        shp.point(prefix + a.x, a.y, "IMP-S1", "140825100201", "砖混", 2, "120.5", 1998, "C级危房", LocalDate.of(2024, 3, 1), "是", "北屋裂缝");
        shp.point(prefix + b.x, b.y, "IMP-S2", "140825100201", "土木结构", 1, "65.0", 1978, "D级", LocalDate.of(2024, 3, 2), "否", null);
        return shp.zip(charset.equals(GBK) ? "东村农房" : "survey");
    }

    private void assertSurveyHousesStored() {
        JsonNode s1 = api.get("/api/houses/IMP-S1").json().path("properties");
        assertThat(s1.path("grade").asString()).isEqualTo("C");
        assertThat(s1.path("structure").asString()).isEqualTo("BRICK_CONCRETE");
        assertThat(s1.path("storeys").asInt()).isEqualTo(2);
        assertThat(s1.path("floor_area").asDouble()).isEqualTo(120.5);
        assertThat(s1.path("year_built").asInt()).isEqualTo(1998);
        assertThat(s1.path("assessed_on").asString()).isEqualTo("2024-03-01");
        assertThat(s1.path("occupancy").asString()).isEqualTo("OCCUPIED");
        assertThat(s1.path("village_name").asString()).isEqualTo("东村");
        assertLocation("IMP-S1", 111.05, 35.55);
        JsonNode s2 = api.get("/api/houses/IMP-S2").json().path("properties");
        assertThat(s2.path("grade").asString()).isEqualTo("D");
        assertThat(s2.path("structure").asString()).isEqualTo("EARTH_WOOD");
        assertThat(s2.path("occupancy").asString()).isEqualTo("VACANT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house_assessment a JOIN house h ON h.id = a.house_id "
                + "WHERE h.code IN ('IMP-S1', 'IMP-S2')", Integer.class)).isEqualTo(2);
    }

    private void assertLocation(String code, double lon, double lat) {
        JsonNode coordinates = api.get("/api/houses/" + code).json().path("geometry").path("coordinates");
        assertThat(coordinates.get(0).asDouble()).isCloseTo(lon, within(1e-7));
        assertThat(coordinates.get(1).asDouble()).isCloseTo(lat, within(1e-7));
    }

    static Coordinate toGaussKruger(double lon, double lat) throws Exception {
        MathTransform transform = CRS.findMathTransform(CRS.decode("EPSG:4490", true), CRS.decode("EPSG:4546", true), true);
        double[] out = new double[2];
        transform.transform(new double[] {lon, lat}, 0, out, 0, 1);
        return new Coordinate(out[0], out[1]);
    }

    // ------------------------------------------------------------------ a village's Excel sheet

    /** Typed by village staff: a title row, DMS coordinates, grades as "C级", and mistakes. */
    static byte[] villageSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("东村");
            sheet.createRow(0).createCell(0).setCellValue("龙兴镇东村农房安全排查台账");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            row(sheet, 1, "房屋编号", "村", "经度", "纬度", "安全等级", "结构", "层数", "建成年份", "是否住人");
            row(sheet, 2, "IMP-X1", "东村", "111°03'00.0\"", "35°33'00\"", "C级", "砖木", "1", "1985", "是");
            row(sheet, 3, "IMP-X2", "东村", "111°03'36\"", "35°33'18.5\"", "B", "砖混", "2", "2005", "否");
            row(sheet, 4, "IMP-X3", "东村", "35.56", "111.06", "A级", "砖混", "2", "2010", "是");
            row(sheet, 5, "IMP-X4", "东村", "111°03'70\"", "35°33'00\"", "B", "砖混", "1", "1990", "是");
            row(sheet, 6, "IMP-X5", "东村", "111.055", "35.552", "E级", "砖混", "1", "1990", "是");
            row(sheet, 7, "IMP-X6", "东村", "111.056", "35.553", "D", "土木", "两层", "1970", "是");
            row(sheet, 8, "IMP-X1", "东村", "111.057", "35.554", "D", "土木", "1", "1970", "是");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    @Test
    void villageExcelSheetWithTypedCoordinatesNamesEveryBadRowAndWritesNothing() throws Exception {
        ImportClient.Answer answer = imports.upload("东村台账.xlsx", villageSheet(), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode report = answer.report();
        assertThat(report.path("format").asString()).isEqualTo("XLSX");
        assertThat(report.path("mapping").path("房屋编号").asString()).isEqualTo("code");
        assertThat(report.path("mapping").path("经度").asString()).isEqualTo("longitude");
        assertThat(report.path("mapping").path("安全等级").asString()).isEqualTo("grade");
        assertThat(report.path("rows_read").asInt()).isEqualTo(7);
        assertThat(report.path("rejected").asInt()).isEqualTo(5);
        assertThat(report.path("written").asBoolean()).isFalse();
        assertThat(errors(report)).containsExactly(
                "5|经度/纬度|35.56, 111.06|坐标不在中国境内，疑似经纬度颠倒（应先经度后纬度）",
                "6|经度|111°03'70\"|应为经纬度，如 111.2083 或 111°12'30\"",
                "7|安全等级|E级|无法识别的取值，可选：A级（安全）, B级（基本安全）, C级（局部危房）, D级（整栋危房）, 未评定",
                "8|层数|两层|应为整数",
                "9|房屋编号|IMP-X1|编码在文件中重复（第 3 行已有）");
        assertThat(houseCodesLike("IMP-X%")).isEmpty();
    }

    @Test
    void rowErrorsSpeakEnglishWhenAsked() throws Exception {
        JsonNode report = imports.inEnglish().upload("sheet.xlsx", villageSheet(), Map.of("layer", "houses")).report();

        assertThat(errors(report)).contains("8|层数|两层|must be an integer");
        assertThat(report.path("title").asString()).isEqualTo("Rows rejected, nothing imported");
    }

    @Test
    void skipInvalidPutsTheGoodRowsIn() throws Exception {
        ImportClient.Answer answer = imports.upload("东村台账.xlsx", villageSheet(),
                Map.of("layer", "houses", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(2);
        assertThat(answer.report().path("rejected").asInt()).isEqualTo(5);
        assertThat(houseCodesLike("IMP-X%")).containsExactly("IMP-X1", "IMP-X2");
        assertLocation("IMP-X1", 111.05, 35.55);
        assertLocation("IMP-X2", 111.06, 35.555138888888889);
        JsonNode x1 = api.get("/api/houses/IMP-X1").json().path("properties");
        assertThat(x1.path("grade").asString()).isEqualTo("C");
        assertThat(x1.path("structure").asString()).isEqualTo("BRICK_WOOD");
        assertThat(x1.path("year_built").asInt()).isEqualTo(1985);
    }

    @Test
    void dryRunReportsWhatWouldBeWrittenAndWritesNothing() throws Exception {
        String before = houseChecksum();

        ImportClient.Answer answer = imports.upload("houses.csv", csv(goodRows()), Map.of("layer", "houses", "dryRun", "true"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("dry_run").asBoolean()).isTrue();
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(2);
        assertThat(answer.report().path("written").asBoolean()).isFalse();
        assertThat(houseChecksum()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ CSV, re-import, all-or-nothing

    private static String goodRows() {
        return """
                房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人
                IMP-R1,140825100201,111.051,35.551,B,2023-05-01,是
                IMP-R2,140825100202,111.052,35.652,C,2023/6/1,否
                """;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reImportingACorrectedFileUpdatesInsteadOfDuplicating() {
        imports.upload("houses.csv", csv(goodRows()), Map.of("layer", "houses"));
        long houses = jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class);

        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人
                IMP-R1,140825100201,111.051,35.551,D,2024-05-01,是
                """), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isZero();
        assertThat(answer.report().path("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class)).isEqualTo(houses);
        JsonNode r1 = api.get("/api/houses/IMP-R1").json().path("properties");
        assertThat(r1.path("grade").asString()).isEqualTo("D");
        assertThat(r1.path("version").asInt()).isEqualTo(1);
        assertThat(r1.path("assessments").size()).isEqualTo(2);
        assertThat(api.get("/api/houses/IMP-R2").json().path("properties").path("grade").asString()).isEqualTo("C");
    }

    @Test
    void allOrNothingLeavesTheDatabaseExactlyAsBefore() {
        imports.upload("houses.csv", csv(goodRows()), Map.of("layer", "houses"));
        String before = houseChecksum();

        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人
                IMP-R1,140825100201,111.051,35.551,D,2024-05-01,是
                IMP-R3,140825100201,111.053,35.553,A,2024-05-01,是
                IMP-R4,140825100201,121.5,31.2,A,2024-05-01,是
                IMP-R5,149999999999,111.054,35.554,A,2024-05-01,是
                """), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(errors(answer.report())).containsExactly(
                "4|geometry|121.5, 31.2|坐标不在测试县境内",
                "5|行政村代码|149999999999|该行政村代码不存在");
        assertThat(houseChecksum()).isEqualTo(before);
    }

    @Test
    void aHouseOutsideItsCountyOrChinaIsRejected() {
        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                code,village_code,lon,lat,occupancy
                IMP-C1,140825100201,2.35,48.85,OCCUPIED
                """), Map.of("layer", "houses"));

        assertThat(errors(answer.report())).containsExactly("2|lon/lat|2.35, 48.85|坐标不在中国境内");
    }

    // ------------------------------------------------------------------ KML from a phone

    @Test
    void kmlFromAPhoneMapAppImportsItsPlacemarks() {
        String kml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>东村排查</name>
                  <Placemark><name>张三家</name>
                    <ExtendedData><Data name="房屋编码"><value>IMP-K1</value></Data>
                      <Data name="行政村"><value>140825100201</value></Data>
                      <Data name="房屋等级"><value>D级</value></Data><Data name="是否住人"><value>是</value></Data></ExtendedData>
                    <Point><coordinates>111.051,35.551,0</coordinates></Point></Placemark>
                  <Placemark><name>李四家</name>
                    <description><![CDATA[房屋编码：IMP-K2<br/>行政村：东村<br/>安全等级：C级<br>是否住人：否]]></description>
                    <Point><coordinates>111.061,35.561</coordinates></Point></Placemark>
                </Document></kml>
                """;

        ImportClient.Answer answer = imports.upload("东村排查.kml", kml.getBytes(StandardCharsets.UTF_8), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4326);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(2);
        assertThat(api.get("/api/houses/IMP-K1").json().path("properties").path("grade").asString()).isEqualTo("D");
        JsonNode k2 = api.get("/api/houses/IMP-K2").json().path("properties");
        assertThat(k2.path("grade").asString()).isEqualTo("C");
        assertThat(k2.path("occupancy").asString()).isEqualTo("VACANT");
        assertThat(k2.path("village_code").asString()).isEqualTo("140825100201");
    }

    // ------------------------------------------------------------------ GeoPackage (made by GDAL)

    @Test
    void geoPackageFromAnotherSystemKeepsItsCrs() throws Exception {
        org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(Path.of("/usr/bin/ogr2ogr")),
                "gdal-bin is missing: scripts/test-prerequisites.sh installs it");
        Coordinate gk = toGaussKruger(111.15, 35.65);
        Path dir = Files.createTempDirectory("gpkg-spec");
        try {
            Path geojson = dir.resolve("in.geojson");
            Files.writeString(geojson, """
                    {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4546"}},
                     "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                                   "properties": {"房屋编码": "IMP-G1", "行政村": "南村", "安全等级": "B", "是否住人": "是"}}]}
                    """.formatted(gk.x, gk.y));
            Path gpkg = dir.resolve("houses.gpkg");
            Process ogr = new ProcessBuilder("/usr/bin/ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString())
                    .redirectErrorStream(true).start();
            assertThat(ogr.waitFor()).isZero();

            ImportClient.Answer answer = imports.upload("houses.gpkg", Files.readAllBytes(gpkg), Map.of("layer", "houses"));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.report().path("format").asString()).isEqualTo("GeoPackage");
            assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4546);
            assertLocation("IMP-G1", 111.15, 35.65);
            assertThat(api.get("/api/houses/IMP-G1").json().path("properties").path("village_code").asString())
                    .isEqualTo("140825101201");
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    // ------------------------------------------------------------------ households

    @Test
    void householdSheetInGbkWithCategoryNamesAndAWrongIdNumber() {
        String text = """
                户编码,户主姓名,身份证号,家庭人口,行政村,对象类别,残疾人,联系电话
                IMP-HH1,赵大娘,140825196001011000,2,东村,低保户、脱贫户,是,13800000009
                IMP-HH2,钱大爷,140825196001011001,1,东村,特困人员,否,
                """;

        ImportClient.Answer answer = imports.upload("农户.csv", text.getBytes(GBK),
                Map.of("layer", "households", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("encoding").path("name").asString()).isEqualTo("GB18030");
        assertThat(errors(answer.report())).containsExactly("3|身份证号|140825196001011001|身份证号校验位错误");
        JsonNode hh1 = api.get("/api/households/IMP-HH1").json();
        assertThat(hh1.path("head_name").asString()).isEqualTo("赵大娘");
        assertThat(hh1.path("id_number").asString()).isEqualTo("1408**********1000");
        assertThat(hh1.path("village_code").asString()).isEqualTo("140825100201");
        assertThat(hh1.path("primary_category").asString()).isEqualTo("POVERTY_ALLEVIATED");
        assertThat(hh1.path("categories").toString()).contains("MINIMUM_LIVING", "POVERTY_ALLEVIATED");
        assertThat(hh1.path("disabled_member").asBoolean()).isTrue();
    }

    @Test
    void explicitMappingNamesColumnsNobodyCouldGuess() {
        String text = """
                HH_ID,HEAD,PEOPLE,VIL
                IMP-HH3,孙奶奶,1,140825100202
                """;

        ImportClient.Answer answer = imports.upload("hh.csv", csv(text), Map.of("layer", "households",
                "mapping", "{\"HH_ID\":\"code\",\"HEAD\":\"head_name\",\"PEOPLE\":\"members\",\"VIL\":\"village\"}"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("mapping").path("HEAD").asString()).isEqualTo("head_name");
        assertThat(api.get("/api/households/IMP-HH3").json().path("members").asInt()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ unsafe and broken files

    @Test
    void aBrokenZipIsRefusedAndLeavesNoTemporaryFiles() throws IOException {
        long workspaces = workspaces();

        ImportClient.Answer answer = imports.upload("broken.zip", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("message").asString()).startsWith("压缩包已损坏");
        assertThat(workspaces()).isEqualTo(workspaces);
    }

    @Test
    void aZipSlipEntryIsRefusedBeforeAnythingIsWrittenOutside() throws IOException {
        long workspaces = workspaces();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            TestShapefile.entry(zip, "../../anju-zip-slip-test.shp", new byte[100]);
        }

        ImportClient.Answer answer = imports.upload("evil.zip", bytes.toByteArray(), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("value").asString()).isEqualTo("../../anju-zip-slip-test.shp");
        Path root = importWorkspaces.root();
        assertThat(Files.exists(root.resolve("anju-zip-slip-test.shp"))).isFalse();
        assertThat(Files.exists(root.getParent().resolve("anju-zip-slip-test.shp"))).isFalse();
        assertThat(workspaces()).isEqualTo(workspaces);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            TestShapefile.entry(zip, "bomb.dbf", new byte[300 << 20]);
        }

        ImportClient.Answer answer = imports.upload("bomb.zip", bytes.toByteArray(), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("message").asString()).contains("压缩炸弹");
    }

    @Test
    void unknownLayerIsAParameterError() {
        ImportClient.Answer answer = imports.upload("x.csv", csv("a,b\n1,2\n"), Map.of("layer", "roads"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("field").asString()).isEqualTo("layer");
    }

    // ------------------------------------------------------------------ helpers

    static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.path("errors").forEach(e -> errors.add(e.path("row").asLong() + "|" + e.path("field").asString() + "|"
                + e.path("value").asString("") + "|" + e.path("message").asString()));
        return errors;
    }

    private List<String> houseCodesLike(String pattern) {
        return jdbc.queryForList("SELECT code FROM house WHERE code LIKE ? ORDER BY code", String.class, pattern);
    }

    /** Every stored house with every column that an import may change, as one string. */
    private String houseChecksum() {
        return String.join("\n", jdbc.query("""
                SELECT code, village_code, ST_AsText(location) AS location, structure, storeys, year_built, floor_area,
                       seismic_measures, grade, assessed_on, occupancy, owner_household_id, version,
                       (SELECT COUNT(*) FROM house_assessment a WHERE a.house_id = h.id) AS assessments
                FROM house h ORDER BY code
                """, (rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    return row.toString();
                }));
    }

    private long workspaces() {
        return importWorkspaces.current().size();
    }
}
