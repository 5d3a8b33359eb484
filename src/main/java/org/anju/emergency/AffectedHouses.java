package org.anju.emergency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.export.ExportRow;
import org.anju.geo.GaussKruger;
import org.anju.geo.SpatialDialect;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 应急排查: which houses, households and people a disaster footprint (optionally widened by a
 * buffer in metres) hits, summed up for the emergency teams, and the prioritised list of houses to
 * check first. All spatial work is one indexed query in the database; Java only adds up the
 * per-village rows and ranks them.
 */
@Service
public class AffectedHouses {

    /** The widest buffer accepted, in metres. */
    static final double MAX_BUFFER_METRES = 50_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SpatialDialect dialect;

    private final Jurisdiction jurisdiction;

    private final EnumLabels labels;

    AffectedHouses(NamedParameterJdbcTemplate jdbc, SpatialDialect dialect, Jurisdiction jurisdiction,
                   EnumLabels labels) {
        this.labels = labels;
        this.jurisdiction = jurisdiction;
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** The footprint of event {@code eventId} widened by {@code bufferMetres} (0 = as drawn). */
    record Area(AffectedSummary.Event event, double bufferMetres, Map<String, Object> params) {
    }

    Area area(long eventId, double bufferMetres) {
        if (!(bufferMetres >= 0 && bufferMetres <= MAX_BUFFER_METRES)) {
            throw InvalidInputException.badRequest(new FieldProblem("buffer", bufferMetres, "field.range", 0,
                    (long) MAX_BUFFER_METRES));
        }
        List<AffectedSummary.Event> events = jdbc.query(
                "SELECT id, code, name, type FROM disaster_event WHERE id = :event", Map.of("event", eventId),
                (rs, i) -> new AffectedSummary.Event(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("type")));
        if (events.isEmpty()) {
            throw new NotFoundException("disaster", eventId);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("event", eventId);
        params.put("buffer", bufferMetres);
        Map<String, Object> extent = jdbc.queryForMap(AffectedSql.EVENT_EXTENT, Map.of("event", eventId));
        Number minLon = (Number) extent.get("min_lon");
        Number maxLon = (Number) extent.get("max_lon");
        double centre = minLon == null ? 111.0 : (minLon.doubleValue() + maxLon.doubleValue()) / 2;
        params.put("metricSrid", GaussKruger.zoneSrid(centre));
        double farthestLat = minLon == null ? 0 : Math.max(Math.abs(((Number) extent.get("min_lat")).doubleValue()),
                Math.abs(((Number) extent.get("max_lat")).doubleValue()));
        params.put("dx", GaussKruger.degreesOfLongitudeAtLeast(bufferMetres, farthestLat));
        params.put("dy", GaussKruger.degreesOfLatitudeAtLeast(bufferMetres));
        return new Area(events.get(0), bufferMetres, params);
    }

    public AffectedSummary summarize(long eventId, double bufferMetres) {
        Area area = area(eventId, bufferMetres);
        ExposureTally tally = new ExposureTally();
        MapSqlParameterSource params = new MapSqlParameterSource(area.params());
        String scope = jurisdiction.condition("h.village_code", params);
        jdbc.query(AffectedSql.hit(bufferMetres > 0, dialect, scope) + AffectedSql.COUNTS, params, tally);
        return new AffectedSummary(area.event(), bufferMetres, tally.totals(), tally.bySeverity(severityNames(eventId)),
                tally.byTownship(), tally.rankedVillages());
    }

    /** The list layout for the houses {@code area} affects (with its severity classes). */
    TargetList targetList(Area area) {
        return TargetList.affected(severityNames(area.event().id()), labels);
    }

    /**
     * Streams the affected houses down to priority {@code max}, most urgent first (see
     * {@link TargetListSql}), as rows of {@code list} to {@code sink}. Call inside a read-only
     * transaction so that PostgreSQL streams.
     */
    void targets(Area area, MaxPriority max, TargetList list, Consumer<ExportRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource(area.params());
        params.addValue("maxPriority", max.value());
        String scope = jurisdiction.condition("h.village_code", params);
        jdbc.query(AffectedSql.hit(area.bufferMetres() > 0, dialect, scope) + TargetListSql.ROWS, params,
                (RowCallbackHandler) rs -> sink.accept(list.row(rs)));
    }

    /**
     * Streams the ids of the houses event {@code eventId}'s footprint (widened by {@code bufferMetres})
     * affects — the same houses {@link #summarize} counts — e.g. to create emergency inspection tasks.
     *
     * @throws NotFoundException when the event does not exist
     */
    public void forEachAffectedHouse(long eventId, double bufferMetres, java.util.function.LongConsumer sink) {
        Area area = area(eventId, bufferMetres);
        jdbc.query(AffectedSql.hit(bufferMetres > 0, dialect, "TRUE") + "SELECT house_id FROM hit ORDER BY house_id",
                area.params(), (RowCallbackHandler) rs -> sink.accept(rs.getLong(1)));
    }

    /** Streams the parts of {@code area}'s footprint widened by its buffer, as GeoJSON rows, to {@code sink}. */
    void bufferedParts(Area area, RowCallbackHandler sink) {
        jdbc.query(AffectedSql.BUFFERED_PARTS, area.params(), sink);
    }

    private Map<Integer, String> severityNames(long eventId) {
        Map<Integer, String> names = new HashMap<>();
        names.put(AffectedSql.BUFFER_ONLY, "缓冲区内");
        jdbc.query(AffectedSql.SEVERITY_NAMES, Map.of("event", eventId),
                (RowCallbackHandler) rs -> names.putIfAbsent(rs.getInt(1), rs.getString(2)));
        return names;
    }
}
