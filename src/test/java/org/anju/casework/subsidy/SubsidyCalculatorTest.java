package org.anju.casework.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.anju.casework.CaseworkProperties;
import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.household.TargetCategory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/**
 * The subsidy and area standards exactly as configured in application.yml: the Liaocheng preset
 * (seed 002) and the Hunan preset (seed 004), with their caps and checks.
 */
class SubsidyCalculatorTest {

    static final CaseworkProperties.Subsidy SUBSIDY = load();
    static final LocalDate REPORTED = LocalDate.of(2024, 6, 1);

    static CaseworkProperties.Subsidy load() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment),
                    new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(environment))
                    .bind("anju.casework", CaseworkProperties.class).get().subsidy();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SubsidyAssessment assess(String preset, SafetyGrade grade, RenovationMethod method, TargetCategory category,
                                    int members) {
        return assess(preset, facts(grade, method, category, members, null, null, null, false, null, true, false));
    }

    static SubsidyAssessment assess(String preset, SubsidyFacts facts) {
        return SubsidyCalculator.assess(preset, SUBSIDY.presets().get(preset), facts);
    }

    static SubsidyFacts facts(SafetyGrade grade, RenovationMethod method, TargetCategory category, int members,
                              String area, String cost, String approved, boolean disasterRebuild, LocalDate splitOn,
                              boolean hasHouse, boolean otherSafeHouse) {
        return new SubsidyFacts(grade, method, category, members, area == null ? null : new BigDecimal(area),
                cost == null ? null : new BigDecimal(cost), approved == null ? null : new BigDecimal(approved),
                disasterRebuild, splitOn, hasHouse, otherSafeHouse, REPORTED);
    }

    static List<String> codes(SubsidyAssessment a) {
        return a.checks().stream().map(SubsidyCheck::code).toList();
    }

    static BigDecimal yuan(String value) {
        return new BigDecimal(value).setScale(2);
    }

    @Test
    void theDefaultPresetIsLiaocheng() {
        assertThat(SUBSIDY.preset()).isEqualTo("liaocheng");
        assertThat(SUBSIDY.presets()).containsKeys("liaocheng", "hunan");
    }

    @Test
    void liaochengRepairIs12000HalfInAdvance() {
        SubsidyAssessment a = assess("liaocheng", SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN,
                TargetCategory.MINIMUM_LIVING, 3);
        assertThat(a.amountYuan()).isEqualTo(yuan("12000"));
        assertThat(a.advanceYuan()).isEqualTo(yuan("6000"));
        assertThat(a.balanceYuan()).isEqualTo(yuan("6000"));
        assertThat(a.blocked()).isFalse();
    }

    @Test
    void liaochengRebuildIs25000WhateverTheHouseholdSize() {
        assertThat(assess("liaocheng", SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, TargetCategory.MONITORED, 1)
                .amountYuan()).isEqualTo(yuan("25000"));
        assertThat(assess("liaocheng", SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MONITORED, 6)
                .amountYuan()).isEqualTo(yuan("25000"));
    }

    @Test
    void liaochengCountiesMayRaiseTheMinimumButTheActualCostIsPaidWhenLower() {
        assertThat(assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, TargetCategory.MONITORED,
                2, "50", null, "30000", false, null, true, false)).amountYuan()).as("raised, no cap").isEqualTo(yuan("30000"));
        SubsidyAssessment cheap = assess("liaocheng", facts(SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN,
                TargetCategory.MONITORED, 2, null, "8400", null, false, null, true, false));
        assertThat(cheap.amountYuan()).isEqualTo(yuan("8400"));
        assertThat(cheap.advanceYuan()).isEqualTo(yuan("4200"));
        assertThat(codes(cheap)).contains("ACTUAL_COST");
    }

    @Test
    void liaochengSeismicRetrofitOfANonDangerousHouse() {
        assertThat(assess("liaocheng", SafetyGrade.B, RenovationMethod.SEISMIC_RETROFIT, TargetCategory.NEAR_MINIMUM, 2)
                .amountYuan()).isEqualTo(yuan("12000"));
    }

    @Test
    void hunanRebuildIs30000ForOnePersonPlus10000PerExtraPersonCappedAt50000() {
        assertThat(assess("hunan", SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, TargetCategory.MINIMUM_LIVING, 1)
                .amountYuan()).isEqualTo(yuan("30000"));
        assertThat(assess("hunan", SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, TargetCategory.MINIMUM_LIVING, 3)
                .amountYuan()).isEqualTo(yuan("50000"));
        SubsidyAssessment five = assess("hunan", SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.EXTREME_POVERTY, 5);
        assertThat(five.standardYuan()).isEqualTo(yuan("70000"));
        assertThat(five.amountYuan()).as("capped").isEqualTo(yuan("50000"));
        assertThat(codes(five)).contains("CAPPED");
        assertThat(five.advanceYuan()).as("paid in one go after acceptance").isEqualTo(yuan("0"));
        assertThat(five.balanceYuan()).isEqualTo(yuan("50000"));
    }

    @Test
    void hunanHouseholdsWithoutAHouseBuildNewAtTheSameStandard() {
        assertThat(assess("hunan", null, RenovationMethod.NEW_SITE, TargetCategory.POVERTY_ALLEVIATED, 2).amountYuan())
                .isEqualTo(yuan("40000"));
    }

    @Test
    void hunanRepairIs10000UpTo15000WithAMaterialList() {
        assertThat(assess("hunan", SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN, TargetCategory.MONITORED, 4)
                .amountYuan()).isEqualTo(yuan("10000"));
        SubsidyAssessment listed = assess("hunan", facts(SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN,
                TargetCategory.MONITORED, 4, null, null, "18000", false, null, true, false));
        assertThat(listed.amountYuan()).isEqualTo(yuan("15000"));
    }

    @Test
    void hunanSevereHardshipAndNearMinimumHouseholdsGetTheLowerStandard() {
        assertThat(assess("hunan", SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN, TargetCategory.SEVERE_HARDSHIP, 3)
                .amountYuan()).isEqualTo(yuan("6000"));
        assertThat(assess("hunan", SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, TargetCategory.NEAR_MINIMUM, 4)
                .amountYuan()).isEqualTo(yuan("20000"));
    }

    @Test
    void hunanHasNoStandardForRepairingADHouse() {
        SubsidyAssessment a = assess("hunan", SafetyGrade.D, RenovationMethod.REPAIR_STRENGTHEN, TargetCategory.MONITORED, 2);
        assertThat(a.amountYuan()).isNull();
        assertThat(codes(a)).contains("NO_STANDARD");
        assertThat(a.blocked()).isTrue();
    }

    @Test
    void areaBelowTheLiaochengMinimumOf20SquareMetresBlocks() {
        SubsidyAssessment a = assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD,
                TargetCategory.MONITORED, 2, "18", null, null, false, null, true, false));
        assertThat(a.checks()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("AREA_TOO_SMALL");
            assertThat(c.severity()).isEqualTo(SubsidyCheck.Severity.BLOCKING);
        });
    }

    @Test
    void areaOutside40To60ForSmallHouseholdsNeedsReviewInLiaocheng() {
        SubsidyAssessment large = assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD,
                TargetCategory.MONITORED, 3, "75", null, null, false, null, true, false));
        assertThat(large.blocked()).isFalse();
        assertThat(large.needsReview()).isTrue();
        assertThat(codes(large)).containsExactly("AREA_TOO_LARGE");
        assertThat(codes(assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD,
                TargetCategory.MONITORED, 5, "75", null, null, false, null, true, false)))).as("5 persons: no range").isEmpty();
        assertThat(codes(assess("liaocheng", facts(SafetyGrade.C, RenovationMethod.REPAIR_STRENGTHEN,
                TargetCategory.MONITORED, 2, "120", null, null, false, null, true, false)))).as("repair: no area rule").isEmpty();
    }

    @Test
    void hunanAreaLimitsByHouseholdSize() {
        assertThat(codes(assess("hunan", facts(SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MONITORED, 1,
                "36", null, null, false, null, true, false)))).containsExactly("AREA_TOO_LARGE");
        assertThat(codes(assess("hunan", facts(SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MONITORED, 2,
                "55", null, null, false, null, true, false)))).isEmpty();
        assertThat(codes(assess("hunan", facts(SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MONITORED, 4,
                "101", null, null, false, null, true, false)))).as("4 × 25 = 100").containsExactly("AREA_TOO_LARGE", "CAPPED");
        assertThat(codes(assess("hunan", facts(SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MONITORED, 4,
                "60", null, null, false, null, true, false)))).as("4 × 16 = 64").containsExactly("AREA_TOO_SMALL", "CAPPED");
    }

    @Test
    void aHouseholdInTheDisasterRebuildProgrammeGetsNoSecondSubsidy() {
        SubsidyAssessment a = assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD,
                TargetCategory.MONITORED, 2, "50", null, null, true, null, true, false));
        assertThat(codes(a)).contains("DOUBLE_BENEFIT");
        assertThat(a.blocked()).isTrue();
    }

    @Test
    void aHouseholdSplitOffWithinTwoYearsWithoutAHouseNeedsAFocusedReview() {
        SubsidyAssessment split = assess("hunan", facts(null, RenovationMethod.NEW_SITE, TargetCategory.MINIMUM_LIVING, 1,
                "30", null, null, false, REPORTED.minusYears(2).plusDays(1), false, false));
        assertThat(codes(split)).containsExactly("SPLIT_HOUSEHOLD");
        assertThat(split.needsReview()).isTrue();
        assertThat(split.blocked()).isFalse();
        assertThat(codes(assess("hunan", facts(null, RenovationMethod.NEW_SITE, TargetCategory.MINIMUM_LIVING, 1,
                "30", null, null, false, REPORTED.minusYears(2), false, false)))).as("exactly two years ago").isEmpty();
        assertThat(codes(assess("hunan", facts(SafetyGrade.D, RenovationMethod.NEW_SITE, TargetCategory.MINIMUM_LIVING, 1,
                "30", null, null, false, REPORTED.minusMonths(3), true, false)))).as("split but housed").isEmpty();
    }

    @Test
    void aHouseholdWithAnotherSafeHouseOrOutsideTheCategoriesIsNotEligible() {
        assertThat(codes(assess("liaocheng", facts(SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD,
                TargetCategory.MONITORED, 3, "50", null, null, false, null, true, true)))).containsExactly("OTHER_SAFE_HOUSE");
        assertThat(assess("liaocheng", SafetyGrade.D, RenovationMethod.DEMOLISH_REBUILD, null, 3).blocked()).isTrue();
    }
}
