package org.anju.raster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a GeoTIFF hazard layer: reads it (GeoTools), samples its value at every house inside
 * its extent and stores those values, in one transaction. The uploaded file is kept only while
 * sampling. Houses added later are not sampled: upload the raster again.
 */
@Service
class HazardRasters {

    /** What was stored: the raster id, what it covers and how many houses got a value. */
    record Registered(long id, String name, RasterKind kind, RasterSampler.Extent extent, long samples) {
    }

    private static final String INSERT_RASTER = """
            INSERT INTO hazard_raster (name, kind, crs, min_lon, min_lat, max_lon, max_lat, width, height)
            VALUES (:name, :kind, :crs, :minLon, :minLat, :maxLon, :maxLat, :width, :height)
            """;
    private static final String HOUSES_IN_EXTENT = """
            SELECT h.id, ST_X(h.location) AS lon, ST_Y(h.location) AS lat FROM house h
            WHERE h.location && ST_MakeEnvelope(?, ?, ?, ?, 4490)
            """;
    private static final String INSERT_SAMPLE =
            "INSERT INTO house_hazard_sample (raster_id, house_id, sample_value) VALUES (?, ?, ?)";
    private static final String SET_SAMPLES = "UPDATE hazard_raster SET samples = :samples WHERE id = :id";

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;

    HazardRasters(NamedParameterJdbcTemplate named, JdbcTemplate jdbc) {
        this.named = named;
        this.jdbc = jdbc;
    }

    @Transactional
    Registered register(String name, RasterKind kind, InputStream geoTiff) throws IOException {
        Path file = Files.createTempFile("anju-raster-", ".tif");
        try {
            Files.copy(geoTiff, file, StandardCopyOption.REPLACE_EXISTING);
            try (RasterSampler sampler = open(file.toFile())) {
                RasterSampler.Extent e = sampler.extent();
                GeneratedKeyHolder key = new GeneratedKeyHolder();
                named.update(INSERT_RASTER, new MapSqlParameterSource().addValue("name", name).addValue("kind", kind.name())
                        .addValue("crs", e.crs()).addValue("minLon", e.minLon()).addValue("minLat", e.minLat())
                        .addValue("maxLon", e.maxLon()).addValue("maxLat", e.maxLat()).addValue("width", e.width())
                        .addValue("height", e.height()), key, new String[] {"id"});
                long id = key.getKey().longValue();
                long samples = sample(id, sampler);
                named.update(SET_SAMPLES, Map.of("samples", samples, "id", id));
                return new Registered(id, name, kind, e, samples);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static RasterSampler open(File file) {
        try {
            return new RasterSampler(file);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.unprocessable(new FieldProblem("file", null, "raster.unreadable",
                    String.valueOf(e.getMessage())));
        }
    }

    /** Samples every house in the raster's extent; batches of 1,000; returns how many got a value. */
    private long sample(long rasterId, RasterSampler sampler) {
        RasterSampler.Extent e = sampler.extent();
        List<Object[]> batch = new ArrayList<>(1000);
        long[] count = {0};
        jdbc.query(HOUSES_IN_EXTENT, (RowCallbackHandler) rs -> {
            double value = sampler.valueAt(rs.getDouble("lon"), rs.getDouble("lat"));
            if (!Double.isNaN(value)) {
                batch.add(new Object[] {rasterId, rs.getLong("id"), value});
                count[0]++;
            }
            if (batch.size() == 1000) {
                jdbc.batchUpdate(INSERT_SAMPLE, batch);
                batch.clear();
            }
        }, e.minLon(), e.minLat(), e.maxLon(), e.maxLat());
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT_SAMPLE, batch);
        }
        return count[0];
    }
}
