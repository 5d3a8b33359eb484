package org.anju.house;

import org.anju.system.Labelled;

/**
 * Rural house safety grade from the appraisal (农村住房安全性鉴定). C and D are dangerous houses (危房).
 */
public enum SafetyGrade implements Labelled {
    A("A级（安全）"),
    B("B级（基本安全）"),
    C("C级（局部危房）"),
    D("D级（整栋危房）"),
    UNASSESSED("未评定");

    private final String label;

    SafetyGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** C or D: a 危房. */
    public boolean isDangerous() {
        return this == C || this == D;
    }
}
