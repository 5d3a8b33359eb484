package org.anju.household;

/**
 * The main household of a house: of the households living there, the one of highest category
 * priority (then by code). Target lists show it as the household to contact.
 */
public final class MainHousehold {

    private MainHousehold() {
    }

    /** The households {@code r} of a house in order, the main household first: by category priority, then code. */
    public static final String ORDER = TargetCategory.sqlRank("r.primary_category") + ", r.code";

    /** {@code LEFT JOIN household m …} for the house aliased {@code h}; no row matched gives NULLs. */
    public static final String JOIN = """
            LEFT JOIN household m ON m.id = (
                SELECT r.id FROM household r WHERE r.residence_house_id = h.id
                ORDER BY %s
                FETCH FIRST 1 ROW ONLY)
            """.formatted(ORDER);
}
