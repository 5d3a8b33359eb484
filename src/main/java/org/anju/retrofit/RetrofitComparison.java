package org.anju.retrofit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two candidate areas side by side (抗震改造候选区域对比): the same criteria and subsidy preset applied
 * to area A and to area B — each with its candidates, the houses it holds, the share, the budget, the
 * reasons and its ranked townships and villages —, the difference A − B, and what the two have in
 * common where they overlap, so that a budget for both is not counted twice.
 */
record RetrofitComparison(RetrofitSummary.Criteria criteria, String preset, Side a, Side b, Difference difference,
                          Overlap overlap) {

    /**
     * The area as asked for: village and township codes, the box, and whether an area was drawn
     * (with its vertex count; the drawn geometry itself is not echoed back).
     */
    record AreaGiven(List<String> villages, List<String> townships, List<Double> bbox, boolean drawn,
                     Integer drawnVertices) {
    }

    /**
     * @param houses     houses (not demolished) in the area that the account may see
     * @param candidates retrofit candidates among them
     * @param share      candidates / houses, 0–1 (0 when the area holds no house)
     */
    record Side(AreaGiven area, long houses, long candidates, double share, RetrofitSummary.Budget budget,
                List<RetrofitSummary.ByReason> byReason, List<RetrofitSummary.ByArea> townships,
                List<RetrofitSummary.ByArea> villages) {
    }

    /** A − B: houses, candidates, share (of houses, 0–1) and budget; candidates per reason of either side. */
    record Difference(long houses, long candidates, double share, BigDecimal budgetYuan, BigDecimal budgetWan,
                      List<ReasonDifference> byReason) {
    }

    /** Candidates for {@code reason} in A, in B, and A − B. */
    record ReasonDifference(String reason, long a, long b, long difference) {
    }

    /**
     * @param candidates         candidates lying in both areas
     * @param candidatesInEither candidates in A or B (A + B − both): what a programme for both areas covers
     * @param budgetYuanInEither their budget
     */
    record Overlap(long candidates, long candidatesInEither, BigDecimal budgetYuanInEither) {
    }
}
