package org.anju.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.anju.house.RenovationMethod;
import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * The facts of a case the subsidy depends on, as edited with {@code PUT /api/cases/{id}/details}
 * (all of them: PUT replaces), with the {@code version} the client read.
 */
record CaseDetails(Programme programme, RenovationMethod method, BigDecimal plannedFloorArea, BigDecimal costYuan,
                   BigDecimal approvedYuan, boolean inDisasterRebuild, LocalDate householdSplitOn, int version,
                   String actor, String note) {

    private static final BigDecimal MAX_AREA = new BigDecimal("10000");
    private static final BigDecimal MAX_YUAN = new BigDecimal("10000000");

    static CaseDetails read(JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("programme", "method", "planned_floor_area", "cost_yuan", "approved_yuan",
                "in_disaster_rebuild", "household_split_on", "version", "actor", "note"));
        CaseDetails details = new CaseDetails(f.enumValue("programme", Programme.class, false, null),
                f.enumValue("method", RenovationMethod.class, false, null),
                f.decimal("planned_floor_area", false, new BigDecimal("0.1"), MAX_AREA),
                f.decimal("cost_yuan", false, BigDecimal.ZERO, MAX_YUAN),
                f.decimal("approved_yuan", false, BigDecimal.ZERO, MAX_YUAN),
                f.bool("in_disaster_rebuild", false), f.date("household_split_on", false),
                orZero(f.integer("version", true, 0, Integer.MAX_VALUE)), f.text("actor", false, 100),
                f.text("note", false, 2000));
        f.throwIfInvalid();
        return details;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
