/**
 * 农户 — households, the six target categories (6类重点对象) with the de-duplication priority of the monthly report forms, priority flags, the house they live in and the houses they own (建新不拆旧).
 */
package org.anju.household;
