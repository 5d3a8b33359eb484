package org.anju.casework.subsidy;

import static org.anju.casework.subsidy.SubsidyCheck.Severity.BLOCKING;
import static org.anju.casework.subsidy.SubsidyCheck.Severity.INFO;
import static org.anju.casework.subsidy.SubsidyCheck.Severity.REVIEW;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a case's subsidy under a preset and checks the rules around it:
 * <ul>
 * <li>the standard: the first rule matching grade (or 无房户), method and primary category; base plus
 *     per extra person, capped; an amount approved by the county replaces the standard (still capped);
 *     the actual cost when lower and the preset says so (002: "实际改造费用不足一般补助标准的，按实际补助");</li>
 * <li>not a target household, no matching standard → BLOCKING;</li>
 * <li>double benefit: already in the disaster-rebuild programme → BLOCKING (002, 004: 不得重复享受);</li>
 * <li>another safe house (另有安全住房的不得纳入, 002) → BLOCKING;</li>
 * <li>split household: split off within two years of the report date and no house → REVIEW
 *     (004: 近两年分户且无房的…重点审核);</li>
 * <li>floor area of a rebuilt/new house outside the limits for the household size → BLOCKING when the
 *     limit is binding, REVIEW when it holds "in principle".</li>
 * </ul>
 * Money is in yuan with two decimals; the advance is rounded half-up to the yuan, the balance is the rest.
 */
public final class SubsidyCalculator {

    private SubsidyCalculator() {
    }

    public static SubsidyAssessment assess(String presetName, SubsidyPreset preset, SubsidyFacts facts) {
        List<SubsidyCheck> checks = new ArrayList<>();
        if (facts.category() == null) {
            checks.add(SubsidyCheck.of("NOT_TARGET", BLOCKING));
        }
        if (facts.inDisasterRebuild()) {
            checks.add(SubsidyCheck.of("DOUBLE_BENEFIT", BLOCKING));
        }
        if (facts.ownsOtherSafeHouse()) {
            checks.add(SubsidyCheck.of("OTHER_SAFE_HOUSE", BLOCKING));
        }
        if (facts.householdSplitOn() != null && !facts.householdHasHouse()
                && facts.householdSplitOn().isAfter(facts.referenceDate().minusYears(2))) {
            checks.add(SubsidyCheck.of("SPLIT_HOUSEHOLD", REVIEW, facts.householdSplitOn().toString()));
        }
        checkArea(preset, facts, checks);

        if (facts.method() == null) {
            checks.add(SubsidyCheck.of("METHOD_MISSING", INFO));
            return new SubsidyAssessment(presetName, preset.source(), null, null, null, null, null, null, checks);
        }
        SubsidyPreset.Rule rule = preset.rules().stream()
                .filter(r -> r.matches(facts.grade(), facts.method(), facts.category()))
                .findFirst().orElse(null);
        if (rule == null) {
            checks.add(SubsidyCheck.of("NO_STANDARD", BLOCKING));
            return new SubsidyAssessment(presetName, preset.source(), null, null, null, null, null, null, checks);
        }
        BigDecimal standard = rule.baseYuan().add(
                rule.perExtraPersonYuan().multiply(BigDecimal.valueOf(Math.max(0, facts.members() - 1))));
        BigDecimal amount = facts.approvedYuan() != null ? facts.approvedYuan() : standard;
        if (rule.maxYuan() != null && amount.compareTo(rule.maxYuan()) > 0) {
            checks.add(SubsidyCheck.of("CAPPED", INFO, plain(amount), plain(rule.maxYuan())));
            amount = rule.maxYuan();
        }
        if (facts.approvedYuan() != null && facts.approvedYuan().compareTo(standard) < 0
                && (facts.costYuan() == null || facts.costYuan().compareTo(facts.approvedYuan()) > 0)) {
            checks.add(SubsidyCheck.of("BELOW_STANDARD", REVIEW, plain(facts.approvedYuan()), plain(standard)));
        }
        if (preset.payActualCostWhenLower() && facts.costYuan() != null && facts.costYuan().compareTo(amount) < 0) {
            checks.add(SubsidyCheck.of("ACTUAL_COST", INFO, plain(facts.costYuan())));
            amount = facts.costYuan();
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal advance = amount.multiply(preset.advanceShare()).setScale(0, RoundingMode.HALF_UP).setScale(2);
        return new SubsidyAssessment(presetName, preset.source(), rule.name(), standard.setScale(2, RoundingMode.HALF_UP),
                rule.maxYuan(), amount, advance, amount.subtract(advance), checks);
    }

    private static void checkArea(SubsidyPreset preset, SubsidyFacts facts, List<SubsidyCheck> checks) {
        if (facts.plannedFloorArea() == null || facts.method() == null || !preset.areaMethods().contains(facts.method())) {
            return;
        }
        BigDecimal area = facts.plannedFloorArea();
        BigDecimal members = BigDecimal.valueOf(facts.members());
        for (SubsidyPreset.AreaLimit limit : preset.areas()) {
            if (!limit.appliesTo(facts.members())) {
                continue;
            }
            BigDecimal min = max(limit.minM2(), limit.minM2PerPerson() == null ? null : limit.minM2PerPerson().multiply(members));
            BigDecimal max = min(limit.maxM2(), limit.maxM2PerPerson() == null ? null : limit.maxM2PerPerson().multiply(members));
            boolean tooSmall = min != null && area.compareTo(min) < 0;
            boolean tooLarge = max != null && area.compareTo(max) > 0;
            if (tooSmall || tooLarge) {
                checks.add(SubsidyCheck.of(tooSmall ? "AREA_TOO_SMALL" : "AREA_TOO_LARGE",
                        limit.binding() ? BLOCKING : REVIEW, plain(area), plain(tooSmall ? min : max), facts.members()));
            }
        }
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
