package org.anju.casework.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.house.RenovationMethod;
import org.anju.house.SafetyGrade;
import org.anju.household.TargetCategory;

/**
 * What the subsidy of one case depends on.
 *
 * @param grade              the house's grade (C/D; A/B for seismic retrofit); {@code null}: no house (无房户)
 * @param method             the renovation method chosen; {@code null}: not chosen yet
 * @param category           the household's primary category; {@code null}: not a target household
 * @param members            household size
 * @param plannedFloorArea   floor area of the rebuilt or new house, m² (null: not planned yet)
 * @param costYuan           the actual (or estimated) cost, when known
 * @param approvedYuan       an amount the county approved (e.g. from the village's material list)
 * @param inDisasterRebuild  already in the disaster-rebuild programme (因灾倒损农房恢复重建)
 * @param householdSplitOn   when the household was split off (分户), if known
 * @param householdHasHouse  the household owns or lives in any house
 * @param ownsOtherSafeHouse the household owns or lives in an A/B house other than the case's (另有安全住房)
 * @param referenceDate      the date the two-year split rule counts back from (the report date)
 */
public record SubsidyFacts(SafetyGrade grade, RenovationMethod method, TargetCategory category, int members,
                           BigDecimal plannedFloorArea, BigDecimal costYuan, BigDecimal approvedYuan,
                           boolean inDisasterRebuild, LocalDate householdSplitOn, boolean householdHasHouse,
                           boolean ownsOtherSafeHouse, LocalDate referenceDate) {
}
