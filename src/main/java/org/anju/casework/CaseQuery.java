package org.anju.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a case list: {@code state}, {@code township}/{@code village}/{@code area} (any area
 * code, as a code range), {@code programme}, {@code overdue=true}, {@code due_within=days},
 * {@code house}, {@code household}, {@code limit}, {@code offset}.
 */
record CaseQuery(Set<CaseState> states, List<String> areas, Programme programme, boolean overdue,
                 Integer dueWithinDays, String house, String household, int limit, long offset) {

    /** The query parameters of the case lists. */
    static final Set<String> PARAMETERS = Set.of("state", "township", "village", "area", "programme", "overdue", "due_within",
            "house", "household", "limit", "offset");


    static CaseQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<CaseState> states = ListParameter.parse("state", params.get("state"),
                s -> JsonFields.parseEnum(CaseState.class, s), List.of(CaseState.values()).toString(), problems);
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
        Programme programme = null;
        if (params.getFirst("programme") != null) {
            programme = JsonFields.parseEnum(Programme.class, params.getFirst("programme"));
            if (programme == null) {
                problems.add(new FieldProblem("programme", params.getFirst("programme"), "enum.unknown",
                        List.of(Programme.values()).toString()));
            }
        }
        Boolean overdue = QueryParameters.bool(params, "overdue", problems);
        Integer dueWithin = params.getFirst("due_within") == null ? null
                : QueryParameters.integer(params, "due_within", 7, 0, 366, problems);
        int limit = QueryParameters.integer(params, "limit", paging.defaultLimit(), 1, paging.maxLimit(), problems);
        int offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new CaseQuery(states, areas, programme, Boolean.TRUE.equals(overdue), dueWithin,
                params.getFirst("house"), params.getFirst("household"), limit, offset);
    }
}
