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
import org.anju.geo.SpatialDialect;
import org.anju.household.TargetCategory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Loads a county package — the directory layout of {@code gis-data/xinjiang} (see its README):
 * {@code admin-areas.geojson}, {@code households.csv}, {@code houses.geojson},
 * {@code house-footprints.geojson} (optional), {@code assessments.csv}, {@code renovations.csv},
 * {@code seismic-zones.geojson}, {@code disasters.geojson}. Files are streamed and checked row by
 * row inside one transaction: a broken file leaves the database as it was, and the exception names
 * the file and the feature or row.
 *
 * <p>On PostgreSQL the large files go in with {@code COPY} ({@link CopyLoad}, about ten times the
 * speed of JDBC batches); on H2GIS in JDBC batches ({@link BatchedLoad}). Statistics are refreshed
 * ({@code ANALYZE}) at the end either way.
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
    private final SpatialDialect dialect;

    public CountyPackageLoader(JdbcTemplate jdbc, SpatialDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    public boolean databaseIsEmpty() {
        return jdbc.queryForObject(CountyPackageSql.COUNT_AREAS, Long.class) == 0;
    }

    @Transactional
    public Loaded load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CountyPackageException(directory, 0, "no such directory");
        }
        Path householdFile = directory.resolve("households.csv");
        Path houseFile = directory.resolve("houses.geojson");
        Path assessmentFile = directory.resolve("assessments.csv");
        Path renovationFile = directory.resolve("renovations.csv");
        LoadTarget target = dialect == SpatialDialect.POSTGIS
                ? new CopyLoad(jdbc, new CopyLoad.SourceFiles(householdFile, houseFile, assessmentFile, renovationFile))
                : new BatchedLoad(jdbc);

        long areas = timed("admin-areas", () -> areas(directory.resolve("admin-areas.geojson")));
        long households = timed("households", () -> households(householdFile, target));
        timed("household categories", () -> householdCategories(householdFile, target));
        long houses = timed("houses", () -> houses(houseFile, target));
        Path footprints = directory.resolve("house-footprints.geojson");
        if (Files.exists(footprints)) {
            timed("house footprints", () -> footprints(footprints, target));
        }
        timed("residences", () -> residences(householdFile, target));
        long assessments = timed("assessments", () -> assessments(assessmentFile, target));
        long renovations = timed("renovations", () -> renovations(renovationFile, target));
        long started = System.nanoTime();
        target.finish();
        log.info("  finish ({}): done in {} ms", target.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
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

    /** Runs one file's step, naming the file when the database refuses what was sent. */
    private static long into(Path file, RowSink sink, java.util.function.Consumer<RowSink> rows) {
        try (sink) {
            rows.accept(sink);
        } catch (CopyRows.CopyFailedException e) {
            throw new CountyPackageException(file, 0, e.getMessage());
        }
        return sink.count();
    }

    private long areas(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.AREA)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> batch.add(n,
                    p.path("code").asString(), p.path("name").asString(), p.path("level").asString(),
                    text(p, "parent_code"), multiPolygon(file, n, geometry)));
            return batch.count();
        }
    }

    private long households(Path file, LoadTarget target) {
        return into(file, target.households(), households -> csv(file, row -> {
            Set<TargetCategory> set = categories(file, row);
            households.add(row.getRecordNumber(), row.get("code"), row.get("head_name"), blank(row.get("id_number")),
                    blank(row.get("phone")), Integer.valueOf(row.get("members")), row.get("village_code"),
                    TargetCategory.primaryOf(set).map(Enum::name).orElse(null),
                    Boolean.valueOf(row.get("disabled")), Boolean.valueOf(row.get("military_family")),
                    Boolean.valueOf(row.get("veteran")), Boolean.valueOf(row.get("elderly_alone")));
        }));
    }

    /** Second pass over households.csv: categories refer to the households by code. */
    private long householdCategories(Path file, LoadTarget target) {
        return into(file, target.householdCategories(), categories -> csv(file, row ->
                categories(file, row).forEach(c -> categories.add(row.getRecordNumber(), row.get("code"), c.name()))));
    }

    private long houses(Path file, LoadTarget target) {
        return into(file, target.houses(), houses -> GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> {
            if (!"Point".equals(geometry.getGeometryType())) {
                throw new CountyPackageException(file, n, "a house location must be a Point");
            }
            houses.add(n, p.path("code").asString(), p.path("village_code").asString(), geometry,
                    text(p, "address"), p.path("structure").asString("OTHER"), integer(p, "storeys"),
                    integer(p, "year_built"), decimal(p, "floor_area"), p.path("seismic_measures").asString("UNKNOWN"),
                    p.path("grade").asString("UNASSESSED"), date(p, "assessed_on"), text(p, "assessment_kind"),
                    text(p, "assessor"), p.path("occupancy").asString(), date(p, "last_inspected_on"),
                    text(p, "owner_household"));
        }));
    }

    private long footprints(Path file, LoadTarget target) {
        return into(file, target.footprints(), footprints -> GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> {
            if (!(geometry instanceof Polygon)) {
                throw new CountyPackageException(file, n, "a house footprint must be a Polygon");
            }
            footprints.add(n, geometry, p.path("house_code").asString());
        }));
    }

    /** Third pass over households.csv, once the houses are there: where each household lives. */
    private long residences(Path file, LoadTarget target) {
        return into(file, target.residences(), residences -> csv(file, row -> {
            String house = blank(row.get("residence_house"));
            if (house != null) {
                residences.add(row.getRecordNumber(), house, row.get("code"));
            }
        }));
    }

    private long assessments(Path file, LoadTarget target) {
        return into(file, target.assessments(), assessments -> csv(file, row -> assessments.add(row.getRecordNumber(),
                row.get("house_code"), row.get("grade"), LocalDate.parse(row.get("assessed_on")),
                row.get("kind"), blank(row.get("assessor")), blank(row.get("note")))));
    }

    private long renovations(Path file, LoadTarget target) {
        return into(file, target.renovations(), renovations -> csv(file, row -> renovations.add(row.getRecordNumber(),
                row.get("house_code"), Integer.valueOf(row.get("year")), row.get("method"),
                blank(row.get("subsidy_yuan")) == null ? null : new BigDecimal(row.get("subsidy_yuan")),
                blank(row.get("funding_source")))));
    }

    private long seismicZones(Path file) {
        try (BatchInsert batch = new BatchInsert(jdbc, CountyPackageSql.SEISMIC_ZONE)) {
            GeoJsonFeatureStream.forEach(file, (n, p, geometry) -> batch.add(n, p.path("intensity").asInt(),
                    p.path("pga").decimalValue(), p.path("source").asString(), multiPolygon(file, n, geometry)));
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
                parts.add(n, code, text(p, "severity"), integer(p, "severity_rank"), multiPolygon(file, n, geometry));
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
