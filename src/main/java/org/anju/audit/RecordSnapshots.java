package org.anju.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.privacy.PersonalDataMask;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record as the audit log keeps it, as JSON: its attributes (location as lon/lat), ID number and
 * phone masked — the log shows what changed without becoming a second copy of personal data.
 */
@Component
public class RecordSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;

    RecordSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The house as JSON, or null when there is none with this code. */
    public String house(String code) {
        return snapshot(AuditSql.HOUSE, code);
    }

    /** The household as JSON (masked), or null when there is none with this code. */
    public String household(String code) {
        return snapshot(AuditSql.HOUSEHOLD, code);
    }

    private String snapshot(String sql, String code) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, Map.of("code", code));
        return rows.isEmpty() ? null : json(rows.get(0));
    }

    /** One row (column → value) as the audit keeps it: JSON, column names in lower case, personal data masked. */
    static String json(Map<String, Object> row) {
        Map<String, Object> record = new LinkedHashMap<>();
        row.forEach((column, value) -> record.put(column.toLowerCase(Locale.ROOT),
                value == null || value instanceof Number || value instanceof Boolean ? value : value.toString()));
        if (record.containsKey("id_number")) {
            record.put("id_number", PersonalDataMask.idNumber((String) record.get("id_number")));
        }
        if (record.containsKey("phone")) {
            record.put("phone", PersonalDataMask.phone((String) record.get("phone")));
        }
        return JSON.writeValueAsString(record);
    }
}
