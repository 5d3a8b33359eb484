package org.anju.problems;

import java.util.EnumSet;
import java.util.Set;

import org.anju.security.Jurisdiction;
import org.anju.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who takes which step of a problem, on top of the jurisdiction (which decides which problems an
 * account sees at all, {@link ProblemLedger#find}). The county registers, assigns, reviews and closes
 * (销号) and decides that a problem is unfounded; the township assigns to its villages and units and
 * rectifies; the village rectifies and applies for closing (申请销号) — nobody closes his own problem
 * below the county.
 *
 * <pre>
 * role               registers  edits                      actions
 * COUNTY_ADMIN/STAFF  yes        everything                 all
 * TOWNSHIP_STAFF      yes        everything                 ASSIGN START REQUEST_CLOSE
 * VILLAGE_INSPECTOR   yes        description, measures,     START REQUEST_CLOSE
 *                                progress (not who, not by when)
 * EMERGENCY_TEAM, PLANNER: no access (security.SecurityConfig)
 * </pre>
 */
final class ProblemRoles {

    private static final Set<ProblemAction> TOWNSHIP = EnumSet.of(ProblemAction.ASSIGN, ProblemAction.START,
            ProblemAction.REQUEST_CLOSE);
    private static final Set<ProblemAction> VILLAGE = EnumSet.of(ProblemAction.START, ProblemAction.REQUEST_CLOSE);

    private ProblemRoles() {
    }

    static boolean mayTake(Role role, ProblemAction action) {
        return switch (role) {
            case COUNTY_ADMIN, COUNTY_STAFF -> true;
            case TOWNSHIP_STAFF -> TOWNSHIP.contains(action);
            case VILLAGE_INSPECTOR -> VILLAGE.contains(action);
            default -> false;
        };
    }

    /** Whether the current account may take {@code action} (true outside a request). */
    static boolean currentMayTake(ProblemAction action) {
        return Jurisdiction.current().user().map(u -> mayTake(u.role(), action)).orElse(true);
    }

    /** Refuses (403) an action the current account's role may not take. */
    static void requireAction(ProblemAction action) {
        if (!currentMayTake(action)) {
            throw new AccessDeniedException("role may not take problem action " + action);
        }
    }

    /** Refuses (403) a change of the responsible unit, person or deadline by a village account. */
    static void requireAssigner() {
        if (Jurisdiction.current().user().map(u -> u.role() == Role.VILLAGE_INSPECTOR).orElse(false)) {
            throw new AccessDeniedException("role may not change who rectifies a problem or by when");
        }
    }

    /** Imports of finding lists: the county's. */
    static boolean currentImports() {
        return Jurisdiction.current().user().map(u -> u.role() == Role.COUNTY_ADMIN || u.role() == Role.COUNTY_STAFF)
                .orElse(true);
    }
}
