package org.anju.casework;

import java.time.LocalDate;

/**
 * How one deadline of a case was (or is being) kept.
 *
 * @param doneOn  when it was met; {@code null} while open
 * @param late    done after the due date, or still open after it
 * @param action  for {@link DeadlineRule#ENTRY}: the key node entered
 */
public record DeadlineStatus(DeadlineRule rule, LocalDate dueOn, LocalDate doneOn, boolean late, CaseAction action) {

    static DeadlineStatus of(DeadlineRule rule, LocalDate dueOn, LocalDate doneOn, LocalDate today, CaseAction action) {
        boolean late = doneOn != null ? doneOn.isAfter(dueOn) : today.isAfter(dueOn);
        return new DeadlineStatus(rule, dueOn, doneOn, late, action);
    }
}
