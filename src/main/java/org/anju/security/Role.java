package org.anju.security;

import org.anju.system.Labelled;

/**
 * What an account may do. Each account is also bound to a jurisdiction (an administrative code)
 * that limits what it sees and changes, see {@link Jurisdiction}.
 */
public enum Role implements Labelled {
    /** 县级管理员: everything, including accounts. */
    COUNTY_ADMIN("县级管理员", true, true),
    /** 县住建局工作人员: reads and edits the county's data. */
    COUNTY_STAFF("县住建局工作人员", true, true),
    /** 乡镇工作人员: reads and edits the data of one township. */
    TOWNSHIP_STAFF("乡镇工作人员", true, true),
    /** 村排查员: reads and edits the data of one village. */
    VILLAGE_INSPECTOR("村排查员", true, true),
    /** 应急队伍: reads, records disasters, runs emergency checks and takes target lists. */
    EMERGENCY_TEAM("应急队伍", true, false),
    /** 规划人员: reads houses and analyses; no personal data, changes nothing. */
    PLANNER("规划人员", false, false);

    private final String label;
    private final boolean personalData;
    private final boolean editsRecords;

    Role(String label, boolean personalData, boolean editsRecords) {
        this.label = label;
        this.personalData = personalData;
        this.editsRecords = editsRecords;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The level of administrative area the account's jurisdiction must be: a township for township
     * staff, a village for village inspectors; null when any area (or none: every area) will do.
     */
    public org.anju.area.AreaLevel jurisdictionLevel() {
        return switch (this) {
            case TOWNSHIP_STAFF -> org.anju.area.AreaLevel.TOWNSHIP;
            case VILLAGE_INSPECTOR -> org.anju.area.AreaLevel.VILLAGE;
            default -> null;
        };
    }

    /** May see households (names, masked ID numbers and phones). */
    public boolean seesPersonalData() {
        return personalData;
    }

    /** May create, change and delete houses and households (within the jurisdiction). */
    public boolean editsRecords() {
        return editsRecords;
    }

    /**
     * May see ID numbers and phones in full, one household at a time, each view audited: the county
     * bureau, which pays subsidies and signs agreements; nobody else.
     */
    public boolean unmasksPersonalData() {
        return this == COUNTY_ADMIN || this == COUNTY_STAFF;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
