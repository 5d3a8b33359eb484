package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.anju.household.TargetCategory;

/**
 * Draws the head of household, size and priority flags of a household, and the target
 * categories of a target household.
 *
 * <p>Rates (per household): disabled member 5 % (25 % of target households), military family
 * 1.2 % (2 %), veteran 2.5 % of male heads born before 1990 (3.5 %), elderly living alone 5 %
 * (18 %, and 45 % of extreme-poverty households).
 * Extreme-poverty (特困) households mostly have one member. Target households are mostly
 * 脱贫享受政策户 and 低保户; about one in seven is in two categories.
 */
final class HouseholdFactory {

    /** Categories and their weights, listed in priority order. */
    private static final TargetCategory[] CATEGORIES = {TargetCategory.POVERTY_ALLEVIATED, TargetCategory.MONITORED,
        TargetCategory.MINIMUM_LIVING, TargetCategory.EXTREME_POVERTY, TargetCategory.SEVERE_HARDSHIP,
        TargetCategory.NEAR_MINIMUM};
    private static final double[] CATEGORY_WEIGHTS = {40, 14, 22, 9, 5, 10};
    private static final double SECOND_CATEGORY_SHARE = 0.14;

    private static final double[] ORDINARY_SIZE = {8, 25, 20, 22, 14, 8, 3};
    private static final double[] TARGET_SIZE = {18, 28, 20, 17, 10, 5, 2};
    private static final int[] BIRTH_DECADE = {1930, 1940, 1950, 1960, 1970, 1980, 1990};
    private static final double[] BIRTH_DECADE_WEIGHT = {3, 10, 22, 28, 20, 12, 5};

    private final SyntheticIdNumbers idNumbers;

    HouseholdFactory(SyntheticIdNumbers idNumbers) {
        this.idNumbers = idNumbers;
    }

    /** One or two target categories; the set iterates in priority order. */
    static Set<TargetCategory> drawCategories(SplittableRandom random) {
        EnumSet<TargetCategory> categories = EnumSet.of(CATEGORIES[Draw.weightedIndex(random, CATEGORY_WEIGHTS)]);
        if (Draw.chance(random, SECOND_CATEGORY_SHARE)) {
            double[] others = CATEGORY_WEIGHTS.clone();
            for (int i = 0; i < CATEGORIES.length; i++) {
                if (categories.contains(CATEGORIES[i])) {
                    others[i] = 0;
                }
            }
            categories.add(CATEGORIES[Draw.weightedIndex(random, others)]);
        }
        return Collections.unmodifiableSet(categories);
    }

    /**
     * A household.
     *
     * @param categories     target categories, empty for an ordinary household
     * @param residenceHouse the house it lives in, null for a household without a house
     */
    Household create(String code, Village village, Set<TargetCategory> categories, String residenceHouse,
                     boolean builtNewStillInOld, SplittableRandom random) {
        boolean target = !categories.isEmpty();
        boolean extremePoverty = categories.contains(TargetCategory.EXTREME_POVERTY);
        boolean elderlyAlone = Draw.chance(random, target ? (extremePoverty ? 0.45 : 0.18) : 0.05);

        int members;
        if (elderlyAlone) {
            members = 1;
        } else if (extremePoverty) {
            members = Draw.chance(random, 0.85) ? 1 : 2;
        } else {
            members = 1 + Draw.weightedIndex(random, target ? TARGET_SIZE : ORDINARY_SIZE);
        }

        boolean male = elderlyAlone ? Draw.chance(random, 0.45) : Draw.chance(random, 0.85);
        int birthYear;
        if (elderlyAlone) {
            birthYear = Draw.intBetween(random, 1932, 1959);
        } else if (extremePoverty) {
            birthYear = Draw.intBetween(random, 1935, 1975);
        } else {
            int decade = BIRTH_DECADE[Draw.weightedIndex(random, BIRTH_DECADE_WEIGHT)];
            birthYear = Draw.intBetween(random, decade, Math.min(decade + 9, 1999));
        }
        LocalDate birthDate = Draw.date(random, LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 12, 31));

        String name = PersonNames.fullName(random, village.clanSurname(), male, birthYear);
        String id = idNumbers.next(birthDate, male);
        String phone = PhoneNumbers.next(random);
        boolean disabled = Draw.chance(random, target ? 0.25 : 0.05);
        boolean militaryFamily = Draw.chance(random, target ? 0.02 : 0.012);
        boolean veteran = male && birthYear < 1990 && Draw.chance(random, target ? 0.035 : 0.025);
        return new Household(code, name, id, phone, members, village.code(), categories,
                disabled, militaryFamily, veteran, elderlyAlone, residenceHouse, builtNewStillInOld);
    }
}
