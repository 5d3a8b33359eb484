package org.anju.casework.inspection;

import org.anju.system.Labelled;

/** The kinds of inspection campaign of seeds 000, 001 and 003. */
public enum CampaignKind implements Labelled {
    /** 以人找房: the house of every target household (000, 001) — "不漏一户、不落一人". */
    PERSON_TO_HOUSE("常规排查·以人找房"),
    /** 以房找人: every house in the area (000, 001). */
    HOUSE_TO_PERSON("常规排查·以房找人"),
    /** 003: 雨季结束后集中排查, village by village, house by house. */
    AFTER_RAINY_SEASON("集中排查·雨季结束后"),
    /** 003: 土地消融后集中排查. */
    AFTER_THAW("集中排查·土地消融后"),
    /** 应急排查 after a disaster: the houses its footprint (plus a buffer) affects (000, 001). */
    EMERGENCY("应急排查");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
