package org.anju.security;

/**
 * What an account may do. Each account is also bound to a jurisdiction (an administrative code)
 * that limits what it sees and changes, see {@link Jurisdiction}.
 */
public enum Role {
    /** 县级管理员: everything, including accounts. */
    COUNTY_ADMIN(true, true),
    /** 县住建局工作人员: reads and edits the county's data. */
    COUNTY_STAFF(true, true),
    /** 乡镇工作人员: reads and edits the data of one township. */
    TOWNSHIP_STAFF(true, true),
    /** 村排查员: reads and edits the data of one village. */
    VILLAGE_INSPECTOR(true, true),
    /** 应急队伍: reads, records disasters, runs emergency checks and takes target lists. */
    EMERGENCY_TEAM(true, false),
    /** 规划人员: reads houses and analyses; no personal data, changes nothing. */
    PLANNER(false, false);

    private final boolean personalData;
    private final boolean editsRecords;

    Role(boolean personalData, boolean editsRecords) {
        this.personalData = personalData;
        this.editsRecords = editsRecords;
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
