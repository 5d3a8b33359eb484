package org.anju.house;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/** A past renovation sent to {@code POST /api/houses/{code}/renovations}; subsidy in yuan. */
record RenovationForm(int year, RenovationMethod method, BigDecimal subsidyYuan, String fundingSource) {

    static RenovationForm read(JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(java.util.Set.of("year", "method", "subsidy_yuan", "funding_source"));
        Integer year = f.integer("year", true, 1950, LocalDate.now().getYear());
        RenovationMethod method = f.enumValue("method", RenovationMethod.class, true, null);
        BigDecimal subsidy = f.decimal("subsidy_yuan", false, BigDecimal.ZERO, new BigDecimal("10000000"));
        String source = f.text("funding_source", false, 100);
        f.throwIfInvalid();
        return new RenovationForm(year, method, subsidy, source);
    }
}
