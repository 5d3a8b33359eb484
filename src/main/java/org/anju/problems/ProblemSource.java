package org.anju.problems;

import org.anju.system.Labelled;

/** Where a problem was found (seeds 001, 002: 审计、第三方评估、督查检查、信访和12345热线反映的问题). */
public enum ProblemSource implements Labelled {
    AUDIT("审计"),
    THIRD_PARTY("第三方评估"),
    SUPERVISION("督查检查"),
    PETITION("信访/12345"),
    SELF_CHECK("自查"),
    PATROL("巡查");

    private final String label;

    ProblemSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
