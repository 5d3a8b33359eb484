package org.anju.casework;

import java.util.Map;

import org.anju.casework.subsidy.SubsidyAssessment;
import org.anju.casework.subsidy.SubsidyCalculator;
import org.anju.casework.subsidy.SubsidyFacts;
import org.anju.house.SafetyGrade;
import org.anju.household.TargetCategory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The subsidy of a case under the preset in force: gathers the facts, then {@link SubsidyCalculator}. */
@Component
public class CaseSubsidies {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseworkProperties properties;

    CaseSubsidies(NamedParameterJdbcTemplate jdbc, CaseworkProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public SubsidyAssessment of(HousingCase c) {
        Map<String, Object> household = jdbc.queryForMap(CaseSql.HOUSEHOLD_BY_ID, Map.of("id", c.getHouseholdId()));
        Map<String, Object> housing = jdbc.queryForMap(CaseSql.HOUSING_OF_HOUSEHOLD,
                Map.of("householdId", c.getHouseholdId(), "houseId", c.getHouseId() == null ? -1L : c.getHouseId()));
        SafetyGrade grade = c.getGrade();
        if (c.getHouseId() != null && grade == null) {
            Map<String, Object> house = jdbc.queryForMap(CaseSql.HOUSE_BY_ID, Map.of("id", c.getHouseId()));
            grade = SafetyGrade.valueOf((String) house.get("grade"));
        }
        String category = (String) household.get("primary_category");
        SubsidyFacts facts = new SubsidyFacts(c.getHouseId() == null ? null : grade, c.getMethod(),
                category == null ? null : TargetCategory.valueOf(category),
                ((Number) household.get("members")).intValue(), c.getPlannedFloorArea(), c.getCostYuan(),
                c.getApprovedYuan(), c.isInDisasterRebuild(), c.getHouseholdSplitOn(),
                ((Number) housing.get("houses")).longValue() > 0, ((Number) housing.get("safe_houses")).longValue() > 0,
                c.getReportedOn());
        return SubsidyCalculator.assess(properties.subsidy().preset(), properties.subsidy().active(), facts);
    }
}
