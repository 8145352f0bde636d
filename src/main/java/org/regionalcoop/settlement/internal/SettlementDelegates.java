package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.SettlementStatus;
import org.regionalcoop.settlement.Settlements;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.regionalcoop.settlement.internal.SettlementProcess.*;

/** The settlement process's service tasks: thin calls of {@link Settlements}. */
final class SettlementDelegates {

    private SettlementDelegates() {
    }

    private static SettlementId settlementId(DelegateExecution execution) {
        return SettlementId.of((String) execution.getVariable(VAR_SETTLEMENT_ID));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    @Component("proposeSettlement")
    static class ProposeSettlement implements JavaDelegate {

        private final Settlements settlements;

        ProposeSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String kind = text(execution, VAR_SETTLEMENT_KIND);
            if (!PERIODIC.equals(kind) && !FINAL.equals(kind)) {
                throw new IllegalArgumentException("settlementKind must be periodic or final, not '" + kind + "'");
            }
            Settlements.Proposal proposal = settlements.propose(AgreementId.of(text(execution, VAR_AGREEMENT_ID)), kind,
                    Instant.parse(text(execution, VAR_PERIOD_END)), execution.getProcessInstanceId());
            execution.setVariable(VAR_SETTLEMENT_ID, proposal.id().toString());
            execution.setVariable(VAR_ANYTHING_TO_SETTLE, proposal.anythingToSettle());
            execution.setVariable(VAR_ARBITRATOR_GROUP, proposal.arbitratorGroup());
            if (!proposal.anythingToSettle()) {
                execution.setVariable(VAR_SETTLEMENT_OUTCOME, SettlementStatus.NOTHING_TO_SETTLE.key());
            }
        }
    }

    @Component("recordSettlementAnswer")
    static class RecordAnswer implements JavaDelegate {

        private final Settlements settlements;
        private final PlatformActions platform;

        RecordAnswer(Settlements settlements, PlatformActions platform) {
            this.settlements = settlements;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.answer(settlementId(execution), text(execution, VAR_PARTICIPANT), text(execution, VAR_ANSWER),
                    text(execution, VAR_OBJECTION_REASON), platform.currentUser(), AnswerPath.TASK);
        }
    }

    @Component("confirmSettlementSilence")
    static class ConfirmSilence implements JavaDelegate {

        private final Settlements settlements;

        ConfirmSilence(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.confirmSilence(settlementId(execution));
        }
    }

    @Component("recordSettlementArbitration")
    static class RecordArbitration implements JavaDelegate {

        private final Settlements settlements;
        private final PlatformActions platform;

        RecordArbitration(Settlements settlements, PlatformActions platform) {
            this.settlements = settlements;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.arbitrate(settlementId(execution), text(execution, VAR_DECISION), text(execution, VAR_PAYER),
                    text(execution, VAR_PAYEE), text(execution, VAR_AMOUNT), text(execution, VAR_ARBITRATION_REASON),
                    platform.currentUser());
        }
    }

    @Component("finalizeSettlement")
    static class FinalizeSettlement implements JavaDelegate {

        private final Settlements settlements;

        FinalizeSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Optional<List<String>> transfers = settlements.finalizeSettlement(settlementId(execution));
            execution.setVariable(VAR_FINALIZED, transfers.isPresent());
            if (transfers.isEmpty()) {
                execution.setVariable(VAR_SETTLEMENT_OUTCOME, SettlementStatus.SUPERSEDED.key());
            }
        }
    }

    @Component("remindSettlementTransfers")
    static class RemindTransfers implements JavaDelegate {

        private final Settlements settlements;

        RemindTransfers(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.remindLateTransfers(settlementId(execution));
        }
    }

    @Component("completeSettlement")
    static class CompleteSettlement implements JavaDelegate {

        private final Settlements settlements;

        CompleteSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.complete(settlementId(execution));
            execution.setVariable(VAR_SETTLEMENT_OUTCOME, SettlementStatus.COMPLETED.key());
        }
    }
}
