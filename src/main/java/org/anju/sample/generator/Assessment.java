package org.anju.sample.generator;

import java.time.LocalDate;

import org.anju.house.AssessmentKind;
import org.anju.house.SafetyGrade;

/**
 * One safety assessment of a house, one row of {@code assessments.csv}.
 *
 * @param houseCode  the house
 * @param grade      A–D
 * @param assessedOn date, 2019-01-01 … 2024-12-31
 * @param kind       appraisal (评定) or formal assessment (鉴定)
 * @param assessor   who assessed
 * @param note       why it was done, e.g. 常规排查; may be empty
 */
record Assessment(String houseCode, SafetyGrade grade, LocalDate assessedOn, AssessmentKind kind, String assessor, String note) {
}
