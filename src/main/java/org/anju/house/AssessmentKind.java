package org.anju.house;

import org.anju.system.Labelled;

/** How a grade was established: appraisal by county technicians, or a formal (possibly third-party) assessment. */
public enum AssessmentKind implements Labelled {
    APPRAISAL("评定"),
    FORMAL("鉴定");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
