package org.anju.casework;

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
 * The parameters of the case map and the dashboard: {@code bbox} (lon/lat, map only),
 * {@code township}/{@code village}/{@code area} (any area codes), {@code programme},
 * {@code urgency=OVERDUE,DUE_SOON,ON_TIME,NONE} (map only), {@code limit} (map: default 2,000, at most
 * {@code anju.paging.max-limit}), {@code months} (dashboard trend: 1–60, default 12).
 */
record CaseOverviewQuery(Bbox bbox, List<String> areas, Programme programme, Set<Urgency> urgencies, int limit,
                         int months) {

    /** The query parameters of the case map and summary. */
    static final Set<String> PARAMETERS = Set.of("bbox", "township", "village", "area", "programme", "urgency", "limit",
            "months");


    static final int DEFAULT_MAP_LIMIT = 2000;

    static CaseOverviewQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging) {
        List<FieldProblem> problems = new ArrayList<>();
        Bbox bbox = QueryParameters.bbox(params, problems);
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
        String programmeText = params.getFirst("programme");
        if (programmeText != null && !programmeText.isBlank()) {
            programme = JsonFields.parseEnum(Programme.class, programmeText);
            if (programme == null) {
                problems.add(new FieldProblem("programme", programmeText, "enum.unknown",
                        List.of(Programme.values()).toString()));
            }
        }
        Set<Urgency> urgencies = ListParameter.parse("urgency", params.get("urgency"),
                s -> JsonFields.parseEnum(Urgency.class, s), List.of(Urgency.values()).toString(), problems);
        int limit = QueryParameters.integer(params, "limit", Math.min(DEFAULT_MAP_LIMIT, paging.maxLimit()), 1,
                paging.maxLimit(), problems);
        int months = QueryParameters.integer(params, "months", 12, 1, 60, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new CaseOverviewQuery(bbox, List.copyOf(areas), programme, urgencies, limit, months);
    }
}
