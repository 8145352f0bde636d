package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.regionalcoop.grants.internal.GrantProcess.*;

/** The grants process's service tasks: thin calls of {@link Grants}. */
final class GrantDelegates {

    /**
     * The grant officer's answers: the completed task sets them where nothing declares them, on the process
     * instance, and the decision is recorded in the same transaction, which takes them away again. So the engine
     * writes no row for them, and one item's answers never reach another's.
     */
    private static final List<ProcessVariable<String>> ANSWERS = List.of(VAR_GRANT_DECISION, VAR_AWARDED_AMOUNT,
            VAR_REASON, VAR_VALID_FROM, VAR_VALID_TO, VAR_CONDITIONS);

    private GrantDelegates() {
    }

    private static GrantId grantId(DelegateExecution execution) {
        return VAR_GRANT_ID.from(execution).get();
    }

    @Component("prepareGrants")
    static class PrepareGrants implements JavaDelegate {

        private final Grants grants;

        PrepareGrants(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AgreementId agreement = VAR_AGREEMENT_ID.from(execution).get();
            VAR_GRANT_IDS.on(execution).set(grants.prepare(agreement));
        }
    }

    /**
     * Gives the item the decision table's inputs and declares the table's verdict on the item's scope (the engine
     * sets a result where a variable of that name already exists, and would otherwise share it across parallel
     * items). The candidate group is read when the grant officer's task is created, in this transaction.
     */
    @Component("assessGrantItem")
    static class AssessGrantItem implements JavaDelegate {

        private final Grants grants;

        AssessGrantItem(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            GrantId id = grantId(execution);
            Map<String, Object> local = new HashMap<>();
            VAR_ELIGIBILITY.on(local).set(null);
            local.putAll(grants.eligibilityInputs(id));
            VAR_GRANT_OFFICER_GROUP.on(local).setTransient(grants.grant(id).grantOfficerGroup());
            execution.setVariablesLocal(local);
        }
    }

    /**
     * Stores the table's verdict and, for an eligible item, reserves its central share. Whether it was reserved is
     * for the gateway that follows, in this transaction.
     */
    @Component("reserveGrantFunds")
    static class ReserveGrantFunds implements JavaDelegate {

        private final Grants grants;

        ReserveGrantFunds(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            VAR_FUNDS_RESERVED.on(execution).setTransient(grants.reserve(assessed(grants, execution).id()).isPresent());
        }
    }

    @Component("declineIneligibleGrant")
    static class DeclineIneligibleGrant implements JavaDelegate {

        private final Grants grants;

        DeclineIneligibleGrant(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            grants.declineIneligible(assessed(grants, execution).id());
        }
    }

    @Component("recordGrantDecision")
    static class RecordGrantDecision implements JavaDelegate {

        private final Grants grants;
        private final PlatformActions platform;

        RecordGrantDecision(Grants grants, PlatformActions platform) {
            this.grants = grants;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            grants.decide(grantId(execution), VAR_GRANT_DECISION.from(execution).getOrNull(),
                    VAR_AWARDED_AMOUNT.from(execution).getOrNull(), VAR_REASON.from(execution).getOrNull(),
                    VAR_VALID_FROM.from(execution).getOrNull(), VAR_VALID_TO.from(execution).getOrNull(),
                    VAR_CONDITIONS.from(execution).getOrNull(), platform.currentUser());
            ANSWERS.forEach(answer -> answer.on(execution).remove());
        }
    }

    /**
     * Stores the table's verdict on the item, after the gateway has read it; the grant's row keeps it, so the
     * engine's copy goes in the transaction that made it.
     */
    private static Grant assessed(Grants grants, DelegateExecution execution) {
        Eligibility verdict = VAR_ELIGIBILITY.from(execution).get();
        VAR_ELIGIBILITY.on(execution).remove();
        return grants.assessed(grantId(execution), verdict.eligible(), verdict.ineligibleReason(),
                verdict.centralSharePercent());
    }
}
