package org.anju.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Statistical division codes: level from the padding, descendants as a code range. */
class AdminCodeTest {

    @Test
    void levelFollowsTheZeroPadding() {
        assertThat(new AdminCode("140000000000").level()).isEqualTo(AreaLevel.PROVINCE);
        assertThat(new AdminCode("140800000000").level()).isEqualTo(AreaLevel.CITY);
        assertThat(new AdminCode("140825000000").level()).isEqualTo(AreaLevel.COUNTY);
        assertThat(new AdminCode("140825100000").level()).isEqualTo(AreaLevel.TOWNSHIP);
        assertThat(new AdminCode("140825100201").level()).isEqualTo(AreaLevel.VILLAGE);
    }

    @Test
    void villagesOfATownshipAreOneCodeRange() {
        AdminCode township = new AdminCode("140825101000");
        assertThat(township.firstVillage()).isEqualTo("140825101000");
        assertThat(township.lastVillage()).isEqualTo("140825101999");
        assertThat(new AdminCode("140825000000").lastVillage()).isEqualTo("140825999999");
    }

    @Test
    void countyOfAVillage() {
        assertThat(new AdminCode("140825100201").county().value()).isEqualTo("140825000000");
    }

    @Test
    void parentIsOneLevelUp() {
        assertThat(new AdminCode("140825100201").parent().value()).isEqualTo("140825100000");
        assertThat(new AdminCode("140825100000").parent().value()).isEqualTo("140825000000");
        assertThat(new AdminCode("140825000000").parent().value()).isEqualTo("140800000000");
        assertThat(new AdminCode("140800000000").parent().value()).isEqualTo("140000000000");
        assertThat(new AdminCode("140000000000").parent()).isNull();
    }

    @Test
    void onlyTwelveDigitsAreACode() {
        assertThatThrownBy(() -> new AdminCode("14082510020")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AdminCode.isValid("14082510020a")).isFalse();
    }
}
