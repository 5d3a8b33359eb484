package org.anju.problems;

import static org.anju.problems.ProblemAction.ASSIGN;
import static org.anju.problems.ProblemAction.CLOSE;
import static org.anju.problems.ProblemAction.DISMISS;
import static org.anju.problems.ProblemAction.REQUEST_CLOSE;
import static org.anju.problems.ProblemAction.RETURN;
import static org.anju.problems.ProblemAction.REVIEW;
import static org.anju.problems.ProblemAction.START;
import static org.anju.problems.ProblemState.ASSIGNED;
import static org.anju.problems.ProblemState.CLOSED;
import static org.anju.problems.ProblemState.CLOSE_REQUESTED;
import static org.anju.problems.ProblemState.RECTIFYING;
import static org.anju.problems.ProblemState.REGISTERED;
import static org.anju.problems.ProblemState.REVIEWED;
import static org.anju.problems.ProblemState.UNFOUNDED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of the problem ledger (整改台账): for each action the states it may start from,
 * the state it leads to and what must be there first. Anything not listed is refused (409).
 *
 * <pre>
 * action         from                               to               needs
 * ASSIGN         REGISTERED                         ASSIGNED         a responsible unit and a deadline (交办: 明确责任单位和整改时限)
 * START          ASSIGNED                           RECTIFYING       –
 * REQUEST_CLOSE  RECTIFYING                         CLOSE_REQUESTED  the measures taken and at least one 整改佐证材料
 * REVIEW         CLOSE_REQUESTED                    REVIEWED         –
 * RETURN         CLOSE_REQUESTED, REVIEWED          RECTIFYING       a reason (复核不通过，退回整改)
 * CLOSE          REVIEWED                           CLOSED           –
 * DISMISS        REGISTERED, ASSIGNED, RECTIFYING   UNFOUNDED        a reason (核实不属实)
 * </pre>
 */
public final class ProblemTransitions {

    /** One row of the table. */
    public record Rule(ProblemAction action, Set<ProblemState> from, ProblemState to) {
    }

    private static final Map<ProblemAction, Rule> TABLE = new EnumMap<>(ProblemAction.class);

    static {
        rule(ASSIGN, EnumSet.of(REGISTERED), ASSIGNED);
        rule(START, EnumSet.of(ASSIGNED), RECTIFYING);
        rule(REQUEST_CLOSE, EnumSet.of(RECTIFYING), CLOSE_REQUESTED);
        rule(REVIEW, EnumSet.of(CLOSE_REQUESTED), REVIEWED);
        rule(RETURN, EnumSet.of(CLOSE_REQUESTED, REVIEWED), RECTIFYING);
        rule(CLOSE, EnumSet.of(REVIEWED), CLOSED);
        rule(DISMISS, EnumSet.of(REGISTERED, ASSIGNED, RECTIFYING), UNFOUNDED);
    }

    private ProblemTransitions() {
    }

    /** The rule of {@code action}; empty for REGISTER and EDIT, which are not transitions. */
    public static Optional<Rule> of(ProblemAction action) {
        return Optional.ofNullable(TABLE.get(action));
    }

    /** The actions allowed in {@code state}, in table order. */
    public static List<ProblemAction> allowedIn(ProblemState state) {
        List<ProblemAction> allowed = new ArrayList<>();
        TABLE.values().forEach(rule -> {
            if (rule.from().contains(state)) {
                allowed.add(rule.action());
            }
        });
        return allowed;
    }

    /** Actions that need a reason (sent as {@code reason}). */
    static boolean needsReason(ProblemAction action) {
        return action == RETURN || action == DISMISS;
    }

    /** Every rule, in table order. */
    public static List<Rule> rules() {
        return List.copyOf(TABLE.values());
    }

    private static void rule(ProblemAction action, Set<ProblemState> from, ProblemState to) {
        TABLE.put(action, new Rule(action, Collections.unmodifiableSet(from), to));
    }
}
