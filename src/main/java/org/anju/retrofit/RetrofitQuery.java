package org.anju.retrofit;

import java.util.ArrayList;
import java.util.List;

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
 * @param areas             where to look: a house must lie in every one of these areas (one for a
 *                          request; two for the candidates two compared areas share)
 * @param preset            subsidy preset for the budget
 * @param raster            instead of the seismic zones, use the values of this hazard raster sampled at
 *                          the houses (e.g. a shaking-intensity GeoTIFF) …
 * @param minValue          … and take houses whose value is at least this (default: {@code minIntensity})
 */
record RetrofitQuery(int minIntensity, boolean targetOnly, boolean includeUnassessed, List<RetrofitArea> areas,
                     String preset, Long raster, Double minValue) {

    /** The query parameters of the candidates: the criteria and the area. */
    static final java.util.Set<String> PARAMETERS = java.util.Set.of("min_intensity", "households", "include_unassessed",
            "preset", "raster", "min_value", "village", "township", "bbox", "within");

    /** The criteria and the area ({@code village}, {@code township}, {@code bbox}, {@code within}) of one request. */
    static RetrofitQuery from(MultiValueMap<String, String> params, RetrofitProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
        RetrofitQuery criteria = criteria(params, settings, problems);
        RetrofitArea area = RetrofitArea.from(params, "", problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return criteria.in(area);
    }

    /**
     * The two sides of a comparison: the same criteria (unprefixed parameters), areas from
     * {@code a.village}, {@code a.township}, {@code a.bbox}, {@code a.within} and the same with
     * {@code b.}. Each side needs at least one of them; an unknown {@code a.…}/{@code b.…}
     * parameter is refused rather than silently widening that side to everywhere.
     */
    static List<RetrofitQuery> sides(MultiValueMap<String, String> params, RetrofitProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
        RetrofitQuery criteria = criteria(params, settings, problems);
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
        return new RetrofitQuery(minIntensity, targetOnly, includeUnassessed, List.of(areas), preset, raster, minValue);
    }

    private static RetrofitQuery criteria(MultiValueMap<String, String> params, RetrofitProperties settings,
                                          List<FieldProblem> problems) {
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
        return new RetrofitQuery(minIntensity, targetOnly, Boolean.TRUE.equals(unassessed), List.of(), preset,
                raster, minValue);
    }
}
