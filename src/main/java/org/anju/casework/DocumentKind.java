package org.anju.casework;

import org.anju.system.Labelled;

/**
 * The kinds of file in the one-household-one-file archive (一户一档), as listed by seed 002
 * ("农户申请、身份证明、县乡村三级审核评议及公示资料、住房等级鉴定表、三方服务协议、质量安全巡查记录、
 * 竣工验收表、资金拨付凭证") and seeds 001/004 (影像资料, 灾损情况证明, 函告).
 */
public enum DocumentKind implements Labelled {
    APPLICATION("农户申请"),
    ID_PROOF("身份证明"),
    VILLAGE_REVIEW("村级评议记录"),
    TOWNSHIP_AUDIT("乡镇审核记录"),
    COUNTY_APPROVAL("县级审批（联合审核）记录"),
    PUBLICITY("三级公示资料"),
    GRADE_ASSESSMENT("住房安全性鉴定（评定）表"),
    NOTIFICATION("函告书"),
    AGREEMENT("三方服务协议"),
    INSPECTION_RECORD("质量安全巡查记录"),
    ACCEPTANCE_FORM("竣工验收表（基本安全评定表）"),
    PAYMENT_VOUCHER("资金拨付凭证"),
    PHOTO("改造过程照片"),
    DISASTER_DAMAGE_CERTIFICATE("灾损情况证明"),
    WITHDRAWAL_CONFIRMATION("退出确认书"),
    OTHER("其他");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
