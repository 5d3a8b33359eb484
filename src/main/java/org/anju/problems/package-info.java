/**
 * 整改台账 — the problem ledger: problems found by audits (审计), third-party assessments (第三方评估),
 * supervision and inspections (督查检查), complaints (信访/12345), self-checks (自查) and patrols (巡查),
 * kept as a list and fixed by a deadline (seeds 001, 002: 建立清单台账，限期整改). A problem concerns an area
 * (county, township or village: the jurisdiction of accounts is checked on it) and any number of houses,
 * households, cases and villages, and may have a point on the map; it has a responsible unit and person,
 * a deadline, the measures taken and evidence documents, and moves 登记 → 交办 → 整改中 → 申请销号 → 复核 →
 * 销号, or ends as 核实不属实 ({@link org.anju.problems.ProblemTransitions}, who takes which step:
 * {@link org.anju.problems.ProblemRoles}). Export as the 整改台账 sent upward, import of an audit's findings.
 * See docs/PROBLEMS.md.
 */
package org.anju.problems;
