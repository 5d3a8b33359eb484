package org.anju.emergency;

/**
 * The order in which houses are checked after a disaster (排查优先级), as SQL over a house's
 * occupancy, grade and the households living there — one definition for the emergency target list
 * and for the field list of every inspection campaign:
 * <ol>
 * <li>occupied D (people live in a house graded D),</li>
 * <li>occupied C,</li>
 * <li>occupied, not assessed, with a vulnerable household (six categories, disabled member, military
 * family, veteran, elderly alone),</li>
 * <li>other occupied houses of households in the six categories,</li>
 * <li>the rest.</li>
 * </ol>
 * "Occupied" is OCCUPIED or SEASONAL: after a disaster a seasonally occupied house may well have
 * people in it.
 *
 * <p>Villages are checked in the order of {@link #VILLAGE_RANKING}: most occupied C/D houses first,
 * then most vulnerable households, then most occupied houses, then by code — the ranking of the
 * affected villages ({@code ExposureTally}).
 */
public final class CheckPriority {

    private CheckPriority() {
    }

    /** A household that needs help first: six categories or a priority flag. */
    static final String VULNERABLE = "r.primary_category IS NOT NULL OR r.disabled_member OR r.military_family "
            + "OR r.veteran OR r.elderly_alone";

    /** The priority 1–5 of a house given as SQL expressions for its columns and household counts. */
    public static String of(String occupancy, String grade, String vulnerableHouseholds, String targetHouseholds) {
        return """
                CASE WHEN %1$s IN ('OCCUPIED', 'SEASONAL') AND %2$s = 'D' THEN 1
                     WHEN %1$s IN ('OCCUPIED', 'SEASONAL') AND %2$s = 'C' THEN 2
                     WHEN %1$s IN ('OCCUPIED', 'SEASONAL') AND %2$s = 'UNASSESSED' AND %3$s > 0 THEN 3
                     WHEN %1$s IN ('OCCUPIED', 'SEASONAL') AND %4$s > 0 THEN 4
                     ELSE 5 END""".formatted(occupancy, grade, vulnerableHouseholds, targetHouseholds);
    }

    /** The number of vulnerable households living in the house {@code houseId} (an index look-up). */
    public static String vulnerableHouseholdsOf(String houseId) {
        return "(SELECT COUNT(*) FROM household r WHERE r.residence_house_id = " + houseId + " AND (" + VULNERABLE + "))";
    }

    /** The number of households in the six categories living in the house {@code houseId}. */
    public static String targetHouseholdsOf(String houseId) {
        return "(SELECT COUNT(*) FROM household r WHERE r.residence_house_id = " + houseId
                + " AND r.primary_category IS NOT NULL)";
    }

    /**
     * ORDER BY of the village ranking over per-village sums named {@code occupied_dangerous},
     * {@code vulnerable_households}, {@code occupied} and the column {@code village_code}.
     */
    public static final String VILLAGE_RANKING =
            "SUM(occupied_dangerous) DESC, SUM(vulnerable_households) DESC, SUM(occupied) DESC, village_code";
}
