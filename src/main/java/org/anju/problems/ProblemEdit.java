package org.anju.problems;

import java.time.LocalDate;
import java.util.List;

import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A change of a problem's facts ({@code PUT /api/problems/{id}}) with the {@code version} read: each of
 * {@code description}, {@code responsible_unit}, {@code responsible_person}, {@code deadline_on},
 * {@code measures}, {@code progress} that is sent replaces the stored one ({@code null} clears it, except
 * the description); one not sent stays. A {@code note} goes into the history.
 */
record ProblemEdit(int version, JsonNode body, String description, String responsibleUnit, String responsiblePerson,
                   LocalDate deadlineOn, String measures, String progress, String note) {

    static final List<String> FIELDS = List.of("description", "responsible_unit", "responsible_person", "deadline_on",
            "measures", "progress");

    static ProblemEdit read(JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("version", "description", "responsible_unit", "responsible_person", "deadline_on",
                "measures", "progress", "note", "actor"));
        Integer version = f.integer("version", true, 0, Integer.MAX_VALUE);
        ProblemEdit edit = new ProblemEdit(version == null ? 0 : version, body,
                f.text("description", body.has("description"), 2000), f.text("responsible_unit", false, 100),
                f.text("responsible_person", false, 50), f.date("deadline_on", false), f.text("measures", false, 2000),
                f.text("progress", false, 2000), f.text("note", false, 2000));
        f.text("actor", false, 100);
        f.throwIfInvalid();
        return edit;
    }

    /** The problem's facts after this edit. */
    Problem applyTo(Problem p) {
        return new Problem(p.id(), p.state(), p.version(), p.foundOn(),
                sent("description") ? description : p.description(),
                sent("responsible_unit") ? responsibleUnit : p.responsibleUnit(),
                sent("responsible_person") ? responsiblePerson : p.responsiblePerson(),
                sent("deadline_on") ? deadlineOn : p.deadlineOn(),
                sent("measures") ? measures : p.measures(),
                sent("progress") ? progress : p.progress(), p.areaCode());
    }

    private boolean sent(String field) {
        return body.has(field);
    }
}
