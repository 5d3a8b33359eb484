package org.anju.sample.generator;

import static org.anju.household.TargetCategory.EXTREME_POVERTY;
import static org.anju.household.TargetCategory.MINIMUM_LIVING;
import static org.anju.household.TargetCategory.MONITORED;
import static org.anju.household.TargetCategory.NEAR_MINIMUM;
import static org.anju.household.TargetCategory.POVERTY_ALLEVIATED;
import static org.anju.household.TargetCategory.SEVERE_HARDSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.anju.household.TargetCategory;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    @Test
    void categories_are_written_in_priority_order_so_the_first_is_the_primary_one() {
        Household h = household(Set.of(SEVERE_HARDSHIP, MONITORED));

        assertThat(h.categoryCodes()).isEqualTo("MONITORED;SEVERE_HARDSHIP");
        assertThat(h.primaryCategory()).contains(MONITORED);
        assertThat(household(Set.of(EXTREME_POVERTY, POVERTY_ALLEVIATED)).categoryCodes())
                .isEqualTo("POVERTY_ALLEVIATED;EXTREME_POVERTY");
        assertThat(household(Set.of(NEAR_MINIMUM, MINIMUM_LIVING)).primaryCategory()).contains(MINIMUM_LIVING);
    }

    @Test
    void an_ordinary_household_has_no_category_and_no_primary_category() {
        Household h = household(Set.of());

        assertThat(h.categoryCodes()).isEmpty();
        assertThat(h.primaryCategory()).isEmpty();
        assertThat(h.isTarget()).isFalse();
    }

    static Household household(Set<TargetCategory> categories) {
        return household(categories, 1);
    }

    static Household household(Set<TargetCategory> categories, int members) {
        return new Household("H140825100201-0001", "王建国", null, null, members, "140825100201", categories,
                false, false, false, false, null, false);
    }
}
