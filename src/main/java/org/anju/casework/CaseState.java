package org.anju.casework;

import org.anju.system.Labelled;

/**
 * Where a case (动态清零台账的一户) stands. The main path follows the procedure of seeds 002 and 004:
 * 发现 → 鉴定(C/D) → 申请 → 村评议 → 乡镇审核 → 县级审批/联合审核 → 三级公示 → 函告 → 开工 → 竣工 →
 * 验收 → 补助拨付 → 销号. A case ends as closed, withdrawn or rejected; a closed case can be re-opened
 * (back to discovered, in a new cycle) when the house becomes dangerous again after a disaster.
 * Which moves are allowed is {@link CaseTransitions}.
 */
public enum CaseState implements Labelled {
    DISCOVERED("发现隐患"),
    ASSESSED("鉴定为危房"),
    APPLIED("农户申请"),
    VILLAGE_REVIEWED("村级评议"),
    TOWNSHIP_AUDITED("乡镇审核"),
    COUNTY_APPROVED("县级审批"),
    PUBLICISED("三级公示"),
    NOTIFIED("函告农户"),
    UNDER_CONSTRUCTION("施工中"),
    COMPLETED("竣工"),
    ACCEPTED("竣工验收合格"),
    PAID("补助已拨付"),
    CLOSED("销号"),
    WITHDRAWN("退出（自行解决）"),
    REJECTED("不予支持");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Closed, withdrawn or rejected: nothing is due any more, the house may get a new case. */
    public boolean ended() {
        return this == CLOSED || this == WITHDRAWN || this == REJECTED;
    }

    /** Construction has started (开工户): counted as started in the monthly report. */
    public boolean started() {
        return compareTo(UNDER_CONSTRUCTION) >= 0 && compareTo(CLOSED) <= 0;
    }
}
