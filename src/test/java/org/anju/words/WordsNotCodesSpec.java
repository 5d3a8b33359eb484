package org.anju.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Words, not codes: every list the service offers for download, in every format it offers, read
 * back with a real reader (commons-csv, Apache POI, Jackson, the JDK's XML parser for KML, GDAL's
 * {@code ogr2ogr} for GeoPackage, zipped Shapefile and FlatGeobuf), holds no value that is the name
 * of a constant of one of the service's enums ({@code org.anju.**}, found by classpath scanning) —
 * in Chinese and in English ({@code Accept-Language: en}). A value is also split at {@code ,}, {@code 、}
 * and {@code ;} so a list of codes is caught too. Run on both databases
 * ({@link WordsNotCodesOnH2GisTest}, {@link WordsNotCodesOnPostgisTest}).
 */
abstract class WordsNotCodesSpec extends ApiSpec {

    static final List<String> FORMATS = List.of("csv", "xlsx", "geojson", "kml", "kmz", "gpkg", "shp.zip", "fgb");

    /** Every list with a download, {@code %s} standing for the format suffix, {@code {flood}} for the fixture flood. */
    static final List<String> LISTS = List.of(
            "/api/houses.%s",
            "/api/households.%s",
            "/api/areas.%s?level=TOWNSHIP",
            "/api/areas.%s?level=VILLAGE",
            "/api/seismic-zones.%s",
            "/api/disasters.%s",
            "/api/disasters/{flood}/affected/targets.%s?buffer=100",
            "/api/disasters/{flood}/affected/villages.%s?buffer=100",
            "/api/living-in-danger/targets.%s",
            "/api/retrofit/candidates/targets.%s?include_unassessed=true",
            "/api/retrofit/candidates/villages.%s?include_unassessed=true");

    /** The monthly report forms: CSV and XLSX only. */
    static final String MONTHLY = "/api/reports/monthly.%s?county=140825000000&month=" + YearMonth.now();

    static final Set<String> CODES = enumConstantNames();

    @TempDir
    Path dir;

    static Stream<Arguments> downloads() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("zh-CN", "en")) {
            for (String list : LISTS) {
                for (String format : FORMATS) {
                    all.add(Arguments.of(language, list.formatted(format), format));
                }
            }
            for (String format : List.of("csv", "xlsx")) {
                all.add(Arguments.of(language, MONTHLY.formatted(format), format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("downloads")
    void everyValuePeopleReadIsAWordNotAnEnumCode(String language, String path, String format) throws Exception {
        Api client = language.equals("en") ? api.inEnglish() : api;
        Api.Binary download = client.getBytes(path.replace("{flood}", Long.toString(floodId())));
        assertThat(download.status()).as(path + ": " + new String(download.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);

        List<String> values = read(download.body(), format);

        assertThat(values).as(path + " has values").isNotEmpty();
        List<String> codes = values.stream().filter(WordsNotCodesSpec::isCode).distinct().toList();
        assertThat(codes).as(language + " " + path + " shows enum codes").isEmpty();
    }

    long floodId() {
        for (JsonNode event : api.get("/api/disaster-events").json()) {
            if (event.path("code").asString().equals("FLOOD-TEST-1")) {
                return event.path("id").asLong();
            }
        }
        throw new AssertionError("fixture flood missing");
    }

    /** A value, or one item of a list in it, is an enum constant's name. */
    static boolean isCode(String value) {
        if (CODES.contains(value.strip())) {
            return true;
        }
        for (String item : value.split("[,、;，；]")) {
            if (CODES.contains(item.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Every text value of the file (headers, names, cells, attributes), as its reader gives it. */
    List<String> read(byte[] file, String format) throws Exception {
        return switch (format) {
            case "csv" -> csv(new String(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            case "xlsx" -> xlsx(file);
            case "geojson" -> geojson(file);
            case "kml" -> kml(file);
            case "kmz" -> kml(kmzDocument(file));
            default -> gdal(file, format);
        };
    }

    static List<String> csv(String text) throws IOException {
        List<String> values = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
            record.forEach(values::add);
        }
        return values;
    }

    static List<String> xlsx(byte[] file) throws IOException {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            values.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return values;
    }

    static List<String> geojson(byte[] file) {
        List<String> values = new ArrayList<>();
        for (JsonNode feature : Api.JSON.readTree(file).path("features")) {
            feature.path("properties").forEach(value -> {
                if (value.isString()) {
                    values.add(value.asString());
                } else if (value.isArray()) {
                    value.forEach(item -> values.add(item.asString()));
                }
            });
        }
        return values;
    }

    /** The doc.kml of a KMZ. */
    static byte[] kmzDocument(byte[] kmz) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(kmz))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("doc.kml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no doc.kml in the KMZ");
    }

    /** Placemark names, ExtendedData values and the balloon's cells. */
    static List<String> kml(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
        List<String> values = new ArrayList<>();
        for (String element : List.of("name", "value", "SimpleData")) {
            NodeList nodes = document.getElementsByTagNameNS("*", element);
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
        }
        NodeList descriptions = document.getElementsByTagNameNS("*", "description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Node description = descriptions.item(i);
            for (String cell : description.getTextContent().split("<[^>]*>")) {
                if (!cell.isBlank()) {
                    values.add(cell);
                }
            }
        }
        return values;
    }

    /** GeoPackage, zipped Shapefile and FlatGeobuf read by GDAL ({@code ogr2ogr -f CSV}) into their attribute values. */
    List<String> gdal(byte[] file, String format) throws Exception {
        Path path = dir.resolve("list." + format);
        Files.write(path, file);
        String source = format.equals("shp.zip") ? "/vsizip/" + path : path.toString();
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/ogr2ogr", "-f", "CSV", "/vsistdout/", source)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String csv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ogr2ogr finished").isTrue();
        assertThat(process.exitValue()).as("ogr2ogr read " + format).isZero();
        return csv(csv);
    }

    /** The names of the constants of every enum under {@code org.anju}. */
    static Set<String> enumConstantNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.anju")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        names.add(((Enum<?>) constant).name());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!names.containsAll(List.of("UNASSESSED", "BRICK_CONCRETE", "OCCUPIED", "POVERTY_ALLEVIATED", "APPRAISAL"))) {
            throw new IllegalStateException("the enums of org.anju were not found: " + names);
        }
        return names;
    }
}
