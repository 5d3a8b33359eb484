package org.anju.casework.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.household.TargetCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The Liaocheng and Hunan presets as configured, table-driven: every row of
 * {@code src/test/resources/casework/subsidy-standards.csv} (the rules it checks are written at its top)
 * gives the facts of a case and the amount, advance and checks the calculator must give.
 */
class SubsidyStandardsTableTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} ×{4} {5}m² → {12} {14}")
    @CsvFileSource(resources = "/casework/subsidy-standards.csv", numLinesToSkip = 1)
    void theStandardOfTheTable(String preset, SafetyGrade grade, RenovationMethod method, TargetCategory category,
                               int members, String area, String cost, String approved, boolean disasterRebuild,
                               Integer splitMonthsAgo, boolean hasHouse, boolean otherSafeHouse, String amount,
                               String advance, String checks) {
        SubsidyAssessment a = SubsidyCalculatorTest.assess(preset, SubsidyCalculatorTest.facts(grade, method, category,
                members, area, cost, approved, disasterRebuild,
                splitMonthsAgo == null ? null : SubsidyCalculatorTest.REPORTED.minusMonths(splitMonthsAgo), hasHouse,
                otherSafeHouse));
        assertThat(a.amountYuan()).as("amount").isEqualTo(amount == null ? null : new BigDecimal(amount).setScale(2));
        assertThat(a.advanceYuan()).as("advance").isEqualTo(advance == null ? null : new BigDecimal(advance).setScale(2));
        if (a.amountYuan() != null) {
            assertThat(a.balanceYuan()).as("balance = amount − advance").isEqualTo(a.amountYuan().subtract(a.advanceYuan()));
        }
        List<String> expected = checks == null ? List.of() : Arrays.asList(checks.split(" "));
        assertThat(a.checks().stream().map(c -> c.code() + ":" + c.severity()).toList()).as("checks")
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
