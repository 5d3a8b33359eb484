package org.anju.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anju.area.AdminCode;
import org.anju.export.ExportRow;
import org.anju.geo.GaussKruger;
import org.anju.geo.SpatialDialect;
import org.anju.system.EnumLabels;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 农房抗震改造试点: finds houses in zones of design intensity ≥ 7 (configurable) that are not
 * dangerous (非C、D级) but do not meet the local seismic standard by the configured rules, ranks
 * villages and townships, estimates the budget from the subsidy preset and, given a budget, marks the
 * villages it pays for ({@link BudgetFit}).
 */
@Service
class RetrofitCandidates {

    private final NamedParameterJdbcTemplate jdbc;
    private final RetrofitProperties settings;
    private final SpatialDialect dialect;

    private final Jurisdiction jurisdiction;

    private final EnumLabels labels;

    RetrofitCandidates(NamedParameterJdbcTemplate jdbc, RetrofitProperties settings, SpatialDialect dialect,
                       Jurisdiction jurisdiction, EnumLabels labels) {
        this.labels = labels;
        this.jurisdiction = jurisdiction;
        this.jdbc = jdbc;
        this.settings = settings;
        this.dialect = dialect;
    }

    RetrofitSummary summarize(RetrofitQuery query) {
        MapSqlParameterSource params = params();
        String with = RetrofitSql.candidates(query, settings.rules(), dialect, jurisdiction.condition("h.village_code", params), params);
        RetrofitProperties.Subsidy subsidy = settings.subsidyPresets().get(query.preset());
        Map<String, Village> byVillage = new LinkedHashMap<>();
        Map<String, Long> byReason = new HashMap<>();
        jdbc.query(with + RetrofitSql.BY_VILLAGE_AND_REASON, params, (RowCallbackHandler) rs -> {
            Village v = Village.of(rs);
            byVillage.merge(v.code(), v, Village::withMoreCandidates);
            byReason.merge(rs.getString("reason"), v.candidates(), Long::sum);
        });
        List<Village> villages = new ArrayList<>(byVillage.values());
        List<RetrofitSummary.ByReason> reasons = new ArrayList<>();
        byReason.forEach((reason, n) -> reasons.add(new RetrofitSummary.ByReason(reason, n)));
        reasons.sort(Comparator.comparingLong(RetrofitSummary.ByReason::candidates).reversed()
                .thenComparing(RetrofitSummary.ByReason::reason));

        Map<String, Village> townships = new LinkedHashMap<>();
        for (Village v : villages) {
            if (v.townshipCode() != null) {
                townships.merge(v.townshipCode(),
                        new Village(v.townshipCode(), v.townshipName(), null, null, v.candidates(), 0, 0),
                        Village::plus);
            }
        }
        townships.replaceAll((code, t) -> withSize(t, params));
        long total = villages.stream().mapToLong(Village::candidates).sum();
        BigDecimal totalYuan = subsidy.perHouseYuan().multiply(BigDecimal.valueOf(total));
        BudgetFit.Result planned = BudgetFit.fit(ranked(villages, subsidy, true), query.budgetWan());
        return new RetrofitSummary(
                new RetrofitSummary.Criteria(query.minIntensity(), query.targetOnly(), query.includeUnassessed(),
                        query.raster(), query.minValue()),
                total,
                new RetrofitSummary.Budget(query.preset(), subsidy.perHouseYuan(), totalYuan,
                        totalYuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP), subsidy.source()),
                reasons, ranked(new ArrayList<>(townships.values()), subsidy, false), planned.villages(), planned.plan());
    }

    /**
     * Area A and area B side by side, with the same criteria ({@link RetrofitQuery#sides}): each
     * side's summary and houses, the difference A − B, and the candidates both areas hold.
     */
    RetrofitComparison compare(RetrofitQuery a, RetrofitQuery b) {
        RetrofitSummary summaryA = summarize(a);
        RetrofitSummary summaryB = summarize(b);
        RetrofitComparison.Side sideA = side(a.areas().get(0), summaryA);
        RetrofitComparison.Side sideB = side(b.areas().get(0), summaryB);

        Map<String, long[]> reasons = new LinkedHashMap<>();
        summaryA.byReason().forEach(r -> reasons.computeIfAbsent(r.reason(), k -> new long[2])[0] = r.candidates());
        summaryB.byReason().forEach(r -> reasons.computeIfAbsent(r.reason(), k -> new long[2])[1] = r.candidates());
        List<RetrofitComparison.ReasonDifference> byReason = new ArrayList<>();
        reasons.forEach((reason, n) -> byReason.add(new RetrofitComparison.ReasonDifference(reason, n[0], n[1], n[0] - n[1])));
        BigDecimal yuan = sideA.budget().totalYuan().subtract(sideB.budget().totalYuan());
        RetrofitComparison.Difference difference = new RetrofitComparison.Difference(
                sideA.houses() - sideB.houses(), sideA.candidates() - sideB.candidates(),
                round(sideA.share() - sideB.share(), 4), yuan, yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP),
                byReason);

        long both = count(a.in(a.areas().get(0), b.areas().get(0)));
        long either = sideA.candidates() + sideB.candidates() - both;
        BigDecimal perHouse = settings.subsidyPresets().get(a.preset()).perHouseYuan();
        return new RetrofitComparison(summaryA.criteria(), a.preset(), sideA, sideB, difference,
                new RetrofitComparison.Overlap(both, either, perHouse.multiply(BigDecimal.valueOf(either))));
    }

    private RetrofitComparison.Side side(RetrofitArea area, RetrofitSummary summary) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        conditions.add(jurisdiction.condition("h.village_code", params));
        conditions.addAll(area.conditions("area", dialect, params));
        long houses = jdbc.queryForObject(RetrofitSql.housesIn(conditions), params, Long.class);
        return new RetrofitComparison.Side(area.described(), houses, summary.candidates(),
                houses == 0 ? 0 : round((double) summary.candidates() / houses, 4), summary.budget(), summary.byReason(),
                summary.townships(), summary.villages());
    }

    /** How many candidates {@code query} finds. */
    private long count(RetrofitQuery query) {
        MapSqlParameterSource params = params();
        String with = RetrofitSql.candidates(query, settings.rules(), dialect,
                jurisdiction.condition("h.village_code", params), params);
        return jdbc.queryForObject(with + RetrofitSql.COUNT, params, Long.class);
    }

    /** The township with all its houses and its whole area, for share and density. */
    private Village withSize(Village township, MapSqlParameterSource params) {
        AdminCode code = new AdminCode(township.code());
        MapSqlParameterSource size = new MapSqlParameterSource("metricSrid", params.getValue("metricSrid"))
                .addValue("code", township.code()).addValue("from", code.firstVillage()).addValue("to", code.lastVillage());
        return jdbc.queryForObject(RetrofitSql.AREA_SIZE, size, (rs, i) -> new Village(township.code(), township.name(),
                null, null, township.candidates(), rs.getLong("houses"), rs.getDouble("area_km2")));
    }

    /** Streams the candidate houses, by township and village, to {@code sink}; inside a read-only transaction. */
    void targets(RetrofitQuery query, Consumer<ExportRow> sink) {
        MapSqlParameterSource params = params();
        jdbc.query(RetrofitSql.candidates(query, settings.rules(), dialect, jurisdiction.condition("h.village_code", params), params) + RetrofitSql.TARGETS, params,
                (RowCallbackHandler) rs -> sink.accept(RetrofitTargetList.row(rs, labels)));
    }

    private MapSqlParameterSource params() {
        Map<String, Object> extent = jdbc.queryForMap(RetrofitSql.MIN_LON, Map.of());
        var values = extent.values().toArray();
        double centre = values[0] == null ? 111.0 : (((Number) values[0]).doubleValue() + ((Number) values[1]).doubleValue()) / 2;
        return new MapSqlParameterSource("metricSrid", GaussKruger.zoneSrid(centre));
    }

    /** Most candidates first, then the higher share, then code. */
    private static List<RetrofitSummary.ByArea> ranked(List<Village> areas, RetrofitProperties.Subsidy subsidy,
                                                       boolean villages) {
        areas.sort(Comparator.comparingLong(Village::candidates).reversed()
                .thenComparing(Comparator.comparingDouble(Village::share).reversed())
                .thenComparing(v -> v.code() == null ? "" : v.code()));
        List<RetrofitSummary.ByArea> ranked = new ArrayList<>();
        for (Village v : areas) {
            ranked.add(new RetrofitSummary.ByArea(ranked.size() + 1, v.code(), v.name(),
                    villages ? v.townshipName() : null, v.candidates(), v.houses(), round(v.share(), 4),
                    round(v.areaKm2() > 0 ? v.candidates() / v.areaKm2() : 0, 2),
                    subsidy.perHouseYuan().multiply(BigDecimal.valueOf(v.candidates())), null, null));
        }
        return ranked;
    }

    private static double round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** A village of {@link RetrofitSql#BY_VILLAGE_AND_REASON} (its rows summed); also used to sum townships. */
    private record Village(String code, String name, String townshipCode, String townshipName, long candidates,
                           long houses, double areaKm2) {

        static Village of(ResultSet rs) throws SQLException {
            return new Village(rs.getString("village_code"), rs.getString("village_name"), rs.getString("township_code"),
                    rs.getString("township_name"), rs.getLong("candidates"), rs.getLong("village_houses"),
                    rs.getDouble("area_km2"));
        }

        double share() {
            return houses == 0 ? 0 : (double) candidates / houses;
        }

        /** The same village with the candidates of another reason added (houses and area are the village's). */
        Village withMoreCandidates(Village sameVillage) {
            return new Village(code, name, townshipCode, townshipName, candidates + sameVillage.candidates, houses, areaKm2);
        }

        Village plus(Village o) {
            return new Village(code, name, townshipCode, townshipName, candidates + o.candidates, houses + o.houses,
                    areaKm2 + o.areaKm2);
        }
    }
}
