/**
 * 动态清零台账 — the case ledger: "发现一户、建档一户、改造一户、销号一户" (seeds 000, 002, 004).
 * A case follows one dangerous house of a target household (or a household without a house) from
 * discovery to closure through the transition table {@link org.anju.casework.CaseTransitions},
 * records who did what and when, keeps the one-household-one-file archive (一户一档,
 * {@link org.anju.casework.CaseDocuments}), computes its deadlines ({@link org.anju.casework.Deadlines})
 * and its subsidy ({@link org.anju.casework.subsidy}). Rules and their sources: docs/CASEWORK.md.
 */
package org.anju.casework;
