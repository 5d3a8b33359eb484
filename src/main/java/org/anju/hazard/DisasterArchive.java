package org.anju.hazard;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.system.EnumLabels;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of disaster events and their archive (归档). An archived event is over: it stays in the
 * database with its footprint, its campaigns and everything that refers to it, and can be opened and
 * counted as before by its id; it is only left out of what offers events to choose from — the event
 * list and the footprints of {@code /api/disasters}, hence the map and the emergency panel — unless
 * archived events are asked for. Archiving and un-archiving are audited
 * ({@code DISASTER_ARCHIVE}, {@code DISASTER_UNARCHIVE}).
 */
@Service
class DisasterArchive {

    private final NamedParameterJdbcTemplate jdbc;
    private final EnumLabels labels;
    private final AuditLog audit;

    DisasterArchive(NamedParameterJdbcTemplate jdbc, EnumLabels labels, AuditLog audit) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.audit = audit;
    }

    /** The current events, newest first; with the archived ones when {@code includeArchived}. */
    @Transactional(readOnly = true)
    List<DisasterEventRow> events(boolean includeArchived) {
        return query(null, includeArchived);
    }

    /**
     * Archives ({@code archived} true) or un-archives event {@code id}; the event as it is afterwards.
     * Setting what already holds changes nothing (no audit entry, the archiving date stays).
     *
     * @throws NotFoundException when there is no such event (404)
     */
    @Transactional
    DisasterEventRow setArchived(long id, boolean archived) {
        List<Map<String, Object>> locked = jdbc.queryForList(HazardSql.LOCK_EVENT, Map.of("event", id));
        if (locked.isEmpty()) {
            throw new NotFoundException("disaster", id);
        }
        boolean was = locked.get(0).get("archived_at") != null;
        if (was != archived) {
            Map<String, Object> params = new HashMap<>();
            params.put("event", id);
            params.put("at", archived ? OffsetDateTime.now() : null);
            params.put("by", archived ? SecurityContextHolder.getContext().getAuthentication().getName() : null);
            jdbc.update(HazardSql.SET_ARCHIVED, params);
            audit.event(archived ? "DISASTER_ARCHIVE" : "DISASTER_UNARCHIVE", "disaster " + locked.get(0).get("code"),
                    null, Map.of("id", id, "archived", archived));
        }
        return query(id, true).get(0);
    }

    private List<DisasterEventRow> query(Long id, boolean includeArchived) {
        MapSqlParameterSource params = new MapSqlParameterSource("event", id).addValue("includeArchived", includeArchived);
        return jdbc.query(HazardSql.EVENTS, params, (rs, i) -> {
            String type = rs.getString("type");
            java.sql.Date ended = rs.getDate("ended_on");
            OffsetDateTime archivedAt = rs.getObject("archived_at", OffsetDateTime.class);
            return new DisasterEventRow(rs.getLong("id"), rs.getString("code"), type,
                    labels.of(DisasterType.class, type), rs.getString("name"), rs.getDate("started_on").toLocalDate(),
                    ended == null ? null : ended.toLocalDate(), rs.getString("description"), rs.getLong("parts"),
                    archivedAt != null, archivedAt, rs.getString("archived_by"));
        });
    }
}
