package org.anju.sample.generator;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.anju.house.RenovationMethod;
import org.anju.household.TargetCategory;

/**
 * Subsidy amounts and funding sources of past renovations, after the standards in DOMAIN.md §8
 * (Liaocheng preset, with the Hunan rule that severe-hardship and near-minimum households get
 * at most 20 000 yuan for a new house):
 *
 * <ul>
 *   <li>修缮加固: 12 000 yuan, 15 000 with seismic strengthening; one in ten cost less than the
 *       standard and was paid the actual cost;</li>
 *   <li>拆除重建 / 选址新建: 25 000 yuan for one person plus 5 000 per additional member, at most
 *       35 000; 20 000 for severe-hardship and near-minimum households;</li>
 *   <li>抗震改造: 12 000 yuan.</li>
 * </ul>
 */
final class SubsidyStandard {

    /** Primary categories with the lower new-house subsidy (Hunan rule). */
    private static final Set<TargetCategory> REDUCED_NEW_HOUSE =
            EnumSet.of(TargetCategory.SEVERE_HARDSHIP, TargetCategory.NEAR_MINIMUM);

    private SubsidyStandard() {
    }

    static int subsidyYuan(RenovationMethod method, Household household, boolean withSeismicStrengthening,
                           SplittableRandom random) {
        return switch (method) {
            case REPAIR_STRENGTHEN -> {
                int standard = withSeismicStrengthening ? 15_000 : 12_000;
                yield Draw.chance(random, 0.1) ? 100 * Draw.intBetween(random, 70, standard / 100 - 1) : standard;
            }
            case DEMOLISH_REBUILD, NEW_SITE -> {
                if (household.primaryCategory().map(REDUCED_NEW_HOUSE::contains).orElse(false)) {
                    yield 20_000;
                }
                yield Math.min(35_000, 25_000 + 5_000 * (household.members() - 1));
            }
            case SEISMIC_RETROFIT -> 12_000;
        };
    }

    /** The government levels that paid, by year. */
    static String fundingSource(int year, SplittableRandom random) {
        if (year <= 2015) {
            return "中央+省级";
        }
        if (year <= 2020) {
            return "中央+省级+县级";
        }
        return Draw.chance(random, 0.7) ? "中央+省级+市级+县级" : "中央+省级+县级";
    }
}
