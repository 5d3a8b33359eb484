package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void coordinates_have_at_most_seven_decimals_without_trailing_zeros() {
        assertThat(Decimals.coordinate(111.22)).isEqualTo("111.22");
        assertThat(Decimals.coordinate(35.61234567)).isEqualTo("35.6123457");
        assertThat(Decimals.coordinate(111.0)).isEqualTo("111");
        assertThat(Decimals.coordinate(0.00000004)).isEqualTo("0");
        assertThat(Decimals.coordinate(-0.5)).isEqualTo("-0.5");
    }

    @Test
    void other_numbers_use_the_requested_decimals() {
        assertThat(Decimals.format(0.2, 2)).isEqualTo("0.2");
        assertThat(Decimals.format(86.25, 1)).isEqualTo("86.3");
        assertThat(Decimals.format(6.3149, 2)).isEqualTo("6.31");
    }

    @Test
    void refuses_values_that_json_cannot_hold() {
        assertThatThrownBy(() -> Decimals.coordinate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
