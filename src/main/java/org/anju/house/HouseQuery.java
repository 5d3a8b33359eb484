package org.anju.house;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.geo.Bbox;
import org.anju.household.TargetCategory;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * One request for houses ({@code GET /api/houses}), parsed and validated once. Every filter is
 * optional; filters combine with AND, values of one filter with OR.
 *
 * @param bbox       houses whose location lies in this lon/lat box (CGCS2000)
 * @param grades     current safety grade
 * @param occupancy  occupancy status
 * @param structures structure type
 * @param categories households living in the house belong to any of these target categories
 *                   (membership, not only the primary category)
 * @param villages   village codes
 * @param townships  township codes (all villages below them)
 * @param limit      page size, between 1 and the configured maximum
 * @param offset     rows to skip (ordered by house code)
 */
record HouseQuery(Bbox bbox, Set<SafetyGrade> grades, Set<Occupancy> occupancy, Set<StructureType> structures,
                  Set<TargetCategory> categories, Set<String> villages, Set<String> townships, int limit, long offset) {

    static HouseQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging) {
        List<FieldProblem> problems = new ArrayList<>();
        Bbox bbox = QueryParameters.bbox(params, problems);
        var grades = ListParameter.parse("grade", params.get("grade"),
                v -> JsonFields.parseEnum(SafetyGrade.class, v), Arrays.toString(SafetyGrade.values()), problems);
        var occupancy = ListParameter.parse("occupancy", params.get("occupancy"),
                v -> JsonFields.parseEnum(Occupancy.class, v), Arrays.toString(Occupancy.values()), problems);
        var structures = ListParameter.parse("structure", params.get("structure"),
                v -> JsonFields.parseEnum(StructureType.class, v), Arrays.toString(StructureType.values()), problems);
        var categories = ListParameter.parse("category", params.get("category"),
                v -> TargetCategory.fromText(v).orElse(null), Arrays.toString(TargetCategory.values()), problems);
        var villages = ListParameter.parse("village", params.get("village"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var townships = ListParameter.parse("township", params.get("township"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        int limit = QueryParameters.integer(params, "limit", paging.defaultLimit(), 1, paging.maxLimit(), problems);
        long offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new HouseQuery(bbox, grades, occupancy, structures, categories, villages, townships, limit, offset);
    }
}
