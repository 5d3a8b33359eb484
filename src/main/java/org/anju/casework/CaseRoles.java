package org.anju.casework;

import java.util.EnumSet;
import java.util.Set;

import org.anju.security.Jurisdiction;
import org.anju.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may take which step of a case (on top of the jurisdiction, which decides which cases an
 * account sees at all — see {@link CaseLedger#find}). The levels follow the procedure of seeds
 * 002/004: the village committee applies and reviews (村级评议), the township audits (乡镇审核), accepts
 * the works with the village and publicises, the county assesses (鉴定), approves (县级审批), pays (资金拨付),
 * closes (销号) and re-opens.
 *
 * <pre>
 * role               reads  opens  uploads  edits facts  actions
 * COUNTY_ADMIN/STAFF  yes    yes    yes      yes          all
 * TOWNSHIP_STAFF      yes    yes    yes      yes          APPLY VILLAGE_REVIEW TOWNSHIP_AUDIT PUBLICISE NOTIFY START
 *                                                         COMPLETE ACCEPT WITHDRAW REJECT
 * VILLAGE_INSPECTOR   yes    yes    yes      no           APPLY VILLAGE_REVIEW
 * EMERGENCY_TEAM, PLANNER: no access to the ledger (security.SecurityConfig)
 * </pre>
 */
final class CaseRoles {

    private static final Set<CaseAction> TOWNSHIP = EnumSet.of(CaseAction.APPLY, CaseAction.VILLAGE_REVIEW,
            CaseAction.TOWNSHIP_AUDIT, CaseAction.PUBLICISE, CaseAction.NOTIFY, CaseAction.START, CaseAction.COMPLETE,
            CaseAction.ACCEPT, CaseAction.WITHDRAW, CaseAction.REJECT);
    private static final Set<CaseAction> VILLAGE = EnumSet.of(CaseAction.APPLY, CaseAction.VILLAGE_REVIEW);

    private CaseRoles() {
    }

    /** May an account of {@code role} take {@code action}? Without an account (start-up, tests of the ledger alone): yes. */
    static boolean mayTake(Role role, CaseAction action) {
        return switch (role) {
            case COUNTY_ADMIN, COUNTY_STAFF -> true;
            case TOWNSHIP_STAFF -> TOWNSHIP.contains(action);
            case VILLAGE_INSPECTOR -> VILLAGE.contains(action);
            default -> false;
        };
    }

    /** Whether the current account may take {@code action} (true outside a request). */
    static boolean currentMayTake(CaseAction action) {
        return Jurisdiction.current().user().map(u -> mayTake(u.role(), action)).orElse(true);
    }

    /** Refuses (403) an action the current account's role may not take. */
    static void requireAction(CaseAction action) {
        if (!currentMayTake(action)) {
            throw new AccessDeniedException("role may not take case action " + action);
        }
    }

    /** Refuses (403) a change of the subsidy facts by a role that may not make it (village inspectors). */
    static void requireFactsEditor() {
        if (Jurisdiction.current().user().map(u -> u.role() == Role.VILLAGE_INSPECTOR).orElse(false)) {
            throw new AccessDeniedException("role may not change the facts of a case");
        }
    }
}
