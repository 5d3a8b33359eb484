package org.anju.emergency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.export.ExportRow;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 应急排查 from a hazard raster (e.g. flood depth or shaking intensity as GeoTIFF): houses whose
 * sampled value reaches the first of the given class bounds are affected, and each gets the class
 * its value falls in (e.g. {@code classes=0.5,1.5} → 0.5–1.5 m and ≥ 1.5 m). Same counts and lists
 * as for a footprint.
 */
@Service
class RasterExposure {

    private final NamedParameterJdbcTemplate jdbc;

    private final Jurisdiction jurisdiction;

    RasterExposure(NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.jdbc = jdbc;
    }

    /** A raster and its validated class bounds, ascending. */
    record Classes(AffectedSummary.Event raster, List<Double> bounds, Map<String, Object> params) {

        Map<Integer, String> names() {
            Map<Integer, String> names = new LinkedHashMap<>();
            for (int i = 0; i < bounds.size(); i++) {
                names.put(i + 1, "≥" + format(bounds.get(i))
                        + (i + 1 < bounds.size() ? "，<" + format(bounds.get(i + 1)) : ""));
            }
            return names;
        }

        private static String format(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
        }
    }

    Classes classes(long rasterId, String classes) {
        List<AffectedSummary.Event> rasters = jdbc.query("SELECT id, name, kind FROM hazard_raster WHERE id = :id",
                Map.of("id", rasterId), (rs, i) -> new AffectedSummary.Event(rs.getLong("id"), "RASTER-" + rs.getLong("id"),
                        rs.getString("name"), rs.getString("kind")));
        if (rasters.isEmpty()) {
            throw new NotFoundException("raster", rasterId);
        }
        List<Double> bounds = new ArrayList<>();
        try {
            for (String part : classes.split(",")) {
                bounds.add(Double.valueOf(part.strip()));
            }
        } catch (NumberFormatException e) {
            bounds.clear();
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (!(bounds.get(i) > bounds.get(i - 1))) {
                bounds.clear();
            }
        }
        if (bounds.isEmpty() || bounds.size() > 10 || bounds.stream().anyMatch(b -> !Double.isFinite(b))) {
            throw InvalidInputException.badRequest(new FieldProblem("classes", classes, "raster.classes"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("raster", rasterId);
        for (int i = 0; i < bounds.size(); i++) {
            params.put("bound" + i, bounds.get(i));
        }
        return new Classes(rasters.get(0), List.copyOf(bounds), params);
    }

    AffectedSummary summarize(Classes classes) {
        ExposureTally tally = new ExposureTally();
        MapSqlParameterSource params = new MapSqlParameterSource(classes.params());
        String scope = jurisdiction.condition("h.village_code", params);
        jdbc.query(AffectedSql.rasterHit(classes.bounds().size(), scope) + AffectedSql.COUNTS, params, tally);
        return new AffectedSummary(classes.raster(), 0, tally.totals(), tally.bySeverity(classes.names()),
                tally.byTownship(), tally.rankedVillages());
    }

    /** Streams the houses of the value classes down to priority {@code max}, most urgent first. */
    void targets(Classes classes, MaxPriority max, TargetList list, Consumer<ExportRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource(classes.params());
        params.addValue("maxPriority", max.value());
        String scope = jurisdiction.condition("h.village_code", params);
        jdbc.query(AffectedSql.rasterHit(classes.bounds().size(), scope) + TargetListSql.ROWS, params,
                (RowCallbackHandler) rs -> sink.accept(list.row(rs)));
    }
}
