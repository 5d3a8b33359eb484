package org.anju.casework;

import java.time.LocalDate;

/** A date something must happen by, and the rule that sets it. */
public record Deadline(DeadlineRule rule, LocalDate dueOn) {
}
