package org.anju.casework;

import org.anju.system.Labelled;

/** The deadline rules of the seeds (see docs/CASEWORK.md for the text behind each). */
public enum DeadlineRule implements Labelled {
    /** 002: hazards are reported through the township to the county within 3 days of discovery. */
    REPORT("发现后3日内报送县级住建部门"),
    /** 002: the county assesses within one week. */
    ASSESSMENT("县级住建部门一周内鉴定评估"),
    /** 000/004: the year's phase deadline for completion. */
    PHASE_COMPLETION("年度改造完成期限"),
    /** 000: the year's phase deadline for acceptance. */
    PHASE_ACCEPTANCE("年度竣工验收期限"),
    /** 002: the balance within 30 days of acceptance; 004: within a month. */
    BALANCE_PAYMENT("验收合格后拨付剩余补助"),
    /** 002: start, completion, acceptance and payments entered within 8 days. */
    ENTRY("重要节点后8日内录入");

    private final String label;

    DeadlineRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
