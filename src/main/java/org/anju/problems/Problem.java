package org.anju.problems;

import java.time.LocalDate;

/**
 * The facts of one problem a step depends on, as stored (read with its row locked before a change).
 *
 * @param areaCode the county, township or village the problem concerns
 */
record Problem(long id, ProblemState state, int version, LocalDate foundOn, String description,
               String responsibleUnit, String responsiblePerson, LocalDate deadlineOn, String measures,
               String progress, String areaCode) {
}
