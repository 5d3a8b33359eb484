package org.anju.problems;

import java.time.LocalDate;
import java.util.List;

import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A request to move a problem: {@code action}, the {@code version} the client read, the day it happened
 * ({@code occurred_on}, default today, never in the future), a {@code note}, a {@code reason} (RETURN,
 * DISMISS), and facts the step brings along: who rectifies by when ({@code responsible_unit},
 * {@code responsible_person}, {@code deadline_on}: ASSIGN) and what was done ({@code measures},
 * {@code progress}: START, REQUEST_CLOSE). A fact not sent stays as it is.
 */
record ProblemTransitionForm(ProblemAction action, int version, LocalDate occurredOn, String note, String reason,
                             String responsibleUnit, String responsiblePerson, LocalDate deadlineOn, String measures,
                             String progress) {

    static ProblemTransitionForm read(JsonNode body, LocalDate today) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("action", "version", "occurred_on", "note", "reason", "responsible_unit",
                "responsible_person", "deadline_on", "measures", "progress", "actor"));
        ProblemAction action = f.enumValue("action", ProblemAction.class, true, null);
        if (action == ProblemAction.REGISTER || action == ProblemAction.EDIT) {
            f.problem("action", action, "problems.action.notATransition");
        }
        Integer version = f.integer("version", true, 0, Integer.MAX_VALUE);
        LocalDate occurredOn = f.date("occurred_on", false);
        if (occurredOn != null && occurredOn.isAfter(today)) {
            f.problems().add(new FieldProblem("occurred_on", occurredOn, "date.future"));
        }
        ProblemTransitionForm form = new ProblemTransitionForm(action, version == null ? 0 : version,
                occurredOn == null ? today : occurredOn, f.text("note", false, 2000), f.text("reason", false, 500),
                f.text("responsible_unit", false, 100), f.text("responsible_person", false, 50),
                f.date("deadline_on", false), f.text("measures", false, 2000), f.text("progress", false, 2000));
        f.text("actor", false, 100);
        f.throwIfInvalid();
        return form;
    }

    /** Whether the step changes who rectifies or by when (not for village accounts). */
    boolean changesAssignment() {
        return responsibleUnit != null || responsiblePerson != null || deadlineOn != null;
    }
}
