package org.anju.house;

import java.util.List;

import org.anju.household.TargetCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * All SQL of the house feature, in one place. Identical on PostGIS and H2GIS: the bbox filter
 * uses {@code &&} so that both databases use their spatial index (H2 only does with {@code &&}).
 * Values are always bound, never concatenated.
 */
public final class HouseSql {

    private HouseSql() {
    }

    /** The columns of a house feature; {@code id} and {@code geom} follow the feature-writer convention. */
    private static final String FEATURE_COLUMNS = """
            SELECT h.code AS id, ST_AsBinary(h.location) AS geom,
                   h.code, h.village_code, v.name AS village_name, t.code AS township_code, t.name AS township_name,
                   h.address, h.structure, h.storeys, h.year_built, h.floor_area, h.seismic_measures,
                   h.grade, h.assessed_on, h.assessment_kind, h.assessor, h.occupancy, h.last_inspected_on,
                   o.code AS owner_household,
                   (SELECT r.primary_category FROM household r
                     WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL
                     ORDER BY %s
                     FETCH FIRST 1 ROW ONLY) AS resident_category,
                   (SELECT SUM(r.members) FROM household r WHERE r.residence_house_id = h.id) AS residents,
                   h.version
            """.formatted(TargetCategory.sqlRank("r.primary_category"));

    /*
     * Every join is LEFT and on a unique key: a house always has its village (village_code is NOT NULL
     * and a foreign key), so the rows are those of an inner join, and PostgreSQL drops the joins a
     * statement does not use — a count or a page of ids over this FROM reads house alone (the OGC API's
     * deep page walked the village of each of 900,000 skipped houses before).
     */
    private static final String FROM = """
            FROM house h
            LEFT JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            LEFT JOIN household o ON o.id = h.owner_household_id
            """;

    /** {@code SELECT} of the feature columns with the joins they need (alias {@code h} = house). */
    public static final String FEATURE_SELECT = FEATURE_COLUMNS + FROM;

    /** The joins behind {@link #FEATURE_SELECT}, starting with {@code FROM house h}, e.g. for counts. */
    public static final String FEATURE_FROM = FROM;

    static final String DETAIL = FEATURE_COLUMNS + """
                   , ST_AsBinary(h.footprint) AS footprint
            """ + FROM + " WHERE h.code = :code";

    static final String VILLAGE_OF = "SELECT village_code FROM house WHERE code = :code";

    static final String ASSESSMENTS = """
            SELECT a.grade, a.assessed_on, a.kind, a.assessor, a.note
            FROM house_assessment a JOIN house h ON h.id = a.house_id
            WHERE h.code = :code
            ORDER BY a.assessed_on, a.id
            """;

    static final String RENOVATIONS = """
            SELECT r.renovated_year, r.method, r.subsidy_yuan, r.funding_source
            FROM renovation r JOIN house h ON h.id = r.house_id
            WHERE h.code = :code
            ORDER BY r.renovated_year, r.id
            """;

    /** Households that live in or own the house. */
    static final String HOUSEHOLDS = """
            SELECT hh.id, hh.code, hh.head_name, hh.id_number, hh.phone, hh.members, hh.primary_category,
                   hh.disabled_member, hh.military_family, hh.veteran, hh.elderly_alone,
                   CASE WHEN hh.residence_house_id = h.id THEN TRUE ELSE FALSE END AS lives_here,
                   CASE WHEN h.owner_household_id = hh.id THEN TRUE ELSE FALSE END AS owns
            FROM house h
            JOIN household hh ON hh.residence_house_id = h.id OR hh.id = h.owner_household_id
            WHERE h.code = :code
            ORDER BY hh.code
            """;

    /** A page of houses matching the query, ordered by code. */
    static String page(HouseQuery query, MapSqlParameterSource params) {
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        return FEATURE_COLUMNS + FROM + query.filter().where(params) + " ORDER BY h.code LIMIT :limit OFFSET :offset";
    }

    /**
     * The conditions of the query's filters on {@code house h} (the account's jurisdiction first),
     * values bound in {@code params}; for the OGC API and the downloads.
     */
    public static List<String> conditions(HouseQuery q, MapSqlParameterSource params) {
        return q.filter().conditions(params);
    }

    /** How many houses match the query in all. */
    static String count(HouseQuery query, MapSqlParameterSource params) {
        return "SELECT COUNT(*) FROM house h" + query.filter().where(params);
    }
}
