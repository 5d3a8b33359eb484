package org.anju.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anju.privacy.PersonalDataMask;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns household rows into what the API shows: ID number and phone masked (through
 * {@link PersonalDataMask}, the only way out), the set of categories and the owned houses attached,
 * the internal id dropped. Extra lookups are batched per page, never per row.
 */
@Component
public class HouseholdViews {

    private final NamedParameterJdbcTemplate jdbc;

    HouseholdViews(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rows household rows with at least {@code id, id_number, phone}; other columns pass through
     * @return the rows, masked, with {@code categories} and {@code owned_houses}, in the same order
     */
    public List<Map<String, Object>> ofHouse(List<Map<String, Object>> rows) {
        return views(rows, true);
    }

    /** As {@link #ofHouse}, ID number and phone in full: only for a logged (audited) unmasked view. */
    List<Map<String, Object>> ofHouseUnmasked(List<Map<String, Object>> rows) {
        return views(rows, false);
    }

    private List<Map<String, Object>> views(List<Map<String, Object>> rows, boolean masked) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, List<String>> categories = group(HouseholdSql.CATEGORIES_OF, ids);
        Map<Long, List<String>> owned = group(HouseholdSql.OWNED_HOUSES_OF, ids);
        List<Map<String, Object>> views = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Long id = ((Number) row.get("id")).longValue();
            Map<String, Object> view = new LinkedHashMap<>();
            row.forEach((key, value) -> view.put(key.toLowerCase(java.util.Locale.ROOT), value));
            view.remove("id");
            if (masked) {
                view.put("id_number", PersonalDataMask.idNumber((String) view.get("id_number")));
                view.put("phone", PersonalDataMask.phone((String) view.get("phone")));
            }
            view.put("categories", categories.getOrDefault(id, List.of()));
            view.put("owned_houses", owned.getOrDefault(id, List.of()));
            views.add(view);
        }
        return views;
    }

    private Map<Long, List<String>> group(String sql, List<Long> ids) {
        Map<Long, List<String>> grouped = new TreeMap<>();
        jdbc.query(sql, Map.of("ids", ids), rs -> {
            grouped.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return grouped;
    }
}
