package org.anju.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What is exposed in one group of affected houses (a village, a township, a severity class, all).
 * "Occupied" means lived in, at least part of the year (OCCUPIED or SEASONAL): after a disaster a
 * seasonally occupied house may well have people in it. "Vulnerable" households are those in the
 * six categories or with a priority flag (disabled member, military family, veteran, elderly alone).
 */
public record Exposure(long houses, long occupied, long occupiedDangerous, long occupiedUnassessed, long dangerous,
                       long households, long targetHouseholds, long vulnerableHouseholds, long persons) {

    static final Exposure NONE = new Exposure(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Exposure of(ResultSet row) throws SQLException {
        return new Exposure(row.getLong("houses"), row.getLong("occupied"), row.getLong("occupied_dangerous"),
                row.getLong("occupied_unassessed"), row.getLong("dangerous"), row.getLong("households"),
                row.getLong("target_households"), row.getLong("vulnerable_households"), row.getLong("persons"));
    }

    Exposure plus(Exposure o) {
        return new Exposure(houses + o.houses, occupied + o.occupied, occupiedDangerous + o.occupiedDangerous,
                occupiedUnassessed + o.occupiedUnassessed, dangerous + o.dangerous, households + o.households,
                targetHouseholds + o.targetHouseholds, vulnerableHouseholds + o.vulnerableHouseholds,
                persons + o.persons);
    }
}
