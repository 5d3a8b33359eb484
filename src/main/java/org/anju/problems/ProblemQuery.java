package org.anju.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.geo.Bbox;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a problem list: {@code source}, {@code state} (lists), {@code township}/{@code village}/
 * {@code area} (any area code: the problems of the area and of every area inside it), {@code overdue}
 * (true: past the deadline and not ended; false: all others), {@code house}, {@code case}, {@code bbox}
 * (map only), {@code limit}, {@code offset}.
 */
record ProblemQuery(Set<ProblemSource> sources, Set<ProblemState> states, List<String> areas, Boolean overdue,
                    String house, Long caseId, Bbox bbox, int limit, long offset) {

    static final Set<String> PARAMETERS = Set.of("source", "state", "township", "village", "area", "overdue", "house",
            "case", "limit", "offset");

    /** The map's parameters: the list's plus {@code bbox}. */
    static final Set<String> MAP_PARAMETERS = Set.of("source", "state", "township", "village", "area", "overdue",
            "house", "case", "limit", "bbox");

    static ProblemQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging) {
        return from(params, paging.defaultLimit(), paging.maxLimit(), false);
    }

    /**
     * @param maxLimit the largest {@code limit} accepted
     * @param withBbox whether {@code bbox} is read (the map)
     */
    static ProblemQuery from(MultiValueMap<String, String> params, int defaultLimit, int maxLimit, boolean withBbox) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<ProblemSource> sources = ListParameter.parse("source", params.get("source"),
                s -> JsonFields.parseEnum(ProblemSource.class, s), List.of(ProblemSource.values()).toString(), problems);
        Set<ProblemState> states = ListParameter.parse("state", params.get("state"),
                s -> JsonFields.parseEnum(ProblemState.class, s), List.of(ProblemState.values()).toString(), problems);
        List<String> areas = new ArrayList<>();
        for (String name : List.of("township", "village", "area")) {
            for (String code : params.getOrDefault(name, List.of())) {
                if (AdminCode.isValid(code.strip())) {
                    areas.add(code.strip());
                } else {
                    problems.add(new FieldProblem(name, code, "adminCode.form"));
                }
            }
        }
        Boolean overdue = QueryParameters.bool(params, "overdue", problems);
        Long caseId = null;
        String caseText = params.getFirst("case");
        if (caseText != null && !caseText.isBlank()) {
            try {
                caseId = Long.parseLong(caseText.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("case", caseText, "parameter.type"));
            }
        }
        String house = params.getFirst("house");
        if (house != null && (house.isBlank() || house.length() > 32)) {
            house = house.isBlank() ? null : house;
            if (house != null) {
                problems.add(new FieldProblem("house", house, "field.tooLong", 32));
            }
        }
        Bbox bbox = withBbox ? QueryParameters.bbox(params, problems) : null;
        int limit = QueryParameters.integer(params, "limit", defaultLimit, 1, maxLimit, problems);
        int offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new ProblemQuery(sources, states, areas, overdue, house == null ? null : house.strip(), caseId, bbox,
                limit, offset);
    }

    /** The same filters without paging, for the whole ledger (export). */
    ProblemQuery unpaged() {
        return new ProblemQuery(sources, states, areas, overdue, house, caseId, null, Integer.MAX_VALUE, 0);
    }
}
