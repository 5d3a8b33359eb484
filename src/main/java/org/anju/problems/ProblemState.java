package org.anju.problems;

import org.anju.system.Labelled;

/**
 * Where a problem stands: 登记 → 交办 → 整改中 → 申请销号 → 复核 → 销号, or 核实不属实 (found not to be a
 * problem, with the reason). Which moves are allowed is {@link ProblemTransitions}.
 */
public enum ProblemState implements Labelled {
    REGISTERED("登记"),
    ASSIGNED("交办"),
    RECTIFYING("整改中"),
    CLOSE_REQUESTED("申请销号"),
    REVIEWED("复核"),
    CLOSED("销号"),
    UNFOUNDED("核实不属实");

    private final String label;

    ProblemState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Closed or found unfounded: nothing is due any more. */
    public boolean ended() {
        return this == CLOSED || this == UNFOUNDED;
    }
}
