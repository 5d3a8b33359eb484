package org.anju.sample.generator;

import static org.anju.household.TargetCategory.EXTREME_POVERTY;
import static org.anju.household.TargetCategory.MONITORED;
import static org.anju.household.TargetCategory.NEAR_MINIMUM;
import static org.anju.household.TargetCategory.SEVERE_HARDSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;

import org.anju.house.RenovationMethod;
import org.anju.household.TargetCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsidyStandardTest {

    @ParameterizedTest(name = "{0} household of {1}: {2} yuan")
    @CsvSource({
        "EXTREME_POVERTY,     1, 25000",
        "EXTREME_POVERTY,     2, 30000",
        "EXTREME_POVERTY,     5, 35000",
        "SEVERE_HARDSHIP,     3, 20000",
        "NEAR_MINIMUM,        1, 20000",
    })
    void a_new_house_is_paid_by_household_size_or_at_the_lower_rate(TargetCategory category, int members, int yuan) {
        Household h = HouseholdTest.household(Set.of(category), members);

        assertThat(SubsidyStandard.subsidyYuan(RenovationMethod.DEMOLISH_REBUILD, h, false, new SplittableRandom(1)))
                .isEqualTo(yuan);
        assertThat(SubsidyStandard.subsidyYuan(RenovationMethod.NEW_SITE, h, false, new SplittableRandom(1)))
                .isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"3, 35000", "1, 25000"})
    void the_lower_rate_follows_the_primary_category_only(int members, int yuan) {
        Household h = HouseholdTest.household(Set.of(NEAR_MINIMUM, MONITORED, SEVERE_HARDSHIP), members);

        assertThat(SubsidyStandard.subsidyYuan(RenovationMethod.DEMOLISH_REBUILD, h, false, new SplittableRandom(1)))
                .as("primary category MONITORED").isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4", "5"})
    void a_seismic_retrofit_is_12_000_yuan(long seed) {
        Household h = HouseholdTest.household(Set.of(EXTREME_POVERTY), 2);

        assertThat(SubsidyStandard.subsidyYuan(RenovationMethod.SEISMIC_RETROFIT, h, false, new SplittableRandom(seed)))
                .isEqualTo(12_000);
    }
}
