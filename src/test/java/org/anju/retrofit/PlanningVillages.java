package org.anju.retrofit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Villages added to the fixture county for the retrofit planning specs and the planner's browser
 * walk, and removed again: the fixture's candidates all lie in one village (西村), too few to choose
 * among with a budget. Each village is a small box in 龙兴镇 (140825100000) with its houses on a grid
 * inside it; codes 140825100211–219, house codes starting {@value #HOUSE_PREFIX}.
 */
public final class PlanningVillages {

    public static final String LONGXING = "140825100000";
    static final String HOUSE_PREFIX = "RP-";

    private final JdbcTemplate jdbc;

    public PlanningVillages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Houses of one kind: grade, structure, ring beams/tie columns (YES/NO/UNKNOWN), occupancy. */
    public record Kind(String grade, String structure, String seismicMeasures, String occupancy) {

        /** B, brick-concrete without ring beams, lived in: a candidate by the rule 砖木/砖混结构，无圈梁构造柱. */
        public static final Kind BRICK_WITHOUT_RING_BEAMS = new Kind("B", "BRICK_CONCRETE", "NO", "OCCUPIED");
    }

    /**
     * A village {@code code} named {@code name} whose box starts at {@code lon}/{@code lat}, with
     * {@code houses} houses of {@code kind}; the first {@code targetHouses} have a household of
     * {@code category} living in them (the others none).
     */
    public PlanningVillages add(String code, String name, double lon, double lat, int houses, Kind kind,
                                int targetHouses, String category) {
        if (houses > 400) {
            throw new IllegalArgumentException("at most 400 houses fit the box");
        }
        jdbc.update("""
                INSERT INTO admin_area (code, name, level, parent_code, boundary)
                VALUES (?, ?, 'VILLAGE', ?, ST_GeomFromText(?, 4490))""", code, name, LONGXING,
                "MULTIPOLYGON (((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s)))"
                        .formatted(lon - 0.001, lat - 0.001, lon + 0.021, lat + 0.011));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < houses; i++) {
            rows.add(new Object[] {houseCode(code, i), code, "POINT (%s %s)".formatted(lon + (i % 20) * 0.001,
                    lat + (i / 20) * 0.0005), kind.structure(), kind.seismicMeasures(), kind.grade(), kind.occupancy()});
        }
        jdbc.batchUpdate("""
                INSERT INTO house (code, village_code, location, structure, storeys, year_built, seismic_measures, grade, occupancy)
                VALUES (?, ?, ST_GeomFromText(?, 4490), ?, 1, 1995, ?, ?, ?)""", rows);
        List<Object[]> households = new ArrayList<>();
        for (int i = 0; i < targetHouses; i++) {
            households.add(new Object[] {"RP-HH-" + code + "-" + i, code, category, houseCode(code, i)});
        }
        jdbc.batchUpdate("""
                INSERT INTO household (code, head_name, members, village_code, primary_category, residence_house_id)
                VALUES (?, '测试户', 2, ?, ?, (SELECT id FROM house WHERE code = ?))""", households);
        jdbc.update("""
                INSERT INTO household_category (household_id, category)
                SELECT id, primary_category FROM household
                WHERE village_code = ? AND code LIKE 'RP-HH-%' AND primary_category IS NOT NULL""", code);
        return this;
    }

    /** Everything {@link #add} added, whatever a test left behind. */
    public void removeAll() {
        jdbc.update("DELETE FROM household WHERE code LIKE 'RP-HH-%'");
        jdbc.update("DELETE FROM house WHERE code LIKE '" + HOUSE_PREFIX + "%'");
        jdbc.update("DELETE FROM admin_area WHERE code BETWEEN '140825100211' AND '140825100219'");
    }

    private static String houseCode(String village, int i) {
        return HOUSE_PREFIX + village + "-%04d".formatted(i);
    }
}
