package org.anju.household;

import java.util.ArrayList;
import java.util.List;

import org.anju.area.AreaScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * All SQL of the household feature, identical on PostGIS and H2GIS; values always bound. The
 * columns, joins and filter conditions are public so that the OGC API and the exports serve exactly
 * the households of {@code /api/households} (jurisdiction included).
 */
public final class HouseholdSql {

    private HouseholdSql() {
    }

    private static final String SELECT_LIST = """
            SELECT hh.id, hh.code, hh.head_name, hh.id_number, hh.phone, hh.members,
                   hh.village_code, v.name AS village_name, hh.primary_category,
                   hh.disabled_member, hh.military_family, hh.veteran, hh.elderly_alone,
                   r.code AS residence_house, r.grade AS residence_grade, r.occupancy AS residence_occupancy,
                   hh.version
            """;

    /** The joins: {@code hh} household, {@code v} its village, {@code r} the house it lives in (or null). */
    public static final String FROM = """
            FROM household hh
            JOIN admin_area v ON v.code = hh.village_code
            LEFT JOIN house r ON r.id = hh.residence_house_id
            """;

    private static final String COLUMNS = SELECT_LIST + FROM;

    /**
     * The household columns (personal data unmasked: pass rows through {@link HouseholdViews}) plus
     * {@code geom}, the location of the house it lives in as WKB (null for 无房户), with {@link #FROM}.
     */
    public static final String FEATURE_SELECT = SELECT_LIST + ", ST_AsBinary(r.location) AS geom\n" + FROM;

    private static final String ONE = COLUMNS + " WHERE hh.code = :code";

    static final String CATEGORIES_OF = """
            SELECT household_id, category FROM household_category
            WHERE household_id IN (:ids)
            ORDER BY household_id, %s
            """.formatted(TargetCategory.sqlRank("category"));

    static final String OWNED_HOUSES_OF = """
            SELECT owner_household_id, code FROM house
            WHERE owner_household_id IN (:ids)
            ORDER BY owner_household_id, code
            """;

    static final String HOUSE_ID = "SELECT id FROM house WHERE code = :code";

    static final String VILLAGE_LEVEL = "SELECT level FROM admin_area WHERE code = :code";

    /** The household with this code, if it lies in {@code jurisdiction} (a condition on {@code hh.village_code}). */
    static String one(String jurisdiction) {
        return ONE + " AND " + jurisdiction;
    }

    static String page(HouseholdQuery query, MapSqlParameterSource params) {
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        return COLUMNS + where(query, params) + " ORDER BY hh.code LIMIT :limit OFFSET :offset";
    }

    static String count(HouseholdQuery query, MapSqlParameterSource params) {
        return "SELECT COUNT(*) FROM household hh" + where(query, params);
    }

    private static String where(HouseholdQuery q, MapSqlParameterSource params) {
        List<String> conditions = conditions(q, params);
        return conditions.isEmpty() ? "" : " WHERE " + String.join("\n  AND ", conditions);
    }

    /**
     * The conditions of the query's filters on {@code household hh}, the account's jurisdiction
     * first, values bound in {@code params}.
     */
    public static List<String> conditions(HouseholdQuery q, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (q.jurisdiction() != null) {
            conditions.add(AreaScope.villageIn("hh.village_code", List.of(q.jurisdiction()), "jurisdiction", params));
        }
        if (!q.villages().isEmpty()) {
            params.addValue("villages", q.villages());
            conditions.add("hh.village_code IN (:villages)");
        }
        if (!q.townships().isEmpty()) {
            conditions.add(AreaScope.villageIn("hh.village_code", q.townships(), "township", params));
        }
        if (!q.categories().isEmpty()) {
            params.addValue("categories", q.categories().stream().map(Enum::name).toList());
            conditions.add("""
                    EXISTS (SELECT 1 FROM household_category c
                            WHERE c.household_id = hh.id AND c.category IN (:categories))""");
        }
        if (!q.primaryCategories().isEmpty()) {
            params.addValue("primary", q.primaryCategories().stream().map(Enum::name).toList());
            conditions.add("hh.primary_category IN (:primary)");
        }
        if (q.livesInDangerousHouse() != null) {
            conditions.add((q.livesInDangerousHouse() ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM house d
                            WHERE d.id = hh.residence_house_id AND d.grade IN ('C', 'D'))""");
        }
        if (q.ownsSafeHouse() != null) {
            conditions.add((q.ownsSafeHouse() ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM house s
                            WHERE s.owner_household_id = hh.id AND s.grade IN ('A', 'B')
                              AND (hh.residence_house_id IS NULL OR s.id <> hh.residence_house_id))""");
        }
        if (q.withoutHouse() != null) {
            conditions.add((q.withoutHouse() ? "" : "NOT ") + """
                    (hh.residence_house_id IS NULL
                     AND NOT EXISTS (SELECT 1 FROM house o WHERE o.owner_household_id = hh.id))""");
        }
        return conditions;
    }
}
