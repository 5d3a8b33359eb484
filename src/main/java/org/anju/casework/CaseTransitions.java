package org.anju.casework;

import static org.anju.casework.CaseAction.ACCEPT;
import static org.anju.casework.CaseAction.APPLY;
import static org.anju.casework.CaseAction.ASSESS;
import static org.anju.casework.CaseAction.CLOSE;
import static org.anju.casework.CaseAction.COMPLETE;
import static org.anju.casework.CaseAction.COUNTY_APPROVE;
import static org.anju.casework.CaseAction.NOTIFY;
import static org.anju.casework.CaseAction.PAY_ADVANCE;
import static org.anju.casework.CaseAction.PAY_BALANCE;
import static org.anju.casework.CaseAction.PUBLICISE;
import static org.anju.casework.CaseAction.REJECT;
import static org.anju.casework.CaseAction.REOPEN;
import static org.anju.casework.CaseAction.START;
import static org.anju.casework.CaseAction.TOWNSHIP_AUDIT;
import static org.anju.casework.CaseAction.VILLAGE_REVIEW;
import static org.anju.casework.CaseAction.WITHDRAW;
import static org.anju.casework.CaseState.ACCEPTED;
import static org.anju.casework.CaseState.APPLIED;
import static org.anju.casework.CaseState.ASSESSED;
import static org.anju.casework.CaseState.CLOSED;
import static org.anju.casework.CaseState.COMPLETED;
import static org.anju.casework.CaseState.COUNTY_APPROVED;
import static org.anju.casework.CaseState.DISCOVERED;
import static org.anju.casework.CaseState.NOTIFIED;
import static org.anju.casework.CaseState.PAID;
import static org.anju.casework.CaseState.PUBLICISED;
import static org.anju.casework.CaseState.REJECTED;
import static org.anju.casework.CaseState.TOWNSHIP_AUDITED;
import static org.anju.casework.CaseState.UNDER_CONSTRUCTION;
import static org.anju.casework.CaseState.VILLAGE_REVIEWED;
import static org.anju.casework.CaseState.WITHDRAWN;
import static org.anju.casework.DocumentKind.ACCEPTANCE_FORM;
import static org.anju.casework.DocumentKind.AGREEMENT;
import static org.anju.casework.DocumentKind.APPLICATION;
import static org.anju.casework.DocumentKind.COUNTY_APPROVAL;
import static org.anju.casework.DocumentKind.DISASTER_DAMAGE_CERTIFICATE;
import static org.anju.casework.DocumentKind.GRADE_ASSESSMENT;
import static org.anju.casework.DocumentKind.ID_PROOF;
import static org.anju.casework.DocumentKind.INSPECTION_RECORD;
import static org.anju.casework.DocumentKind.NOTIFICATION;
import static org.anju.casework.DocumentKind.PAYMENT_VOUCHER;
import static org.anju.casework.DocumentKind.PHOTO;
import static org.anju.casework.DocumentKind.PUBLICITY;
import static org.anju.casework.DocumentKind.WITHDRAWAL_CONFIRMATION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of the case ledger: for each action, the states it may start from, the state
 * it leads to, and the documents of the archive (一户一档) that must be on file before it is taken.
 * Read it as the procedure of seeds 002/004. Anything not listed here is refused.
 *
 * <pre>
 * action          from                                   to                  documents needed
 * ASSESS          DISCOVERED                             ASSESSED            鉴定表
 * APPLY           ASSESSED                               APPLIED             申请, 身份证明
 * VILLAGE_REVIEW  APPLIED                                VILLAGE_REVIEWED    村级评议记录
 * TOWNSHIP_AUDIT  VILLAGE_REVIEWED                       TOWNSHIP_AUDITED    乡镇审核记录
 * COUNTY_APPROVE  TOWNSHIP_AUDITED                       COUNTY_APPROVED     县级审批记录
 * PUBLICISE       COUNTY_APPROVED                        PUBLICISED          公示资料
 * NOTIFY          PUBLICISED                             NOTIFIED            函告书
 * START           NOTIFIED                               UNDER_CONSTRUCTION  三方协议, 照片
 * PAY_ADVANCE     UNDER_CONSTRUCTION, COMPLETED, ACCEPTED (stays)            拨付凭证   (once per cycle)
 * COMPLETE        UNDER_CONSTRUCTION                     COMPLETED           巡查记录, 照片
 * ACCEPT          COMPLETED                              ACCEPTED            竣工验收表
 * PAY_BALANCE     ACCEPTED                               PAID                拨付凭证
 * CLOSE           PAID                                   CLOSED              –
 * WITHDRAW        DISCOVERED … NOTIFIED                  WITHDRAWN           退出确认书 (+ note; house not lived in)
 * REJECT          DISCOVERED … PUBLICISED                REJECTED            – (reason required)
 * REOPEN          CLOSED                                 DISCOVERED (cycle+1) 灾损情况证明 (+ note)
 * </pre>
 *
 * A case of a household without a house (无房户) needs no grade assessment form. Further conditions
 * that depend on data (a C/D grade for ASSESS, the subsidy checks for COUNTY_APPROVE, amounts for the
 * payments) are checked by {@link CaseLedger}.
 */
public final class CaseTransitions {

    /**
     * One row of the table.
     *
     * @param to the resulting state; {@code null}: the case stays where it is
     */
    public record Rule(CaseAction action, Set<CaseState> from, CaseState to, Set<DocumentKind> documents) {

        public CaseState result(CaseState current) {
            return to == null ? current : to;
        }
    }

    private static final Map<CaseAction, Rule> TABLE = new EnumMap<>(CaseAction.class);

    static {
        rule(ASSESS, from(DISCOVERED), ASSESSED, needs(GRADE_ASSESSMENT));
        rule(APPLY, from(ASSESSED), APPLIED, needs(APPLICATION, ID_PROOF));
        rule(VILLAGE_REVIEW, from(APPLIED), VILLAGE_REVIEWED, needs(DocumentKind.VILLAGE_REVIEW));
        rule(TOWNSHIP_AUDIT, from(VILLAGE_REVIEWED), TOWNSHIP_AUDITED, needs(DocumentKind.TOWNSHIP_AUDIT));
        rule(COUNTY_APPROVE, from(TOWNSHIP_AUDITED), COUNTY_APPROVED, needs(COUNTY_APPROVAL));
        rule(PUBLICISE, from(COUNTY_APPROVED), PUBLICISED, needs(PUBLICITY));
        rule(NOTIFY, from(PUBLICISED), NOTIFIED, needs(NOTIFICATION));
        rule(START, from(NOTIFIED), UNDER_CONSTRUCTION, needs(AGREEMENT, PHOTO));
        rule(PAY_ADVANCE, from(UNDER_CONSTRUCTION, COMPLETED, ACCEPTED), null, needs(PAYMENT_VOUCHER));
        rule(COMPLETE, from(UNDER_CONSTRUCTION), COMPLETED, needs(INSPECTION_RECORD, PHOTO));
        rule(ACCEPT, from(COMPLETED), ACCEPTED, needs(ACCEPTANCE_FORM));
        rule(PAY_BALANCE, from(ACCEPTED), PAID, needs(PAYMENT_VOUCHER));
        rule(CLOSE, from(PAID), CLOSED, needs());
        rule(WITHDRAW, EnumSet.range(DISCOVERED, NOTIFIED), WITHDRAWN, needs(WITHDRAWAL_CONFIRMATION));
        rule(REJECT, EnumSet.range(DISCOVERED, PUBLICISED), REJECTED, needs());
        rule(REOPEN, from(CLOSED), DISCOVERED, needs(DISASTER_DAMAGE_CERTIFICATE));
    }

    private CaseTransitions() {
    }

    /** The rule of {@code action}; empty for {@link CaseAction#OPEN}, which only creates cases. */
    public static Optional<Rule> of(CaseAction action) {
        return Optional.ofNullable(TABLE.get(action));
    }

    /** May {@code action} be taken in {@code state}? */
    public static boolean allows(CaseState state, CaseAction action) {
        Rule rule = TABLE.get(action);
        return rule != null && rule.from().contains(state);
    }

    /** The actions allowed in {@code state}, in the order of the table. */
    public static List<CaseAction> allowedIn(CaseState state) {
        List<CaseAction> allowed = new ArrayList<>();
        TABLE.values().forEach(rule -> {
            if (rule.from().contains(state)) {
                allowed.add(rule.action());
            }
        });
        return allowed;
    }

    /**
     * The documents a case must have on file once it has reached {@code state} along the main path:
     * those needed by every step up to it. For an ended case pass the last main-path state it had
     * reached as {@code reached}; the ending's own documents are added.
     *
     * @param hasHouse false for a household without a house (no grade assessment form)
     */
    public static Set<DocumentKind> required(CaseState state, CaseState reached, boolean hasHouse) {
        Set<DocumentKind> needed = EnumSet.noneOf(DocumentKind.class);
        CaseState upTo = state.ended() && state != CLOSED ? reached : state;
        for (Rule rule : TABLE.values()) {
            boolean onMainPath = rule.to() != null && !rule.to().ended() && rule.action() != REOPEN;
            if (onMainPath && rule.to().compareTo(upTo) <= 0) {
                needed.addAll(rule.documents());
            }
        }
        if (state == WITHDRAWN) {
            needed.addAll(TABLE.get(WITHDRAW).documents());
        }
        if (!hasHouse) {
            needed.remove(GRADE_ASSESSMENT);
        }
        return Collections.unmodifiableSet(needed);
    }

    /** Every rule, in table order (for the API's description of the procedure). */
    public static List<Rule> rules() {
        return List.copyOf(TABLE.values());
    }

    private static void rule(CaseAction action, Set<CaseState> from, CaseState to, Set<DocumentKind> documents) {
        TABLE.put(action, new Rule(action, Collections.unmodifiableSet(from), to, Collections.unmodifiableSet(documents)));
    }

    private static Set<CaseState> from(CaseState first, CaseState... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<DocumentKind> needs(DocumentKind... kinds) {
        Set<DocumentKind> set = EnumSet.noneOf(DocumentKind.class);
        set.addAll(List.of(kinds));
        return set;
    }
}
