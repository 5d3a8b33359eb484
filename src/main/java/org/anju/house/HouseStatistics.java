package org.anju.house;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.household.TargetCategory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for the houses a filter selects (the map view, villages clicked, an area drawn): standing
 * houses by grade, occupied and occupied C/D houses, and the households living in them by primary
 * category, with their members. Demolished houses are counted apart — as the retrofit ranking and
 * the emergency lists leave them out, so a village has one number of houses everywhere.
 */
@Component
public class HouseStatistics {

    private static final String BY_GRADE = """
            SELECT h.grade, h.occupancy IN ('OCCUPIED', 'SEASONAL') AS occupied,
                   h.occupancy = 'DEMOLISHED' AS demolished, COUNT(*) AS houses
            FROM house h%s
            GROUP BY h.grade, h.occupancy IN ('OCCUPIED', 'SEASONAL'), h.occupancy = 'DEMOLISHED'
            """;

    private static final String RESIDENTS = """
            SELECT r.primary_category, COUNT(*) AS households, COALESCE(SUM(r.members), 0) AS persons
            FROM household r
            JOIN house h ON h.id = r.residence_house_id%s
            GROUP BY r.primary_category
            """;

    private final NamedParameterJdbcTemplate jdbc;

    HouseStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param houses            selected houses still standing (not demolished)
     * @param demolished        selected houses recorded as demolished (已拆除), not in the other counts
     * @param byGrade           standing houses per grade (A, B, C, D, UNASSESSED; zeros included)
     * @param occupied          houses people live in (also seasonally)
     * @param occupiedDangerous C/D houses people live in (危房住人)
     * @param households        households living in the houses
     * @param byCategory        of which per primary target category (only categories present)
     * @param persons           members of those households
     */
    public record Counts(long houses, long demolished, Map<String, Long> byGrade, long occupied, long occupiedDangerous,
                         long households, Map<String, Long> byCategory, long persons) {
    }

    @Transactional(readOnly = true)
    public Counts count(HouseFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filter.where(params);
        Map<String, Long> byGrade = new LinkedHashMap<>();
        for (SafetyGrade grade : SafetyGrade.values()) {
            byGrade.put(grade.name(), 0L);
        }
        long[] totals = new long[4];          // houses, occupied, occupied C/D, demolished
        jdbc.query(BY_GRADE.formatted(where), params, (RowCallbackHandler) rs -> {
            String grade = rs.getString("grade");
            long houses = rs.getLong("houses");
            if (rs.getBoolean("demolished")) {
                totals[3] += houses;
                return;
            }
            byGrade.merge(grade, houses, Long::sum);
            totals[0] += houses;
            if (rs.getBoolean("occupied")) {
                totals[1] += houses;
                if ("C".equals(grade) || "D".equals(grade)) {
                    totals[2] += houses;
                }
            }
        });
        Map<String, Long> byCategory = new LinkedHashMap<>();
        long[] residents = new long[2];       // households, persons
        jdbc.query(RESIDENTS.formatted(where), params, (RowCallbackHandler) rs -> {
            String category = rs.getString("primary_category");
            residents[0] += rs.getLong("households");
            residents[1] += rs.getLong("persons");
            if (category != null) {
                byCategory.put(category, rs.getLong("households"));
            }
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (TargetCategory category : TargetCategory.values()) {
            if (byCategory.containsKey(category.name())) {
                ordered.put(category.name(), byCategory.get(category.name()));
            }
        }
        return new Counts(totals[0], totals[3], byGrade, totals[1], totals[2], residents[0], ordered, residents[1]);
    }
}
