package org.anju.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers disaster events with their footprint parts, in one transaction. */
@Service
class DisasterEvents {

    /** What was stored, for the 201 answer: which parts (0-based) had to be repaired. */
    record Created(long id, String code, int parts, List<Integer> repairedParts) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DisasterEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Created create(DisasterForm form) {
        String code = form.code() != null ? form.code()
                : form.type().name() + "-" + form.startedOn() + "-" + UUID.randomUUID().toString().substring(0, 8);
        if (!jdbc.queryForList(HazardSql.EVENT_ID_BY_CODE, Map.of("code", code), Long.class).isEmpty()) {
            throw InvalidInputException.conflict(new FieldProblem("properties.code", code, "code.duplicate"));
        }
        var event = new java.util.HashMap<String, Object>();
        event.put("code", code);
        event.put("type", form.type().name());
        event.put("name", form.name());
        event.put("startedOn", form.startedOn());
        event.put("endedOn", form.endedOn());
        event.put("description", form.description());
        jdbc.update(HazardSql.INSERT_EVENT, event);
        long id = jdbc.queryForObject(HazardSql.EVENT_ID_BY_CODE, Map.of("code", code), Long.class);
        List<Integer> repaired = new ArrayList<>();
        WKBWriter wkb = new WKBWriter();
        for (int i = 0; i < form.parts().size(); i++) {
            DisasterForm.Part part = form.parts().get(i);
            var row = new java.util.HashMap<String, Object>();
            row.put("event", id);
            row.put("severity", part.severity());
            row.put("rank", part.severityRank());
            row.put("area", wkb.write(part.area()));
            jdbc.update(HazardSql.INSERT_FOOTPRINT, row);
            if (part.repaired()) {
                repaired.add(i);
            }
        }
        return new Created(id, code, form.parts().size(), repaired);
    }
}
