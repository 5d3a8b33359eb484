package org.anju.casework.subsidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.household.TargetCategory;

/**
 * One subsidy and area standard (补助标准、面积标准) as configured under
 * {@code anju.casework.subsidy.presets.<name>}; the defaults in application.yml are the Liaocheng
 * (seed 002) and Hunan (seed 004) standards. See docs/CASEWORK.md.
 *
 * @param source                 the document the figures come from
 * @param rules                  subsidy by grade, method and category; the first matching rule applies
 * @param areas                  floor-area limits of rebuilt or new houses by household size
 * @param areaMethods            the methods the area limits apply to (rebuilding, building new)
 * @param advanceShare           share of the amount advanced at the start of construction (002: 0.5; 0 = none)
 * @param balanceDays            the rest is paid within this many days of acceptance (002: 30), or
 * @param balanceMonths          within this many months (004: "验收合格一个月内"); exactly one is set
 * @param payActualCostWhenLower when the actual cost is below the amount, the actual cost is paid (002)
 */
public record SubsidyPreset(String source, List<Rule> rules, List<AreaLimit> areas, Set<RenovationMethod> areaMethods,
                            BigDecimal advanceShare, Integer balanceDays, Integer balanceMonths,
                            boolean payActualCostWhenLower) {

    public SubsidyPreset {
        rules = rules == null ? List.of() : List.copyOf(rules);
        areas = areas == null ? List.of() : List.copyOf(areas);
        areaMethods = areaMethods == null || areaMethods.isEmpty()
                ? Set.of(RenovationMethod.DEMOLISH_REBUILD, RenovationMethod.NEW_SITE) : Set.copyOf(areaMethods);
        advanceShare = advanceShare == null ? BigDecimal.ZERO : advanceShare;
        if (advanceShare.signum() < 0 || advanceShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("advance-share must lie between 0 and 1");
        }
        if ((balanceDays == null) == (balanceMonths == null)) {
            throw new IllegalArgumentException("a subsidy preset needs exactly one of balance-days, balance-months");
        }
    }

    /**
     * A subsidy standard. Every given condition must hold; an empty set means "any".
     *
     * @param name                shown with the amount, e.g. "D级危房改建/新建（1人户3万元，每增1人加1万元）"
     * @param grades              the grade found (C, D; A/B for seismic retrofit)
     * @param withoutHouse        the rule also applies to households without a house (无房户)
     * @param methods             renovation methods
     * @param categories          primary categories of the household (empty: any of the six)
     * @param baseYuan            the amount for a one-person household
     * @param perExtraPersonYuan  added for each member beyond the first (Hunan)
     * @param maxYuan             the cap (null: none; counties may raise the Liaocheng minimum standards)
     */
    public record Rule(String name, Set<SafetyGrade> grades, boolean withoutHouse, Set<RenovationMethod> methods,
                       Set<TargetCategory> categories, BigDecimal baseYuan, BigDecimal perExtraPersonYuan,
                       BigDecimal maxYuan) {

        public Rule {
            grades = grades == null ? Set.of() : Set.copyOf(grades);
            methods = methods == null ? Set.of() : Set.copyOf(methods);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            perExtraPersonYuan = perExtraPersonYuan == null ? BigDecimal.ZERO : perExtraPersonYuan;
            if (baseYuan == null || baseYuan.signum() < 0) {
                throw new IllegalArgumentException("subsidy rule '" + name + "' needs base-yuan >= 0");
            }
        }

        /** Whether the rule applies; a rule limited to categories never applies to a household of none. */
        boolean matches(SafetyGrade grade, RenovationMethod method, TargetCategory category) {
            boolean gradeMatches = grade == null ? withoutHouse : grades.isEmpty() || grades.contains(grade);
            return gradeMatches && (methods.isEmpty() || method != null && methods.contains(method))
                    && (categories.isEmpty() || category != null && categories.contains(category));
        }
    }

    /**
     * Floor-area limits for households of {@code minMembers}..{@code maxMembers} persons; every given
     * bound must hold.
     *
     * @param binding true: a rule (不得, 002's 20 m² minimum) — a breach blocks approval; false: "原则上"
     *                (in principle) — a breach needs a reviewed note at approval
     */
    public record AreaLimit(int minMembers, int maxMembers, BigDecimal minM2, BigDecimal maxM2,
                            BigDecimal minM2PerPerson, BigDecimal maxM2PerPerson, boolean binding) {

        boolean appliesTo(int members) {
            return members >= minMembers && members <= maxMembers;
        }
    }
}
