package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seismic-retrofit candidates: how many, why, where (townships and villages ranked by count, with
 * the share of the area's houses and the density per km²), and what it would cost.
 */
record RetrofitSummary(Criteria criteria, long candidates, Budget budget, List<ByReason> byReason,
                       List<ByArea> townships, List<ByArea> villages) {

    record Criteria(int minIntensity, boolean targetHouseholdsOnly, boolean includeUnassessed, Long raster, Double minValue) {
    }

    /** {@code totalYuan} = candidates × {@code perHouseYuan}; {@code totalWan} in 万元. */
    record Budget(String preset, BigDecimal perHouseYuan, BigDecimal totalYuan, BigDecimal totalWan, String source) {
    }

    record ByReason(String reason, long candidates) {
    }

    /**
     * @param share   candidates / houses of the area (not demolished), 0–1
     * @param density candidates per km² of the area
     */
    record ByArea(int rank, String code, String name, String parentName, long candidates, long houses, double share,
                  double density, BigDecimal budgetYuan) {
    }
}
