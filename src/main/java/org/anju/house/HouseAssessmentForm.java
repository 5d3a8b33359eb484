package org.anju.house;

import java.time.LocalDate;

import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/** A new assessment sent to {@code POST /api/houses/{code}/assessments}. */
record HouseAssessmentForm(SafetyGrade grade, LocalDate assessedOn, AssessmentKind kind, String assessor, String note) {

    static HouseAssessmentForm read(JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(java.util.Set.of("grade", "assessed_on", "kind", "assessor", "note"));
        SafetyGrade grade = f.enumValue("grade", SafetyGrade.class, true, null);
        if (grade == SafetyGrade.UNASSESSED) {
            f.problem("grade", grade, "assessment.gradeRequired");
        }
        LocalDate on = f.date("assessed_on", true);
        if (on != null && on.isAfter(LocalDate.now())) {
            f.problem("assessed_on", on, "date.future");
        }
        AssessmentKind kind = f.enumValue("kind", AssessmentKind.class, false, AssessmentKind.APPRAISAL);
        String assessor = f.text("assessor", false, 100);
        String note = f.text("note", false, 500);
        f.throwIfInvalid();
        return new HouseAssessmentForm(grade, on, kind, assessor, note);
    }
}
