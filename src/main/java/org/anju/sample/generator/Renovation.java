package org.anju.sample.generator;

import org.anju.house.RenovationMethod;

/**
 * A past renovation of a house, one row of {@code renovations.csv}.
 *
 * @param houseCode      the renovated house (for a new-site build: the new house)
 * @param year           year of completion
 * @param method         how it was renovated
 * @param subsidyYuan    subsidy paid, in yuan
 * @param fundingSource  the levels that paid, e.g. 中央+省级+县级
 */
record Renovation(String houseCode, int year, RenovationMethod method, int subsidyYuan, String fundingSource) {
}
