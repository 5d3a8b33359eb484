package org.anju.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anju.casework.subsidy.SubsidyPreset;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a case (docs/CASEWORK.md): which one is next for its state, and how each deadline
 * of the current cycle was kept. Days are counted as configured ({@link DayCounting}); the day of the
 * event itself is not counted (民法典 第201条), so "within 3 days of 1 March" is 4 March.
 */
@Component
public class Deadlines {

    /** The transitions whose entry into the system is due within {@code entryDays} (002: 重要节点). */
    static final Set<CaseAction> KEY_NODES = EnumSet.of(CaseAction.START, CaseAction.COMPLETE, CaseAction.ACCEPT,
            CaseAction.PAY_ADVANCE, CaseAction.PAY_BALANCE);

    private final CaseworkProperties.Deadlines settings;
    private final CaseworkProperties properties;

    Deadlines(CaseworkProperties properties) {
        this.properties = properties;
        this.settings = properties.deadlines();
    }

    /** {@code days} days after {@code start}, counted as configured. */
    public LocalDate add(LocalDate start, int days) {
        if (settings.dayCounting() == DayCounting.WORKING) {
            LocalDate day = start;
            int left = days;
            while (left > 0) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }
        return extended(start.plusDays(days));
    }

    /** When the balance of the subsidy is due after acceptance on {@code acceptedOn}, per the subsidy preset. */
    public LocalDate balanceDue(LocalDate acceptedOn) {
        SubsidyPreset preset = properties.subsidy().active();
        if (preset.balanceMonths() != null) {
            // "一个月内": the same day of the next month, or its last day when shorter (31 Jan → 29 Feb 2024)
            return extended(acceptedOn.plusMonths(preset.balanceMonths()));
        }
        return add(acceptedOn, preset.balanceDays());
    }

    /** The next deadline of the case in its current state, or {@code null} when nothing is due. */
    public Deadline next(HousingCase c) {
        return next(c.getState(), c.getReportedOn(), c.getApprovedOn(), c.getAcceptedOn());
    }

    /**
     * The next deadline of a case in {@code state} with these milestone dates, or {@code null} when nothing
     * is due: DISCOVERED → ASSESSMENT; ASSESSED … UNDER_CONSTRUCTION → the completion phase; COMPLETED →
     * the acceptance phase; ACCEPTED → the balance; later and ended states → none.
     */
    public Deadline next(CaseState state, LocalDate reportedOn, LocalDate approvedOn, LocalDate acceptedOn) {
        return switch (state) {
            case DISCOVERED -> new Deadline(DeadlineRule.ASSESSMENT, add(reportedOn, settings.assessmentDays()));
            case ASSESSED, APPLIED, VILLAGE_REVIEWED, TOWNSHIP_AUDITED, COUNTY_APPROVED, PUBLICISED, NOTIFIED,
                 UNDER_CONSTRUCTION -> phase(reportedOn, approvedOn, CaseState.COMPLETED, DeadlineRule.PHASE_COMPLETION);
            case COMPLETED -> phase(reportedOn, approvedOn, CaseState.ACCEPTED, DeadlineRule.PHASE_ACCEPTANCE);
            case ACCEPTED -> new Deadline(DeadlineRule.BALANCE_PAYMENT, balanceDue(acceptedOn));
            default -> null;
        };
    }

    /**
     * Everything the stored next deadline of a case depends on, as one text: day counting, the assessment
     * days, the phases in force, extension over non-working days, holidays, make-up working days and the
     * balance rule of the subsidy preset. Equal texts give equal deadlines ({@link DeadlineRecomputation}).
     */
    public String fingerprint() {
        SubsidyPreset preset = properties.subsidy().active();
        return String.join("|", "counting=" + settings.dayCounting(), "assessment=" + settings.assessmentDays(),
                "phases=" + settings.phases().stream().map(p -> p.state() + "@" + p.by()).sorted().toList(),
                "extend=" + settings.extendOverNonWorkingDays(),
                "holidays=" + settings.holidays().stream().sorted().toList(),
                "workdays=" + settings.makeUpWorkingDays().stream().sorted().toList(),
                "balance=" + preset.balanceDays() + "d/" + preset.balanceMonths() + "m");
    }

    /**
     * How each deadline of the current cycle was kept: report, assessment, entry of every key node,
     * balance payment. Open deadlines have no {@code doneOn}.
     *
     * @param transitions the transitions of the current cycle, oldest first
     */
    public List<DeadlineStatus> statuses(HousingCase c, List<CaseHistory.Entry> transitions, LocalDate today) {
        List<DeadlineStatus> statuses = new ArrayList<>();
        statuses.add(DeadlineStatus.of(DeadlineRule.REPORT, add(c.getDiscoveredOn(), settings.reportDays()),
                c.getReportedOn(), today, null));
        if (c.getHouseId() != null) {
            statuses.add(DeadlineStatus.of(DeadlineRule.ASSESSMENT, add(c.getReportedOn(), settings.assessmentDays()),
                    c.getAssessedOn(), today, null));
        }
        for (CaseHistory.Entry t : transitions) {
            if (KEY_NODES.contains(t.action())) {
                LocalDate entered = LocalDateTime.ofInstant(t.recordedAt(), java.time.ZoneId.systemDefault()).toLocalDate();
                statuses.add(DeadlineStatus.of(DeadlineRule.ENTRY, add(t.occurredOn(), settings.entryDays()), entered,
                        today, t.action()));
            }
        }
        if (c.getAcceptedOn() != null) {
            statuses.add(DeadlineStatus.of(DeadlineRule.BALANCE_PAYMENT, balanceDue(c.getAcceptedOn()), c.getPaidOn(),
                    today, null));
        }
        Deadline next = next(c);
        if (next != null && (next.rule() == DeadlineRule.PHASE_COMPLETION || next.rule() == DeadlineRule.PHASE_ACCEPTANCE)) {
            statuses.add(DeadlineStatus.of(next.rule(), next.dueOn(), null, today, null));
        }
        return statuses;
    }

    private Deadline phase(LocalDate reportedOn, LocalDate approvedOn, CaseState state, DeadlineRule rule) {
        LocalDate anchor = approvedOn != null ? approvedOn : reportedOn;
        for (CaseworkProperties.Phase phase : settings.phases()) {
            if (phase.state() == state) {
                LocalDate due = phase.by().atYear(anchor.getYear());
                if (due.isBefore(anchor)) {
                    due = phase.by().atYear(anchor.getYear() + 1);
                }
                return new Deadline(rule, due);
            }
        }
        return null;
    }

    private LocalDate extended(LocalDate due) {
        if (!settings.extendOverNonWorkingDays()) {
            return due;
        }
        LocalDate day = due;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day) {
        if (settings.makeUpWorkingDays().contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !settings.holidays().contains(day);
    }

    int dueSoonDays() {
        return settings.dueSoonDays();
    }
}
