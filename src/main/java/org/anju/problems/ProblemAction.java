package org.anju.problems;

import org.anju.system.Labelled;

/**
 * What a user does to a problem; each action's precondition and result are in {@link ProblemTransitions}.
 * {@link #REGISTER} (creating it) and {@link #EDIT} (changing its facts) are recorded in the history but
 * are not transitions.
 */
public enum ProblemAction implements Labelled {
    REGISTER("登记"),
    EDIT("修改问题信息"),
    ASSIGN("交办"),
    START("开始整改"),
    REQUEST_CLOSE("申请销号"),
    REVIEW("复核通过"),
    RETURN("退回整改"),
    CLOSE("销号"),
    DISMISS("核实不属实");

    private final String label;

    ProblemAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
