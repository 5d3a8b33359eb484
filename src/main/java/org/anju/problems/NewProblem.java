package org.anju.problems;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem to register, as the form or an imported row gives it; checked by {@link ProblemLedger#check}.
 *
 * @param area       county, township or village code; null: derived from the links (the smallest area
 *                   holding them all) or from the point (the village whose boundary holds it)
 * @param houses     house codes; {@code households}: household codes; {@code cases}: case numbers;
 *                   {@code villages}: village codes
 * @param lon        longitude of the point on the map (null: none; then the first linked house's)
 * @param findingKey the detector's key of the cause (null for problems entered by people)
 */
record NewProblem(ProblemSource source, String reference, String description, String area, List<String> houses,
                  List<String> households, List<Long> cases, List<String> villages, Double lon, Double lat,
                  String responsibleUnit, String responsiblePerson, LocalDate deadlineOn, String measures,
                  String progress, LocalDate foundOn, String note, String findingKey) {
}
