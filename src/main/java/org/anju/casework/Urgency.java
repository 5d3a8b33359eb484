package org.anju.casework;

/**
 * How pressing an open case's next deadline is, as the map colours it: overdue (due before today),
 * due soon (within {@code anju.casework.deadlines.due-soon-days}, default 7), on time, or no deadline.
 */
public enum Urgency {
    OVERDUE, DUE_SOON, ON_TIME, NONE;

    /**
     * The condition on {@code c.deadline_on} for this urgency, with {@code :today} and {@code :soon}
     * (the last day that is still "due soon") bound by the caller.
     */
    String condition() {
        return switch (this) {
            case OVERDUE -> "c.deadline_on < :today";
            case DUE_SOON -> "(c.deadline_on >= :today AND c.deadline_on <= :soon)";
            case ON_TIME -> "c.deadline_on > :soon";
            case NONE -> "c.deadline_on IS NULL";
        };
    }

    /** A select-list expression naming the urgency of {@code c.deadline_on}. */
    static final String SQL = """
            CASE WHEN c.deadline_on IS NULL THEN 'NONE' WHEN c.deadline_on < :today THEN 'OVERDUE'
                 WHEN c.deadline_on <= :soon THEN 'DUE_SOON' ELSE 'ON_TIME' END""";
}
