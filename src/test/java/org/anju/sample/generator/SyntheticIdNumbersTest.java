package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.anju.privacy.IdNumbers;
import org.junit.jupiter.api.Test;

class SyntheticIdNumbersTest {

    @Test
    void a_generated_number_has_the_unassigned_region_the_birth_date_the_sex_and_a_valid_checksum() {
        String id = new SyntheticIdNumbers().next(LocalDate.of(1958, 3, 12), false);

        assertThat(id).hasSize(18).startsWith("14089919580312");
        assertThat(id.charAt(16) - '0').as("women have an even sequence digit").isEven();
        assertThat(IdNumbers.problem(id)).as(id).isEmpty();
    }

    @Test
    void numbers_stay_unique_and_valid_when_many_people_share_a_birthday() {
        SyntheticIdNumbers numbers = new SyntheticIdNumbers();
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 1_200; i++) {
            String id = numbers.next(LocalDate.of(1960, 1, 1), true);
            assertThat(issued.add(id)).as(id).isTrue();
            assertThat(IdNumbers.problem(id)).as(id).isEmpty();
            assertThat(id.charAt(16) - '0').as("men have an odd sequence digit").isOdd();
        }
        assertThat(issued).anySatisfy(id -> assertThat(id).contains("19600103"));
    }
}
