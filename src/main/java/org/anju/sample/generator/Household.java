package org.anju.sample.generator;

import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.anju.household.TargetCategory;

/**
 * A household (户), one row of {@code households.csv}.
 *
 * @param code               e.g. H140825100201-0012
 * @param headName           synthetic name of the head of household (户主)
 * @param idNumber           synthetic 18-digit ID number of the head, checksum-valid, with the
 *                           unassigned region code 140899 ({@link SyntheticIdNumbers})
 * @param phone              synthetic 11-digit mobile number, random ({@link PhoneNumbers})
 * @param members            1–7 people
 * @param villageCode        the village where the household is registered
 * @param categories         target categories (empty for ordinary households)
 * @param disabled           has a disabled member (残疾人)
 * @param militaryFamily     military family (军人军属)
 * @param veteran            has a veteran (退役军人)
 * @param elderlyAlone       an old person living alone (独居老人)
 * @param residenceHouse     code of the house the household lives in; null for 无房户
 * @param builtNewStillInOld owns a safe new house but lives in its old dangerous one (建新不拆旧);
 *                           not written, counted in the summary
 */
record Household(String code, String headName, String idNumber, String phone, int members, String villageCode,
                 Set<TargetCategory> categories, boolean disabled, boolean militaryFamily, boolean veteran,
                 boolean elderlyAlone, String residenceHouse, boolean builtNewStillInOld) {

    boolean isTarget() {
        return !categories.isEmpty();
    }

    /** The category it is counted under (DOMAIN.md §2); empty for an ordinary household. */
    Optional<TargetCategory> primaryCategory() {
        return TargetCategory.primaryOf(categories);
    }

    /**
     * The {@code categories} field of {@code households.csv}: the canonical codes in priority
     * order (the declaration order of {@link TargetCategory}), separated by semicolons, so the
     * first is the primary category; empty for an ordinary household.
     */
    String categoryCodes() {
        StringJoiner joined = new StringJoiner(";");
        for (TargetCategory c : TargetCategory.values()) {
            if (categories.contains(c)) {
                joined.add(c.name());
            }
        }
        return joined.toString();
    }
}
