package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seismic-retrofit candidates: how many, why, where (townships and villages ranked by count, with
 * the share of the area's houses and the density per km²), what it would cost, and — with a budget —
 * which villages it pays for ({@code plan}, null without a budget; see {@link BudgetFit}).
 */
record RetrofitSummary(Criteria criteria, long candidates, Budget budget, List<ByReason> byReason,
                       List<ByArea> townships, List<ByArea> villages, BudgetPlan plan) {

    record Criteria(int minIntensity, boolean targetHouseholdsOnly, boolean includeUnassessed, Long raster, Double minValue) {
    }

    /** {@code totalYuan} = candidates × {@code perHouseYuan}; {@code totalWan} in 万元. */
    record Budget(String preset, BigDecimal perHouseYuan, BigDecimal totalYuan, BigDecimal totalWan, String source) {
    }

    record ByReason(String reason, long candidates) {
    }

    /**
     * @param share         candidates / houses of the area (not demolished), 0–1
     * @param density       candidates per km² of the area
     * @param budgetYuan    candidates × subsidy per house of the preset
     * @param cumulativeWan villages only: with a budget, the 万元 used by the villages within it down to this
     *                      one (null when this village is not within it); without a budget, the running total
     *                      of every village down the ranking. Null for townships.
     * @param withinBudget  villages only: whether the budget pays for this village; null without a budget
     */
    record ByArea(int rank, String code, String name, String parentName, long candidates, long houses, double share,
                  double density, BigDecimal budgetYuan, BigDecimal cumulativeWan, Boolean withinBudget) {

        ByArea planned(BigDecimal cumulativeWan, Boolean withinBudget) {
            return new ByArea(rank, code, name, parentName, candidates, houses, share, density, budgetYuan,
                    cumulativeWan, withinBudget);
        }
    }

    /**
     * What a budget pays for, villages taken by {@link BudgetFit}'s rule.
     *
     * @param budgetWan       the budget asked for, in 万元
     * @param usedYuan        the budget of the villages within it, in yuan (exact), and in 万元 ({@code usedWan})
     * @param leftYuan        budget − used, in yuan (exact), and in 万元 ({@code leftWan})
     * @param villages        villages within the budget
     * @param candidates      their candidate houses
     * @param villagesSkipped villages with candidates that the budget does not pay for
     */
    record BudgetPlan(BigDecimal budgetWan, BigDecimal usedYuan, BigDecimal usedWan, BigDecimal leftYuan,
                      BigDecimal leftWan, int villages, long candidates, int villagesSkipped) {
    }
}
