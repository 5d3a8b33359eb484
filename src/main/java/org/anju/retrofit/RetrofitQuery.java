package org.anju.retrofit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.geo.Bbox;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * One request for retrofit candidates ({@code GET /api/retrofit/candidates}).
 *
 * @param minIntensity      zones of at least this design intensity (6–9; default from configuration)
 * @param targetOnly        only houses where a household of the six categories lives
 *                          ({@code households=target}, default) or all ({@code households=all})
 * @param includeUnassessed also houses not yet graded (default false: only A/B, i.e. 非C、D级)
 * @param villages          restrict to these villages
 * @param townships         restrict to these townships
 * @param bbox              restrict to this lon/lat box
 * @param preset            subsidy preset for the budget
 * @param raster            instead of the seismic zones, use the values of this hazard raster sampled at
 *                          the houses (e.g. a shaking-intensity GeoTIFF) …
 * @param minValue          … and take houses whose value is at least this (default: {@code minIntensity})
 */
record RetrofitQuery(int minIntensity, boolean targetOnly, boolean includeUnassessed, Set<String> villages,
                     Set<String> townships, Bbox bbox, String preset, Long raster, Double minValue) {

    static RetrofitQuery from(MultiValueMap<String, String> params, RetrofitProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
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
        var villages = ListParameter.parse("village", params.get("village"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var townships = ListParameter.parse("township", params.get("township"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        Bbox bbox = QueryParameters.bbox(params, problems);
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
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new RetrofitQuery(minIntensity, targetOnly, Boolean.TRUE.equals(unassessed), villages, townships,
                bbox, preset, raster, minValue);
    }
}
