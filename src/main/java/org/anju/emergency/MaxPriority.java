package org.anju.emergency;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;

/**
 * {@code max_priority}: a target list only down to this check priority ({@link CheckPriority}), e.g.
 * {@code 4} for priorities 1–4 — the occupied C/D houses, the occupied unassessed ones with a
 * vulnerable household and the other occupied houses of the six categories, without the "受影响农房"
 * of priority 5 that make most of a flood's list. Default 5: the whole list.
 *
 * @param value 1–5
 */
record MaxPriority(int value) {

    /** The query parameter. */
    static final String PARAMETER = "max_priority";

    /** What the OpenAPI document says of it. */
    static final String DESCRIPTION = "只列优先级 1 至此的房屋（1–5，默认 5 = 全部）；4 = 不含优先级 5 的“受影响农房” / "
            + "only the houses of check priority 1 to this (1–5, default 5 = all); 4 leaves out priority 5, the "
            + "other affected houses";

    static final MaxPriority ALL = new MaxPriority(5);

    MaxPriority {
        if (value < 1 || value > 5) {
            throw InvalidInputException.badRequest(new FieldProblem(PARAMETER, value, "field.range", 1, 5));
        }
    }

    /**
     * The parameter's value; {@link #ALL} when absent or blank.
     *
     * @throws InvalidInputException (400 on {@code max_priority}) for anything but a whole number 1–5
     */
    static MaxPriority parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,2}")) {
            throw InvalidInputException.badRequest(new FieldProblem(PARAMETER, text, "field.range", 1, 5));
        }
        return new MaxPriority(Integer.parseInt(digits));
    }
}
