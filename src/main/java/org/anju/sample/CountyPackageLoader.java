package org.anju.sample;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.anju.geo.Cgcs2000;
import org.anju.household.TargetCategory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Loads a county package — the directory layout of {@code gis-data/xinjiang} (see its README):
 * {@code admin-areas.geojson}, {@code households.csv}, {@code houses.geojson},
 * {@code house-footprints.geojson} (optional), {@code assessments.csv}, {@code renovations.csv},
 * {@code seismic-zones.geojson}, {@code disasters.geojson}. Files are streamed and written in JDBC
 * batches inside one transaction: a broken file leaves the database as it was, and the exception
 * names the file and the feature or row.
 */
@Component
public class CountyPackageLoader {

    /** What was loaded, for the log and for tests. */
    public record Loaded(long areas, long households, long houses, long assessments, long renovations,
                         long seismicZones, long disasterParts) {
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CountyPackageLoader.class);

    private final JdbcTemplate jdbc;

    public CountyPackageLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean databaseIsEmpty() {
        return jdbc.queryForObject(CountyPackageSql.COUNT_AREAS, Long.class) == 0;
    }

    @Transactional
    public Loaded load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CountyPackageException(directory, 0, "no such directory");
        }
        long areas = timed("admin-areas", () -> areas(directory.resolve("admin-areas.geojson")));
        long households = timed("households", () -> households(directory.resolve("households.csv")));
        long houses = timed("houses", () -> houses(directory.resolve("houses.geojson")));
        Path footprints = directory.resolve("house-footprints.geojson");
        if (Files.exists(footprints)) {
            timed("house footprints", () -> footprints(footprints));
        }
        timed("residences", () -> residences(directory.resolve("households.csv")));
        long assessments = timed("assessments", () -> assessments(directory.resolve("assessments.csv")));
        long renovations = timed("renovations", () -> renovations(directory.resolve("renovations.csv")));
        long zones = timed("seismic zones", () -> seismicZones(directory.resolve("seismic-zones.geojson")));
        long parts = timed("disasters", () -> disasters(directory.resolve("disasters.geojson")));
        return new Loaded(areas, households, houses, assessments, renovations, zones, parts);
    }

    private static long timed(String what, java.util.function.LongSupplier step) {
        long started = System.nanoTime();
        long rows = step.getAsLong();
        log.info("  {}: {} rows in {} ms", what, rows, (System.nanoTime() - started) / 1_000_000);
        return rows;
    }

    private long areas(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.AREA)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> batch.add(
                    p.path("code").asString(), p.path("name").asString(), p.path("level").asString(),
                    text(p, "parent_code"), wkb(multiPolygon(file, n, geometry))));
            return batch.count();
        }
    }

    private long households(Path file) {
        try (BatchInsert households = new BatchInsert(jdbc, CountyPackageSql.HOUSEHOLD);
             BatchInsert categories = new BatchInsert(jdbc, CountyPackageSql.HOUSEHOLD_CATEGORY)) {
            csv(file, row -> {
                Set<TargetCategory> set = categories(file, row);
                households.add(row.get("code"), row.get("head_name"), blank(row.get("id_number")),
                        blank(row.get("phone")), Integer.valueOf(row.get("members")), row.get("village_code"),
                        TargetCategory.primaryOf(set).map(Enum::name).orElse(null),
                        Boolean.valueOf(row.get("disabled")), Boolean.valueOf(row.get("military_family")),
                        Boolean.valueOf(row.get("veteran")), Boolean.valueOf(row.get("elderly_alone")));
            });
            households.close(); // categories refer to the households by code
            csv(file, row -> categories(file, row).forEach(c -> categories.add(row.get("code"), c.name())));
            return households.count();
        }
    }

    private long houses(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.HOUSE)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> {
                if (!"Point".equals(geometry.getGeometryType())) {
                    throw new CountyPackageException(file, n, "a house location must be a Point");
                }
                batch.add(p.path("code").asString(), p.path("village_code").asString(), wkb(geometry),
                        text(p, "address"), p.path("structure").asString("OTHER"), integer(p, "storeys"),
                        integer(p, "year_built"), decimal(p, "floor_area"), p.path("seismic_measures").asString("UNKNOWN"),
                        p.path("grade").asString("UNASSESSED"), date(p, "assessed_on"), text(p, "assessment_kind"),
                        text(p, "assessor"), p.path("occupancy").asString(), date(p, "last_inspected_on"),
                        text(p, "owner_household"));
            });
            return batch.count();
        }
    }

    private long footprints(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.FOOTPRINT)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> {
                if (!(geometry instanceof Polygon)) {
                    throw new CountyPackageException(file, n, "a house footprint must be a Polygon");
                }
                batch.add(wkb(geometry), p.path("house_code").asString());
            });
            return batch.count();
        }
    }

    private long residences(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.RESIDENCE)) {
            csv(file, row -> {
                String house = blank(row.get("residence_house"));
                if (house != null) {
                    batch.add(house, row.get("code"));
                }
            });
            return batch.count();
        }
    }

    private long assessments(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.ASSESSMENT)) {
            csv(file, row -> batch.add(row.get("house_code"), row.get("grade"), LocalDate.parse(row.get("assessed_on")),
                    row.get("kind"), blank(row.get("assessor")), blank(row.get("note"))));
            return batch.count();
        }
    }

    private long renovations(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.RENOVATION)) {
            csv(file, row -> batch.add(row.get("house_code"), Integer.valueOf(row.get("year")), row.get("method"),
                    blank(row.get("subsidy_yuan")) == null ? null : new BigDecimal(row.get("subsidy_yuan")),
                    blank(row.get("funding_source"))));
            return batch.count();
        }
    }

    private long seismicZones(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.SEISMIC_ZONE)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> batch.add(p.path("intensity").asInt(),
                    p.path("pga").decimalValue(), p.path("source").asString(), wkb(multiPolygon(file, n, geometry))));
            return batch.count();
        }
    }

    private long disasters(Path file) {
        Set<String> events = new HashSet<>();
        try (BatchInsert parts = new BatchInsert(jdbc, CountyPackageSql.FOOTPRINT_PART)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> {
                String code = p.path("event_code").asString();
                if (events.add(code) && jdbc.queryForList(CountyPackageSql.EVENT_ID, Long.class, code).isEmpty()) {
                    jdbc.update(CountyPackageSql.EVENT, code, p.path("event_type").asString(),
                            p.path("event_name").asString(), date(p, "started_on"), date(p, "ended_on"));
                }
                parts.add(code, text(p, "severity"), integer(p, "severity_rank"), wkb(multiPolygon(file, n, geometry)));
            });
            return parts.count();
        }
    }

    private static void csv(Path file, Consumer<CSVRecord> handler) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.parse(reader)) {
            for (CSVRecord row : parser) {
                try {
                    handler.accept(row);
                } catch (RuntimeException e) {
                    if (e instanceof CountyPackageException) {
                        throw e;
                    }
                    throw new CountyPackageException(file, row.getRecordNumber(), e.getMessage());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CountyPackageException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    private static Set<TargetCategory> categories(Path file, CSVRecord row) {
        Set<TargetCategory> set = EnumSet.noneOf(TargetCategory.class);
        for (String part : row.get("categories").split(";")) {
            if (!part.isBlank()) {
                set.add(TargetCategory.fromText(part).orElseThrow(() -> new CountyPackageException(file,
                        row.getRecordNumber(), "unknown category '" + part + "'")));
            }
        }
        return set;
    }

    private static MultiPolygon multiPolygon(Path file, int position, Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return Cgcs2000.GEOMETRIES.createMultiPolygon(new Polygon[] {polygon});
        }
        throw new CountyPackageException(file, position, "expected a (Multi)Polygon, got " + geometry.getGeometryType());
    }

    private static byte[] wkb(Geometry geometry) {
        return new WKBWriter().write(geometry);
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
    }

    private static Integer integer(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static BigDecimal decimal(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static LocalDate date(JsonNode p, String field) {
        String text = text(p, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
