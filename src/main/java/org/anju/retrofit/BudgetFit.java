package org.anju.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 预算内试点村: which villages of the ranking a budget (万元) pays for, and the running total.
 *
 * <p><b>The rule — greedy in ranking order.</b> The villages are taken in the order of the ranking
 * while they fit. A village fits when its whole budget (candidates × subsidy per house) is at most
 * what is left; a budget met exactly is used up. A village that does not fit is skipped — a pilot
 * village is funded whole or not at all — and the villages after it are still tried, since a smaller
 * one may still fit. So with 10 万元 and villages costing 6.0, 4.8, 2.4 and 1.2 万元 the first, third
 * and fourth are within (9.6 万元 used, 0.4 left). This is not the most money spent that the budget
 * allows (that would be a knapsack, and would override the ranking); it keeps the ranking's priority
 * and lets a planner read the result down the list. Amounts are compared in yuan, exactly.
 *
 * <p>Without a budget no village is marked, and the running total covers every village.
 */
final class BudgetFit {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private BudgetFit() {
    }

    /** The ranked villages with the budget applied, and what it pays for. */
    record Result(List<RetrofitSummary.ByArea> villages, RetrofitSummary.BudgetPlan plan) {
    }

    /**
     * @param ranked    the villages in ranking order, each with its {@code budgetYuan}
     * @param budgetWan the budget in 万元, or {@code null} for none (the plan is then null)
     */
    static Result fit(List<RetrofitSummary.ByArea> ranked, BigDecimal budgetWan) {
        List<RetrofitSummary.ByArea> villages = new ArrayList<>(ranked.size());
        BigDecimal used = BigDecimal.ZERO;
        if (budgetWan == null) {
            for (RetrofitSummary.ByArea village : ranked) {
                used = used.add(village.budgetYuan());
                villages.add(village.planned(wan(used), null));
            }
            return new Result(villages, null);
        }
        BigDecimal budgetYuan = budgetWan.multiply(TEN_THOUSAND);
        int within = 0;
        long candidates = 0;
        for (RetrofitSummary.ByArea village : ranked) {
            BigDecimal after = used.add(village.budgetYuan());
            if (after.compareTo(budgetYuan) <= 0) {
                used = after;
                within++;
                candidates += village.candidates();
                villages.add(village.planned(wan(used), true));
            } else {
                villages.add(village.planned(null, false));
            }
        }
        BigDecimal left = budgetYuan.subtract(used);
        return new Result(villages, new RetrofitSummary.BudgetPlan(budgetWan, used, wan(used), left, wan(left),
                within, candidates, ranked.size() - within));
    }

    /** Yuan as 万元 with two decimals (100 yuan), as every 万元 figure of the retrofit answers. */
    static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }
}
