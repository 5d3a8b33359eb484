package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.house.HouseFilter;
import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * One request for retrofit candidates ({@code GET /api/retrofit/candidates}), or one side of a
 * comparison ({@code GET /api/retrofit/comparison}): the criteria and where to look.
 *
 * @param minIntensity      zones of at least this design intensity (6–9; default from configuration)
 * @param targetOnly        only houses where a household of the six categories lives
 *                          ({@code households=target}, default) or all ({@code households=all})
 * @param includeUnassessed also houses not yet graded (default false: only A/B, i.e. 非C、D级)
 * @param houses            the map's filter on the houses themselves ({@code grade}, {@code occupancy},
 *                          {@code structure}, {@code category}, {@code target_household}, {@code priority},
 *                          as on {@code /api/houses}; see {@link HouseFilter}): it narrows the candidates
 *                          further, so {@code grade=C,D} leaves none (C/D houses are for 危房改造)
 * @param areas             where to look: a house must lie in every one of these areas (one for a
 *                          request; two for the candidates two compared areas share)
 * @param preset            subsidy preset for the budget
 * @param raster            instead of the seismic zones, use the values of this hazard raster sampled at
 *                          the houses (e.g. a shaking-intensity GeoTIFF) …
 * @param minValue          … and take houses whose value is at least this (default: {@code minIntensity})
 * @param budgetWan         the money to plan against, in 万元 ({@code budget_wan}, 0 – {@value #MAX_BUDGET_WAN});
 *                          {@code null}: no budget. See {@link BudgetFit} for which villages it pays for.
 */
record RetrofitQuery(int minIntensity, boolean targetOnly, boolean includeUnassessed, HouseFilter houses,
                     List<RetrofitArea> areas, String preset, Long raster, Double minValue, BigDecimal budgetWan) {

    /** The largest budget accepted, in 万元 (10^8 万元 = 1 万亿元, far above any county programme). */
    static final long MAX_BUDGET_WAN = 100_000_000L;

    /** The query parameters of the candidates: the criteria, the map's house filter, the area and the budget. */
    static final Set<String> PARAMETERS = Set.of("min_intensity", "households", "include_unassessed",
            "preset", "raster", "min_value", "budget_wan", "grade", "occupancy", "structure", "category",
            "target_household", "priority", "village", "township", "bbox", "within");

    /**
     * The criteria, the map's filter and the area ({@code village}, {@code township}, {@code bbox},
     * {@code within}, read by {@link HouseFilter} as for the map's other counts) of one request.
     */
    static RetrofitQuery from(MultiValueMap<String, String> params, RetrofitProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
        HouseFilter filter = HouseFilter.from(params, problems, Jurisdiction.current());
        RetrofitQuery criteria = criteria(params, settings, filter, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return criteria.in(new RetrofitArea(filter.villages(), filter.townships(), filter.bbox(), filter.within()));
    }

    /**
     * The two sides of a comparison: the same criteria (unprefixed parameters), areas from
     * {@code a.village}, {@code a.township}, {@code a.bbox}, {@code a.within} and the same with
     * {@code b.}. Each side needs at least one of them; an unknown {@code a.…}/{@code b.…}
     * parameter is refused rather than silently widening that side to everywhere.
     */
    static List<RetrofitQuery> sides(MultiValueMap<String, String> params, RetrofitProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
        RetrofitQuery criteria = criteria(params, settings, HouseFilter.from(params, problems, Jurisdiction.current()),
                problems);
        List<RetrofitQuery> sides = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            params.keySet().stream()
                    .filter(k -> k.startsWith(side + ".") && !RetrofitArea.PARAMETERS.contains(k.substring(2)))
                    .forEach(k -> problems.add(new FieldProblem(k, params.getFirst(k), "field.unknown")));
            RetrofitArea area = RetrofitArea.from(params, side + ".", problems);
            if (area.isEverywhere() && problems.stream().noneMatch(p -> p.field().startsWith(side + "."))) {
                problems.add(new FieldProblem(side, null, "retrofit.areaMissing", side));
            }
            sides.add(criteria.in(area));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return sides;
    }

    /** The same criteria, looking only where every one of {@code areas} holds. */
    RetrofitQuery in(RetrofitArea... areas) {
        return new RetrofitQuery(minIntensity, targetOnly, includeUnassessed, houses, List.of(areas), preset, raster,
                minValue, budgetWan);
    }

    /**
     * The criteria; of {@code filter} only what it says about the houses themselves — the area it
     * names becomes a {@link RetrofitArea}, and the jurisdiction is added to every query anyway.
     */
    private static RetrofitQuery criteria(MultiValueMap<String, String> params, RetrofitProperties settings,
                                          HouseFilter filter, List<FieldProblem> problems) {
        int minIntensity = QueryParameters.integer(params, "min_intensity", settings.minIntensity(), 6, 9, problems);
        String households = params.getFirst("households");
        boolean targetOnly = settings.targetOnly();
        if (households != null) {
            if (households.equalsIgnoreCase("target") || households.equalsIgnoreCase("all")) {
                targetOnly = households.equalsIgnoreCase("target");
            } else {
                problems.add(new FieldProblem("households", households, "enum.unknown", "[target, all]"));
            }
        }
        Boolean unassessed = QueryParameters.bool(params, "include_unassessed", problems);
        String preset = params.getFirst("preset") == null ? settings.subsidyPreset() : params.getFirst("preset");
        if (!settings.subsidyPresets().containsKey(preset)) {
            problems.add(new FieldProblem("preset", preset, "enum.unknown", settings.subsidyPresets().keySet()));
        }
        Long raster = null;
        Double minValue = null;
        if (params.getFirst("raster") != null) {
            raster = (long) QueryParameters.integer(params, "raster", 0, 1, Integer.MAX_VALUE, problems);
            String text = params.getFirst("min_value");
            try {
                minValue = text == null ? minIntensity : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("min_value", text, "field.notNumber"));
            }
        }
        HouseFilter houses = new HouseFilter(null, filter.grades(), filter.occupancy(), filter.structures(),
                filter.categories(), filter.anyTarget(), filter.flags(), Set.of(), Set.of(), null, null);
        return new RetrofitQuery(minIntensity, targetOnly, Boolean.TRUE.equals(unassessed), houses, List.of(), preset,
                raster, minValue, budget(params, problems));
    }

    /** {@code budget_wan}: a decimal number of 万元 in [0, {@link #MAX_BUDGET_WAN}], or null when absent. */
    private static BigDecimal budget(MultiValueMap<String, String> params, List<FieldProblem> problems) {
        String text = params.getFirst("budget_wan");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal wan = new BigDecimal(text.strip());
            if (wan.signum() >= 0 && wan.compareTo(BigDecimal.valueOf(MAX_BUDGET_WAN)) <= 0) {
                return wan;
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("budget_wan", text, "field.notNumber"));
            return null;
        }
        problems.add(new FieldProblem("budget_wan", text, "field.range", 0, MAX_BUDGET_WAN));
        return null;
    }
}
