package org.anju.emergency;

import java.util.List;

/**
 * The answer to "what did this disaster hit?": totals, the same by severity class, by township and
 * by village, villages ranked for the emergency check (most occupied C/D houses first, then most
 * vulnerable households, then most occupied houses).
 */
public record AffectedSummary(Event event, double bufferMetres, Exposure totals, List<BySeverity> bySeverity,
                              List<ByArea> byTownship, List<ByArea> villages) {

    public record Event(long id, String code, String name, String type) {
    }

    /** {@code rank} 0 = parts without a severity class. */
    public record BySeverity(int rank, String severity, Exposure exposure) {
    }

    /** {@code parentCode}/{@code parentName}: the township of a village; null for townships. */
    public record ByArea(int rank, String code, String name, String parentCode, String parentName, Exposure exposure) {
    }
}
