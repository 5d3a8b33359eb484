package org.anju.emergency;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.anju.area.AreaScope;
import org.anju.export.ExportRow;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 危房住人: houses graded C or D where people live (at least part of the year), for the whole
 * county or selected townships/villages — the list "危房不住人，住人不危房" says must be empty.
 * Households that own a safe new house and still live in the old one (建新不拆旧) are marked.
 */
@Service
class LivingInDanger {

    /** Totals, by township and ranked villages, and how many are 建新不拆旧 cases. */
    record Summary(Exposure totals, long builtNewStillInOld, List<AffectedSummary.ByArea> byTownship,
                   List<AffectedSummary.ByArea> villages) {
    }

    private static final String BUILT_NEW_STILL_IN_OLD = """
            SELECT COUNT(*) FROM hit
            JOIN household r ON r.residence_house_id = hit.house_id
            WHERE EXISTS (SELECT 1 FROM house s WHERE s.owner_household_id = r.id
                            AND s.grade IN ('A', 'B') AND s.id <> hit.house_id)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    private final Jurisdiction jurisdiction;

    LivingInDanger(NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    Summary summarize(Set<String> townships, Set<String> villages) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String with = AffectedSql.livingInDanger(scope(townships, villages, params));
        ExposureTally tally = new ExposureTally();
        jdbc.query(with + AffectedSql.COUNTS, params, tally);
        Long builtNew = jdbc.queryForObject(with + BUILT_NEW_STILL_IN_OLD, params, Long.class);
        return new Summary(tally.totals(), builtNew, tally.byTownship(), tally.rankedVillages());
    }

    /** Streams the list down to priority {@code max}, most urgent first; inside a read-only transaction. */
    void targets(Set<String> townships, Set<String> villages, MaxPriority max, TargetList list,
                 Consumer<ExportRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("maxPriority", max.value());
        String sql = AffectedSql.livingInDanger(scope(townships, villages, params)) + TargetListSql.ROWS;
        jdbc.query(sql, params, (RowCallbackHandler) rs -> sink.accept(list.row(rs)));
    }

    /** The areas asked for, within the account's jurisdiction, as a condition on {@code h.village_code}. */
    private String scope(Set<String> townships, Set<String> villages, MapSqlParameterSource params) {
        String asked = asked(townships, villages, params);
        String allowed = jurisdiction.condition("h.village_code", params);
        return asked == null ? allowed : asked + " AND " + allowed;
    }

    private static String asked(Set<String> townships, Set<String> villages, MapSqlParameterSource params) {
        if (!villages.isEmpty()) {
            params.addValue("villages", villages);
            return townships.isEmpty() ? "h.village_code IN (:villages)"
                    : "(h.village_code IN (:villages) OR " + AreaScope.villageIn("h.village_code", townships, "township", params) + ")";
        }
        return townships.isEmpty() ? null : AreaScope.villageIn("h.village_code", townships, "township", params);
    }
}
