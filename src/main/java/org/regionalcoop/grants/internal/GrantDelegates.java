package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.regionalcoop.grants.internal.GrantProcess.*;

/** The grants process's service tasks: thin calls of {@link Grants}. */
final class GrantDelegates {

    /**
     * Declared on each item's scope, so the values of one item's decision never leak into another's: the
     * engine sets a variable where it already exists, and would otherwise share it across parallel items.
     */
    private static final List<String> ITEM_VARIABLES = Arrays.asList(VAR_SUPPORT_TYPE, VAR_POOREST_PLATE,
            VAR_REQUESTED_FEN, VAR_HAS_PROGRAMME, VAR_COOPERATION_MODE, VAR_ELIGIBILITY, VAR_REQUESTED_AMOUNT, VAR_SHARE_AMOUNT,
            VAR_RESERVED_AMOUNT, VAR_FUNDS_RESERVED, VAR_GRANT_OFFICER_GROUP, VAR_GRANT_DECISION, VAR_AWARDED_AMOUNT,
            VAR_REASON, VAR_VALID_FROM, VAR_VALID_TO, VAR_CONDITIONS);

    private GrantDelegates() {
    }

    private static GrantId grantId(DelegateExecution execution) {
        return GrantId.of((String) execution.getVariable(VAR_GRANT_ID));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    @Component("prepareGrants")
    static class PrepareGrants implements JavaDelegate {

        private final Grants grants;

        PrepareGrants(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AgreementId agreement = AgreementId.of((String) execution.getVariable(VAR_AGREEMENT_ID));
            execution.setVariable(VAR_GRANT_IDS, grants.prepare(agreement).stream().map(GrantId::toString).toList());
        }
    }

    /** Gives the item its own variables and the decision table's inputs. */
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
            ITEM_VARIABLES.forEach(name -> local.put(name, null));
            local.putAll(grants.eligibilityInputs(id));
            Grant grant = grants.grant(id);
            local.put(VAR_REQUESTED_AMOUNT, grant.requestedAmount() == null ? null : grant.requestedAmount().toString());
            local.put(VAR_GRANT_OFFICER_GROUP, grant.grantOfficerGroup());
            execution.setVariablesLocal(local);
        }
    }

    /** Stores the table's verdict and, for an eligible item, reserves its central share. */
    @Component("reserveGrantFunds")
    static class ReserveGrantFunds implements JavaDelegate {

        private final Grants grants;

        ReserveGrantFunds(Grants grants) {
            this.grants = grants;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Grant grant = assessed(grants, execution);
            Optional<Money> reserved = grants.reserve(grant.id());
            execution.setVariable(VAR_FUNDS_RESERVED, reserved.isPresent());
            execution.setVariable(VAR_SHARE_AMOUNT, grant.shareAmount() == null ? null : grant.shareAmount().toString());
            execution.setVariable(VAR_RESERVED_AMOUNT, reserved.map(Money::toString).orElse(null));
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
            grants.decide(grantId(execution), text(execution, VAR_GRANT_DECISION), text(execution, VAR_AWARDED_AMOUNT),
                    text(execution, VAR_REASON), text(execution, VAR_VALID_FROM), text(execution, VAR_VALID_TO),
                    text(execution, VAR_CONDITIONS), platform.currentUser());
        }
    }

    @SuppressWarnings("unchecked")
    private static Grant assessed(Grants grants, DelegateExecution execution) {
        Map<String, Object> verdict = (Map<String, Object>) execution.getVariable(VAR_ELIGIBILITY);
        boolean eligible = Boolean.TRUE.equals(verdict.get("eligible"));
        Number percent = (Number) verdict.get("centralSharePercent");
        return grants.assessed(grantId(execution), eligible, (String) verdict.get("ineligibleReason"),
                percent == null ? 0 : percent.intValue());
    }
}
