/**
 * 审计日志: who changed which record (before and after, personal data masked), who saw personal
 * data unmasked, and who exported what (how many rows) — the trail issue 7 asks for. Written by
 * {@link org.anju.audit.AuditLog}; read by county administrators at {@code GET /api/audit}.
 */
package org.anju.audit;
