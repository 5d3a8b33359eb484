package org.anju.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.anju.house.RenovationMethod;
import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A request to move a case: {@code action}, the {@code version} the client read, the day it happened
 * ({@code occurred_on}, default today, never in the future), a {@code note}, and what some actions
 * need: {@code reason} (REJECT), {@code method} (APPLY), amounts by level (PAY_ADVANCE, PAY_BALANCE).
 */
public record TransitionForm(CaseAction action, int version, LocalDate occurredOn, String note, String reason,
                      RenovationMethod method, BigDecimal centralYuan, BigDecimal provincialYuan,
                      BigDecimal localYuan, String actor) {

    private static final BigDecimal MAX_YUAN = new BigDecimal("10000000");

    static TransitionForm read(JsonNode body, LocalDate today) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("action", "version", "occurred_on", "note", "reason", "method", "central_yuan",
                "provincial_yuan", "local_yuan", "actor"));
        CaseAction action = f.enumValue("action", CaseAction.class, true, null);
        Integer version = f.integer("version", true, 0, Integer.MAX_VALUE);
        LocalDate occurredOn = f.date("occurred_on", false);
        if (occurredOn != null && occurredOn.isAfter(today)) {
            f.problems().add(new FieldProblem("occurred_on", occurredOn, "date.future"));
        }
        TransitionForm form = new TransitionForm(action, version == null ? 0 : version,
                occurredOn == null ? today : occurredOn, f.text("note", false, 2000), f.text("reason", false, 500),
                f.enumValue("method", RenovationMethod.class, false, null),
                f.decimal("central_yuan", false, BigDecimal.ZERO, MAX_YUAN),
                f.decimal("provincial_yuan", false, BigDecimal.ZERO, MAX_YUAN),
                f.decimal("local_yuan", false, BigDecimal.ZERO, MAX_YUAN), f.text("actor", false, 100));
        f.throwIfInvalid();
        return form;
    }

    BigDecimal totalYuan() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal part : new BigDecimal[] {centralYuan, provincialYuan, localYuan}) {
            if (part != null) {
                total = total.add(part);
            }
        }
        return total;
    }
}
