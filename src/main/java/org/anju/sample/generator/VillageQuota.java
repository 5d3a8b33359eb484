package org.anju.sample.generator;

/**
 * What one village must contain.
 *
 * @param houses             exact number of house records
 * @param builtNewStillInOld number of 建新不拆旧 households to set up
 * @param homelessTargets    number of target households without a house (无房户)
 */
record VillageQuota(int houses, int builtNewStillInOld, int homelessTargets) {
}
