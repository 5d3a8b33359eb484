package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.casework.subsidy.SubsidyPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline rules of docs/CASEWORK.md on calendar edges. */
class DeadlinesTest {

    static SubsidyPreset balance(Integer days, Integer months) {
        return new SubsidyPreset("test", List.of(), List.of(), null, new BigDecimal("0.5"), days, months, false);
    }

    static Deadlines deadlines(DayCounting counting, boolean extend, Set<LocalDate> holidays, Set<LocalDate> makeUp,
                               SubsidyPreset preset) {
        var settings = new CaseworkProperties.Deadlines(counting, 3, 7, 8, 7, "xinjiang", Map.of("xinjiang", List.of(
                new CaseworkProperties.Phase("全面排查改造阶段", CaseState.COMPLETED, MonthDay.of(11, 30)),
                new CaseworkProperties.Phase("竣工验收阶段", CaseState.ACCEPTED, MonthDay.of(12, 31)))),
                extend, holidays, makeUp);
        return new Deadlines(new CaseworkProperties(settings, null,
                new CaseworkProperties.Subsidy("p", Map.of("p", preset))));
    }

    static final Deadlines LIAOCHENG = deadlines(DayCounting.CALENDAR, false, Set.of(), Set.of(), balance(30, null));
    static final Deadlines HUNAN = deadlines(DayCounting.CALENDAR, false, Set.of(), Set.of(), balance(null, 1));

    @ParameterizedTest(name = "accepted {0}: balance due {1} (30 days)")
    @CsvSource({
            "2023-01-31, 2023-03-02",   // through a 28-day February
            "2024-01-31, 2024-03-01",   // leap year
            "2023-12-15, 2024-01-14",   // across the year end
            "2023-11-30, 2023-12-30"})
    void balanceWithinThirtyCalendarDaysOfAcceptance(LocalDate accepted, LocalDate due) {
        assertThat(LIAOCHENG.balanceDue(accepted)).isEqualTo(due);
    }

    @ParameterizedTest(name = "accepted {0}: balance due {1} (one month)")
    @CsvSource({
            "2024-01-31, 2024-02-29",   // the month is shorter: its last day
            "2023-01-31, 2023-02-28",
            "2024-03-15, 2024-04-15",
            "2024-12-31, 2025-01-31"})
    void hunanPaysWithinOneMonthOfAcceptance(LocalDate accepted, LocalDate due) {
        assertThat(HUNAN.balanceDue(accepted)).isEqualTo(due);
    }

    @Test
    void theDayOfTheEventIsNotCounted() {
        assertThat(LIAOCHENG.add(LocalDate.of(2024, 3, 1), 3)).as("report within 3 days").isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(LIAOCHENG.add(LocalDate.of(2024, 2, 26), 7)).as("assessment within a week, leap Feb")
                .isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(LIAOCHENG.add(LocalDate.of(2023, 12, 28), 8)).as("entry within 8 days").isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysButCountMakeUpDays() {
        // National Day 2024: 1–7 October off, Saturday 12 October worked (调休)
        Set<LocalDate> holidays = Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3),
                LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 7));
        Deadlines working = deadlines(DayCounting.WORKING, false, holidays, Set.of(LocalDate.of(2024, 10, 12)),
                balance(30, null));
        // Monday 30 September + 3 working days: 8, 9, 10 October
        assertThat(working.add(LocalDate.of(2024, 9, 30), 3)).isEqualTo(LocalDate.of(2024, 10, 10));
        // Thursday 10 October + 2: Friday 11, Saturday 12 (make-up day)
        assertThat(working.add(LocalDate.of(2024, 10, 10), 2)).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void aCalendarDeadlineOnAHolidayMovesOnlyWhenConfigured() {
        Deadlines extending = deadlines(DayCounting.CALENDAR, true, Set.of(LocalDate.of(2024, 10, 1)), Set.of(),
                balance(30, null));
        // 28 September + 3 = Tuesday 1 October (holiday) → Wednesday 2 October
        assertThat(extending.add(LocalDate.of(2024, 9, 28), 3)).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(LIAOCHENG.add(LocalDate.of(2024, 9, 28), 3)).isEqualTo(LocalDate.of(2024, 10, 1));
        // Saturday 29 June 2024 + 30 = Monday 29 July: a working day, unchanged
        assertThat(extending.add(LocalDate.of(2024, 6, 29), 30)).isEqualTo(LocalDate.of(2024, 7, 29));
    }

    @Test
    void theNextDeadlineFollowsTheState() {
        HousingCase found = new HousingCase(1L, 1L, "140825100201", Programme.DANGEROUS_HOUSE, CaseState.DISCOVERED,
                LocalDate.of(2024, 5, 30), LocalDate.of(2024, 6, 1));
        assertThat(LIAOCHENG.next(found)).isEqualTo(new Deadline(DeadlineRule.ASSESSMENT, LocalDate.of(2024, 6, 8)));

        found.move(CaseAction.ASSESS, CaseState.ASSESSED, LocalDate.of(2024, 6, 5));
        assertThat(LIAOCHENG.next(found)).as("this year's phase: renovated by 30 November")
                .isEqualTo(new Deadline(DeadlineRule.PHASE_COMPLETION, LocalDate.of(2024, 11, 30)));

        found.move(CaseAction.COMPLETE, CaseState.COMPLETED, LocalDate.of(2024, 11, 20));
        assertThat(LIAOCHENG.next(found)).isEqualTo(new Deadline(DeadlineRule.PHASE_ACCEPTANCE, LocalDate.of(2024, 12, 31)));

        found.move(CaseAction.ACCEPT, CaseState.ACCEPTED, LocalDate.of(2024, 12, 31));
        assertThat(LIAOCHENG.next(found)).isEqualTo(new Deadline(DeadlineRule.BALANCE_PAYMENT, LocalDate.of(2025, 1, 30)));

        found.move(CaseAction.PAY_BALANCE, CaseState.PAID, LocalDate.of(2025, 1, 10));
        assertThat(LIAOCHENG.next(found)).isNull();
    }

    @Test
    void aCaseReportedAfterThePhaseDeadlineBelongsToNextYearsPlan() {
        HousingCase late = new HousingCase(1L, 1L, "140825100201", Programme.DANGEROUS_HOUSE, CaseState.ASSESSED,
                LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 3));
        assertThat(LIAOCHENG.next(late).dueOn()).isEqualTo(LocalDate.of(2025, 11, 30));
    }
}
