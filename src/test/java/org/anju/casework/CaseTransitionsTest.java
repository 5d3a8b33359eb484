package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The procedure of seeds 002/004 as a table: for every state, exactly these actions are allowed and
 * every other one is refused.
 */
class CaseTransitionsTest {

    private static final Set<CaseAction> BEFORE_CONSTRUCTION_EXITS = EnumSet.of(CaseAction.WITHDRAW, CaseAction.REJECT);

    /** state → the actions allowed in it. */
    static final Map<CaseState, Set<CaseAction>> ALLOWED = Map.ofEntries(
            Map.entry(CaseState.DISCOVERED, EnumSet.of(CaseAction.ASSESS, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.ASSESSED, EnumSet.of(CaseAction.APPLY, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.APPLIED, EnumSet.of(CaseAction.VILLAGE_REVIEW, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.VILLAGE_REVIEWED, EnumSet.of(CaseAction.TOWNSHIP_AUDIT, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.TOWNSHIP_AUDITED, EnumSet.of(CaseAction.COUNTY_APPROVE, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.COUNTY_APPROVED, EnumSet.of(CaseAction.PUBLICISE, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.PUBLICISED, EnumSet.of(CaseAction.NOTIFY, CaseAction.WITHDRAW, CaseAction.REJECT)),
            Map.entry(CaseState.NOTIFIED, EnumSet.of(CaseAction.START, CaseAction.WITHDRAW)),
            Map.entry(CaseState.UNDER_CONSTRUCTION, EnumSet.of(CaseAction.COMPLETE, CaseAction.PAY_ADVANCE)),
            Map.entry(CaseState.COMPLETED, EnumSet.of(CaseAction.ACCEPT, CaseAction.PAY_ADVANCE)),
            Map.entry(CaseState.ACCEPTED, EnumSet.of(CaseAction.PAY_BALANCE, CaseAction.PAY_ADVANCE)),
            Map.entry(CaseState.PAID, EnumSet.of(CaseAction.CLOSE)),
            Map.entry(CaseState.CLOSED, EnumSet.of(CaseAction.REOPEN)),
            Map.entry(CaseState.WITHDRAWN, EnumSet.noneOf(CaseAction.class)),
            Map.entry(CaseState.REJECTED, EnumSet.noneOf(CaseAction.class)));

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void exactlyTheListedActionsAreAllowedInEachState(CaseState state) {
        for (CaseAction action : CaseAction.values()) {
            assertThat(CaseTransitions.allows(state, action))
                    .as("%s in %s", action, state).isEqualTo(ALLOWED.get(state).contains(action));
        }
        assertThat(Set.copyOf(CaseTransitions.allowedIn(state))).isEqualTo(ALLOWED.get(state));
    }

    @Test
    void theMainPathLeadsFromDiscoveryToClosure() {
        CaseState state = CaseState.DISCOVERED;
        for (CaseAction action : new CaseAction[] {CaseAction.ASSESS, CaseAction.APPLY, CaseAction.VILLAGE_REVIEW,
                CaseAction.TOWNSHIP_AUDIT, CaseAction.COUNTY_APPROVE, CaseAction.PUBLICISE, CaseAction.NOTIFY,
                CaseAction.START, CaseAction.PAY_ADVANCE, CaseAction.COMPLETE, CaseAction.ACCEPT, CaseAction.PAY_BALANCE,
                CaseAction.CLOSE}) {
            state = CaseTransitions.of(action).orElseThrow().result(state);
        }
        assertThat(state).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void theAdvanceKeepsTheStateAndReopeningStartsOverAtDiscovery() {
        assertThat(CaseTransitions.of(CaseAction.PAY_ADVANCE).orElseThrow().result(CaseState.COMPLETED))
                .isEqualTo(CaseState.COMPLETED);
        assertThat(CaseTransitions.of(CaseAction.REOPEN).orElseThrow().result(CaseState.CLOSED))
                .isEqualTo(CaseState.DISCOVERED);
    }

    @Test
    void openingAndEditingAreNotTransitions() {
        assertThat(CaseTransitions.of(CaseAction.OPEN)).isEmpty();
        assertThat(CaseTransitions.of(CaseAction.EDIT)).isEmpty();
    }

    @Test
    void documentsNeededByEachStep() {
        assertThat(CaseTransitions.of(CaseAction.APPLY).orElseThrow().documents())
                .containsExactlyInAnyOrder(DocumentKind.APPLICATION, DocumentKind.ID_PROOF);
        assertThat(CaseTransitions.of(CaseAction.START).orElseThrow().documents())
                .containsExactlyInAnyOrder(DocumentKind.AGREEMENT, DocumentKind.PHOTO);
        assertThat(CaseTransitions.of(CaseAction.ACCEPT).orElseThrow().documents())
                .containsExactly(DocumentKind.ACCEPTANCE_FORM);
        assertThat(CaseTransitions.of(CaseAction.REOPEN).orElseThrow().documents())
                .containsExactly(DocumentKind.DISASTER_DAMAGE_CERTIFICATE);
    }

    @Test
    void theArchiveOfAStateHoldsTheDocumentsOfEveryStepUpToIt() {
        assertThat(CaseTransitions.required(CaseState.APPLIED, CaseState.APPLIED, true)).containsExactlyInAnyOrder(
                DocumentKind.GRADE_ASSESSMENT, DocumentKind.APPLICATION, DocumentKind.ID_PROOF);
        assertThat(CaseTransitions.required(CaseState.APPLIED, CaseState.APPLIED, false))
                .as("无房户: nothing to assess").containsExactlyInAnyOrder(DocumentKind.APPLICATION, DocumentKind.ID_PROOF);
        assertThat(CaseTransitions.required(CaseState.CLOSED, CaseState.CLOSED, true)).containsExactlyInAnyOrder(
                DocumentKind.GRADE_ASSESSMENT, DocumentKind.APPLICATION, DocumentKind.ID_PROOF,
                DocumentKind.VILLAGE_REVIEW, DocumentKind.TOWNSHIP_AUDIT, DocumentKind.COUNTY_APPROVAL,
                DocumentKind.PUBLICITY, DocumentKind.NOTIFICATION, DocumentKind.AGREEMENT, DocumentKind.PHOTO,
                DocumentKind.INSPECTION_RECORD, DocumentKind.ACCEPTANCE_FORM, DocumentKind.PAYMENT_VOUCHER);
        assertThat(CaseTransitions.required(CaseState.WITHDRAWN, CaseState.ASSESSED, true))
                .containsExactlyInAnyOrder(DocumentKind.GRADE_ASSESSMENT, DocumentKind.WITHDRAWAL_CONFIRMATION);
        assertThat(BEFORE_CONSTRUCTION_EXITS).allMatch(a -> CaseTransitions.allows(CaseState.ASSESSED, a));
    }
}
