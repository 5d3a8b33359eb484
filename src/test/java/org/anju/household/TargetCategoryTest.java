package org.anju.household;

import static org.anju.household.TargetCategory.EXTREME_POVERTY;
import static org.anju.household.TargetCategory.MINIMUM_LIVING;
import static org.anju.household.TargetCategory.MONITORED;
import static org.anju.household.TargetCategory.NEAR_MINIMUM;
import static org.anju.household.TargetCategory.POVERTY_ALLEVIATED;
import static org.anju.household.TargetCategory.SEVERE_HARDSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The six categories, their names in the seeds, and the de-duplication order of seed 002. */
class TargetCategoryTest {

    @Test
    void priorityOrderIsThatOfTheReportFormNotes() {
        // 脱贫享受政策户、防止返贫监测帮扶对象、农村低保户、分散供养特困人员、严重困难家庭、低保边缘家庭
        assertThat(List.of(TargetCategory.values())).containsExactly(POVERTY_ALLEVIATED, MONITORED,
                MINIMUM_LIVING, EXTREME_POVERTY, SEVERE_HARDSHIP, NEAR_MINIMUM);
    }

    @Test
    void primaryCategoryIsTheFirstInPriorityOrder() {
        assertThat(TargetCategory.primaryOf(Set.of(NEAR_MINIMUM, MINIMUM_LIVING, SEVERE_HARDSHIP))).contains(MINIMUM_LIVING);
        assertThat(TargetCategory.primaryOf(Set.of(SEVERE_HARDSHIP, POVERTY_ALLEVIATED))).contains(POVERTY_ALLEVIATED);
        assertThat(TargetCategory.primaryOf(Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "脱贫享受政策户, POVERTY_ALLEVIATED",
            "其他脱贫户, POVERTY_ALLEVIATED",
            "建档立卡贫困户, POVERTY_ALLEVIATED",
            "防止返贫监测帮扶对象, MONITORED",
            "农村易返贫致贫户, MONITORED",
            "边缘易致贫户, MONITORED",
            "农村低保户, MINIMUM_LIVING",
            "低保户, MINIMUM_LIVING",
            "农村分散供养特困人员, EXTREME_POVERTY",
            "农村特困人员, EXTREME_POVERTY",
            "严重困难家庭, SEVERE_HARDSHIP",
            "因病因灾因意外事故等刚性支出较大或收入大幅度缩减导致基本生活出现严重困难家庭, SEVERE_HARDSHIP",
            "农村低保边缘户, NEAR_MINIMUM",
            "低保边缘家庭, NEAR_MINIMUM",
            "near_minimum, NEAR_MINIMUM",
            "' 低保户 ', MINIMUM_LIVING"})
    void everyNameInTheSeedsIsRecognised(String text, TargetCategory expected) {
        assertThat(TargetCategory.fromText(text)).contains(expected);
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(TargetCategory.fromText("贫困户X")).isEmpty();
        assertThat(TargetCategory.fromText("")).isEmpty();
        assertThat(TargetCategory.fromText(null)).isEmpty();
    }

    @Test
    void sqlRankFollowsThePriorityOrder() {
        assertThat(TargetCategory.sqlRank("c")).isEqualTo("CASE c WHEN 'POVERTY_ALLEVIATED' THEN 1 WHEN 'MONITORED' THEN 2"
                + " WHEN 'MINIMUM_LIVING' THEN 3 WHEN 'EXTREME_POVERTY' THEN 4 WHEN 'SEVERE_HARDSHIP' THEN 5"
                + " WHEN 'NEAR_MINIMUM' THEN 6 ELSE 7 END");
    }
}
