package org.anju.problems;

import org.anju.system.Labelled;

/** The kinds of file a problem keeps: evidence of the rectification first (申请销号 needs one). */
public enum ProblemDocumentKind implements Labelled {
    EVIDENCE("整改佐证材料"),
    ASSIGNMENT("交办通知"),
    REVIEW("复核意见"),
    OTHER("其他");

    private final String label;

    ProblemDocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
