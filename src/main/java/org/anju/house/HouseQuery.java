package org.anju.house;

import java.util.ArrayList;
import java.util.List;

import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * One request for a page of houses ({@code GET /api/houses}), parsed and validated once.
 *
 * @param filter which houses (see {@link HouseFilter})
 * @param limit  page size, between 1 and the configured maximum
 * @param offset rows to skip (ordered by house code)
 */
public record HouseQuery(HouseFilter filter, int limit, long offset) {

    /** The parameter names this query reads. */
    public static final java.util.Set<String> PARAMETERS = java.util.Set.of("bbox", "grade", "occupancy", "structure",
            "category", "target_household", "priority", "village", "township", "within", "limit", "offset");

    /** @throws InvalidInputException (400) listing every malformed parameter */
    public static HouseQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging,
                                  Jurisdiction jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        HouseFilter filter = HouseFilter.from(params, problems, jurisdiction);
        int limit = QueryParameters.integer(params, "limit", paging.defaultLimit(), 1, paging.maxLimit(), problems);
        long offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new HouseQuery(filter, limit, offset);
    }
}
