package org.anju.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.ListParameter;
import org.anju.system.QueryParameters;
import org.springframework.util.MultiValueMap;

/**
 * One request for households ({@code GET /api/households}). Filters combine with AND.
 *
 * @param categories            belongs to any of these categories (membership)
 * @param primaryCategories     primary category (the one used in every count) is one of these
 * @param livesInDangerousHouse the house it lives in is C or D (true) / is not (false)
 * @param ownsSafeHouse         owns an A/B house other than the one it lives in; with
 *                              {@code livesInDangerousHouse=true} this finds 建新不拆旧
 * @param withoutHouse          neither lives in nor owns a house (无房户)
 * @param jurisdiction          the account's administrative area ({@code null}: all), not a parameter
 */
public record HouseholdQuery(Set<String> villages, Set<String> townships, Set<TargetCategory> categories,
                      Set<TargetCategory> primaryCategories, Boolean livesInDangerousHouse, Boolean ownsSafeHouse,
                      Boolean withoutHouse, int limit, long offset, String jurisdiction) {


    /** The parameter names this query reads. */
    public static final Set<String> PARAMETERS = Set.of("village", "township", "category",
            "primary_category", "lives_in_dangerous_house", "owns_safe_house", "without_house", "limit", "offset");

    /** @throws org.anju.system.InvalidInputException (400) listing every malformed parameter */
    public static HouseholdQuery from(MultiValueMap<String, String> params, AnjuProperties.Paging paging,
                                      Jurisdiction jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        String expectCategory = Arrays.toString(TargetCategory.values());
        var villages = ListParameter.parse("village", params.get("village"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var townships = ListParameter.parse("township", params.get("township"),
                v -> AdminCode.isValid(v) ? v : null, "12 digits", problems);
        var categories = ListParameter.parse("category", params.get("category"),
                v -> TargetCategory.fromText(v).orElse(null), expectCategory, problems);
        var primary = ListParameter.parse("primary_category", params.get("primary_category"),
                v -> TargetCategory.fromText(v).orElse(null), expectCategory, problems);
        Boolean dangerous = QueryParameters.bool(params, "lives_in_dangerous_house", problems);
        Boolean ownsSafe = QueryParameters.bool(params, "owns_safe_house", problems);
        Boolean without = QueryParameters.bool(params, "without_house", problems);
        int limit = QueryParameters.integer(params, "limit", paging.defaultLimit(), 1, paging.maxLimit(), problems);
        int offset = QueryParameters.integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new HouseholdQuery(villages, townships, categories, primary, dangerous, ownsSafe, without, limit, offset,
                jurisdiction.code().orElse(null));
    }
}
