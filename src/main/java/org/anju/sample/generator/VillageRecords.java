package org.anju.sample.generator;

import java.util.List;

/**
 * Everything generated for one village, ready to be written.
 *
 * @param village    the village
 * @param houses     its houses in code order, each with its assessments and renovations
 * @param households its households in code order
 */
record VillageRecords(Village village, List<House> houses, List<Household> households) {
}
