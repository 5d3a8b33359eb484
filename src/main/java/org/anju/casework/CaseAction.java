package org.anju.casework;

import org.anju.system.Labelled;

/**
 * What a user does to a case; each action's precondition and result are in {@link CaseTransitions}.
 * {@link #OPEN} (creating the case) and {@link #EDIT} (changing its facts) are recorded in the history
 * but change no state.
 */
public enum CaseAction implements Labelled {
    OPEN("建档"),
    EDIT("修改案件信息"),
    ASSESS("鉴定为危房"),
    APPLY("农户申请"),
    VILLAGE_REVIEW("村级评议通过"),
    TOWNSHIP_AUDIT("乡镇审核通过"),
    COUNTY_APPROVE("县级审批通过"),
    PUBLICISE("三级公示无异议"),
    NOTIFY("函告农户"),
    START("开工"),
    PAY_ADVANCE("预拨补助"),
    COMPLETE("竣工"),
    ACCEPT("竣工验收合格"),
    PAY_BALANCE("拨付剩余补助"),
    CLOSE("销号"),
    WITHDRAW("退出"),
    REJECT("不予支持"),
    REOPEN("灾后重新纳入");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
