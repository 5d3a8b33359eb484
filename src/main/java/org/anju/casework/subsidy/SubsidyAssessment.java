package org.anju.casework.subsidy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The subsidy of one case under one preset.
 *
 * @param preset       the preset's name
 * @param source       the document behind it
 * @param rule         the standard applied, {@code null} when none applies
 * @param standardYuan the standard for this household (base + per extra person), before the cap
 * @param capYuan      the cap, {@code null}: none
 * @param amountYuan   what is to be paid: approved amount or standard, capped, or the lower actual cost; {@code null} when no rule applies
 * @param advanceYuan  paid at the start of construction
 * @param balanceYuan  paid after acceptance
 * @param checks       eligibility, area and fraud findings
 */
public record SubsidyAssessment(String preset, String source, String rule, BigDecimal standardYuan, BigDecimal capYuan,
                                BigDecimal amountYuan, BigDecimal advanceYuan, BigDecimal balanceYuan,
                                List<SubsidyCheck> checks) {

    public boolean blocked() {
        return checks.stream().anyMatch(c -> c.severity() == SubsidyCheck.Severity.BLOCKING);
    }

    public boolean needsReview() {
        return checks.stream().anyMatch(c -> c.severity() == SubsidyCheck.Severity.REVIEW);
    }
}
